#include "domain/datetext.h"

#include <QRegularExpression>

namespace Needle::DateText {

QString dayFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    // The weekday and what joins it to the rest ("dddd, ", "dddd ", "dddd, 'den' ").
    static const QRegularExpression weekday(QStringLiteral("d{3,4}[,.]?\\s*"));
    format.remove(weekday);
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    format = format.trimmed();
    return format.isEmpty() ? QStringLiteral("d MMM yyyy") : format;
}

QString day(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, dayFormat(locale)) : QString();
}

} // namespace Needle::DateText
