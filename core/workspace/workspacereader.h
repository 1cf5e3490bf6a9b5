#pragma once

#include "domain/anomalyverdict.h"
#include "domain/benchmark.h"
#include "domain/changelogentry.h"
#include "domain/datasource.h"
#include "domain/importbatch.h"
#include "domain/kpi.h"
#include "domain/measurement.h"
#include "domain/owner.h"
#include "domain/reviewmeeting.h"
#include "domain/reviewnote.h"
#include "domain/target.h"

#include <QDate>
#include <QVector>
#include <memory>
#include <optional>

namespace Needle {

class Workspace;

// What the views read of a workspace, as domain records: the windows and dialogs under ui/
// read through this (and the item models and analysis), never through a repository or a
// database handle, so the engine behind the workspace can change without them.
//
// With Mode::Snapshot, every read of the reader sees one state of the workspace (one read
// transaction, ended when the reader goes), whatever another program commits meanwhile:
// for a view that reads several things to show them together.
class WorkspaceReader
{
public:
    enum class Mode { Current, Snapshot };
    explicit WorkspaceReader(const Workspace *workspace, Mode mode = Mode::Current);
    ~WorkspaceReader();
    WorkspaceReader(const WorkspaceReader &) = delete;
    WorkspaceReader &operator=(const WorkspaceReader &) = delete;

    // Snapshot mode: false when the read transaction could not begin (*errorMessage says
    // why); the reads then see each its own state.
    bool snapshotHeld(QString *errorMessage = nullptr) const;

    QVector<Owner> owners() const; // by name
    std::optional<Owner> owner(qint64 id) const;
    QString ownerName(qint64 id) const; // empty for none

    QVector<Kpi> kpis() const; // by name
    std::optional<Kpi> kpi(qint64 id) const;
    std::optional<Kpi> kpiByKey(const QString &key) const;

    QVector<Measurement> values(qint64 kpiId, const QDate &from = {}, const QDate &to = {}) const;
    QVector<QDate> valueDates(qint64 kpiId) const;
    int valueCount(qint64 kpiId) const;

    QVector<Target> targets(qint64 kpiId) const;
    QVector<Benchmark> benchmarks(qint64 kpiId) const;
    QVector<AnomalyVerdict> verdicts(qint64 kpiId) const;

    QVector<ReviewMeeting> meetings() const; // newest first
    std::optional<ReviewMeeting> meeting(qint64 id) const;
    QVector<ReviewNote> notesForMeeting(qint64 meetingId) const;

    QVector<ChangeLogEntry> changeLog(qint64 kpiId = 0, int limit = 1000) const;
    QVector<ImportBatch> importBatches(QString *errorMessage = nullptr) const; // newest first
    std::optional<ImportBatch> importBatch(qint64 id) const;
    QVector<WatchedFolder> watchedFolders() const;
    QVector<DataSource> sources(QString *errorMessage = nullptr) const; // by name

private:
    struct Snapshot;
    const Workspace *m_workspace;
    std::unique_ptr<Snapshot> m_snapshot;
    bool m_held = false;
    QString m_error;
};

} // namespace Needle
