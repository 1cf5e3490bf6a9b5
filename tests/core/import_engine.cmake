# Import engine: layouts, mapping, checks, writing, undo, saved mappings, command line.
needle_add_test(NAME tst_importer SOURCES core/tst_importer.cpp)
needle_add_test(NAME tst_importcli SOURCES core/tst_importcli.cpp)
needle_add_test(NAME tst_folderwatcher SOURCES core/tst_folderwatcher.cpp)
needle_add_test(NAME tst_importguess SOURCES core/tst_importguess.cpp)
