#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace Needle::XlsxFormats {

// What an Excel number format makes of a number.
struct NumberFormat
{
    enum class Kind { General, Number, Date, DateTime, Time, Percent, Currency, Text };
    Kind kind = Kind::General;
    QString code; // the format code ("#,##0.00", "dd.mm.yyyy"); empty for General
    QString currency; // ISO 4217 code for Currency when the symbol tells it

    // The hint stored in Cell::format: "percent", "currency:EUR", "currency", "time", the
    // code, or empty for General.
    QString hint() const;
};

// Built-in formats (0-49: dates 14-17, 22, 27-36, 50-58; times 18-21, 45-47) and custom
// codes ("[$€-407] #,##0.00", "yyyy-mm-dd hh:mm", "[h]:mm", "0.0%").
NumberFormat classify(int numFmtId, const QString &customCode);

// An Excel serial day number as a date and time, in the 1900 system (with Excel's phantom
// 1900-02-29 as serial 60, which is refused) or the 1904 system. Nullopt with a translated
// reason for numbers that are no date (negative, NaN, past 9999-12-31, the phantom day).
std::optional<QDateTime> serialToDateTime(double serial, bool date1904, QString *error);
// The same as a date and a time of day (*time), without building a QDateTime.
std::optional<QDate> serialToDate(double serial, bool date1904, QTime *time, QString *error);

} // namespace Needle::XlsxFormats
