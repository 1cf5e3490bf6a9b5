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
  import/xlsxcells.h import/xlsxcells.cpp import/xlsxfastsheet.cpp
  import/fastxml.h import/fastxml.cpp
  # The import engine: mapping, checking and writing values.
  import/cellvalues.h import/cellvalues.cpp
  import/columnmapping.h import/columnmapping.cpp import/layoutdetector.cpp
  import/importer.h import/importplandata.h import/importer.cpp
  import/importplanner.h import/importplanner.cpp import/importplanfinish.cpp
  import/importplausibility.cpp import/kpiguess.h import/kpiguess.cpp
  import/importwriter.cpp import/importresult.cpp
  import/folderwatcher.h import/folderwatcher.cpp
)
