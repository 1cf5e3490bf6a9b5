list(APPEND CORE_SOURCES
  demo/demoworkspace.h demo/demoworkspace.cpp
  demo/demoseries.h demo/demoseries.cpp
)
