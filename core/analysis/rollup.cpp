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

Cadence cadenceOf(Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return Cadence::Daily;
    case Granularity::Week:
        return Cadence::Weekly;
    case Granularity::Month:
        return Cadence::Monthly;
    case Granularity::Quarter:
        break;
    }
    return Cadence::Quarterly;
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
    // At most one period per value: written in place, then cut to size.
    const int n = series.size();
    QVector<RolledPoint> points(n);
    RolledPoint *out = points.data();
    const QDate *dates = series.dates.constData();
    const double *values = series.values.constData();
    const bool daily = g == Granularity::Day;
    int count = 0;
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        const QDate d = dates[i];
        if (asOf.isValid() && d > asOf)
            break;
        const double v = values[i];
        const QDate p = daily ? d : periodStart(d, g);
        if (count == 0 || out[count - 1].period != p) {
            RolledPoint &rp = out[count++];
            rp.period = p;
            rp.value = v;
            rp.count = 1;
            sum = v;
            continue;
        }
        RolledPoint &rp = out[count - 1];
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
    points.resize(count);
    if (count < n / 2)
        points.squeeze(); // coarser periods: give the room back
    if (asOf.isValid() && !points.isEmpty() && periodEnd(points.last().period, g) > asOf)
        points.last().partial = true;
    return points;
}

} // namespace Needle
