#include "storage/portablevaluestore.h"

#include "storage/measurementrepository.h"
#include "storage/sql.h"

namespace Needle {

namespace {
QVariant day(qint32 julian)
{
    return Sql::date(QDate::fromJulianDay(julian));
}

QVariant sourceRow(qint64 row)
{
    return row > 0 ? QVariant(row) : QVariant();
}
} // namespace

PortableValueStore::PortableValueStore(const QSqlDatabase &db) : m_db(db) {}

// Each statement is prepared once and bound again for every call.
QSqlQuery *PortableValueStore::prepared(std::unique_ptr<QSqlQuery> &slot, const QString &statement,
                                        QString *errorMessage)
{
    if (slot)
        return slot.get();
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!Sql::prepare(*query, statement, errorMessage))
        return nullptr;
    slot = std::move(query);
    return slot.get();
}

bool PortableValueStore::read(qint64 kpiId, qint32 fromDay, qint32 toDay, QVector<Stored> *out,
                              QString *errorMessage)
{
    out->clear();
    QSqlQuery *q =
        prepared(m_read,
                 QStringLiteral("SELECT date, value, batch_id, source_row, note FROM measurement "
                                "WHERE kpi_id = ? AND date >= ? AND date <= ? ORDER BY date"),
                 errorMessage);
    if (!q)
        return false;
    q->addBindValue(kpiId);
    q->addBindValue(day(fromDay));
    q->addBindValue(day(toDay));
    if (!Sql::exec(*q, errorMessage))
        return false;
    while (q->next()) {
        const QDate date = Sql::toDate(q->value(0));
        if (!date.isValid())
            continue; // not an ISO date: cannot be one the import matches
        Stored s;
        s.day = qint32(date.toJulianDay());
        s.value = q->value(1).toDouble();
        s.batchId = q->value(2).toLongLong();
        s.sourceRow = q->value(3).toLongLong();
        s.note = q->value(4).toString();
        out->append(s);
    }
    q->finish();
    return true;
}

bool PortableValueStore::series(qint64 kpiId, Series *out, QString *errorMessage)
{
    QString error;
    *out = MeasurementRepository(m_db).series(kpiId, {}, {}, &error);
    if (error.isEmpty())
        return true;
    if (errorMessage)
        *errorMessage = error;
    return false;
}

bool PortableValueStore::insert(qint64 kpiId, qint32 date, double value, qint64 batchId, qint64 row,
                                const QString &note, QString *errorMessage)
{
    QSqlQuery *q =
        prepared(m_insert,
                 QStringLiteral("INSERT INTO measurement (kpi_id, date, value, batch_id, "
                                "source_row, note) VALUES (?, ?, ?, ?, ?, ?)"),
                 errorMessage);
    if (!q)
        return false;
    q->addBindValue(kpiId);
    q->addBindValue(day(date));
    q->addBindValue(value);
    q->addBindValue(Sql::optionalId(batchId));
    q->addBindValue(sourceRow(row));
    q->addBindValue(Sql::text(note));
    return Sql::exec(*q, errorMessage);
}

bool PortableValueStore::update(qint64 kpiId, qint32 date, double value, qint64 batchId, qint64 row,
                                const QString *note, QString *errorMessage)
{
    QSqlQuery *q =
        prepared(note ? m_update : m_updateKeepNote,
                 note ? QStringLiteral("UPDATE measurement SET value = ?, batch_id = ?, "
                                       "source_row = ?, note = ? WHERE kpi_id = ? AND date = ?")
                      : QStringLiteral("UPDATE measurement SET value = ?, batch_id = ?, "
                                       "source_row = ? WHERE kpi_id = ? AND date = ?"),
                 errorMessage);
    if (!q)
        return false;
    q->addBindValue(value);
    q->addBindValue(Sql::optionalId(batchId));
    q->addBindValue(sourceRow(row));
    if (note)
        q->addBindValue(Sql::text(*note));
    q->addBindValue(kpiId);
    q->addBindValue(day(date));
    return Sql::exec(*q, errorMessage);
}

bool PortableValueStore::append(qint64 kpiId, qint32 date, double value, qint64 batchId, qint64 row,
                                const QString &note, QString *errorMessage)
{
    return insert(kpiId, date, value, batchId, row, note, errorMessage);
}

bool PortableValueStore::flush(QString *)
{
    return true; // append writes at once
}

bool PortableValueStore::saveReplaced(qint64 batchId, qint64 kpiId, const Stored &old,
                                      QString *errorMessage)
{
    QSqlQuery *q =
        prepared(m_replaced,
                 QStringLiteral("INSERT INTO replaced_value (batch_id, kpi_id, date, old_value, "
                                "old_batch_id, old_source_row, old_note) VALUES "
                                "(?, ?, ?, ?, ?, ?, ?)"),
                 errorMessage);
    if (!q)
        return false;
    q->addBindValue(batchId);
    q->addBindValue(kpiId);
    q->addBindValue(day(old.day));
    q->addBindValue(old.value);
    q->addBindValue(Sql::optionalId(old.batchId));
    q->addBindValue(sourceRow(old.sourceRow));
    q->addBindValue(Sql::text(old.note));
    return Sql::exec(*q, errorMessage);
}

} // namespace Needle
