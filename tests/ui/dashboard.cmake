# Dashboard: tiles, filters, period, editing with undo, screenshots.
needle_add_test(NAME tst_dashboardscreenshot SOURCES ui/tst_dashboardscreenshot.cpp UI)
needle_add_test(NAME tst_dashboard SOURCES ui/tst_dashboard.cpp ui/dashboardfixture.h UI)
needle_add_test(NAME tst_dashboardmodel SOURCES ui/tst_dashboardmodel.cpp ui/dashboardfixture.h UI)
needle_add_test(NAME tst_editing SOURCES ui/tst_editing.cpp ui/dashboardfixture.h UI)
needle_add_test(NAME tst_mainwindow SOURCES ui/tst_mainwindow.cpp ui/dashboardfixture.h UI)
needle_add_test(NAME tst_uxscreens SOURCES ui/tst_uxscreens.cpp UI)
needle_add_test(NAME tst_dashboardconsistency
                SOURCES ui/tst_dashboardconsistency.cpp core/consistencyfixture.h UI)
needle_add_test(NAME tst_instancelink SOURCES ui/tst_instancelink.cpp UI)
