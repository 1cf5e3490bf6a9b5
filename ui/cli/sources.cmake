list(APPEND UI_SOURCES
  cli/uicommands.h cli/guicommand.cpp cli/exportpdfcommand.cpp
)
