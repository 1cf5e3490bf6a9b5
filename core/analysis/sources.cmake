list(APPEND CORE_SOURCES
  analysis/formula.h analysis/formula.cpp
)
list(APPEND CORE_SOURCES analysis/status.h analysis/status.cpp)
list(APPEND CORE_SOURCES analysis/rollup.h analysis/rollup.cpp)
list(APPEND CORE_SOURCES
  analysis/kpianalysis.h analysis/kpianalysis.cpp
  analysis/analysisnames.cpp
  analysis/computedkpis.cpp
  analysis/statistics.h analysis/statistics.cpp
  analysis/forecasting.h analysis/forecasting.cpp
  analysis/detection.h analysis/detection.cpp
  analysis/medians.h analysis/medians.cpp
  analysis/scale.h analysis/scale.cpp
  analysis/sentences.h analysis/sentences.cpp
  analysis/workspaceanalyzer.h analysis/workspaceanalyzer.cpp
)
