#pragma once

#include "import/cell.h"

#include <QDate>
#include <QString>

namespace Needle::CellValues {

// Reading a cell as a date or a number for the import. Typed cells (XLSX, ODS) are taken as
// they are; text is parsed strictly: an ambiguous or impossible date, or text that is not a
// number, is refused with a translated reason, never guessed.

// A date or the first day of a period ("2024-03", "Q1 2024", "2024-W05").
bool toDate(const Cell &cell, QDate *out, QString *why);
bool toDate(QStringView text, QDate *out, QString *why);
// A finite number; "12 %" and percent cells give 12 (percent KPIs store 12 for 12 %).
bool toNumber(const Cell &cell, double *out, QString *why);
bool toNumber(QStringView text, double *out, QString *why);
// The cell as text (numbers in their shortest form), for KPI names, notes, owners and units.
QString toText(const Cell &cell);

} // namespace Needle::CellValues
