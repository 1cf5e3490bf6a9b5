list(APPEND UI_SOURCES
  charts/palette.h charts/palette.cpp
  charts/downsample.h charts/downsample.cpp
  charts/kpichart.h charts/kpichart.cpp charts/kpichartlayout.cpp
  charts/kpichartfeed.h charts/kpichartfeed.cpp
  charts/kpichartview.h charts/kpichartview.cpp
  charts/sparkline.h charts/sparkline.cpp
)
