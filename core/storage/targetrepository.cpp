#include "storage/targetrepository.h"

#include "storage/sql.h"

namespace Needle {

namespace {
const QString columns =
    QStringLiteral("id, kpi_id, value, low, high, effective_from, deadline, tolerance, note");

Target fromQuery(const QSqlQuery &q)
{
    Target t;
    t.id = q.value(0).toLongLong();
    t.kpiId = q.value(1).toLongLong();
    t.value = Sql::toOptionalReal(q.value(2));
    t.low = Sql::toOptionalReal(q.value(3));
    t.high = Sql::toOptionalReal(q.value(4));
    t.effectiveFrom = Sql::toDate(q.value(5));
    t.deadline = Sql::toDate(q.value(6));
    t.tolerance = q.value(7).toDouble();
    t.note = q.value(8).toString();
    return t;
}

void bindFields(QSqlQuery &q, const Target &t)
{
    q.addBindValue(t.kpiId);
    q.addBindValue(Sql::optionalReal(t.value));
    q.addBindValue(Sql::optionalReal(t.low));
    q.addBindValue(Sql::optionalReal(t.high));
    q.addBindValue(Sql::date(t.effectiveFrom));
    q.addBindValue(Sql::date(t.deadline));
    q.addBindValue(t.tolerance);
    q.addBindValue(Sql::text(t.note));
}
} // namespace

QVector<Target> TargetRepository::select(const QString &where, const QVariant &bind) const
{
    QVector<Target> targets;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM target %2 ORDER BY kpi_id, effective_from, id")
                  .arg(columns, where));
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec())
        return targets;
    while (q.next())
        targets << fromQuery(q);
    return targets;
}

QVector<Target> TargetRepository::forKpi(qint64 kpiId) const
{
    return select(QStringLiteral("WHERE kpi_id = ?"), kpiId);
}

QVector<Target> TargetRepository::all() const
{
    return select(QString(), QVariant());
}

std::optional<Target> TargetRepository::byId(qint64 id) const
{
    const QVector<Target> found = select(QStringLiteral("WHERE id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Target> TargetRepository::inForce(qint64 kpiId, const QDate &date) const
{
    std::optional<Target> result;
    for (const Target &t : forKpi(kpiId)) {
        if (t.effectiveFrom <= date)
            result = t;
    }
    return result;
}

bool TargetRepository::insert(Target *target, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral(
                          "INSERT INTO target (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                          .arg(columns),
                      errorMessage))
        return false;
    q.addBindValue(Sql::optionalId(target->id));
    bindFields(q, *target);
    return Sql::insertReturningId(q, &target->id, errorMessage);
}

bool TargetRepository::update(const Target &target, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral("UPDATE target SET kpi_id = ?, value = ?, low = ?, high = ?, "
                                     "effective_from = ?, deadline = ?, tolerance = ?, note = ? "
                                     "WHERE id = ?"),
                      errorMessage))
        return false;
    bindFields(q, target);
    q.addBindValue(target.id);
    return Sql::exec(q, errorMessage);
}

bool TargetRepository::remove(qint64 id, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, QStringLiteral("DELETE FROM target WHERE id = ?"), errorMessage))
        return false;
    q.addBindValue(id);
    return Sql::exec(q, errorMessage);
}

} // namespace Needle
