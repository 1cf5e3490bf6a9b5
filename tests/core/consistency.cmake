# One source of truth (issue 15): table, slides, PDF facts and `needle check` agree on every KPI.
needle_add_test(NAME tst_consistency SOURCES core/tst_consistency.cpp core/consistencyfixture.h)
