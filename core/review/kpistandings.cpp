#include "review/kpistandings.h"

#include "analysis/workspaceanalyzer.h"
#include "storage/kpirepository.h"

#include <QHash>

namespace Needle {

QVector<KpiStanding> kpiStandings(const QSqlDatabase &db, const QDate &from, const QDate &asOf)
{
    AnalysisOptions options;
    options.asOf = asOf;
    QHash<qint64, KpiAnalysis> analyses;
    for (const KpiAnalysis &a : analyzeWorkspace(db, {}, options))
        analyses.insert(a.kpiId, a);
    QVector<KpiStanding> result;
    for (const Kpi &kpi : KpiRepository(db).all()) {
        KpiStanding s;
        s.kpiId = kpi.id;
        s.name = kpi.name;
        s.omtm = kpi.omtm;
        s.archived = kpi.archived;
        s.hasOwner = kpi.ownerId > 0;
        const auto it = analyses.constFind(kpi.id);
        if (it != analyses.constEnd()) {
            s.status = it->status;
            s.stale = it->stale;
            // New: flagged in the period under review and not judged by anyone yet.
            for (const Anomaly &an : it->anomaliesBetween(from, asOf, false))
                s.unjudgedAnomalies += an.verdict ? 0 : 1;
        }
        result << s;
    }
    return result;
}

} // namespace Needle
