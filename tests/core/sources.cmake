# Live data sources and automation (issue 18).
needle_add_test(NAME tst_sourcerepository SOURCES core/tst_sourcerepository.cpp)
needle_add_test(NAME tst_automation SOURCES core/tst_automation.cpp)

# Real PostgreSQL and MariaDB servers, started once for every test program that needs them
# and stopped after the last (DESIGN section 7).
set(NEEDLE_SOURCE_SERVERS ${CMAKE_BINARY_DIR}/sourceservers/state)
add_test(NAME source_servers_start
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/core/sourceservers.sh start ${NEEDLE_SOURCE_SERVERS})
add_test(NAME source_servers_stop
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/core/sourceservers.sh stop ${NEEDLE_SOURCE_SERVERS})
set_tests_properties(source_servers_start PROPERTIES FIXTURES_SETUP SourceServers TIMEOUT 120)
set_tests_properties(source_servers_stop PROPERTIES FIXTURES_CLEANUP SourceServers)

needle_add_test(NAME tst_sourcerefresh SOURCES core/tst_sourcerefresh.cpp)
target_compile_definitions(tst_sourcerefresh PRIVATE NEEDLE_SOURCE_SERVERS="${NEEDLE_SOURCE_SERVERS}")
set_tests_properties(tst_sourcerefresh PROPERTIES FIXTURES_REQUIRED SourceServers)
