#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Needle::Translations {

QStringList available()
{
    return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QLocale install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // The .qm files are embedded in the executable under :/i18n (qt_add_translations).
    auto *needle = new QTranslator(app);
    if (needle->load(locale, QStringLiteral("needle"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(needle);
    else
        delete needle;

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace Needle::Translations
