list(APPEND UI_SOURCES
  shell/mainwindow.h shell/mainwindow.cpp
  shell/recentfiles.h shell/recentfiles.cpp
  shell/theme.h shell/theme.cpp
  shell/shortcuts.h shell/shortcuts.cpp
  shell/helpmenu.h shell/helpmenu.cpp
  shell/statusnotice.h shell/statusnotice.cpp
  shell/instancelink.h shell/instancelink.cpp
  shell/workspacelock.h shell/workspacelock.cpp
  shell/preferencesdialog.h shell/preferencesdialog.cpp
  shell/workspacestatus.h shell/workspacestatus.cpp
)
