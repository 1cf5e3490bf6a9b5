#include "dashboard/tile.h"

#include "analysis/formula.h"
#include "analysis/kpianalysis.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace Needle {

std::optional<double> Tile::change() const
{
    if (!value || !previous)
        return std::nullopt;
    return *value - *previous;
}

std::optional<double> Tile::goodness() const
{
    const std::optional<double> delta = change();
    if (!delta)
        return std::nullopt;
    switch (kpi.direction) {
    case Direction::HigherIsBetter:
        return *delta;
    case Direction::LowerIsBetter:
        return -*delta;
    case Direction::WithinBand:
        if (!target || !target->isBand())
            return std::nullopt;
        const double mid = (*target->low + *target->high) / 2;
        return std::abs(*previous - mid) - std::abs(*value - mid);
    }
    return std::nullopt;
}

namespace {

QString trTile(const char *text)
{
    return QCoreApplication::translate("Needle::Tile", text);
}

// Rolls stored and computed KPIs up to a granularity, remembering what it has rolled.
class Roller
{
public:
    Roller(const QVector<Kpi> &kpis, const QHash<qint64, Series> &series, const QDate &asOf)
        : m_series(series), m_asOf(asOf)
    {
        for (const Kpi &k : kpis)
            m_byKey.insert(k.key, k);
    }

    const QVector<RolledPoint> &rolled(const Kpi &kpi, Granularity g, QString *error)
    {
        const QPair<qint64, int> key(kpi.id, int(g));
        auto it = m_memo.constFind(key);
        if (it != m_memo.constEnd()) {
            if (error && error->isEmpty())
                *error = m_errors.value(key);
            return *it;
        }
        QString err;
        QVector<RolledPoint> points;
        if (!kpi.isComputed())
            points = rollUp(m_series.value(kpi.id), g, kpi.aggregation, m_asOf);
        else if (m_visiting.contains(kpi.id))
            err = trTile("The formula refers to itself.");
        else
            points = computed(kpi, g, &err);
        m_errors.insert(key, err);
        if (error && error->isEmpty())
            *error = err;
        return *m_memo.insert(key, points);
    }

private:
    QVector<RolledPoint> computed(const Kpi &kpi, Granularity g, QString *error)
    {
        QStringList keys;
        if (!Formula::referencedKeys(kpi.formula, &keys, error))
            return {};
        m_visiting.insert(kpi.id);
        // period -> (values by key, partial)
        QMap<QDate, QHash<QString, double>> byPeriod;
        QSet<QDate> partial;
        for (const QString &k : std::as_const(keys)) {
            const auto ref = m_byKey.constFind(k);
            if (ref == m_byKey.constEnd()) {
                *error =
                    trTile("The formula uses %1, which is not a KPI of this workspace.").arg(k);
                m_visiting.remove(kpi.id);
                return {};
            }
            for (const RolledPoint &p : rolled(*ref, g, error)) {
                byPeriod[p.period].insert(k, p.value);
                if (p.partial)
                    partial.insert(p.period);
            }
        }
        m_visiting.remove(kpi.id);
        QVector<RolledPoint> points;
        for (auto it = byPeriod.cbegin(); it != byPeriod.cend(); ++it) {
            if (it->size() < keys.size())
                continue; // a period where one input has no value has no result
            RolledPoint p;
            p.period = it.key();
            p.count = 1;
            p.partial = partial.contains(p.period);
            QString err;
            if (Formula::evaluate(kpi.formula, *it, &p.value, &err))
                points << p;
            else if (error->isEmpty())
                *error = err;
        }
        if (!points.isEmpty())
            error->clear(); // some periods evaluate: a single division by zero is no error
        return points;
    }

    QHash<QString, Kpi> m_byKey;
    const QHash<qint64, Series> &m_series;
    QDate m_asOf;
    QHash<QPair<qint64, int>, QVector<RolledPoint>> m_memo;
    QHash<QPair<qint64, int>, QString> m_errors;
    QSet<qint64> m_visiting;
};

} // namespace

QDate tileValuesFrom(const DashboardPeriod &period, const QDate &asOf)
{
    // Four quarters back: the shortest sparkline of a quarterly KPI (sparklineFrom).
    return std::min(periodStart(period.from(asOf), Granularity::Quarter),
                    periodStart(period.to(asOf), Granularity::Quarter).addMonths(-9));
}

Granularity sparklineGranularity(Granularity dashboard, Cadence cadence)
{
    // A KPI is never drawn finer than it is measured (a monthly KPI by the day is a few dots).
    const Granularity own = granularityOf(cadence);
    return int(own) > int(dashboard) ? own : dashboard;
}

void applyAnalysis(Tile *t, const KpiAnalysis *a)
{
    t->pending = a == nullptr;
    t->value.reset();
    t->valuePeriod = QDate();
    t->partial = false;
    t->previous.reset();
    t->target.reset();
    t->status = Status::NoData;
    t->anomalies = 0;
    if (!a)
        return;
    t->error = a->error;
    t->status = a->status;
    t->target = a->target;
    t->anomalies = a->anomalyCount();
    if (a->latest) {
        t->value = a->latest->value;
        t->valuePeriod = a->latest->period;
        if (a->vsPrevious.valid)
            t->previous = a->vsPrevious.previous;
    }
}

QDate sparklineFrom(const QDate &from, const QDate &to, Granularity g)
{
    // Monthly and quarterly KPIs get a few points whatever the window: 6 months or 4
    // quarters. Daily and weekly ones have enough in any window the dashboard offers.
    QDate earliest = periodStart(from, g);
    if (g == Granularity::Month)
        earliest = std::min(earliest, periodStart(to, g).addMonths(-5));
    else if (g == Granularity::Quarter)
        earliest = std::min(earliest, periodStart(to, g).addMonths(-9));
    return earliest;
}

QVector<Tile> buildTiles(Workspace *workspace, const DashboardPeriod &period, const QDate &asOf)
{
    DashboardSource source(workspace);
    if (!source.read(tileValuesFrom(period, asOf), period.to(asOf), asOf, nullptr))
        return {};
    return buildTiles(source.sources(), source.values(), period, asOf);
}

QVector<Tile> buildTiles(const TileSources &sources, const QHash<qint64, Series> &series,
                         const DashboardPeriod &period, const QDate &asOf)
{
    const QDate from = period.from(asOf);
    const QDate to = period.to(asOf);
    const Granularity g = period.effectiveGranularity(asOf);
    const QVector<Kpi> &kpis = sources.kpis;
    Roller roller(kpis, series, to);
    QVector<Tile> tiles;
    tiles.reserve(kpis.size());
    for (const Kpi &kpi : kpis) {
        Tile tile;
        tile.kpi = kpi;
        tile.ownerName = sources.owners.value(kpi.ownerId);
        const auto benchmark = sources.benchmarks.constFind(kpi.id);
        if (benchmark != sources.benchmarks.cend())
            tile.benchmark = *benchmark;
        const Granularity sparkG = sparklineGranularity(g, kpi.cadence);
        const QDate sparkFrom = sparklineFrom(from, to, sparkG);
        for (const RolledPoint &p : roller.rolled(kpi, sparkG, nullptr))
            if (p.period >= sparkFrom)
                tile.sparkline << p;
        tiles << tile;
    }
    return tiles;
}

} // namespace Needle
