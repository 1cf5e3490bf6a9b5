list(APPEND CORE_SOURCES i18n/translations.h i18n/translations.cpp)
