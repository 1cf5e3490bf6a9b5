#include "storage/changelogrepository.h"

#include "storage/sql.h"

namespace Needle {

bool ChangeLogRepository::append(const ChangeLogEntry &e, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(
            q,
            QStringLiteral("INSERT INTO change_log (at, who, entity, entity_id, kpi_id, "
                           "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            errorMessage))
        return false;
    q.addBindValue(Sql::dateTime(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(Sql::text(e.who));
    q.addBindValue(Sql::text(e.entity));
    q.addBindValue(Sql::optionalId(e.entityId));
    q.addBindValue(Sql::optionalId(e.kpiId));
    q.addBindValue(Sql::text(e.field));
    q.addBindValue(e.oldValue.isNull() ? QVariant() : QVariant(e.oldValue));
    q.addBindValue(e.newValue.isNull() ? QVariant() : QVariant(e.newValue));
    return Sql::exec(q, errorMessage);
}

QVector<ChangeLogEntry> ChangeLogRepository::entries(qint64 kpiId, int limit) const
{
    QVector<ChangeLogEntry> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, at, who, entity, entity_id, kpi_id, field, "
                                 "old_value, new_value FROM change_log");
    if (kpiId > 0)
        sql += QStringLiteral(" WHERE kpi_id = ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    q.prepare(sql);
    if (kpiId > 0)
        q.addBindValue(kpiId);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        ChangeLogEntry e;
        e.id = q.value(0).toLongLong();
        e.at = Sql::toDateTime(q.value(1));
        e.who = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.kpiId = q.value(5).toLongLong();
        e.field = q.value(6).toString();
        e.oldValue = q.value(7).toString();
        e.newValue = q.value(8).toString();
        result << e;
    }
    return result;
}

} // namespace Needle
