# Review meetings: agenda, session (navigation, capture, timer), follow-up, summary, action items.
needle_add_test(NAME tst_agenda SOURCES core/tst_agenda.cpp core/reviewfixture.h)
needle_add_test(NAME tst_reviewsession SOURCES core/tst_reviewsession.cpp core/reviewfixture.h)
add_executable(reviewkillhelper core/reviewkillhelper.cpp core/reviewfixture.h)
target_link_libraries(reviewkillhelper PRIVATE needlecore)
needle_add_test(NAME tst_reviewkill SOURCES core/tst_reviewkill.cpp core/reviewfixture.h)
target_compile_definitions(tst_reviewkill PRIVATE REVIEW_KILL_HELPER="$<TARGET_FILE:reviewkillhelper>")
add_dependencies(tst_reviewkill reviewkillhelper)
needle_add_test(NAME tst_actionitemmodel SOURCES core/tst_actionitemmodel.cpp)
