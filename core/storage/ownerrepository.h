#pragma once

#include "domain/owner.h"

#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace Needle {

// SQL for owners. insert() keeps a non-zero id (undo restores records with their ids).
class OwnerRepository
{
public:
    explicit OwnerRepository(const QSqlDatabase &db) : m_db(db) {}

    QVector<Owner> all(QString *errorMessage = nullptr) const;
    std::optional<Owner> byId(qint64 id) const;
    bool insert(Owner *owner, QString *errorMessage);
    bool update(const Owner &owner, QString *errorMessage);
    bool remove(qint64 id, QString *errorMessage);

private:
    QSqlDatabase m_db;
};

} // namespace Needle
