list(APPEND UI_SOURCES
  shell/mainwindow.h shell/mainwindow.cpp
  shell/recentfiles.h shell/recentfiles.cpp
  shell/theme.h shell/theme.cpp
  shell/preferencesdialog.h shell/preferencesdialog.cpp
  shell/workspacestatus.h shell/workspacestatus.cpp
)
