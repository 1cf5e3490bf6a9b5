list(APPEND CORE_SOURCES
  io/outputfile.h io/outputfile.cpp
)
