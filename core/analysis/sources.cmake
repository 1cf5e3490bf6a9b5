list(APPEND CORE_SOURCES
  analysis/formula.h analysis/formula.cpp
)
list(APPEND CORE_SOURCES analysis/status.h analysis/status.cpp)
list(APPEND CORE_SOURCES analysis/rollup.h analysis/rollup.cpp)
