# The import wizard, history and watched folders, driven through real files (offscreen).
needle_add_test(NAME tst_importwizard SOURCES ui/tst_importwizard.cpp UI)
