list(APPEND CORE_SOURCES
  models/dashboardsource.h models/dashboardsource.cpp
  models/recordtablemodel.h
  models/roles.h
  models/kpitablemodel.h models/kpitablemodel.cpp
  models/measurementtablemodel.h models/measurementtablemodel.cpp
  models/ownermodel.h models/ownermodel.cpp
  models/targetmodel.h models/targetmodel.cpp
  models/targetcoverage.h models/targetcoverage.cpp
  models/benchmarkmodel.h models/benchmarkmodel.cpp
  models/reviewnotemodel.h models/reviewnotemodel.cpp
  models/kpifilterproxymodel.h models/kpifilterproxymodel.cpp
)
list(APPEND CORE_SOURCES models/datasourcemodel.h models/datasourcemodel.cpp)
