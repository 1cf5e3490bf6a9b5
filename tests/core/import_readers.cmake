# Import readers: value parsing, CSV, XLSX and ODS readers, needle inspect.
needle_add_test(NAME tst_valueparser SOURCES core/tst_valueparser.cpp)
needle_add_test(NAME tst_csvreader SOURCES core/tst_csvreader.cpp)
needle_add_test(NAME tst_xlsxreader SOURCES core/tst_xlsxreader.cpp)
needle_add_test(NAME tst_fastxml SOURCES core/tst_fastxml.cpp)
needle_add_test(NAME tst_xlsxparsers SOURCES core/tst_xlsxparsers.cpp)
needle_add_test(NAME tst_odsreader SOURCES core/tst_odsreader.cpp)
needle_add_test(NAME tst_inspect SOURCES core/tst_inspect.cpp)
