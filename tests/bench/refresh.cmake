# Refresh speed from a local PostgreSQL against importing the same rows from CSV (see
# docs/sources.md). Not run by ctest.
add_executable(bench_refresh bench/bench_refresh.cpp)
target_link_libraries(bench_refresh PRIVATE needlecore)
target_compile_definitions(bench_refresh PRIVATE NEEDLE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
