list(APPEND UI_SOURCES
  editing/enumcombo.h
  editing/valuespinbox.h editing/valuespinbox.cpp
  editing/kpidialog.h editing/kpidialog.cpp
  editing/recordlistdialog.h editing/recordlistdialog.cpp
  editing/targetsdialog.h editing/targetsdialog.cpp
  editing/benchmarksdialog.h editing/benchmarksdialog.cpp
  editing/changelogdialog.h editing/changelogdialog.cpp
  editing/changelogtext.h editing/changelogtext.cpp
)
list(APPEND UI_SOURCES editing/kpiactions.h editing/kpiactions.cpp)
