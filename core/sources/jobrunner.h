#pragma once

#include "domain/datasource.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace Needle {

struct RunDueOptions
{
    QDateTime now; // invalid: the clock
    QString needleProgram; // the needle executable that writes the PDF exports
    QString holder; // who holds the lock; empty: host and process id
    int lockSeconds = 7200; // a lock older than this is taken as left by a runner that died
};

// What run-due did for one workspace.
struct RunDueResult
{
    QString workspace;
    bool busy = false; // another runner holds the workspace's lock: nothing was run
    QVector<JobRun> runs; // the jobs run, in order, as logged
    QString error; // the workspace could not be opened or locked

    bool ok() const; // no error, and every job run succeeded
    QJsonObject toJson() const;
};

// Runs what is due in a workspace, once: each enabled source whose interval has
// passed since its last run (a failed run is retried after an hour at most),
// and each scheduled export whose time has come since its last successful run.
// A lock in the workspace keeps a second runner out; every run is logged in the
// workspace (job_run).
class JobRunner
{
public:
    static RunDueResult runDue(const QString &workspacePath, const RunDueOptions &options);

    static bool sourceDue(const DataSource &source, const std::optional<JobRun> &last,
                          const QDateTime &now);
    // Writes one export now (also used by the app): the file written, in *output.
    static bool writeExport(const QString &workspacePath, const QSqlDatabase &db,
                            const ScheduledExport &exp, const QDateTime &now,
                            const QString &needleProgram, QString *output, QString *errorMessage);
};

} // namespace Needle
