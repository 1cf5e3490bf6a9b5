list(APPEND CORE_SOURCES
  import/cell.h
  import/importissue.h import/importissue.cpp
  import/spreadsheetreader.h
  import/valueparser.h import/valueparser.cpp import/dateparser.cpp
)
