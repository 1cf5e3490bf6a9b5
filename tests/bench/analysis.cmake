# Analysis benchmark: detection quality on generated series and the speed of a full check.
# Built with the project, not run by ctest: ./build/tests/bench_analysis
add_executable(bench_analysis bench/bench_analysis.cpp bench/benchseries.cpp bench/olddetection.cpp)
target_link_libraries(bench_analysis PRIVATE needlecore)
# The detector on a real labelled data set (NAB), whose path is given on the command line:
# ./build/tests/bench_realdata /path/to/NAB (figures in docs/analysis.md)
add_executable(bench_realdata bench/bench_realdata.cpp bench/olddetection.cpp)
target_link_libraries(bench_realdata PRIVATE needlecore)
