list(APPEND CORE_SOURCES
  cli/commandline.h cli/commandline.cpp
  cli/commands.h
  cli/democommand.cpp
  cli/exportcsvcommand.cpp
  cli/inspectcommand.cpp
  cli/importcommands.cpp
  cli/jsonwriter.h cli/jsonwriter.cpp
)
list(APPEND CORE_SOURCES cli/checkreport.h cli/checkreport.cpp cli/checkjson.cpp
                         cli/checkcommand.cpp)
list(APPEND CORE_SOURCES cli/sourcecommands.cpp cli/automationcommands.cpp)
