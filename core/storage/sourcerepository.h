#pragma once

#include "domain/datasource.h"

#include <QDate>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace Needle {

// SQL for data sources, scheduled exports, the job run log and the runner's lock.
class SourceRepository
{
public:
    explicit SourceRepository(const QSqlDatabase &db) : m_db(db) {}

    QVector<DataSource> sources(QString *errorMessage = nullptr) const; // by name
    std::optional<DataSource> sourceByName(const QString &name) const; // case-insensitive
    bool insertSource(DataSource *source, QString *errorMessage);
    bool removeSource(qint64 id, QString *errorMessage);

    QVector<ScheduledExport> exports(QString *errorMessage = nullptr) const; // by name
    std::optional<ScheduledExport> exportByName(const QString &name) const;
    bool insertExport(ScheduledExport *exp, QString *errorMessage);
    bool removeExport(qint64 id, QString *errorMessage);

    bool logRun(JobRun *run, QString *errorMessage);
    // Each KPI the source's runs wrote, with the date of its last value from them (values
    // stored by imports or other sources do not count). *ok false on a read error.
    QVector<QPair<qint64, QDate>> lastValueDates(qint64 sourceId, bool *ok,
                                                 QString *errorMessage) const;
    // The latest run of a source (or export, with exportId), if any.
    std::optional<JobRun> lastSourceRun(qint64 sourceId) const;
    std::optional<JobRun> lastExportRun(qint64 exportId) const;
    // The latest run that succeeded: a schedule counts from it.
    std::optional<JobRun> lastSucceededSourceRun(qint64 sourceId) const;
    std::optional<JobRun> lastSucceededExportRun(qint64 exportId) const;
    QVector<JobRun> runs(int limit, QString *errorMessage = nullptr) const; // newest first

    // The runner's lock, taken in its own write transaction: false (without error) when
    // another holder has it and it has not expired.
    bool acquireLock(const QString &name, const QString &holder, const QDateTime &now, int seconds,
                     bool *acquired, QString *errorMessage);
    bool releaseLock(const QString &name, const QString &holder, QString *errorMessage);

private:
    std::optional<JobRun> oneRun(const QString &where, qint64 id) const;

    QSqlDatabase m_db;
};

} // namespace Needle
