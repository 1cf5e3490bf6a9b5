#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Needle::Translations {

// The languages Needle is translated into, besides English (the source language).
QStringList available(); // "de", "fr", "es"

// The language's own name for itself ("Deutsch", "Français"); "en" gives "English".
QString nativeName(const QString &language);

// Whether `language` names a locale Qt knows ("de", "de_CH", "fr-CA", "en", "C").
bool isValidLanguage(const QString &language);

// The language chosen in the preferences (QSettings key "language"); empty: the system's.
QString preferredLanguage();
void setPreferredLanguage(const QString &language);

// The language to use: `commandLine` (--lang) if given, else the preference, else the system's.
QLocale chooseLocale(const QString &commandLine);

// Installs Needle's and Qt's translators for the locale chooseLocale(language) picks and makes it
// the default QLocale, so numbers, dates and currency follow the chosen language too.
// Returns the locale chosen.
QLocale install(QCoreApplication *app, const QString &language);

} // namespace Needle::Translations
