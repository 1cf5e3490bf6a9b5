#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace Needle::ValueParser {

// How a column writes its numbers. Thousands separators accepted with DecimalPoint:
// "," "'" and spaces (including U+00A0 and U+202F); with DecimalComma: "." "'" and spaces.
enum class NumberLocale {
    Unknown, // nothing decided: a number whose separator could be either is an error
    DecimalPoint, // 1,234.5
    DecimalComma, // 1.234,5
};

struct NumberFormatGuess
{
    NumberLocale locale = NumberLocale::Unknown;
    int decisive = 0; // samples that fit only the chosen locale
    int conflicting = 0; // samples that fit only the other locale (0 when the guess is clean)
};

// Looks at the texts of one column ("1.234,5", "12,5 %", "€ 3.50", "", ...) and picks the
// locale that the unambiguous samples agree on. Samples that fit both ("12", "1.234") or
// neither are ignored. When the decisive samples disagree, the majority wins and
// `conflicting` says how many did not fit: callers should ask the user then.
NumberFormatGuess detectNumberFormat(const QStringList &samples);

// What a number carried besides its digits.
struct NumberDetail
{
    bool percent = false; // "12.5 %" (the value returned is 12.5, as written)
    QString currency; // ISO 4217 code of a currency symbol or code found: "EUR", "USD", ...
};

// Parses one number as a person writes it: optional sign (also U+2212 and "(12)" for -12),
// thousands separators in groups of three, a decimal separator, an exponent ("1.5e3", only
// with DecimalPoint), a leading or trailing currency symbol or ISO code (€ $ £ ¥ ₹ CHF EUR
// USD ...), a trailing percent sign. Surrounding spaces are ignored.
// Returns nullopt with a translated sentence in *error for text that is not a number or for
// an ambiguous one: under Unknown, "1.234" and "1,234" are errors (could be 1234 or 1.234),
// whereas "1.5", "1,5", "1 234" and "1.234,5" are read because only one reading exists.
std::optional<double> parseNumber(const QString &text, NumberLocale locale, QString *error,
                                  NumberDetail *detail = nullptr);

// How a column orders day, month and year in dates written with digits only.
enum class DateOrder {
    Unknown, // nothing decided: "03/04/2024" is an error, "13/04/2024" is read (only one way)
    DayMonthYear, // 31.12.2024, 31/12/2024
    MonthDayYear, // 12/31/2024
};

struct DateOrderGuess
{
    DateOrder order = DateOrder::Unknown;
    int decisive = 0; // samples that fit only this order (a day above 12)
    int conflicting = 0; // samples that fit only the other order
};

// Looks at the texts of a date column; samples with a first number above 12 decide for
// DayMonthYear, with a second number above 12 for MonthDayYear. Separators "." imply
// DayMonthYear too (German style). Unknown when nothing decides.
DateOrderGuess detectDateOrder(const QStringList &samples);

// What kind of date a text was.
enum class DateKind { Day, Month, Quarter, Week, Year };

// Parses a date or a period, returning the day it starts on:
//   ISO 2024-03-31 (also 2024-03-31T10:00 and 2024/03/31), 31.12.2024, 31/12/2024,
//   12/31/2024, 31-12-2024, two-digit years (24 -> 2024, 70 -> 1970), month names in English,
//   German, French and Spanish and in the UI language ("31 Dec 2024", "March 5, 2024",
//   "5. März 2024", "1er janvier 2024", "5 de marzo de 2024", "Mar 2024", "März 2024"),
//   periods 2024-03 (month), Q1 2024 / 2024-Q1 / 2024 Q1 (quarter), 2024-W05 / 2024W05
//   (ISO week, its Monday), and a bare year 2024.
// Impossible dates (2023-02-29, 1900-02-29, 31/04/2024, week 54) are errors, as is an
// ambiguous day/month order under DateOrder::Unknown. The error is a translated sentence.
std::optional<QDate> parseDate(const QString &text, DateOrder order, QString *error,
                               DateKind *kind = nullptr);

} // namespace Needle::ValueParser
