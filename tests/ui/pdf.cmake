# PDF export (ui/pdf, core/report): the real binary on the demo workspace, read back with poppler.
needle_add_test(NAME tst_pdfexport SOURCES ui/tst_pdfexport.cpp UI)
add_dependencies(tst_pdfexport needle)
needle_add_test(NAME tst_exportpdfdialog SOURCES ui/tst_exportpdfdialog.cpp UI)
