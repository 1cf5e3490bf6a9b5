#include "models/targetcoverage.h"

#include "analysis/rollup.h"

#include <algorithm>

namespace Needle::TargetDates {

namespace {
// The first day of each period with a value, ascending and each once.
QVector<QDate> periodsOf(const Kpi &kpi, const QVector<QDate> &valueDates)
{
    const Granularity g = granularityOf(kpi.cadence);
    QVector<QDate> periods;
    periods.reserve(valueDates.size());
    for (const QDate &d : valueDates)
        periods.append(periodStart(d, g));
    std::sort(periods.begin(), periods.end());
    periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
    return periods;
}
} // namespace

QDate defaultStart(const Kpi &kpi, const QVector<Target> &targets, const QVector<QDate> &valueDates,
                   const QDate &today)
{
    const Granularity g = granularityOf(kpi.cadence);
    const QVector<QDate> periods = periodsOf(kpi, valueDates);
    if (periods.isEmpty())
        return periodStart(today, g);
    if (targets.isEmpty())
        return periods.constFirst();
    QDate newest;
    for (const Target &t : targets)
        newest = std::max(newest, t.effectiveFrom);
    return std::max(periods.constLast(), newest.addDays(1));
}

TargetCoverage coverage(const Kpi &kpi, const QDate &from, qint64 targetId,
                        const QVector<Target> &targets, const QVector<QDate> &valueDates)
{
    const Granularity g = granularityOf(kpi.cadence);
    TargetCoverage c;
    for (const Target &t : targets)
        if (t.id != targetId && t.effectiveFrom > from
            && (!c.until.isValid() || t.effectiveFrom < c.until))
            c.until = t.effectiveFrom;
    const QVector<QDate> periods = periodsOf(kpi, valueDates);
    c.periodsWithValues = int(periods.size());
    if (!periods.isEmpty())
        c.latestPeriod = periods.constLast();
    for (const QDate &p : periods) {
        const QDate end = periodEnd(p, g);
        if (end < from || (c.until.isValid() && end >= c.until))
            continue;
        if (!c.firstPeriod.isValid())
            c.firstPeriod = p;
        c.lastPeriod = p;
        ++c.periods;
    }
    return c;
}

} // namespace Needle::TargetDates
