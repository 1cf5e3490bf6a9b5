#include "workspace/workspacereader.h"

#include "storage/benchmarkrepository.h"
#include "storage/changelogrepository.h"
#include "storage/importrepository.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/ownerrepository.h"
#include "storage/reviewrepository.h"
#include "storage/sourcerepository.h"
#include "storage/sql.h"
#include "storage/targetrepository.h"
#include "workspace/workspace.h"

namespace Needle {

struct WorkspaceReader::Snapshot
{
    explicit Snapshot(const QSqlDatabase &db) : tx(db) {}
    Sql::ReadTransaction tx;
};

WorkspaceReader::WorkspaceReader(const Workspace *workspace, Mode mode) : m_workspace(workspace)
{
    // Inside a write of this connection the reads already see one state: no snapshot needed.
    const QSqlDatabase db = workspace->connection();
    if (mode != Mode::Snapshot)
        return;
    if (Sql::inTransaction(db)) {
        m_held = true;
        return;
    }
    m_snapshot = std::make_unique<Snapshot>(db);
    m_held = m_snapshot->tx.begin(&m_error);
    if (!m_held)
        m_snapshot.reset(); // reads still work, each on its own
}

bool WorkspaceReader::snapshotHeld(QString *errorMessage) const
{
    if (!m_held && errorMessage)
        *errorMessage = m_error;
    return m_held;
}

WorkspaceReader::~WorkspaceReader() = default;

QVector<Owner> WorkspaceReader::owners() const
{
    return OwnerRepository(m_workspace->connection()).all();
}

std::optional<Owner> WorkspaceReader::owner(qint64 id) const
{
    return OwnerRepository(m_workspace->connection()).byId(id);
}

QString WorkspaceReader::ownerName(qint64 id) const
{
    const std::optional<Owner> o = id > 0 ? owner(id) : std::nullopt;
    return o ? o->name : QString();
}

QVector<Kpi> WorkspaceReader::kpis() const
{
    return KpiRepository(m_workspace->connection()).all();
}

std::optional<Kpi> WorkspaceReader::kpi(qint64 id) const
{
    return KpiRepository(m_workspace->connection()).byId(id);
}

std::optional<Kpi> WorkspaceReader::kpiByKey(const QString &key) const
{
    return KpiRepository(m_workspace->connection()).byKey(key);
}

QVector<Measurement> WorkspaceReader::values(qint64 kpiId, const QDate &from, const QDate &to) const
{
    return MeasurementRepository(m_workspace->connection()).measurements(kpiId, from, to);
}

QVector<QDate> WorkspaceReader::valueDates(qint64 kpiId) const
{
    return MeasurementRepository(m_workspace->connection()).series(kpiId).dates;
}

int WorkspaceReader::valueCount(qint64 kpiId) const
{
    return int(MeasurementRepository(m_workspace->connection()).count(kpiId));
}

QVector<Target> WorkspaceReader::targets(qint64 kpiId) const
{
    return TargetRepository(m_workspace->connection()).forKpi(kpiId);
}

QVector<Benchmark> WorkspaceReader::benchmarks(qint64 kpiId) const
{
    return BenchmarkRepository(m_workspace->connection()).forKpi(kpiId);
}

QVector<AnomalyVerdict> WorkspaceReader::verdicts(qint64 kpiId) const
{
    return ReviewRepository(m_workspace->connection()).verdicts(kpiId);
}

QVector<ReviewMeeting> WorkspaceReader::meetings() const
{
    return ReviewRepository(m_workspace->connection()).meetings();
}

std::optional<ReviewMeeting> WorkspaceReader::meeting(qint64 id) const
{
    return ReviewRepository(m_workspace->connection()).meeting(id);
}

QVector<ReviewNote> WorkspaceReader::notesForMeeting(qint64 meetingId) const
{
    return ReviewRepository(m_workspace->connection()).notesForMeeting(meetingId);
}

QVector<ChangeLogEntry> WorkspaceReader::changeLog(qint64 kpiId, int limit) const
{
    return ChangeLogRepository(m_workspace->connection()).entries(kpiId, limit);
}

QVector<ImportBatch> WorkspaceReader::importBatches(QString *errorMessage) const
{
    return ImportRepository(m_workspace->connection()).batches(errorMessage);
}

std::optional<ImportBatch> WorkspaceReader::importBatch(qint64 id) const
{
    return ImportRepository(m_workspace->connection()).batch(id);
}

QVector<WatchedFolder> WorkspaceReader::watchedFolders() const
{
    return ImportRepository(m_workspace->connection()).watchedFolders();
}

QVector<DataSource> WorkspaceReader::sources(QString *errorMessage) const
{
    return SourceRepository(m_workspace->connection()).sources(errorMessage);
}

} // namespace Needle
