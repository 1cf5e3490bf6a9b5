# Report layout (core/report): wrapping, page breaks, tables, contents.
needle_add_test(NAME tst_reportlayout SOURCES core/tst_reportlayout.cpp)
needle_add_test(NAME tst_csvexport SOURCES core/tst_csvexport.cpp)
