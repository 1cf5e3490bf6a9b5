#include "import/cellvalues.h"

#include "workspace/recordfields.h"

#include <QCoreApplication>
#include <QLocale>
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

// Digits at [pos, pos + n) as a number, or -1.
int digits(QStringView s, qsizetype pos, int n)
{
    if (pos + n > s.size())
        return -1;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = s.at(pos + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

bool validDay(int y, int m, int d, QDate *out, QStringView text, QString *why)
{
    if (!QDate::isValid(y, m, d))
        return fail(why, tr("\"%1\" is not a date that exists.").arg(text.toString()));
    *out = QDate(y, m, d);
    return true;
}

bool isSep(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('/') || c == QLatin1Char('-');
}

// Splits "d.m.Y", "d/m/Y" or "m/d/Y" into three numbers.
bool threeParts(QStringView s, int parts[3], QChar *sep)
{
    int n = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        if (i == s.size() || isSep(s.at(i))) {
            if (n >= 3 || i == start || i - start > 4)
                return false;
            bool ok = false;
            parts[n++] = s.mid(start, i - start).toInt(&ok);
            if (!ok)
                return false;
            if (i < s.size())
                *sep = s.at(i);
            start = i + 1;
        }
    }
    return n == 3;
}

} // namespace

bool toDate(QStringView text, QDate *out, QString *why)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return fail(why, tr("The date is missing."));
    // The common case first, cheaply: YYYY-MM-DD, possibly followed by a time.
    if (s.size() >= 10 && s.at(4) == QLatin1Char('-') && s.at(7) == QLatin1Char('-')) {
        const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0
            && (s.size() == 10 || s.at(10) == QLatin1Char('T') || s.at(10) == QLatin1Char(' ')))
            return validDay(y, m, d, out, s, why);
    }
    // Periods: YYYY-MM, YYYY-Www, YYYY-Qn, Qn YYYY.
    if (s.size() == 7 && s.at(4) == QLatin1Char('-')) {
        const int y = digits(s, 0, 4);
        const int m = digits(s, 5, 2);
        if (y > 0 && m >= 1 && m <= 12) {
            *out = QDate(y, m, 1);
            return true;
        }
    }
    if (s.size() == 8 && s.at(4) == QLatin1Char('-') && s.at(5).toUpper() == QLatin1Char('W')) {
        const int y = digits(s, 0, 4);
        const int w = digits(s, 6, 2);
        const QDate jan4(y, 1, 4);
        if (y > 0 && w >= 1 && jan4.isValid()) {
            const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (w - 1));
            int weekYear = 0;
            monday.weekNumber(&weekYear);
            if (weekYear == y) {
                *out = monday;
                return true;
            }
        }
        return fail(why, tr("\"%1\" is not a week that exists.").arg(s.toString()));
    }
    {
        const QString q = s.toString().toUpper().remove(QLatin1Char(' '));
        int year = -1, quarter = -1;
        if (q.size() == 6 && q.at(0) == QLatin1Char('Q')) {
            quarter = digits(q, 1, 1);
            year = digits(q, 2, 4);
        } else if (q.size() == 7 && q.at(5) == QLatin1Char('Q') && q.at(4) == QLatin1Char('-')) {
            year = digits(q, 0, 4);
            quarter = digits(q, 6, 1);
        }
        if (year > 0 && quarter >= 1 && quarter <= 4) {
            *out = QDate(year, 3 * (quarter - 1) + 1, 1);
            return true;
        }
    }
    int p[3] = {0, 0, 0};
    QChar sep;
    if (threeParts(s, p, &sep)) {
        if (p[0] >= 1000) // Y/m/d
            return validDay(p[0], p[1], p[2], out, s, why);
        if (p[2] < 100)
            return fail(why, tr("\"%1\" has a two-digit year; write the year in full.")
                                 .arg(s.toString()));
        if (sep == QLatin1Char('.') || sep == QLatin1Char('-')) // d.m.Y is never m.d.Y
            return validDay(p[2], p[1], p[0], out, s, why);
        if (p[0] > 12)
            return validDay(p[2], p[1], p[0], out, s, why);
        if (p[1] > 12)
            return validDay(p[2], p[0], p[1], out, s, why);
        if (p[0] == p[1])
            return validDay(p[2], p[1], p[0], out, s, why);
        return fail(why, tr("\"%1\" could be day/month or month/day; use YYYY-MM-DD.")
                             .arg(s.toString()));
    }
    return fail(why, tr("\"%1\" is not a date.").arg(s.toString()));
}

bool toDate(const Cell &cell, QDate *out, QString *why)
{
    switch (cell.type) {
    case Cell::Type::Date:
        *out = cell.date;
        return cell.date.isValid() || fail(why, tr("The date is not valid."));
    case Cell::Type::DateTime:
        *out = cell.dateTime.date();
        return out->isValid() || fail(why, tr("The date is not valid."));
    case Cell::Type::Text:
        return toDate(QStringView(cell.text), out, why);
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

bool toNumber(QStringView text, double *out, QString *why)
{
    QStringView s = text.trimmed();
    if (s.isEmpty())
        return fail(why, tr("The value is missing."));
    bool ok = false;
    double v = QLocale::c().toDouble(s, &ok);
    if (!ok && s.endsWith(QLatin1Char('%'))) {
        s = s.chopped(1).trimmed();
        v = QLocale::c().toDouble(s, &ok);
    }
    if (!ok) {
        // Spaces and apostrophes as thousands separators never make a number ambiguous.
        QString plain = s.toString();
        plain.remove(QLatin1Char(' ')).remove(QChar(0x00a0)).remove(QChar(0x202f))
            .remove(QLatin1Char('\''));
        v = QLocale::c().toDouble(plain, &ok);
    }
    if (!ok)
        return fail(why, tr("\"%1\" is not a number.").arg(text.toString()));
    if (!std::isfinite(v))
        return fail(why, tr("\"%1\" is not a finite number.").arg(text.toString()));
    *out = v;
    return true;
}

bool toNumber(const Cell &cell, double *out, QString *why)
{
    switch (cell.type) {
    case Cell::Type::Number:
        if (!std::isfinite(cell.number))
            return fail(why, tr("The value is not a finite number."));
        *out = cell.format == QLatin1String("percent") ? cell.number * 100 : cell.number;
        return true;
    case Cell::Type::Text:
        return toNumber(QStringView(cell.text), out, why);
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
