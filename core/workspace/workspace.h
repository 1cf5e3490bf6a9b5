#pragma once

#include "domain/anomalyverdict.h"
#include "domain/benchmark.h"
#include "domain/datasource.h"
#include "domain/importbatch.h"
#include "domain/kpi.h"
#include "domain/measurement.h"
#include "domain/owner.h"
#include "domain/reviewmeeting.h"
#include "domain/reviewnote.h"
#include "domain/target.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workspace/kpirecord.h"
#include "workspace/workspacechange.h"

#include <QObject>
#include <functional>
#include <QSqlDatabase>
#include <memory>
#include <optional>

class QUndoStack;
class QUndoCommand;

namespace Needle {

struct ValueChange;

// The open workspace: owns the database connection and the undo stack, performs every edit a
// user makes as an undo command (written to the change log), and tells the models what changed
// with one typed event, changed(), emitted once per committed write.
class Workspace : public QObject
{
    Q_OBJECT
public:
    static std::unique_ptr<Workspace> open(const QString &path, QString *errorMessage);
    static std::unique_ptr<Workspace> create(const QString &path, QString *errorMessage);
    static std::unique_ptr<Workspace> createInMemory(QString *errorMessage);
    // For commands that only read: never written, refused when damaged (quick_check).
    static std::unique_ptr<Workspace> openReadOnly(const QString &path, QString *errorMessage);
    ~Workspace() override;

    QSqlDatabase connection() const;
    Database &database() { return *m_database; }
    QString filePath() const { return m_database->path(); }
    QString displayName() const; // the file name without extension
    QUndoStack *undoStack() const { return m_undoStack; }
    // Edit > Undo and Redo: the stack's, except that a step the database refuses leaves the
    // workspace and the stack as they were (editFailed says why), so the stack never claims a
    // state the workspace is not in.
    void undo();
    void redo();
    // True while undo() or redo() puts the stack back after a refused step: the commands then
    // leave the workspace alone.
    bool restoringUndoStack() const { return m_restoring; }

    // Who edits, for the change log: the system user unless set.
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    // Edits. Each validates, applies in one transaction, logs and pushes an undo command; on
    // failure nothing is changed or pushed and *errorMessage says why.
    bool addOwner(Owner *owner, QString *errorMessage);
    bool updateOwner(const Owner &owner, QString *errorMessage);
    bool removeOwner(qint64 id, QString *errorMessage);

    bool addKpi(Kpi *kpi, QString *errorMessage);
    bool updateKpi(const Kpi &kpi, QString *errorMessage); // moves the OMTM flag if needed
    bool removeKpi(qint64 id, QString *errorMessage); // with its values, targets, benchmarks

    bool addTarget(Target *target, QString *errorMessage);
    bool updateTarget(const Target &target, QString *errorMessage);
    bool removeTarget(qint64 id, QString *errorMessage);

    bool addBenchmark(Benchmark *benchmark, QString *errorMessage);
    bool updateBenchmark(const Benchmark &benchmark, QString *errorMessage);
    bool removeBenchmark(qint64 id, QString *errorMessage);

    bool setValue(qint64 kpiId, const QDate &date, double value, QString *errorMessage);
    bool removeValue(qint64 kpiId, const QDate &date, QString *errorMessage);
    // Many values of one or more KPIs as one undo step (paste, fill).
    bool setValues(const QVector<Measurement> &values, const QString &text, QString *errorMessage);

    bool addNote(ReviewNote *note, QString *errorMessage);
    bool updateNote(const ReviewNote &note, QString *errorMessage);
    bool removeNote(qint64 id, QString *errorMessage);

    // Records (or replaces) the verdict on a KPI's period.
    bool setVerdict(AnomalyVerdict *verdict, QString *errorMessage);
    bool removeVerdict(qint64 id, QString *errorMessage);

    // Meetings are saved as they run (agenda order, current item, timer): not undoable edits,
    // but written at once so a killed app loses nothing.
    bool saveMeeting(ReviewMeeting *meeting, QString *errorMessage);
    bool removeMeeting(qint64 id, QString *errorMessage);

    // Settings of the workspace, written at once and not undoable (like meetings): data sources
    // and watched folders. Each emits changed() (Source, Folder).
    bool addSource(DataSource *source, QString *errorMessage); // names are unique
    bool removeSource(qint64 id, QString *errorMessage);
    bool addWatchedFolder(WatchedFolder *folder, QString *errorMessage);
    bool setWatchedFolderEnabled(qint64 id, bool enabled, QString *errorMessage);
    bool removeWatchedFolder(qint64 id, QString *errorMessage);

    // One write transaction of the workspace (a savepoint inside another): collects what the
    // edits inside it change and, when the outermost one commits, emits changed() once. Rolls
    // back unless committed; a rolled-back write emits nothing. A step of a compound edit that
    // fails inside it (reportFailure) makes the outermost commit fail and roll back.
    class Write
    {
    public:
        explicit Write(Workspace *workspace);
        ~Write();
        Write(const Write &) = delete;
        Write &operator=(const Write &) = delete;
        bool begin(QString *errorMessage);
        bool commit(QString *errorMessage);
        void rollback();

    private:
        Workspace *m_workspace;
        Sql::WriteTransaction m_tx;
        int m_mark = 0;
        bool m_active = false;
    };

    // Records what the write in progress changes; emitted with its commit.
    void noteChange(const WorkspaceChange &change) { m_pending.append(change); }
    // For writes committed through another connection (a worker thread's import or refresh).
    void notifyChanged(const WorkspaceChange &change);
    // An undo or redo step failed: inside a write it fails the whole write, else editFailed().
    void reportFailure(const QString &message);

    // Used by the undo commands: apply a change from one state of a record to another.
    bool apply(const std::optional<Owner> &from, const std::optional<Owner> &to, QString *err,
               qint64 *insertedId = nullptr);
    bool apply(const std::optional<KpiRecord> &from, const std::optional<KpiRecord> &to,
               QString *err, qint64 *insertedId = nullptr);
    bool apply(const std::optional<Target> &from, const std::optional<Target> &to, QString *err,
               qint64 *insertedId = nullptr);
    bool apply(const std::optional<Benchmark> &from, const std::optional<Benchmark> &to,
               QString *err, qint64 *insertedId = nullptr);
    bool apply(const std::optional<ReviewNote> &from, const std::optional<ReviewNote> &to,
               QString *err, qint64 *insertedId = nullptr);
    bool apply(const std::optional<AnomalyVerdict> &from, const std::optional<AnomalyVerdict> &to,
               QString *err, qint64 *insertedId = nullptr);
    bool applyValues(const QVector<ValueChange> &changes, bool forward, QString *err);

signals:
    // Once per committed edit, undo, redo, import or meeting save: what changed.
    void changed(const Needle::WorkspaceChange &change);
    // An edit could not be undone or redone (the database refused it).
    void editFailed(const QString &message);

private:
    explicit Workspace(std::unique_ptr<Database> database);
    template <typename Record>
    bool edit(const std::optional<Record> &before, std::optional<Record> after, const QString &text,
              QString *errorMessage, QUndoCommand *parent = nullptr, qint64 *createdId = nullptr);
    // Several edits as one write and one undo step (the steps add their commands to the
    // parent); all or nothing.
    bool compound(const QString &text, const std::function<bool(QUndoCommand *, QString *)> &steps,
                  QString *errorMessage);
    // Runs one settings write and notes its change (record, kind, id) for the commit.
    bool writeSetting(const std::function<bool(QString *)> &write, WorkspaceChange::Record record,
                      WorkspaceChange::Kind kind, const qint64 *id, QString *errorMessage);
    bool clearOmtm(qint64 exceptId, const QString &text, QUndoCommand *parent,
                   QString *errorMessage);
    void emitChange(const WorkspaceChange &change);
    bool log(const QString &entity, qint64 entityId, qint64 kpiId, const QVariantMap &before,
             const QVariantMap &after, QString *errorMessage);

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack;
    QString m_userName;
    WorkspaceChange m_pending; // what the write in progress changed
    int m_writeDepth = 0;
    bool m_stepFailed = false; // an undo or redo step failed (see undo())
    bool m_restoring = false;
    QString m_failure; // the first failed step of the write in progress
};

// What one value edit changes: the stored value before and after (missing: no value).
struct ValueChange
{
    qint64 kpiId = 0;
    QDate date;
    std::optional<Measurement> before;
    std::optional<Measurement> after;
};

template <typename Record>
void applyRecord(Workspace *workspace, const std::optional<Record> &from,
                 const std::optional<Record> &to)
{
    QString error;
    if (!workspace->apply(from, to, &error))
        workspace->reportFailure(error);
}

} // namespace Needle
