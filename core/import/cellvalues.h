#pragma once

#include "import/cell.h"
#include "import/valueparser.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Needle::CellValues {

// Reading a cell as a date or a number for the import. Typed cells (XLSX, ODS) are taken as
// they are; text goes through ValueParser, strictly: an ambiguous or impossible date, or text
// that is not a number, is refused with a translated reason, never guessed. The common
// spellings (2024-03-31, 1234.5) take a fast path.

// How the sheet writes numbers and dates: chosen by the user or detected from its rows.
struct Formats
{
    ValueParser::NumberLocale numbers = ValueParser::NumberLocale::Unknown;
    ValueParser::DateOrder dates = ValueParser::DateOrder::Unknown;
};

// A date or the first day of a period ("2024-03", "Q1 2024", "2024-W05").
bool toDate(const Cell &cell, const Formats &formats, QDate *out, QString *why);
// A finite number; "12 %" and percent cells give 12 (percent KPIs store 12 for 12 %).
bool toNumber(const Cell &cell, const Formats &formats, double *out, QString *why);
// The cell as text (numbers in their shortest form), for KPI names, notes, owners and units.
QString toText(const Cell &cell);
// Whether a text cell reads as a date or a number under some order or locale (detection).
bool looksLikeDate(const Cell &cell);
bool looksLikeNumber(const Cell &cell);

} // namespace Needle::CellValues
