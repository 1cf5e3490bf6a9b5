#include "storage/importrepository.h"

#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Needle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::ImportRepository", text);
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

const QString batchColumns = QStringLiteral("id, file_name, sha256, sheet, layout, mapping, "
                                            "rows_read, values_written, imported_at, undone");

ImportBatch batchFrom(const QSqlQuery &q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.fileName = q.value(1).toString();
    b.sha256 = q.value(2).toString();
    b.sheet = q.value(3).toString();
    b.layout = q.value(4).toString();
    b.mapping = q.value(5).toString();
    b.rowsRead = q.value(6).toLongLong();
    b.valuesWritten = q.value(7).toLongLong();
    b.importedAt = Sql::toDateTime(q.value(8));
    b.undone = q.value(9).toBool();
    return b;
}

// The KPIs a batch created, as its change-log entry lists them (entries of batches written
// before the list was kept name none: those KPIs stay).
QVector<qint64> kpisCreatedBy(const QSqlDatabase &db, qint64 batchId)
{
    QVector<qint64> ids;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT new_value FROM change_log WHERE entity = 'import' AND "
                             "field = 'created' AND entity_id = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return ids;
    const QJsonArray list = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                .object()
                                .value(QStringLiteral("kpis_created"))
                                .toArray();
    for (const QJsonValue &v : list)
        ids << qint64(v.toDouble());
    return ids;
}

// Whether a KPI is still exactly as the import created it, with nothing of it left once the
// batch's values are gone: no values, targets, benchmarks, notes, verdicts or agenda items, no
// edit of its definition, no formula naming its key.
bool leftAsCreated(const QSqlDatabase &db, const Kpi &kpi, bool *result, QString *errorMessage)
{
    QSqlQuery q(db);
    if (!Sql::prepare(
            q,
            QStringLiteral(
                "SELECT (SELECT count(*) FROM measurement WHERE kpi_id = :k) "
                "+ (SELECT count(*) FROM target WHERE kpi_id = :k) "
                "+ (SELECT count(*) FROM benchmark WHERE kpi_id = :k) "
                "+ (SELECT count(*) FROM review_note WHERE kpi_id = :k) "
                "+ (SELECT count(*) FROM anomaly_verdict WHERE kpi_id = :k) "
                "+ (SELECT count(*) FROM agenda_item WHERE kpi_id = :k) "
                "+ (SELECT count(*) FROM change_log WHERE kpi_id = :k AND entity = 'kpi' "
                "   AND field <> 'created') "
                "+ (SELECT count(*) FROM kpi WHERE id <> :k AND instr(formula, :key) > 0)"),
            errorMessage))
        return false;
    q.bindValue(QStringLiteral(":k"), kpi.id);
    q.bindValue(QStringLiteral(":key"), kpi.key);
    if (!Sql::exec(q, errorMessage) || !q.next())
        return false;
    *result = q.value(0).toLongLong() == 0;
    return true;
}

} // namespace

QVector<ImportBatch> ImportRepository::batches(QString *errorMessage) const
{
    QVector<ImportBatch> result;
    QSqlQuery q(m_db);
    if (!Sql::prepare(
            q, QStringLiteral("SELECT %1 FROM import_batch ORDER BY id DESC").arg(batchColumns),
            errorMessage)
        || !Sql::exec(q, errorMessage))
        return result;
    while (q.next())
        result << batchFrom(q);
    return result;
}

std::optional<ImportBatch> ImportRepository::batch(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM import_batch WHERE id = ?").arg(batchColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return batchFrom(q);
    return std::nullopt;
}

std::optional<ImportBatch> ImportRepository::batchBySha(const QString &sha256,
                                                        const QString &sheet) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM import_batch WHERE sha256 = ? AND sheet = ? AND "
                             "undone = 0 ORDER BY id DESC LIMIT 1")
                  .arg(batchColumns));
    q.addBindValue(sha256);
    q.addBindValue(Sql::text(sheet));
    if (q.exec() && q.next())
        return batchFrom(q);
    return std::nullopt;
}

bool ImportRepository::undoBatch(qint64 batchId, QVector<Measurement> *removed, qint64 *keptValues,
                                 QString *errorMessage, QVector<Kpi> *removedKpis)
{
    if (removedKpis)
        removedKpis->clear();
    const std::optional<ImportBatch> b = batch(batchId);
    if (!b)
        return fail(errorMessage, tr("There is no import batch %1.").arg(batchId));
    if (b->undone)
        return fail(errorMessage,
                    tr("Import batch %1 (%2) is already undone.").arg(batchId).arg(b->fileName));
    // A later batch that replaced values of this one holds them in its replaced_value rows;
    // undoing this one first would let that later undo bring them back.
    QSqlQuery later(m_db);
    later.prepare(QStringLiteral(
        "SELECT DISTINCT r.batch_id FROM replaced_value r JOIN import_batch b ON b.id = r.batch_id "
        "WHERE r.old_batch_id = ? AND b.undone = 0 ORDER BY r.batch_id DESC"));
    later.addBindValue(batchId);
    if (!Sql::exec(later, errorMessage))
        return false;
    if (later.next())
        return fail(errorMessage,
                    tr("Import batch %1 replaced values of batch %2: undo batch %1 "
                       "first.")
                        .arg(later.value(0).toLongLong())
                        .arg(batchId));
    later.finish();

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kpi_id, date, value, source_row, note FROM measurement "
                             "WHERE batch_id = ? ORDER BY kpi_id, date"));
    q.addBindValue(batchId);
    if (!Sql::exec(q, errorMessage))
        return false;
    removed->clear();
    while (q.next()) {
        Measurement m;
        m.kpiId = q.value(0).toLongLong();
        m.date = Sql::toDate(q.value(1));
        m.value = q.value(2).toDouble();
        m.batchId = batchId;
        m.sourceRow = q.value(3).toLongLong();
        m.note = q.value(4).toString();
        removed->append(m);
    }
    q.finish();
    // Values edited by hand or by a later batch since no longer carry this batch: kept.
    *keptValues = qMax<qint64>(0, b->valuesWritten - removed->size());

    const QStringList statements = {
        // Values the batch replaced and that still carry it: back to what they were.
        QStringLiteral("UPDATE measurement SET value = r.old_value, batch_id = r.old_batch_id, "
                       "source_row = r.old_source_row, note = coalesce(r.old_note, '') "
                       "FROM replaced_value r WHERE r.batch_id = :b AND measurement.batch_id = :b "
                       "AND measurement.kpi_id = r.kpi_id AND measurement.date = r.date"),
        // Values the batch created: removed.
        QStringLiteral("DELETE FROM measurement WHERE batch_id = :b"),
        QStringLiteral("UPDATE import_batch SET undone = 1 WHERE id = :b"),
    };
    for (const QString &statement : statements) {
        QSqlQuery s(m_db);
        s.prepare(statement);
        s.bindValue(QStringLiteral(":b"), batchId);
        if (!Sql::exec(s, errorMessage))
            return false;
    }
    // The KPIs the batch created go too, unless something else of them remains: the
    // workspace is back where it was before the import.
    KpiRepository kpis(m_db);
    for (const qint64 id : kpisCreatedBy(m_db, batchId)) {
        const std::optional<Kpi> kpi = kpis.byId(id);
        bool remove = false;
        if (!kpi)
            continue;
        if (!leftAsCreated(m_db, *kpi, &remove, errorMessage))
            return false;
        if (!remove)
            continue;
        if (!kpis.remove(id, errorMessage))
            return false;
        if (removedKpis)
            removedKpis->append(*kpi);
    }
    return true;
}

bool ImportRepository::redoBatch(qint64 batchId, const QVector<Measurement> &values,
                                 QString *errorMessage, const QVector<Kpi> &kpis)
{
    KpiRepository kpiRepository(m_db);
    for (Kpi kpi : kpis) // with their ids: the values refer to them
        if (!kpiRepository.insert(&kpi, errorMessage))
            return false;
    QSqlQuery put(m_db);
    if (!Sql::prepare(
            put,
            QStringLiteral("INSERT INTO measurement (kpi_id, date, value, batch_id, source_row, "
                           "note) VALUES (?, ?, ?, ?, ?, ?) %1")
                .arg(MeasurementRepository::upsertClause()),
            errorMessage))
        return false;
    for (const Measurement &m : values) {
        put.addBindValue(m.kpiId);
        put.addBindValue(Sql::date(m.date));
        put.addBindValue(m.value);
        put.addBindValue(batchId);
        put.addBindValue(m.sourceRow > 0 ? QVariant(m.sourceRow) : QVariant());
        put.addBindValue(Sql::text(m.note));
        if (!Sql::exec(put, errorMessage))
            return false;
    }
    QSqlQuery flag(m_db);
    flag.prepare(QStringLiteral("UPDATE import_batch SET undone = 0 WHERE id = ?"));
    flag.addBindValue(batchId);
    return Sql::exec(flag, errorMessage);
}

QString ImportRepository::patternForFileName(const QString &fileName)
{
    static const QRegularExpression digits(QStringLiteral("[0-9]+"));
    QString pattern = fileName;
    pattern.replace(QLatin1Char('*'), QLatin1Char('?'));
    pattern.replace(digits, QStringLiteral("*"));
    return pattern;
}

QVector<SavedMapping> ImportRepository::mappingsFor(const QString &fileName) const
{
    QVector<SavedMapping> result;
    for (const SavedMapping &m : mappings()) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(m.filePattern),
                                    QRegularExpression::CaseInsensitiveOption);
        if (re.match(fileName).hasMatch())
            result << m;
    }
    return result;
}

QVector<SavedMapping> ImportRepository::mappings() const
{
    QVector<SavedMapping> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, file_pattern, header, mapping, created_at FROM "
                               "saved_mapping ORDER BY id DESC")))
        return result;
    while (q.next()) {
        SavedMapping m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.filePattern = q.value(2).toString();
        m.header = q.value(3).toString();
        m.mapping = q.value(4).toString();
        m.createdAt = Sql::toDateTime(q.value(5));
        result << m;
    }
    return result;
}

bool ImportRepository::saveMapping(SavedMapping *mapping, QString *errorMessage)
{
    QSqlQuery remove(m_db);
    remove.prepare(
        QStringLiteral("DELETE FROM saved_mapping WHERE file_pattern = ? AND header = ?"));
    remove.addBindValue(mapping->filePattern);
    remove.addBindValue(Sql::text(mapping->header));
    if (!Sql::exec(remove, errorMessage))
        return false;
    if (!mapping->createdAt.isValid())
        mapping->createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO saved_mapping (name, file_pattern, header, mapping, "
                             "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(mapping->name);
    q.addBindValue(mapping->filePattern);
    q.addBindValue(Sql::text(mapping->header));
    q.addBindValue(mapping->mapping);
    q.addBindValue(Sql::dateTime(mapping->createdAt));
    return Sql::insertReturningId(q, &mapping->id, errorMessage);
}

bool ImportRepository::removeMapping(qint64 id, QString *errorMessage)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM saved_mapping WHERE id = ?"));
    q.addBindValue(id);
    return Sql::exec(q, errorMessage);
}

QVector<WatchedFolder> ImportRepository::watchedFolders() const
{
    QVector<WatchedFolder> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, path, enabled FROM watched_folder ORDER BY path")))
        return result;
    while (q.next())
        result << WatchedFolder{q.value(0).toLongLong(), q.value(1).toString(),
                                q.value(2).toBool()};
    return result;
}

bool ImportRepository::addWatchedFolder(WatchedFolder *folder, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(
            q,
            QStringLiteral("INSERT INTO watched_folder (path, enabled) VALUES (?, ?) RETURNING id"),
            errorMessage))
        return false;
    q.addBindValue(folder->path);
    q.addBindValue(folder->enabled ? 1 : 0);
    return Sql::insertReturningId(q, &folder->id, errorMessage);
}

bool ImportRepository::setWatchedFolderEnabled(qint64 id, bool enabled, QString *errorMessage)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE watched_folder SET enabled = ? WHERE id = ?"));
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(id);
    return Sql::exec(q, errorMessage);
}

bool ImportRepository::removeWatchedFolder(qint64 id, QString *errorMessage)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM watched_folder WHERE id = ?"));
    q.addBindValue(id);
    return Sql::exec(q, errorMessage);
}

bool ImportRepository::insertBatch(ImportBatch *batch, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral("INSERT INTO import_batch (file_name, sha256, sheet, layout, "
                                     "mapping, rows_read, values_written, imported_at) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      errorMessage))
        return false;
    q.addBindValue(batch->fileName);
    q.addBindValue(Sql::text(batch->sha256));
    q.addBindValue(Sql::text(batch->sheet));
    q.addBindValue(batch->layout);
    q.addBindValue(batch->mapping);
    q.addBindValue(batch->rowsRead);
    q.addBindValue(batch->valuesWritten);
    q.addBindValue(Sql::dateTime(batch->importedAt));
    return Sql::insertReturningId(q, &batch->id, errorMessage);
}

bool ImportRepository::setValuesWritten(qint64 batchId, qint64 valuesWritten, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, QStringLiteral("UPDATE import_batch SET values_written = ? WHERE id = ?"),
                      errorMessage))
        return false;
    q.addBindValue(valuesWritten);
    q.addBindValue(batchId);
    return Sql::exec(q, errorMessage);
}

} // namespace Needle
