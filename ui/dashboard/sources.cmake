list(APPEND UI_SOURCES
  dashboard/dashboardperiod.h dashboard/dashboardperiod.cpp
  dashboard/tile.h dashboard/tile.cpp
  dashboard/tiletext.h dashboard/tiletext.cpp
  dashboard/dashboardmodel.h dashboard/dashboardmodel.cpp
  dashboard/statusstyle.h dashboard/statusstyle.cpp
  dashboard/tiledelegate.h dashboard/tiledelegate.cpp
  dashboard/flowlayout.h dashboard/flowlayout.cpp
  dashboard/dashboardview.h dashboard/dashboardview.cpp
)
# The KPI view (charts engineer): chart beside definition, values and notes.
list(APPEND UI_SOURCES
  dashboard/kpiview.h dashboard/kpiview.cpp
  dashboard/kpidefinitionpanel.h dashboard/kpidefinitionpanel.cpp
  dashboard/kpivaluestable.h dashboard/kpivaluestable.cpp
  dashboard/addvaluedialog.h dashboard/addvaluedialog.cpp
  dashboard/kpinotedialog.h dashboard/kpinotedialog.cpp
)
