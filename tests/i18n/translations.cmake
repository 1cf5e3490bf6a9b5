# Translations: the .ts files against today's sources (lupdate into a temporary copy), their
# placeholders and accelerators, tr() contexts, and the language choice of the built program.
add_executable(tst_translations i18n/tst_translations.cpp i18n/tsfile.h)
target_link_libraries(tst_translations PRIVATE needlecore Qt6::Test)
target_include_directories(tst_translations PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/i18n)
string(JOIN "," lupdate_options ${NEEDLE_LUPDATE_OPTIONS})
# The project description that qt_add_translations wrote for the update_translations target.
target_compile_definitions(tst_translations PRIVATE
  NEEDLE_BINARY="$<TARGET_FILE:needle>"
  NEEDLE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  NEEDLE_CMAKE="${CMAKE_COMMAND}"
  NEEDLE_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
  NEEDLE_LUPDATE_OPTIONS="${lupdate_options}"
  NEEDLE_LUPDATE_PROJECT="${PROJECT_BINARY_DIR}/app/.lupdate/needle_project.cmake"
  NEEDLE_LUPDATE_PROJECT_SCRIPT="${Qt6LinguistTools_DIR}/GenerateLUpdateProject.cmake")
add_dependencies(tst_translations needle)
add_test(NAME tst_translations COMMAND tst_translations)
set_tests_properties(tst_translations PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
