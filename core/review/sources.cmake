list(APPEND CORE_SOURCES
  review/agenda.h review/agenda.cpp
  review/kpistandings.h review/kpistandings.cpp
  review/reviewsession.h review/reviewsession.cpp review/agendaedits.cpp
  review/agendamodel.h review/agendamodel.cpp
  review/followup.h review/followup.cpp
  review/meetingsummary.h review/meetingsummary.cpp
  review/actionitemmodel.h review/actionitemmodel.cpp
  review/slidecontent.h review/slidecontent.cpp
)
