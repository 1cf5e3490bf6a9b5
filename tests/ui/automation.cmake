# Data sources and automation in the app (issue 18).
needle_add_test(NAME tst_datasources SOURCES ui/tst_datasources.cpp UI)
