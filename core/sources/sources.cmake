# Live data sources and automation (issue 18): queries on other databases refreshed as import
# batches, jobs run when due, the user's systemd timer.
list(APPEND CORE_SOURCES
  sources/sourceurl.h sources/sourceurl.cpp
  sources/sourceconnection.h sources/sourceconnection.cpp
  sources/queryreader.h sources/queryreader.cpp
  sources/refresher.h sources/refresher.cpp
  sources/exportwhen.h sources/exportwhen.cpp
  sources/jobrunner.h sources/jobrunner.cpp
  sources/usertimer.h sources/usertimer.cpp
)
