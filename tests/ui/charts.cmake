# Charts: the KPI chart, its feed from the workspace, display downsampling, export.
needle_add_test(NAME tst_kpichart SOURCES ui/tst_kpichart.cpp UI)
needle_add_test(NAME tst_sparkline SOURCES ui/tst_sparkline.cpp UI)
needle_add_test(NAME tst_kpichartview SOURCES ui/tst_kpichartview.cpp UI)
needle_add_test(NAME tst_kpiview SOURCES ui/tst_kpiview.cpp UI)
