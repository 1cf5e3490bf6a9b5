#include "storage/sourcerepository.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace Needle {

namespace {

const QString sourceColumns =
    QStringLiteral("id, name, url, query, kpi_id, interval_seconds, lookback_periods, "
                   "timeout_seconds, enabled, created_at");
const QString exportColumns =
    QStringLiteral("id, name, kind, folder, schedule, options, enabled, created_at");
const QString runColumns = QStringLiteral(
    "id, source_id, export_id, job, started_at, finished_at, outcome, batch_id, server, "
    "query_hash, window_from, window_to, rows_read, values_written, output, message");

DataSource sourceFrom(const QSqlQuery &q)
{
    DataSource s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.url = q.value(2).toString();
    s.query = q.value(3).toString();
    s.kpiId = q.value(4).toLongLong();
    s.intervalSeconds = q.value(5).toLongLong();
    s.lookbackPeriods = q.value(6).toInt();
    s.timeoutSeconds = q.value(7).toInt();
    s.enabled = q.value(8).toBool();
    s.createdAt = Sql::toDateTime(q.value(9));
    return s;
}

ScheduledExport exportFrom(const QSqlQuery &q)
{
    ScheduledExport e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.kind = q.value(2).toString() == QLatin1String("check") ? ScheduledExport::Kind::Check
                                                             : ScheduledExport::Kind::Pdf;
    e.folder = q.value(3).toString();
    e.schedule = q.value(4).toString();
    e.options = q.value(5).toString();
    e.enabled = q.value(6).toBool();
    e.createdAt = Sql::toDateTime(q.value(7));
    return e;
}

JobRun runFrom(const QSqlQuery &q)
{
    JobRun r;
    r.id = q.value(0).toLongLong();
    r.sourceId = q.value(1).toLongLong();
    r.exportId = q.value(2).toLongLong();
    r.job = q.value(3).toString();
    r.startedAt = Sql::toDateTime(q.value(4));
    r.finishedAt = Sql::toDateTime(q.value(5));
    r.outcome = jobOutcomeFromName(q.value(6).toString());
    r.batchId = q.value(7).toLongLong();
    r.server = q.value(8).toString();
    r.queryHash = q.value(9).toString();
    r.windowFrom = Sql::toDate(q.value(10));
    r.windowTo = Sql::toDate(q.value(11));
    r.rowsRead = q.value(12).toLongLong();
    r.valuesWritten = q.value(13).toLongLong();
    r.output = q.value(14).toString();
    r.message = q.value(15).toString();
    return r;
}

bool removeById(const QSqlDatabase &db, const QString &table, qint64 id, QString *errorMessage)
{
    QSqlQuery q(db);
    if (!Sql::prepare(q, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), errorMessage))
        return false;
    q.addBindValue(id);
    return Sql::exec(q, errorMessage);
}

} // namespace

QVector<DataSource> SourceRepository::sources(QString *errorMessage) const
{
    QVector<DataSource> list;
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral("SELECT %1 FROM data_source ORDER BY name COLLATE NOCASE")
                          .arg(sourceColumns),
                      errorMessage)
        || !Sql::exec(q, errorMessage))
        return list;
    while (q.next())
        list << sourceFrom(q);
    return list;
}

std::optional<DataSource> SourceRepository::sourceByName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM data_source WHERE name = ? COLLATE NOCASE")
                  .arg(sourceColumns));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return sourceFrom(q);
    return std::nullopt;
}

bool SourceRepository::insertSource(DataSource *s, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(
            q,
            QStringLiteral("INSERT INTO data_source (name, url, query, kpi_id, "
                           "interval_seconds, lookback_periods, timeout_seconds, "
                           "enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            errorMessage))
        return false;
    if (!s->createdAt.isValid())
        s->createdAt = QDateTime::currentDateTimeUtc();
    q.addBindValue(Sql::text(s->name.trimmed()));
    q.addBindValue(Sql::text(s->url));
    q.addBindValue(Sql::text(s->query));
    q.addBindValue(Sql::optionalId(s->kpiId));
    q.addBindValue(s->intervalSeconds);
    q.addBindValue(s->lookbackPeriods);
    q.addBindValue(s->timeoutSeconds);
    q.addBindValue(s->enabled ? 1 : 0);
    q.addBindValue(Sql::dateTime(s->createdAt));
    return Sql::insertReturningId(q, &s->id, errorMessage);
}

bool SourceRepository::removeSource(qint64 id, QString *errorMessage)
{
    return removeById(m_db, QStringLiteral("data_source"), id, errorMessage);
}

QVector<ScheduledExport> SourceRepository::exports(QString *errorMessage) const
{
    QVector<ScheduledExport> list;
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral("SELECT %1 FROM scheduled_export ORDER BY name COLLATE NOCASE")
                          .arg(exportColumns),
                      errorMessage)
        || !Sql::exec(q, errorMessage))
        return list;
    while (q.next())
        list << exportFrom(q);
    return list;
}

std::optional<ScheduledExport> SourceRepository::exportByName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM scheduled_export WHERE name = ? COLLATE NOCASE")
                  .arg(exportColumns));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return exportFrom(q);
    return std::nullopt;
}

bool SourceRepository::insertExport(ScheduledExport *e, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(
            q,
            QStringLiteral(
                "INSERT INTO scheduled_export (name, kind, folder, schedule, "
                "options, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            errorMessage))
        return false;
    if (!e->createdAt.isValid())
        e->createdAt = QDateTime::currentDateTimeUtc();
    q.addBindValue(Sql::text(e->name.trimmed()));
    q.addBindValue(storageName(e->kind));
    q.addBindValue(Sql::text(e->folder));
    q.addBindValue(Sql::text(e->schedule));
    q.addBindValue(Sql::text(e->options));
    q.addBindValue(e->enabled ? 1 : 0);
    q.addBindValue(Sql::dateTime(e->createdAt));
    return Sql::insertReturningId(q, &e->id, errorMessage);
}

bool SourceRepository::removeExport(qint64 id, QString *errorMessage)
{
    return removeById(m_db, QStringLiteral("scheduled_export"), id, errorMessage);
}

bool SourceRepository::logRun(JobRun *r, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(
            q,
            QStringLiteral("INSERT INTO job_run (%1) VALUES "
                           "(NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .arg(runColumns),
            errorMessage))
        return false;
    q.addBindValue(Sql::optionalId(r->sourceId));
    q.addBindValue(Sql::optionalId(r->exportId));
    q.addBindValue(Sql::text(r->job));
    q.addBindValue(Sql::dateTime(r->startedAt));
    q.addBindValue(Sql::dateTime(r->finishedAt));
    q.addBindValue(storageName(r->outcome));
    q.addBindValue(Sql::optionalId(r->batchId));
    q.addBindValue(Sql::text(r->server));
    q.addBindValue(Sql::text(r->queryHash));
    q.addBindValue(Sql::date(r->windowFrom));
    q.addBindValue(Sql::date(r->windowTo));
    q.addBindValue(r->rowsRead);
    q.addBindValue(r->valuesWritten);
    q.addBindValue(Sql::text(r->output));
    q.addBindValue(Sql::text(r->message));
    return Sql::insertReturningId(q, &r->id, errorMessage);
}

std::optional<JobRun> SourceRepository::oneRun(const QString &where, qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM job_run WHERE %2 ORDER BY id DESC LIMIT 1")
                  .arg(runColumns, where));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return runFrom(q);
    return std::nullopt;
}

std::optional<JobRun> SourceRepository::lastSourceRun(qint64 sourceId) const
{
    return oneRun(QStringLiteral("source_id = ?"), sourceId);
}

std::optional<JobRun> SourceRepository::lastExportRun(qint64 exportId) const
{
    return oneRun(QStringLiteral("export_id = ?"), exportId);
}

std::optional<JobRun> SourceRepository::lastSucceededSourceRun(qint64 sourceId) const
{
    return oneRun(QStringLiteral("source_id = ? AND outcome IN ('written','unchanged')"), sourceId);
}

std::optional<JobRun> SourceRepository::lastSucceededExportRun(qint64 exportId) const
{
    return oneRun(QStringLiteral("export_id = ? AND outcome IN ('written','unchanged')"), exportId);
}

QVector<JobRun> SourceRepository::runs(int limit, QString *errorMessage) const
{
    QVector<JobRun> list;
    QSqlQuery q(m_db);
    if (!Sql::prepare(
            q, QStringLiteral("SELECT %1 FROM job_run ORDER BY id DESC LIMIT ?").arg(runColumns),
            errorMessage))
        return list;
    q.addBindValue(limit);
    if (!Sql::exec(q, errorMessage))
        return list;
    while (q.next())
        list << runFrom(q);
    return list;
}

bool SourceRepository::acquireLock(const QString &name, const QString &holder, const QDateTime &now,
                                   int seconds, bool *acquired, QString *errorMessage)
{
    *acquired = false;
    Sql::WriteTransaction tx(m_db);
    if (!tx.begin(errorMessage))
        return false;
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, QStringLiteral("DELETE FROM job_lock WHERE name = ? AND expires_at < ?"),
                      errorMessage))
        return false;
    q.addBindValue(name);
    q.addBindValue(Sql::dateTime(now));
    if (!Sql::exec(q, errorMessage))
        return false;
    if (!Sql::prepare(q,
                      QStringLiteral("INSERT INTO job_lock (name, holder, acquired_at, expires_at) "
                                     "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING"),
                      errorMessage))
        return false;
    q.addBindValue(name);
    q.addBindValue(holder);
    q.addBindValue(Sql::dateTime(now));
    q.addBindValue(Sql::dateTime(now.addSecs(seconds)));
    if (!Sql::exec(q, errorMessage))
        return false;
    *acquired = q.numRowsAffected() == 1;
    return tx.commit(errorMessage);
}

bool SourceRepository::releaseLock(const QString &name, const QString &holder,
                                   QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, QStringLiteral("DELETE FROM job_lock WHERE name = ? AND holder = ?"),
                      errorMessage))
        return false;
    q.addBindValue(name);
    q.addBindValue(holder);
    return Sql::exec(q, errorMessage);
}

QVector<QPair<qint64, QDate>> SourceRepository::lastValueDates(qint64 sourceId, bool *ok,
                                                               QString *errorMessage) const
{
    QVector<QPair<qint64, QDate>> result;
    QSqlQuery q(m_db);
    *ok = Sql::prepare(q,
                       QStringLiteral("SELECT m.kpi_id, max(m.date) FROM measurement m WHERE "
                                      "m.batch_id IN (SELECT batch_id FROM job_run WHERE "
                                      "source_id = ? AND batch_id IS NOT NULL) GROUP BY m.kpi_id"),
                       errorMessage);
    if (!*ok)
        return result;
    q.addBindValue(sourceId);
    *ok = Sql::exec(q, errorMessage);
    while (*ok && q.next()) {
        const QDate last = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (last.isValid())
            result.append(qMakePair(q.value(0).toLongLong(), last));
    }
    return result;
}

} // namespace Needle
