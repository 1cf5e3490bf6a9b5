#pragma once

#include "domain/kpi.h"
#include "domain/target.h"

#include <QDate>
#include <QVector>

namespace Needle {

// Which of a KPI's periods a target applies to. The analysis takes the target in force on the
// last day of a period (the newest one whose "effective from" is not after it), so a target
// covers the periods that end on or after its start and before the next target's start.
struct TargetCoverage
{
    QDate firstPeriod; // the first period with a stored value the target applies to (null: none)
    QDate lastPeriod; // the last such period
    int periods = 0; // periods with stored values it applies to
    int periodsWithValues = 0; // all periods with stored values
    QDate until; // the next target's "effective from" (null: open-ended)
    QDate latestPeriod; // the latest period with a value (null: no values)
};

namespace TargetDates {

// Where a new target should start so that it applies to the data the user has: the start of
// the KPI's history for its first target, else the start of the latest period with a value
// (at least one day after the newest target so far). Without values: the start of today's
// period.
QDate defaultStart(const Kpi &kpi, const QVector<Target> &targets, const QVector<QDate> &valueDates,
                   const QDate &today);

// The periods with values a target starting on `from` covers; `targetId` (0 for a new one) is
// left out of the other targets.
TargetCoverage coverage(const Kpi &kpi, const QDate &from, qint64 targetId,
                        const QVector<Target> &targets, const QVector<QDate> &valueDates);

} // namespace TargetDates
} // namespace Needle
