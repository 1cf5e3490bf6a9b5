# Analysis: statistical methods, KPI analysis, the workspace analyzer, needle check.
needle_add_test(NAME tst_analysismethods SOURCES core/tst_analysismethods.cpp)
needle_add_test(NAME tst_kpianalysis SOURCES core/tst_kpianalysis.cpp)
needle_add_test(NAME tst_check SOURCES core/tst_check.cpp)
needle_add_test(NAME tst_analysismodel SOURCES core/tst_analysismodel.cpp)
