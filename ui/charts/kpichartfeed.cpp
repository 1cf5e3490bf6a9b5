#include "charts/kpichartfeed.h"

#include "storage/benchmarkrepository.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/reviewrepository.h"
#include "storage/targetrepository.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace Needle {

KpiChartData buildKpiChartData(Workspace *workspace, const KpiChartRequest &request)
{
    return buildKpiChartData(workspace->connection(), request);
}

KpiChartData buildKpiChartData(const QSqlDatabase &db, const KpiChartRequest &request)
{
    KpiChartData data;
    data.granularity = request.granularity;
    const std::optional<Kpi> kpi = KpiRepository(db).byId(request.kpiId);
    if (!kpi)
        return data;
    data.kpi = *kpi;
    const QDate asOf = request.asOf.isValid() ? request.asOf : QDate::currentDate();
    const QDate to = request.to.isValid() ? std::min(request.to, asOf) : asOf;
    // Roll up whole periods: a range starting mid-month still shows that month's full value.
    const QDate from = request.from.isValid() ? periodStart(request.from, request.granularity)
                                              : QDate();
    const Series series = MeasurementRepository(db).series(kpi->id, from, to);
    const QVector<RolledPoint> rolled = rollUp(series, request.granularity, kpi->aggregation, to);
    data.points.reserve(rolled.size());
    for (const RolledPoint &p : rolled)
        data.points.append({p.period, p.value, p.partial && to == asOf});
    data.from = from;
    data.to = request.to.isValid() ? periodStart(to, request.granularity) : QDate();
    data.targets = TargetRepository(db).forKpi(kpi->id);
    const QVector<Benchmark> benchmarks = BenchmarkRepository(db).forKpi(kpi->id);
    for (const Benchmark &b : benchmarks)
        data.benchmarks.append(b);
    const QVector<ReviewNote> notes = ReviewRepository(db).notesForKpi(kpi->id);
    for (const ReviewNote &n : notes) {
        const QDate day = n.period.isValid() ? n.period : n.createdAt.date();
        if (!day.isValid() || (from.isValid() && day < from) || day > to)
            continue;
        data.notes.append({periodStart(day, request.granularity), n.kind, n.text});
    }
    return data;
}

KpiChartFeed::KpiChartFeed(Workspace *workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &KpiChartFeed::refresh);
    const auto forKpi = [this](qint64 kpiId) { schedule(kpiId); };
    const auto any = [this] { schedule(0); };
    connect(workspace, &Workspace::valuesChanged, this, forKpi);
    connect(workspace, &Workspace::targetsChanged, this, forKpi);
    connect(workspace, &Workspace::benchmarksChanged, this, forKpi);
    connect(workspace, &Workspace::verdictsChanged, this, forKpi);
    connect(workspace, &Workspace::kpiChanged, this, forKpi);
    connect(workspace, &Workspace::kpiRemoved, this, forKpi);
    connect(workspace, &Workspace::valuesReset, this, any);
    connect(workspace, &Workspace::kpisReset, this, any);
    // Notes may move between KPIs: any note change is worth a look.
    connect(workspace, &Workspace::noteAdded, this, any);
    connect(workspace, &Workspace::noteChanged, this, any);
    connect(workspace, &Workspace::noteRemoved, this, any);
}

void KpiChartFeed::setRequest(const KpiChartRequest &request)
{
    m_request = request;
    refresh();
}

void KpiChartFeed::schedule(qint64 kpiId)
{
    // Computed KPIs depend on others: any value change may move them.
    if (kpiId == 0 || kpiId == m_request.kpiId || m_data.kpi.isComputed())
        m_timer.start();
}

void KpiChartFeed::refresh()
{
    m_timer.stop();
    m_data = m_request.kpiId ? buildKpiChartData(m_workspace, m_request) : KpiChartData();
    emit dataChanged();
}

} // namespace Needle
