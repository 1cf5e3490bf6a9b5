#pragma once

#include "catalog/kpilibrary.h"
#include "import/cell.h"

#include <QString>
#include <optional>

namespace Needle {

struct NewKpi;

// How the value cells of a KPI an import creates are written: percent or currency cells (or
// "12 %", "€ 3.50" as text), a number format's decimals, the decimals the values need. Looks at
// the first cells only (MaxCells), so a million rows cost nothing.
struct CellEvidence
{
    static constexpr int MaxCells = 200;
    static constexpr int ManyDecimals = 6; // a value needs more than 5 decimals (computed data)

    int cells = 0; // value cells looked at
    int percent = 0;
    int currency = 0;
    QString currencyCode; // the first ISO code seen
    int formatDecimals = -1; // decimals of a number format ("0.00" -> 2); -1: none seen
    int valueDecimals = 0; // the most decimals a value needs, up to ManyDecimals

    bool full() const { return cells >= MaxCells; }
    void note(const Cell &cell, double value);
};

// What a KPI created by an import should be, guessed from what the file shows and from the
// KPI library: "Churn %" with cells like 2.41 % is a churn rate, so a percent with 2
// decimals where lower is better; "Support cost" is lower-is-better by its name. The wizard
// shows the guesses, and the user corrects them before anything is created.
namespace KpiGuess {

// Fills unit (unless unitFromColumn: the file's unit column said it), currency, decimals,
// direction, category, indicator, aggregation, description and libraryKey of *kpi from its
// name and its cells.
void guess(NewKpi *kpi, const CellEvidence &cells, bool unitFromColumn);
// The library KPI a name stands for ("Churn %", "CSAT", "Net Promoter Score", "Sign-ups"),
// matched on the words that matter, in English and in the interface language.
std::optional<LibraryEntry> libraryMatch(const QString &name);
// Whether a name says that less is better ("Support cost", "Response time", "Open bugs").
bool lowerIsBetterByName(const QString &name);

} // namespace KpiGuess

} // namespace Needle
