// The date half of ValueParser (valueparser.h): dates, month names and periods.
#include "import/valueparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace Needle::ValueParser {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Lower case without accents or a trailing dot: "Févr." -> "fevr", "März" -> "marz".
QString fold(const QString &word)
{
    QString s = word.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    while (out.endsWith(u'.'))
        out.chop(1);
    return out;
}

const QHash<QString, int> &monthNames()
{
    static const QHash<QString, int> names = [] {
        QHash<QString, int> h;
        // English, German, French and Spanish, long and short, in folded form.
        static const char *const builtIn[12] = {
            "january jan januar janner janvier janv enero ene",
            "february feb februar fevrier fevr fev febrero",
            "march mar marz maerz mrz mars marzo",
            "april apr avril avr abril abr",
            "may mai mayo",
            "june jun juni juin junio",
            "july jul juli juillet juil julio",
            "august aug aout agosto ago",
            "september sep sept septembre septiembre setiembre set",
            "october oct oktober okt octobre octubre",
            "november nov novembre noviembre",
            "december dec dezember dez decembre diciembre dic",
        };
        for (int m = 0; m < 12; ++m)
            for (const QString &w : QString::fromLatin1(builtIn[m]).split(u' '))
                h.insert(w, m + 1);
        // The user interface language's names, through the translations.
        static const char *const english[12] = {
            QT_TRANSLATE_NOOP("Needle::ValueParser", "January"),
            QT_TRANSLATE_NOOP("Needle::ValueParser", "February"),
            QT_TRANSLATE_NOOP("Needle::ValueParser", "March"),
            QT_TRANSLATE_NOOP("Needle::ValueParser", "April"),
            QT_TRANSLATE_NOOP("Needle::ValueParser", "May"),
            QT_TRANSLATE_NOOP("Needle::ValueParser", "June"),
            QT_TRANSLATE_NOOP("Needle::ValueParser", "July"),
            QT_TRANSLATE_NOOP("Needle::ValueParser", "August"),
            QT_TRANSLATE_NOOP("Needle::ValueParser", "September"),
            QT_TRANSLATE_NOOP("Needle::ValueParser", "October"),
            QT_TRANSLATE_NOOP("Needle::ValueParser", "November"),
            QT_TRANSLATE_NOOP("Needle::ValueParser", "December"),
        };
        const QLocale system = QLocale::system();
        for (int m = 0; m < 12; ++m) {
            h.insert(fold(QCoreApplication::translate("Needle::ValueParser", english[m])), m + 1);
            h.insert(fold(system.monthName(m + 1, QLocale::LongFormat)), m + 1);
            h.insert(fold(system.monthName(m + 1, QLocale::ShortFormat)), m + 1);
            h.insert(fold(system.standaloneMonthName(m + 1, QLocale::LongFormat)), m + 1);
        }
        h.remove(QString());
        return h;
    }();
    return names;
}

int fullYear(const QString &digits)
{
    const int y = digits.toInt();
    if (digits.size() > 2)
        return y;
    return y < 70 ? 2000 + y : 1900 + y;
}

std::optional<QDate> makeDate(int y, int m, int d, const QString &text, QString *error)
{
    QDate date(y, m, d);
    if (!date.isValid() || y < 1000) {
        setError(error,
                 QCoreApplication::translate("Needle::ValueParser", "\"%1\" is not a valid date")
                     .arg(text));
        return std::nullopt;
    }
    return date;
}

std::optional<QDate> isoWeekStart(int year, int week, const QString &text, QString *error)
{
    const int weeks = QDate(year, 12, 28).weekNumber();
    if (week < 1 || week > weeks) {
        setError(error,
                 QCoreApplication::translate("Needle::ValueParser",
                                             "\"%1\" is not a valid week: %2 has %3 ISO weeks")
                     .arg(text)
                     .arg(year)
                     .arg(weeks));
        return std::nullopt;
    }
    const QDate jan4(year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek() + 7 * (week - 1));
}

const QRegularExpression &numericDate()
{
    // 31.12.2024, 12/31/24, 31-12-2024, optionally followed by a time.
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
    return re;
}

// Dates with a month name: "31 Dec 2024", "March 5, 2024", "5. März 2024", "1er janvier 2024",
// "5 de marzo de 2024", "Mar 2024".
std::optional<QDate> parseNamedDate(const QString &text, QString *error, DateKind *kind,
                                    bool *recognised)
{
    static const QRegularExpression splitter(QStringLiteral("[\\s,/-]+"));
    static const QRegularExpression ordinal(
        QStringLiteral("^(\\d{1,2})(?:st|nd|rd|th|er|e|o|º)?\\.?$"));
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    int month = 0;
    int day = 0;
    int y = 0;
    for (const QString &token : text.split(splitter, Qt::SkipEmptyParts)) {
        const QString f = fold(token);
        if (f == u"de" || f == u"of" || f == u"the" || f == u"del")
            continue;
        const auto m = monthNames().constFind(f);
        QRegularExpressionMatch match;
        if (m != monthNames().constEnd() && month == 0) {
            month = m.value();
        } else if (year.match(f).hasMatch() && y == 0) {
            y = f.toInt();
        } else if ((match = ordinal.match(f)).hasMatch() && day == 0) {
            day = match.captured(1).toInt();
        } else {
            return std::nullopt; // not a date with a month name
        }
    }
    if (month == 0 || y == 0)
        return std::nullopt;
    *recognised = true;
    if (day == 0) {
        if (kind)
            *kind = DateKind::Month;
        return QDate(y, month, 1);
    }
    if (kind)
        *kind = DateKind::Day;
    return makeDate(y, month, day, text, error);
}

} // namespace

DateOrderGuess detectDateOrder(const QStringList &samples)
{
    int dmy = 0;
    int mdy = 0;
    for (const QString &sample : samples) {
        const QRegularExpressionMatch m = numericDate().match(sample.trimmed());
        if (!m.hasMatch())
            continue;
        const int a = m.captured(1).toInt();
        const int b = m.captured(3).toInt();
        if (m.captured(2) == QLatin1String(".") || (a > 12 && b <= 12))
            ++dmy;
        else if (b > 12 && a <= 12)
            ++mdy;
    }
    DateOrderGuess guess;
    if (dmy == mdy) {
        guess.decisive = dmy;
        guess.conflicting = mdy;
        return guess;
    }
    guess.order = dmy > mdy ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
    guess.decisive = qMax(dmy, mdy);
    guess.conflicting = qMin(dmy, mdy);
    return guess;
}

std::optional<QDate> parseDate(const QString &input, DateOrder order, QString *error,
                               DateKind *kind)
{
    const QString text = input.simplified();
    if (text.isEmpty()) {
        setError(error,
                 QCoreApplication::translate("Needle::ValueParser",
                                             "the cell is empty, a date is expected"));
        return std::nullopt;
    }
    if (kind)
        *kind = DateKind::Day;
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"
        "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$"));
    QRegularExpressionMatch m = iso.match(text);
    if (m.hasMatch())
        return makeDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), text,
                        error);

    m = numericDate().match(text);
    if (m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(3).toInt();
        const int y = fullYear(m.captured(4));
        DateOrder use = order;
        if (use == DateOrder::Unknown) {
            if (m.captured(2) == QLatin1String(".") || (a > 12 && b <= 12) || a == b)
                use = DateOrder::DayMonthYear;
            else if (b > 12 && a <= 12)
                use = DateOrder::MonthDayYear;
        }
        if (use == DateOrder::Unknown) {
            setError(error,
                     QCoreApplication::translate(
                         "Needle::ValueParser",
                         "\"%1\" is ambiguous: day/month or month/day; choose the date "
                         "order")
                         .arg(text));
            return std::nullopt;
        }
        if (use == DateOrder::DayMonthYear)
            return makeDate(y, b, a, text, error);
        return makeDate(y, a, b, text, error);
    }

    static const QRegularExpression month(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})$"));
    static const QRegularExpression monthFirst(QStringLiteral("^(\\d{1,2})[-/.](\\d{4})$"));
    const bool isMonth = (m = month.match(text)).hasMatch();
    if (isMonth || (m = monthFirst.match(text)).hasMatch()) {
        const int y = m.captured(isMonth ? 1 : 2).toInt();
        const int mo = m.captured(isMonth ? 2 : 1).toInt();
        if (kind)
            *kind = DateKind::Month;
        return makeDate(y, mo, 1, text, error);
    }

    static const QRegularExpression quarter(
        QStringLiteral("^(?:Q([1-9])[\\s/-]*(\\d{4})|(\\d{4})[\\s/-]*Q([1-9]))$"),
        QRegularExpression::CaseInsensitiveOption);
    if ((m = quarter.match(text)).hasMatch()) {
        const int q = (m.captured(1).isEmpty() ? m.captured(4) : m.captured(1)).toInt();
        const int y = (m.captured(2).isEmpty() ? m.captured(3) : m.captured(2)).toInt();
        if (q > 4) {
            setError(
                error,
                QCoreApplication::translate("Needle::ValueParser", "\"%1\" is not a valid quarter")
                    .arg(text));
            return std::nullopt;
        }
        if (kind)
            *kind = DateKind::Quarter;
        return makeDate(y, 3 * (q - 1) + 1, 1, text, error);
    }

    static const QRegularExpression week(QStringLiteral("^(\\d{4})-?W(\\d{1,2})(?:-?([1-7]))?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if ((m = week.match(text)).hasMatch()) {
        auto start = isoWeekStart(m.captured(1).toInt(), m.captured(2).toInt(), text, error);
        if (!start)
            return std::nullopt;
        if (!m.captured(3).isEmpty())
            return start->addDays(m.captured(3).toInt() - 1);
        if (kind)
            *kind = DateKind::Week;
        return start;
    }

    static const QRegularExpression yearOnly(QStringLiteral("^\\d{4}$"));
    if (yearOnly.match(text).hasMatch()) {
        if (kind)
            *kind = DateKind::Year;
        return makeDate(text.toInt(), 1, 1, text, error);
    }

    bool recognised = false;
    auto named = parseNamedDate(text, error, kind, &recognised);
    if (recognised)
        return named;
    setError(error,
             QCoreApplication::translate("Needle::ValueParser", "\"%1\" is not a date").arg(text));
    return std::nullopt;
}

} // namespace Needle::ValueParser
