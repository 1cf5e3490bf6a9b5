#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Needle::Translations {

namespace {
const char languageKey[] = "language";
}

QStringList available()
{
    return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString nativeName(const QString &language)
{
    // CLDR's own names carry a region for some ("español de España"); a menu wants the language.
    const QLocale locale(language);
    switch (locale.language()) {
    case QLocale::English:
        return QStringLiteral("English");
    case QLocale::German:
        return QStringLiteral("Deutsch");
    case QLocale::French:
        return QString::fromUtf8("Fran\u00e7ais");
    case QLocale::Spanish:
        return QString::fromUtf8("Espa\u00f1ol");
    default:
        break;
    }
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

bool isValidLanguage(const QString &language)
{
    if (language.compare(QLatin1String("C"), Qt::CaseInsensitive) == 0)
        return true;
    // QLocale falls back to "C" for names it does not know.
    return !language.isEmpty() && QLocale(language).language() != QLocale::C;
}

QString preferredLanguage()
{
    return QSettings().value(QLatin1String(languageKey)).toString();
}

void setPreferredLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(languageKey));
    else
        settings.setValue(QLatin1String(languageKey), language);
}

QLocale chooseLocale(const QString &commandLine)
{
    if (isValidLanguage(commandLine))
        return QLocale(commandLine);
    const QString preferred = preferredLanguage();
    if (isValidLanguage(preferred))
        return QLocale(preferred);
    return QLocale::system();
}

namespace {

// Loads `base`_<language>.qm from `folder` for the first of the locale's UI languages that has
// one. English is the source language (needle_en.qm holds only its plural forms): reaching it
// stops the search, so LANGUAGE=en_US:de stays English instead of falling through to German.
void installFirst(QCoreApplication *app, const QLocale &locale, const QString &base,
                  const QString &folder)
{
    for (QString name : locale.uiLanguages()) {
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        // The C locale (LANG=C.UTF-8, as on CI and in containers) is English: load its
        // plural forms too, or messages read "1 value(s) written".
        if (name == QLatin1String("C"))
            name = QStringLiteral("en");
        auto *translator = new QTranslator(app);
        // load() also tries the name without its region ("de_CH" -> "de").
        if (translator->load(base + QLatin1Char('_') + name, folder)) {
            QCoreApplication::installTranslator(translator);
            return;
        }
        delete translator;
        if (QLocale(name).language() == QLocale::English)
            return;
    }
}

} // namespace

QLocale install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = chooseLocale(language);
    QLocale::setDefault(locale);
    // The .qm files are embedded in the executable under :/i18n (qt_add_translations).
    installFirst(app, locale, QStringLiteral("needle"), QStringLiteral(":/i18n"));
    installFirst(app, locale, QStringLiteral("qtbase"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}

} // namespace Needle::Translations
