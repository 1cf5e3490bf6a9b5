# Dashboard speed (not run by ctest): figures in docs/ui.md.
if(NEEDLE_BUILD_BENCH)
  add_executable(bench_dashboard bench/bench_dashboard.cpp)
  target_link_libraries(bench_dashboard PRIVATE needleui)
endif()
