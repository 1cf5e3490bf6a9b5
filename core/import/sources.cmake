list(APPEND CORE_SOURCES
  import/cell.h
  import/importissue.h import/importissue.cpp
  import/spreadsheetreader.h import/spreadsheetreader.cpp
  import/valueparser.h import/valueparser.cpp import/dateparser.cpp
  import/textdecoder.h import/textdecoder.cpp
  import/celljson.h import/celljson.cpp
  import/csvreader.h import/csvreader.cpp
  import/zippackage.h import/zippackage.cpp import/xmlguard.h
  import/xlsxformats.h import/xlsxformats.cpp
  import/odsreader.h import/odsreader.cpp
  import/xlsxreader.h import/xlsxreader.cpp import/xlsxsheet.cpp
)
