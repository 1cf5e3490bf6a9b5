#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Needle::Translations {

// The languages Needle is translated into (besides English, the source language).
QStringList available(); // "de", "fr", "es"

// Installs Needle's and Qt's translators for the language (empty: the system locale) and
// makes it the default QLocale. Returns the locale chosen.
QLocale install(QCoreApplication *app, const QString &language);

} // namespace Needle::Translations
