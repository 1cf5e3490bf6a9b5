list(APPEND CORE_SOURCES
  domain/enums.h domain/enums.cpp
  domain/owner.h domain/kpi.h domain/kpi.cpp domain/target.h domain/benchmark.h
  domain/measurement.h domain/importbatch.h domain/reviewmeeting.h domain/reviewnote.h
  domain/anomalyverdict.h domain/changelogentry.h
)
list(APPEND CORE_SOURCES domain/valueformat.h domain/valueformat.cpp)
list(APPEND CORE_SOURCES domain/systemuser.h domain/systemuser.cpp)
list(APPEND CORE_SOURCES domain/datetext.h domain/datetext.cpp)
list(APPEND CORE_SOURCES domain/datasource.h domain/datasource.cpp)
