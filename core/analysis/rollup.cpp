#include "analysis/rollup.h"

#include <algorithm>

namespace Needle {

Granularity granularityOf(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Daily:
        return Granularity::Day;
    case Cadence::Weekly:
        return Granularity::Week;
    case Cadence::Monthly:
        return Granularity::Month;
    case Cadence::Quarterly:
        return Granularity::Quarter;
    }
    return Granularity::Month;
}

bool parseGranularity(const QString &name, Granularity *out)
{
    if (name == QLatin1String("day"))
        *out = Granularity::Day;
    else if (name == QLatin1String("week"))
        *out = Granularity::Week;
    else if (name == QLatin1String("month"))
        *out = Granularity::Month;
    else if (name == QLatin1String("quarter"))
        *out = Granularity::Quarter;
    else
        return false;
    return true;
}

QDate periodStart(const QDate &date, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return date;
    case Granularity::Week:
        return date.addDays(1 - date.dayOfWeek());
    case Granularity::Month:
        return QDate(date.year(), date.month(), 1);
    case Granularity::Quarter:
        return QDate(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
    }
    return date;
}

QDate nextPeriod(const QDate &start, Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return start.addDays(1);
    case Granularity::Week:
        return start.addDays(7);
    case Granularity::Month:
        return start.addMonths(1);
    case Granularity::Quarter:
        return start.addMonths(3);
    }
    return start.addDays(1);
}

QDate periodEnd(const QDate &date, Granularity g)
{
    return nextPeriod(periodStart(date, g), g).addDays(-1);
}

QVector<RolledPoint> rollUp(const Series &series, Granularity g, Aggregation aggregation,
                            const QDate &asOf)
{
    QVector<RolledPoint> points;
    const bool daily = g == Granularity::Day;
    if (daily)
        points.reserve(series.size()); // at most one period per value
    double sum = 0;
    QDate end; // the last day of the last point's period
    for (int i = 0; i < series.size(); ++i) {
        const QDate d = series.dates.at(i);
        if (asOf.isValid() && d > asOf)
            break;
        const double v = series.values.at(i);
        // Inside the last point's period there is no need to ask the calendar.
        const bool same = !points.isEmpty()
            && (daily ? points.last().period == d : d >= points.last().period && d <= end);
        if (!same) {
            const QDate p = daily ? d : periodStart(d, g);
            if (!daily)
                end = nextPeriod(p, g).addDays(-1);
            RolledPoint rp;
            rp.period = p;
            rp.value = v;
            rp.count = 1;
            points << rp;
            sum = v;
            continue;
        }
        RolledPoint &rp = points.last();
        ++rp.count;
        sum += v;
        switch (aggregation) {
        case Aggregation::Sum:
            rp.value = sum;
            break;
        case Aggregation::Average:
            rp.value = sum / rp.count;
            break;
        case Aggregation::Last:
            rp.value = v;
            break;
        case Aggregation::Min:
            rp.value = std::min(rp.value, v);
            break;
        case Aggregation::Max:
            rp.value = std::max(rp.value, v);
            break;
        }
    }
    if (asOf.isValid() && !points.isEmpty() && periodEnd(points.last().period, g) > asOf)
        points.last().partial = true;
    return points;
}

} // namespace Needle
