#pragma once

#include "analysis/rollup.h"
#include "dashboard/dashboardperiod.h"
#include "domain/benchmark.h"
#include "domain/kpi.h"
#include "domain/target.h"
#include "models/dashboardsource.h"
#include "review/meetingsummary.h"

#include <QHash>
#include <QVector>
#include <optional>

namespace Needle {

// What one dashboard tile shows for a KPI over a period: the headline (latest complete period
// and value, the period before, target in force, status, anomaly count) read from the KPI's
// analysis as of the window's end (applyAnalysis; `pending` until it arrives), the benchmark,
// and the values at the dashboard's granularity for the sparkline.
struct Tile
{
    Kpi kpi;
    QString ownerName;
    bool pending = true; // the analysis has not arrived: no headline yet
    std::optional<double> value;
    QDate valuePeriod; // first day of the headline value's period
    bool partial = false; // that period has not ended yet
    std::optional<double> previous; // the cadence period before
    std::optional<Target> target; // in force at the end of the headline period
    std::optional<Benchmark> benchmark; // the most recent one
    Status status = Status::NoData;
    QVector<RolledPoint> sparkline;
    int anomalies = 0; // KpiAnalysis::anomalyCount()
    // Open action items on this KPI whose due date has passed (with owner names), due first.
    QVector<SummaryEntry> overdueActions;
    QString error; // why a computed KPI has no value (its formula failed)

    // Signed so that positive is good (direction-aware); empty without two values.
    std::optional<double> change() const;
    std::optional<double> goodness() const;
};

// The first day of the values the tiles of a period need: the window, and two quarters before
// its end so that every cadence has its latest and previous period. The last day is period.to().
QDate tileValuesFrom(const DashboardPeriod &period, const QDate &asOf);

// A tile's sparkline: at the dashboard's granularity, or the KPI's cadence when that is coarser,
// over the dashboard's window or, for monthly and quarterly sparklines, at least 6 months or 4
// quarters ending with the window. Its target line is drawn only where targetApplies.
Granularity sparklineGranularity(Granularity dashboard, Cadence cadence);

// Takes the headline from the KPI's analysis (the one computation every view reads); with
// nullptr the tile is pending: no value, target or status of its own.
struct KpiAnalysis;
void applyAnalysis(Tile *tile, const KpiAnalysis *analysis);
QDate sparklineFrom(const QDate &from, const QDate &to, Granularity g);

// Builds the tiles of every KPI (archived ones too) for a period from the sources and the
// values between tileValuesFrom() and the period's end (by KPI id): definitions, owners,
// benchmarks and sparklines; the headline stays pending (applyAnalysis). Computed KPIs'
// sparklines evaluate their formula per period after roll-up (DESIGN section 2).
QVector<Tile> buildTiles(const TileSources &sources, const QHash<qint64, Series> &values,
                         const DashboardPeriod &period, const QDate &asOf);
// The same, reading sources and values from the workspace in one snapshot.
QVector<Tile> buildTiles(Workspace *workspace, const DashboardPeriod &period, const QDate &asOf);

} // namespace Needle
