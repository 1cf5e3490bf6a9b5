list(APPEND CORE_SOURCES
  workspace/workspace.h workspace/workspace.cpp workspace/workspaceedits.cpp
  workspace/workspacesettings.cpp
  workspace/recordcommand.h
  workspace/compoundcommand.h workspace/compoundcommand.cpp
  workspace/workspacechange.h workspace/workspacechange.cpp
  workspace/kpirecord.h
  workspace/valuescommand.h workspace/valuescommand.cpp
  workspace/importcommand.h workspace/importcommand.cpp
  workspace/undobatchcommand.h workspace/undobatchcommand.cpp
  workspace/recordfields.h workspace/recordfields.cpp
  workspace/workspacereader.h workspace/workspacereader.cpp
  workspace/workerjobs.h workspace/workerjobs.cpp
)
