#pragma once

#include "domain/benchmark.h"
#include "domain/kpi.h"
#include "domain/measurement.h"
#include "review/meetingsummary.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>
#include <memory>

namespace Needle {

class Workspace;

// What dashboard tiles are built from besides the analysis: every KPI (archived ones too), owner
// names and each KPI's most recent benchmark.
struct TileSources
{
    QVector<Kpi> kpis;
    QHash<qint64, QString> owners;
    QHash<qint64, Benchmark> benchmarks;

    static TileSources read(const QSqlDatabase &db);
};

// The dashboard's read model: the tile sources, every KPI's values over a range and the overdue
// action items, read in one snapshot (a read transaction) so a rebuild never mixes two states.
// What was read is kept while the workspace's data stay the same (Sql::changeStamp), so a period
// change rolls up values already in memory.
class DashboardSource
{
public:
    explicit DashboardSource(Workspace *workspace);
    ~DashboardSource();

    // Reads what changed since the last call: values from `from` to `to`, overdue action items
    // on `asOf`. False with a message when the workspace cannot be read.
    bool read(const QDate &from, const QDate &to, const QDate &asOf, QString *errorMessage);

    const TileSources &sources() const { return m_sources; }
    const QHash<qint64, Series> &values() const { return m_series; }
    QVector<SummaryEntry> overdue(qint64 kpiId) const { return m_overdue.value(kpiId); }

private:
    struct Cache; // the change stamp and the values held (storage types stay in core)
    Workspace *m_workspace;
    std::unique_ptr<Cache> m_cache;
    TileSources m_sources;
    QHash<qint64, Series> m_series;
    QDate m_overdueAsOf; // the day m_overdue was read for
    QHash<qint64, QVector<SummaryEntry>> m_overdue; // overdue action items by KPI
};

} // namespace Needle
