#pragma once

#include "import/cell.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Needle::CellJson {

// A cell as `needle inspect --json` prints it (DESIGN section 5): null, a string, a number,
// true/false, {"date": "YYYY-MM-DD"}, {"datetime": "YYYY-MM-DDTHH:MM:SS[.zzz]"} or
// {"error": "#DIV/0!"}.
QJsonValue toJson(const Cell &cell);
QJsonArray toJson(const Row &row);

// The same for people: numbers in their shortest exact form, dates in ISO 8601.
QString toText(const Cell &cell);

} // namespace Needle::CellJson
