# Live data sources and automation (issue 18).
needle_add_test(NAME tst_sourcerepository SOURCES core/tst_sourcerepository.cpp)
