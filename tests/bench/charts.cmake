# KPI chart speed with years of daily values (not run by ctest): figures in docs/ui.md.
if(NEEDLE_BUILD_BENCH)
  add_executable(bench_chart bench/bench_chart.cpp)
  target_link_libraries(bench_chart PRIVATE needleui)
endif()
