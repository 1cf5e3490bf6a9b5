# Review mode: presenter keys, capture panels, summary, presenter view, action items, screenshots.
needle_add_test(NAME tst_reviewui SOURCES ui/tst_reviewui.cpp UI)
needle_add_test(NAME tst_agendaeditor SOURCES ui/tst_agendaeditor.cpp UI)
# The review mode on two (offscreen) screens: slides full screen on the chosen one, presenter
# view on the other. Picks its own platform configuration, so the test's environment is replaced.
needle_add_test(NAME tst_reviewscreens SOURCES ui/tst_reviewscreens.cpp UI)
needle_add_test(NAME tst_twoscreens SOURCES ui/tst_twoscreens.cpp)
# It starts a real X server and the app on it and waits for the windows to be mapped: alone, so a
# heavy test beside it cannot delay the windows past its waits (it failed once that way in CI).
set_tests_properties(tst_twoscreens PROPERTIES RUN_SERIAL TRUE)
