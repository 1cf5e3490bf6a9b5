# Settings > Language.
needle_add_test(NAME tst_languagemenu SOURCES ui/tst_languagemenu.cpp UI)
