#include "import/cellvalues.h"

#include "workspace/recordfields.h"

#include <QCoreApplication>
#include <charconv>
#include <cmath>

namespace Needle::CellValues {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::CellValues", text);
}

bool fail(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return false;
}

// YYYY-MM-DD exactly, without building anything.
bool fastIsoDate(const QString &s, QDate *out)
{
    if (s.size() != 10 || s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-'))
        return false;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p)
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            parts[p] = parts[p] * 10 + (c - u'0');
        }
    if (!QDate::isValid(parts[0], parts[1], parts[2]))
        return false; // the parser says why
    *out = QDate(parts[0], parts[1], parts[2]);
    return true;
}

// [-]digits[.digits] with a decimal point that cannot be a thousands separator.
bool fastNumber(const QString &s, ValueParser::NumberLocale locale, double *out)
{
    const qsizetype n = s.size();
    if (n == 0 || n > 24)
        return false;
    qsizetype i = s.at(0) == QLatin1Char('-') ? 1 : 0;
    qsizetype point = -1;
    if (i == n)
        return false;
    for (; i < n; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c == u'.' && point < 0)
            point = i;
        else if (c < u'0' || c > u'9')
            return false;
    }
    if (point >= 0 && locale != ValueParser::NumberLocale::DecimalPoint
        && (locale == ValueParser::NumberLocale::DecimalComma || n - point - 1 == 3))
        return false; // "1.234" may be 1234: the parser decides or refuses
    if (point == n - 1 || point == (s.at(0) == QLatin1Char('-') ? 1 : 0))
        return false;
    // std::from_chars: correctly rounded like strtod, but faster and never reading the
    // process locale (strtod under a locale with a decimal comma stops at the point).
    char buffer[32];
    for (qsizetype k = 0; k < n; ++k)
        buffer[k] = char(s.at(k).unicode());
    double v = 0;
    const auto [end, error] = std::from_chars(buffer, buffer + n, v);
    if (error != std::errc() || end != buffer + n || !std::isfinite(v))
        return false;
    *out = v;
    return true;
}

} // namespace

bool toDate(const Cell &cell, const Formats &formats, QDate *out, QString *why)
{
    switch (cell.type) {
    case Cell::Type::Date:
        *out = cell.date;
        return cell.date.isValid() || fail(why, tr("The date is not valid."));
    case Cell::Type::DateTime:
        *out = cell.dateTime.date();
        return out->isValid() || fail(why, tr("The date is not valid."));
    case Cell::Type::Text: {
        if (fastIsoDate(cell.text, out))
            return true;
        if (cell.text.trimmed().isEmpty())
            return fail(why, tr("The date is missing."));
        const std::optional<QDate> d = ValueParser::parseDate(cell.text, formats.dates, why);
        if (d)
            *out = *d;
        return d.has_value();
    }
    case Cell::Type::Empty:
        return fail(why, tr("The date is missing."));
    case Cell::Type::Number:
        return fail(why, tr("%1 is a number, not a date.").arg(shortestNumber(cell.number)));
    case Cell::Type::Bool:
        return fail(why, tr("A true/false cell is not a date."));
    case Cell::Type::Error:
        return fail(why, tr("The cell holds the error %1.").arg(cell.text));
    }
    return false;
}

bool toNumber(const Cell &cell, const Formats &formats, double *out, QString *why)
{
    switch (cell.type) {
    case Cell::Type::Number:
        if (!std::isfinite(cell.number))
            return fail(why, tr("The value is not a finite number."));
        *out = cell.format == QLatin1String("percent") ? cell.number * 100 : cell.number;
        return true;
    case Cell::Type::Text: {
        if (fastNumber(cell.text, formats.numbers, out))
            return true;
        if (cell.text.trimmed().isEmpty())
            return fail(why, tr("The value is missing."));
        const std::optional<double> v = ValueParser::parseNumber(cell.text, formats.numbers, why);
        if (v && !std::isfinite(*v))
            return fail(why, tr("\"%1\" is not a finite number.").arg(cell.text));
        if (v)
            *out = *v;
        return v.has_value();
    }
    case Cell::Type::Empty:
        return fail(why, tr("The value is missing."));
    case Cell::Type::Bool:
        return fail(why, tr("A true/false cell is not a number."));
    case Cell::Type::Date:
    case Cell::Type::DateTime:
        return fail(why, tr("A date is not a value."));
    case Cell::Type::Error:
        return fail(why, tr("The cell holds the error %1.").arg(cell.text));
    }
    return false;
}

bool looksLikeDate(const Cell &cell)
{
    if (cell.type == Cell::Type::Date || cell.type == Cell::Type::DateTime)
        return true;
    if (cell.type != Cell::Type::Text)
        return false;
    QDate d;
    if (fastIsoDate(cell.text, &d))
        return true;
    // A bare year reads as a date to the parser, but in a sheet it is more often a number.
    const QString t = cell.text.trimmed();
    if (t.size() == 4 && t.toInt() > 0)
        return false;
    for (ValueParser::DateOrder order :
         {ValueParser::DateOrder::DayMonthYear, ValueParser::DateOrder::MonthDayYear})
        if (ValueParser::parseDate(t, order, nullptr))
            return true;
    return false;
}

bool looksLikeNumber(const Cell &cell)
{
    if (cell.type == Cell::Type::Number)
        return true;
    if (cell.type != Cell::Type::Text)
        return false;
    double v = 0;
    for (ValueParser::NumberLocale locale :
         {ValueParser::NumberLocale::DecimalPoint, ValueParser::NumberLocale::DecimalComma})
        if (fastNumber(cell.text, locale, &v)
            || ValueParser::parseNumber(cell.text, locale, nullptr))
            return true;
    return false;
}

QString toText(const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Text:
    case Cell::Type::Error:
        return cell.text.trimmed();
    case Cell::Type::Number:
        return shortestNumber(cell.number);
    case Cell::Type::Bool:
        return cell.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Cell::Type::Date:
        return cell.date.toString(Qt::ISODate);
    case Cell::Type::DateTime:
        return cell.dateTime.toString(Qt::ISODate);
    case Cell::Type::Empty:
        break;
    }
    return QString();
}

} // namespace Needle::CellValues
