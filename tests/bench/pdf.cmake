# PDF export speed (not run by ctest): figures in docs/pdf.md.
if(NEEDLE_BUILD_BENCH)
  add_executable(bench_pdf bench/bench_pdf.cpp)
  target_link_libraries(bench_pdf PRIVATE needleui)
endif()
