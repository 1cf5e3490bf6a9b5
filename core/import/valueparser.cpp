#include "import/valueparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace Needle::ValueParser {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool isSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

// Reads "1,234.5" with the given decimal separator; thousands separators must group by three
// after a first group of one to three digits that does not start with 0.
std::optional<double> parseCore(const QString &s, QChar decimal)
{
    if (s.isEmpty())
        return std::nullopt;
    QString digits;
    digits.reserve(s.size());
    int decimalAt = -1;
    QChar groupSep;
    int groupLen = -1; // digits since the last group separator; -1 before any separator
    int firstGroup = 0;
    bool sawDigit = false;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits += c;
            sawDigit = true;
            if (decimalAt < 0) {
                if (groupLen >= 0)
                    ++groupLen;
                else
                    ++firstGroup;
            }
        } else if (c == decimal) {
            if (decimalAt >= 0 || (groupLen >= 0 && groupLen != 3))
                return std::nullopt;
            decimalAt = digits.size();
            digits += u'.';
        } else if (decimalAt < 0 && (c == u'.' || c == u',' || c == u'\'' || isSpace(c))) {
            const QChar sep = isSpace(c) ? QChar(u' ') : c;
            if (groupLen < 0) {
                if (firstGroup < 1 || firstGroup > 3 || s.at(0) == u'0')
                    return std::nullopt;
                groupSep = sep;
            } else if (groupLen != 3 || sep != groupSep) {
                return std::nullopt;
            }
            groupLen = 0;
        } else {
            return std::nullopt;
        }
    }
    if (!sawDigit || (groupLen >= 0 && decimalAt < 0 && groupLen != 3))
        return std::nullopt;
    if (decimalAt == digits.size() - 1) // "12." has no fraction digits
        return std::nullopt;
    bool ok = false;
    const double v = digits.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

struct CurrencySymbol
{
    const char *text; // UTF-8
    const char *code;
};

const CurrencySymbol currencySymbols[] = {
    {"US$", "USD"}, {"R$", "BRL"}, {"A$", "AUD"}, {"C$", "CAD"},  {"€", "EUR"},   {"$", "USD"},
    {"£", "GBP"},   {"¥", "JPY"},  {"₹", "INR"},  {"₩", "KRW"},   {"₽", "RUB"}, {"₺", "TRY"},
    {"₪", "ILS"},   {"zł", "PLN"}, {"Kč", "CZK"}, {"kr.", "DKK"}, {"kr", "SEK"},  {"Fr.", "CHF"},
};

const char *const currencyCodes[] = {"EUR", "USD", "GBP", "JPY", "CHF", "SEK", "NOK", "DKK", "PLN",
                                     "CZK", "HUF", "CAD", "AUD", "NZD", "CNY", "INR", "BRL", "MXN",
                                     "ZAR", "KRW", "RUB", "TRY", "ILS", "SGD", "HKD"};

// Removes a currency symbol or ISO code at the start or end of s; returns its code.
QString stripCurrency(QString &s)
{
    for (const CurrencySymbol &c : currencySymbols) {
        const QString sym = QString::fromUtf8(c.text);
        if (s.startsWith(sym)) {
            s = s.mid(sym.size()).trimmed();
            return QString::fromLatin1(c.code);
        }
        if (s.endsWith(sym)) {
            s.chop(sym.size());
            s = s.trimmed();
            return QString::fromLatin1(c.code);
        }
    }
    for (const char *code : currencyCodes) {
        const QString c = QString::fromLatin1(code);
        if (s.startsWith(c, Qt::CaseInsensitive) && s.size() > 3 && !s.at(3).isLetter()) {
            s = s.mid(3).trimmed();
            return c;
        }
        if (s.endsWith(c, Qt::CaseInsensitive) && s.size() > 3 && !s.at(s.size() - 4).isLetter()) {
            s.chop(3);
            s = s.trimmed();
            return c;
        }
    }
    return QString();
}

bool stripSign(QString &s)
{
    if (s.startsWith(u'-') || s.startsWith(QChar(0x2212))) {
        s = s.mid(1).trimmed();
        return true;
    }
    if (s.startsWith(u'+'))
        s = s.mid(1).trimmed();
    return false;
}

} // namespace

std::optional<double> parseNumber(const QString &text, NumberLocale locale, QString *error,
                                  NumberDetail *detail)
{
    QString s = text.trimmed();
    while (!s.isEmpty() && isSpace(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && isSpace(s.back()))
        s.chop(1);
    if (s.isEmpty()) {
        setError(error,
                 QCoreApplication::translate("Needle::ValueParser",
                                             "the cell is empty, a number is expected"));
        return std::nullopt;
    }
    NumberDetail d;
    bool negative = false;
    if (s.size() > 2 && s.startsWith(u'(') && s.endsWith(u')')) {
        negative = true;
        s = s.mid(1, s.size() - 2).trimmed();
    }
    if (s.endsWith(u'%')) {
        d.percent = true;
        s.chop(1);
        s = s.trimmed();
    }
    negative = stripSign(s) != negative;
    d.currency = stripCurrency(s);
    if (!d.currency.isEmpty())
        negative = stripSign(s) != negative;
    if (!d.percent && s.endsWith(u'%')) { // "€ 5 %" is nonsense but "5%" after a code is not
        d.percent = true;
        s.chop(1);
        s = s.trimmed();
    }

    std::optional<double> value;
    static const QRegularExpression scientific(
        QStringLiteral("^[0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]{1,3}$"));
    if (locale != NumberLocale::DecimalComma && scientific.match(s).hasMatch()) {
        bool ok = false;
        const double v = s.toDouble(&ok);
        if (ok && std::isfinite(v))
            value = v;
    } else {
        const auto point = locale == NumberLocale::DecimalComma ? std::nullopt : parseCore(s, u'.');
        const auto comma = locale == NumberLocale::DecimalPoint ? std::nullopt : parseCore(s, u',');
        if (point && comma && *point != *comma) {
            setError(error,
                     QCoreApplication::translate(
                         "Needle::ValueParser",
                         "\"%1\" is ambiguous: it could be %2 or %3; choose the number format")
                         .arg(text.trimmed(), QString::number(*point, 'g', 15),
                              QString::number(*comma, 'g', 15)));
            return std::nullopt;
        }
        value = point ? point : comma;
    }
    if (!value) {
        setError(error,
                 QCoreApplication::translate("Needle::ValueParser", "\"%1\" is not a number")
                     .arg(text.trimmed()));
        return std::nullopt;
    }
    if (detail)
        *detail = d;
    return negative ? -*value : *value;
}

NumberFormatGuess detectNumberFormat(const QStringList &samples)
{
    int point = 0;
    int comma = 0;
    for (const QString &sample : samples) {
        const bool p = parseNumber(sample, NumberLocale::DecimalPoint, nullptr).has_value();
        const bool c = parseNumber(sample, NumberLocale::DecimalComma, nullptr).has_value();
        if (p && !c)
            ++point;
        else if (c && !p)
            ++comma;
    }
    NumberFormatGuess guess;
    if (point == comma) { // nothing decisive, or a tie: ask
        guess.decisive = point;
        guess.conflicting = comma;
        return guess;
    }
    if (point > comma) {
        guess.locale = NumberLocale::DecimalPoint;
        guess.decisive = point;
        guess.conflicting = comma;
    } else {
        guess.locale = NumberLocale::DecimalComma;
        guess.decisive = comma;
        guess.conflicting = point;
    }
    return guess;
}

} // namespace Needle::ValueParser
