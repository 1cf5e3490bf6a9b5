list(APPEND CORE_SOURCES
  workspace/workspace.h workspace/workspace.cpp workspace/workspaceedits.cpp
  workspace/recordcommand.h
  workspace/kpirecord.h
  workspace/valuescommand.h workspace/valuescommand.cpp
  workspace/importcommand.h workspace/importcommand.cpp
  workspace/recordfields.h workspace/recordfields.cpp
)
