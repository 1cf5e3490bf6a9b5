#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace Needle::DateText {

// One way to write a day per language, in the locale's order, with the month's short name:
// "7 Dec 2026" (en_GB, C), "Dec 7, 2026" (en_US), "7. Dez. 2026" (de), "7 déc. 2026" (fr). It
// is the locale's long date without the weekday and with abbreviated months, so no language
// reads 12/7/26 as July or December.
QString dayFormat(const QLocale &locale);
QString day(const QDate &date, const QLocale &locale);

} // namespace Needle::DateText
