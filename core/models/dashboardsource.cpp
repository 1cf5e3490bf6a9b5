#include "models/dashboardsource.h"

#include "review/followup.h"
#include "storage/benchmarkrepository.h"
#include "storage/kpirepository.h"
#include "storage/ownerrepository.h"
#include "storage/seriescache.h"
#include "storage/sql.h"
#include "workspace/workspace.h"

namespace Needle {

TileSources TileSources::read(const QSqlDatabase &db)
{
    TileSources s;
    s.kpis = KpiRepository(db).all();
    for (const Owner &o : OwnerRepository(db).all())
        s.owners.insert(o.id, o.name);
    for (const Benchmark &b : BenchmarkRepository(db).all()) {
        auto it = s.benchmarks.find(b.kpiId);
        if (it == s.benchmarks.end() || it->asOf < b.asOf)
            s.benchmarks.insert(b.kpiId, b);
    }
    return s;
}

struct DashboardSource::Cache
{
    Sql::ChangeStamp stamp;
    SeriesCache values;
};

DashboardSource::DashboardSource(Workspace *workspace)
    : m_workspace(workspace), m_cache(std::make_unique<Cache>())
{}

DashboardSource::~DashboardSource() = default;

bool DashboardSource::read(const QDate &from, const QDate &to, const QDate &asOf,
                           QString *errorMessage)
{
    const QSqlDatabase db = m_workspace->connection();
    Sql::ReadTransaction snapshot(db);
    if (!snapshot.begin(errorMessage))
        return false;
    const Sql::ChangeStamp stamp = Sql::changeStamp(db);
    if (!stamp.isValid() || stamp != m_cache->stamp) {
        m_sources = TileSources::read(db);
        m_overdueAsOf = QDate();
        m_cache->stamp = stamp;
    }
    if (m_overdueAsOf != asOf) {
        const FollowUp followUp(db);
        m_overdue.clear();
        for (const SummaryEntry &e : followUp.withNames(followUp.overdueActionItems(asOf), asOf))
            m_overdue[e.note.kpiId] << e;
        m_overdueAsOf = asOf;
    }
    QString error;
    m_series = m_cache->values.series(db, from, to, &error);
    if (!error.isEmpty() && errorMessage)
        *errorMessage = error;
    return error.isEmpty();
}

} // namespace Needle
