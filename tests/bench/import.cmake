# Import speed against the sqlite3 shell (see docs/import.md). Not run by ctest.
add_executable(bench_import bench/bench_import.cpp)
target_link_libraries(bench_import PRIVATE needlecore)
