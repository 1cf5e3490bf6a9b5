list(APPEND CORE_SOURCES
  cli/commandline.h cli/commandline.cpp
  cli/commands.h
  cli/democommand.cpp
  cli/exportcsvcommand.cpp
)
