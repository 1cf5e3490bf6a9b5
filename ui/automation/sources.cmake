list(APPEND UI_SOURCES
  automation/sourceeditdialog.h automation/sourceeditdialog.cpp
  automation/datasourcesdialog.h automation/datasourcesdialog.cpp
  automation/sourcescontroller.h automation/sourcescontroller.cpp
)
