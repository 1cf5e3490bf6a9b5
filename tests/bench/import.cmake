# Import speed against the sqlite3 shell (see docs/import.md). Not run by ctest.
add_executable(bench_import bench/bench_import.cpp)
target_link_libraries(bench_import PRIVATE Qt6::Core)
target_compile_definitions(bench_import PRIVATE NEEDLE_BINARY="$<TARGET_FILE:needle>")
add_dependencies(bench_import needle)
# XLSX read speed against openpyxl's read-only mode (see docs/import.md). Not run by ctest.
if(NEEDLE_BUILD_BENCH)
  add_executable(bench_xlsx bench/bench_xlsx.cpp)
  target_link_libraries(bench_xlsx PRIVATE needlecore)
  target_compile_definitions(bench_xlsx PRIVATE NEEDLE_BINARY="$<TARGET_FILE:needle>")
  add_dependencies(bench_xlsx needle)
endif()
