#include "import/xlsxformats.h"

#include <QCoreApplication>
#include <cmath>

namespace Needle::XlsxFormats {

namespace {

QString currencyCode(const QString &symbol)
{
    static const struct
    {
        const char *symbol;
        const char *code;
    } symbols[] = {
        {"€", "EUR"},   {"$", "USD"},   {"£", "GBP"},   {"¥", "JPY"},  {"₹", "INR"},
        {"CHF", "CHF"}, {"kr", "SEK"},  {"zł", "PLN"},  {"Kč", "CZK"}, {"₩", "KRW"},
        {"EUR", "EUR"}, {"USD", "USD"}, {"GBP", "GBP"},
    };
    for (const auto &s : symbols)
        if (symbol.contains(QString::fromUtf8(s.symbol)))
            return QString::fromLatin1(s.code);
    return QString();
}

} // namespace

QString NumberFormat::hint() const
{
    switch (kind) {
    case Kind::General:
        return QString();
    case Kind::Percent:
        return QStringLiteral("percent");
    case Kind::Currency:
        return currency.isEmpty() ? QStringLiteral("currency")
                                  : QStringLiteral("currency:") + currency;
    case Kind::Time:
        return QStringLiteral("time");
    default:
        return code;
    }
}

NumberFormat classify(int id, const QString &customCode)
{
    using Kind = NumberFormat::Kind;
    NumberFormat f;
    if (customCode.isEmpty()) {
        if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36)
            || (id >= 50 && id <= 58))
            f.kind = Kind::Date;
        else if (id == 22)
            f.kind = Kind::DateTime;
        else if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47))
            f.kind = Kind::Time;
        else if (id == 9 || id == 10)
            f.kind = Kind::Percent;
        else if ((id >= 5 && id <= 8) || id == 42 || id == 44)
            f.kind = Kind::Currency;
        else if (id == 49)
            f.kind = Kind::Text;
        else if (id != 0)
            f.kind = Kind::Number;
        return f;
    }
    f.code = customCode;
    if (customCode.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0) {
        f.kind = Kind::General;
        f.code.clear();
        return f;
    }
    // Look at the first section only, without literals, escapes and bracketed parts.
    QString plain;
    QString literals;
    bool elapsed = false;
    for (int i = 0; i < customCode.size(); ++i) {
        const QChar c = customCode.at(i);
        if (c == u';')
            break;
        if (c == u'"') {
            const int end = customCode.indexOf(u'"', i + 1);
            literals += customCode.mid(i + 1, end < 0 ? -1 : end - i - 1);
            i = end < 0 ? customCode.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            if (c == u'\\' && i + 1 < customCode.size())
                literals += customCode.at(i + 1);
            ++i;
        } else if (c == u'[') {
            const int end = customCode.indexOf(u']', i + 1);
            const QString inside = customCode.mid(i + 1, end < 0 ? -1 : end - i - 1).toLower();
            if (inside.startsWith(u'$'))
                literals += inside.mid(1).section(u'-', 0, 0);
            else if (!inside.isEmpty()
                     && (inside.at(0) == u'h' || inside.at(0) == u'm' || inside.at(0) == u's')
                     && inside.count(inside.at(0)) == inside.size())
                elapsed = true;
            i = end < 0 ? customCode.size() : end;
        } else {
            plain += c.toLower();
        }
    }
    const bool date = plain.contains(u'y') || plain.contains(u'd');
    const bool time = elapsed || plain.contains(u'h') || plain.contains(u's');
    const bool digits = plain.contains(u'0') || plain.contains(u'#') || plain.contains(u'?');
    if (date)
        f.kind = time ? Kind::DateTime : Kind::Date;
    else if (time)
        f.kind = Kind::Time;
    else if (plain.contains(u'm') && !digits)
        f.kind = Kind::Date; // "mmm", "mmmm": a month
    else if (plain.contains(u'%'))
        f.kind = Kind::Percent;
    else if (!currencyCode(literals + plain).isEmpty()) {
        f.kind = Kind::Currency;
        f.currency = currencyCode(literals + plain);
    } else if (plain.trimmed() == u"@")
        f.kind = Kind::Text;
    else
        f.kind = Kind::Number;
    return f;
}

std::optional<QDateTime> serialToDateTime(double serial, bool date1904, QString *error)
{
    QTime time;
    const std::optional<QDate> date = serialToDate(serial, date1904, &time, error);
    if (!date)
        return std::nullopt;
    return QDateTime(*date, time, Qt::UTC);
}

std::optional<QDate> serialToDate(double serial, bool date1904, QTime *time, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<QDate> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!std::isfinite(serial) || serial < (date1904 ? -1462 : 0) || serial >= 2958466)
        return fail(QCoreApplication::translate("Needle::XlsxFormats",
                                                "%1 is not a date in the spreadsheet's date "
                                                "system")
                        .arg(serial));
    double days = std::floor(serial);
    qint64 ms = std::llround((serial - days) * 86400000.0);
    if (ms >= 86400000) {
        ms -= 86400000;
        days += 1;
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(qint64(days));
    } else if (days == 60) {
        return fail(QCoreApplication::translate("Needle::XlsxFormats",
                                                "the date is 1900-02-29, a day that does not "
                                                "exist (Excel's 1900 leap-year bug)"));
    } else if (days < 60) {
        if (days == 0 && serial > 0)
            date = QDate(1899, 12, 30); // a time of day alone
        else if (days == 0)
            return fail(QCoreApplication::translate("Needle::XlsxFormats",
                                                    "the date is 1900-01-00, which does not "
                                                    "exist"));
        else
            date = QDate(1899, 12, 31).addDays(qint64(days));
    } else {
        // QDate(1899, 12, 30).addDays(days), without working out that day's number each time.
        static const qint64 day0 = QDate(1899, 12, 30).toJulianDay();
        date = QDate::fromJulianDay(day0 + qint64(days));
    }
    *time = QTime::fromMSecsSinceStartOfDay(int(ms));
    return date;
}

} // namespace Needle::XlsxFormats
