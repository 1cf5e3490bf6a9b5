#include "review/kpistandings.h"

#include "analysis/rollup.h"
#include "analysis/status.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/targetrepository.h"

namespace Needle {

namespace {
int cadenceDays(Cadence c)
{
    switch (c) {
    case Cadence::Daily: return 1;
    case Cadence::Weekly: return 7;
    case Cadence::Monthly: return 30;
    case Cadence::Quarterly: return 91;
    }
    return 30;
}
} // namespace

QVector<KpiStanding> kpiStandings(const QSqlDatabase &db, const QDate &from, const QDate &asOf)
{
    Q_UNUSED(from)
    QVector<KpiStanding> result;
    MeasurementRepository values(db);
    TargetRepository targets(db);
    for (const Kpi &kpi : KpiRepository(db).all()) {
        KpiStanding s;
        s.kpiId = kpi.id;
        s.name = kpi.name;
        s.omtm = kpi.omtm;
        s.archived = kpi.archived;
        s.hasOwner = kpi.ownerId > 0;
        const Granularity g = granularityOf(kpi.cadence);
        const QVector<RolledPoint> points =
            rollUp(values.series(kpi.id, QDate(), asOf), g, kpi.aggregation, asOf);
        // The latest complete period speaks for the KPI; a partial one only when it is all.
        const RolledPoint *latest = nullptr;
        for (int i = int(points.size()) - 1; i >= 0 && !latest; --i)
            if (!points.at(i).partial || i == 0)
                latest = &points.at(i);
        if (latest) {
            s.status = statusOf(latest->value, targets.inForce(kpi.id, latest->period),
                                kpi.direction);
            // Stale: nothing for more than 1.5 cadence periods after the latest period ended.
            const qint64 gap = periodEnd(points.last().period, g).daysTo(asOf);
            s.stale = !kpi.isComputed() && gap > cadenceDays(kpi.cadence) * 3 / 2;
        } else {
            s.status = Status::NoData;
            s.stale = !kpi.isComputed();
        }
        result << s;
    }
    return result;
}

} // namespace Needle
