# Analysis benchmark: detection quality on generated series and the speed of a full check.
# Built with the project, not run by ctest: ./build/tests/bench_analysis
add_executable(bench_analysis bench/bench_analysis.cpp)
target_link_libraries(bench_analysis PRIVATE needlecore)
