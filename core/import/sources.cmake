list(APPEND CORE_SOURCES
  import/cell.h
  import/importissue.h import/importissue.cpp
  import/spreadsheetreader.h import/spreadsheetreader.cpp
  import/valueparser.h import/valueparser.cpp import/dateparser.cpp
  import/textdecoder.h import/textdecoder.cpp
  import/csvreader.h import/csvreader.cpp
)
