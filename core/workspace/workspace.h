#pragma once

#include "domain/anomalyverdict.h"
#include "domain/benchmark.h"
#include "domain/kpi.h"
#include "domain/measurement.h"
#include "domain/owner.h"
#include "domain/reviewmeeting.h"
#include "domain/reviewnote.h"
#include "domain/target.h"
#include "storage/database.h"
#include "workspace/kpirecord.h"

#include <QObject>
#include <QSqlDatabase>
#include <memory>
#include <optional>

class QUndoStack;
class QUndoCommand;

namespace Needle {

struct ValueChange;

// The open workspace: owns the database connection and the undo stack, performs every edit a
// user makes as an undo command (written to the change log), and tells the models what changed
// with typed signals. Reads go straight to the repositories over connection().
class Workspace : public QObject
{
    Q_OBJECT
public:
    static std::unique_ptr<Workspace> open(const QString &path, QString *errorMessage);
    static std::unique_ptr<Workspace> create(const QString &path, QString *errorMessage);
    static std::unique_ptr<Workspace> createInMemory(QString *errorMessage);
    ~Workspace() override;

    QSqlDatabase connection() const;
    Database &database() { return *m_database; }
    QString filePath() const { return m_database->path(); }
    QString displayName() const; // the file name without extension
    QUndoStack *undoStack() const { return m_undoStack; }

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

    // For bulk writers (import, undo-import) that change values outside the undo commands above.
    void notifyValuesReset() { emit valuesReset(); }
    void notifyKpisReset() { emit kpisReset(); }

    // Used by the undo commands: apply a change from one state of a record to another.
    bool apply(const std::optional<Owner> &from, const std::optional<Owner> &to, QString *err);
    bool apply(const std::optional<KpiRecord> &from, const std::optional<KpiRecord> &to,
               QString *err);
    bool apply(const std::optional<Target> &from, const std::optional<Target> &to, QString *err);
    bool apply(const std::optional<Benchmark> &from, const std::optional<Benchmark> &to,
               QString *err);
    bool apply(const std::optional<ReviewNote> &from, const std::optional<ReviewNote> &to,
               QString *err);
    bool apply(const std::optional<AnomalyVerdict> &from, const std::optional<AnomalyVerdict> &to,
               QString *err);
    bool applyValues(const QVector<ValueChange> &changes, bool forward, QString *err);

signals:
    void ownerAdded(qint64 id);
    void ownerChanged(qint64 id);
    void ownerRemoved(qint64 id);
    void kpiAdded(qint64 id);
    void kpiChanged(qint64 id);
    void kpiRemoved(qint64 id);
    void kpisReset();
    void targetsChanged(qint64 kpiId);
    void benchmarksChanged(qint64 kpiId);
    // Values of one KPI changed between two dates (inclusive).
    void valuesChanged(qint64 kpiId, const QDate &from, const QDate &to);
    void valuesReset();
    void noteAdded(qint64 id);
    void noteChanged(qint64 id);
    void noteRemoved(qint64 id);
    void verdictsChanged(qint64 kpiId);
    void meetingsChanged();
    // An edit could not be undone or redone (the database refused it).
    void editFailed(const QString &message);

private:
    explicit Workspace(std::unique_ptr<Database> database);
    template <typename Record>
    bool edit(const std::optional<Record> &before, const std::optional<Record> &after,
              const QString &text, QString *errorMessage);
    bool log(const QString &entity, qint64 entityId, qint64 kpiId, const QVariantMap &before,
             const QVariantMap &after, QString *errorMessage);

    std::unique_ptr<Database> m_database;
    QUndoStack *m_undoStack;
    QString m_userName;
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
        emit workspace->editFailed(error);
}

} // namespace Needle
