#pragma once

#include "domain/enums.h"
#include "domain/measurement.h"

#include <QDate>
#include <QVector>

namespace Needle {

enum class Granularity { Day, Week, Month, Quarter };

Granularity granularityOf(Cadence cadence);
Cadence cadenceOf(Granularity g);
bool parseGranularity(const QString &name, Granularity *out); // day, week, month, quarter
QDate periodStart(const QDate &date, Granularity g); // weeks are ISO 8601: Monday first
QDate periodEnd(const QDate &date, Granularity g);
QDate nextPeriod(const QDate &periodStart, Granularity g);

struct RolledPoint
{
    QDate period; // the first day of the period
    double value = 0;
    int count = 0; // stored values that went into it
    bool partial = false; // the period has not ended by the as-of date

    bool operator==(const RolledPoint &o) const
    {
        return period == o.period && value == o.value && count == o.count && partial == o.partial;
    }
    bool operator!=(const RolledPoint &o) const { return !(*this == o); }
};

// Rolls a series (dates ascending) up to periods with the KPI's aggregation. Periods without
// values are left out. With a valid asOf, values after it are ignored and the period holding
// it is marked partial.
QVector<RolledPoint> rollUp(const Series &series, Granularity g, Aggregation aggregation,
                            const QDate &asOf = QDate());

} // namespace Needle
