# Review mode: presenter keys, capture panels, summary, presenter view, action items, screenshots.
needle_add_test(NAME tst_reviewui SOURCES ui/tst_reviewui.cpp UI)
needle_add_test(NAME tst_agendaeditor SOURCES ui/tst_agendaeditor.cpp UI)
