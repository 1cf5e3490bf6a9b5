list(APPEND UI_SOURCES
  review/agendaeditor.h review/agendaeditor.cpp
  review/agendadialog.h review/agendadialog.cpp
  review/capturepanel.h review/capturepanel.cpp
  review/slidewidget.h review/slidewidget.cpp
  review/presentationwidget.h review/presentationwidget.cpp
  review/presenterview.h review/presenterview.cpp
  review/reviewmode.h review/reviewmode.cpp
  review/startmeetingdialog.h review/startmeetingdialog.cpp
  review/actionitemswindow.h review/actionitemswindow.cpp
  review/reviewmenu.h review/reviewmenu.cpp
  review/reviewcommand.cpp
)
