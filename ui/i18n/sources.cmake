list(APPEND UI_SOURCES i18n/languagemenu.h i18n/languagemenu.cpp)
