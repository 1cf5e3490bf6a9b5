#include "storage/measurementrepository.h"

#include "storage/sql.h"

#include <QSqlError>

namespace Needle {

namespace {
const QString columns = QStringLiteral("kpi_id, date, value, batch_id, source_row, note");

Measurement fromQuery(const QSqlQuery &q)
{
    Measurement m;
    m.kpiId = q.value(0).toLongLong();
    m.date = Sql::toDate(q.value(1));
    m.value = q.value(2).toDouble();
    m.batchId = q.value(3).toLongLong();
    m.sourceRow = q.value(4).toLongLong();
    m.note = q.value(5).toString();
    return m;
}

QString rangeClause(const QDate &from, const QDate &to)
{
    QString clause;
    if (from.isValid())
        clause += QStringLiteral(" AND date >= '%1'").arg(from.toString(Qt::ISODate));
    if (to.isValid())
        clause += QStringLiteral(" AND date <= '%1'").arg(to.toString(Qt::ISODate));
    return clause;
}
} // namespace

Series MeasurementRepository::series(qint64 kpiId, const QDate &from, const QDate &to,
                                     QString *errorMessage) const
{
    Series s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(
            q,
            QStringLiteral("SELECT date, value FROM measurement WHERE kpi_id = ?%1 ORDER BY date")
                .arg(rangeClause(from, to)),
            errorMessage))
        return s;
    q.addBindValue(kpiId);
    if (!Sql::exec(q, errorMessage))
        return s;
    while (q.next()) {
        s.dates.append(QDate::fromString(q.value(0).toString(), Qt::ISODate));
        s.values.append(q.value(1).toDouble());
    }
    if (q.lastError().isValid() && errorMessage)
        *errorMessage = q.lastError().databaseText();
    return s;
}

QVector<Measurement> MeasurementRepository::measurements(qint64 kpiId, const QDate &from,
                                                         const QDate &to) const
{
    QVector<Measurement> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM measurement WHERE kpi_id = ?%2 ORDER BY date")
                  .arg(columns, rangeClause(from, to)));
    q.addBindValue(kpiId);
    if (!q.exec())
        return result;
    while (q.next())
        result << fromQuery(q);
    return result;
}

std::optional<Measurement> MeasurementRepository::get(qint64 kpiId, const QDate &date) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM measurement WHERE kpi_id = ? AND date = ?").arg(columns));
    q.addBindValue(kpiId);
    q.addBindValue(Sql::date(date));
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Measurement> MeasurementRepository::latest(qint64 kpiId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM measurement WHERE kpi_id = ? ORDER BY date DESC LIMIT 1")
            .arg(columns));
    q.addBindValue(kpiId);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

qint64 MeasurementRepository::count(qint64 kpiId) const
{
    QSqlQuery q(m_db);
    if (kpiId > 0) {
        q.prepare(QStringLiteral("SELECT count(*) FROM measurement WHERE kpi_id = ?"));
        q.addBindValue(kpiId);
    } else {
        q.prepare(QStringLiteral("SELECT count(*) FROM measurement"));
    }
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool MeasurementRepository::forEach(const QVector<qint64> &kpiIds, const QDate &from,
                                    const QDate &to,
                                    const std::function<bool(const Measurement &)> &visit,
                                    QString *errorMessage) const
{
    QString where = QStringLiteral("WHERE 1 = 1") + rangeClause(from, to);
    if (!kpiIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : kpiIds)
            ids << QString::number(id);
        where += QStringLiteral(" AND kpi_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q,
                      QStringLiteral("SELECT %1 FROM measurement %2 ORDER BY kpi_id, date")
                          .arg(columns, where),
                      errorMessage)
        || !Sql::exec(q, errorMessage))
        return false;
    while (q.next()) {
        if (!visit(fromQuery(q)))
            break;
    }
    return true;
}

QHash<qint64, Series> MeasurementRepository::allSeries(const QDate &from, const QDate &to,
                                                       QString *errorMessage) const
{
    QHash<qint64, Series> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(q,
                      // Naming the KPIs lets SQLite seek each one's date range on the
                      // primary key instead of scanning the whole table.
                      QStringLiteral("SELECT kpi_id, date, value FROM measurement WHERE kpi_id IN "
                                     "(SELECT id FROM kpi)%1 ORDER BY kpi_id, date")
                          .arg(rangeClause(from, to)),
                      errorMessage)
        || !Sql::exec(q, errorMessage))
        return result;
    qint64 current = 0;
    Series *s = nullptr;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!s || id != current) {
            current = id;
            s = &result[id];
        }
        s->dates.append(Sql::toDate(q.value(1)));
        s->values.append(q.value(2).toDouble());
    }
    return result;
}

QString MeasurementRepository::upsertClause()
{
    return QStringLiteral("ON CONFLICT (kpi_id, date) DO UPDATE SET value = excluded.value, "
                          "batch_id = excluded.batch_id, source_row = excluded.source_row, "
                          "note = excluded.note");
}

bool MeasurementRepository::put(const Measurement &m, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral("INSERT INTO measurement (%1) VALUES (?, ?, ?, ?, ?, ?) %2")
                          .arg(columns, upsertClause()),
                      errorMessage))
        return false;
    q.addBindValue(m.kpiId);
    q.addBindValue(Sql::date(m.date));
    q.addBindValue(m.value);
    q.addBindValue(Sql::optionalId(m.batchId));
    q.addBindValue(m.sourceRow > 0 ? QVariant(m.sourceRow) : QVariant());
    q.addBindValue(Sql::text(m.note));
    return Sql::exec(q, errorMessage);
}

bool MeasurementRepository::remove(qint64 kpiId, const QDate &date, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, QStringLiteral("DELETE FROM measurement WHERE kpi_id = ? AND date = ?"),
                      errorMessage))
        return false;
    q.addBindValue(kpiId);
    q.addBindValue(Sql::date(date));
    return Sql::exec(q, errorMessage);
}

} // namespace Needle
