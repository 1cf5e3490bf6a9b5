#include "storage/ownerrepository.h"

#include "storage/sql.h"

namespace Needle {

namespace {
const QString columns = QStringLiteral("id, name, email, team");

Owner fromQuery(const QSqlQuery &q)
{
    Owner o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.email = q.value(2).toString();
    o.team = q.value(3).toString();
    return o;
}
} // namespace

QVector<Owner> OwnerRepository::all(QString *errorMessage) const
{
    QVector<Owner> owners;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::prepare(
            q, QStringLiteral("SELECT %1 FROM owner ORDER BY name COLLATE NOCASE").arg(columns),
            errorMessage)
        || !Sql::exec(q, errorMessage))
        return owners;
    while (q.next())
        owners << fromQuery(q);
    return owners;
}

std::optional<Owner> OwnerRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM owner WHERE id = ?").arg(columns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

bool OwnerRepository::insert(Owner *owner, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(
            q,
            QStringLiteral("INSERT INTO owner (%1) VALUES (?, ?, ?, ?) RETURNING id").arg(columns),
            errorMessage))
        return false;
    q.addBindValue(Sql::optionalId(owner->id));
    q.addBindValue(Sql::text(owner->name.trimmed()));
    q.addBindValue(Sql::text(owner->email.trimmed()));
    q.addBindValue(Sql::text(owner->team.trimmed()));
    return Sql::insertReturningId(q, &owner->id, errorMessage);
}

bool OwnerRepository::update(const Owner &owner, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral("UPDATE owner SET name = ?, email = ?, team = ? WHERE id = ?"),
                      errorMessage))
        return false;
    q.addBindValue(Sql::text(owner.name.trimmed()));
    q.addBindValue(Sql::text(owner.email.trimmed()));
    q.addBindValue(Sql::text(owner.team.trimmed()));
    q.addBindValue(owner.id);
    return Sql::exec(q, errorMessage);
}

bool OwnerRepository::remove(qint64 id, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q, QStringLiteral("DELETE FROM owner WHERE id = ?"), errorMessage))
        return false;
    q.addBindValue(id);
    return Sql::exec(q, errorMessage);
}

} // namespace Needle
