# Data safety (issue 14): output paths, damaged workspaces, full disks, concurrent readers and
# writers, and hostile input, all through the real `needle`. See docs/data-safety.md.
needle_add_test(NAME tst_outputsafety SOURCES core/tst_outputsafety.cpp core/safetyfixture.h)
needle_add_test(NAME tst_damagedworkspace SOURCES core/tst_damagedworkspace.cpp
                core/safetyfixture.h)
needle_add_test(NAME tst_concurrentaccess SOURCES core/tst_concurrentaccess.cpp
                core/safetyfixture.h)
needle_add_test(NAME tst_inputsafety SOURCES core/tst_inputsafety.cpp core/safetyfixture.h)
needle_add_test(NAME tst_checkstream SOURCES core/tst_checkstream.cpp)
