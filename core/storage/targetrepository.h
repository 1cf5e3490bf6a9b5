#pragma once

#include "domain/target.h"

#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace Needle {

// SQL for targets (several per KPI over time).
class TargetRepository
{
public:
    explicit TargetRepository(const QSqlDatabase &db) : m_db(db) {}

    QVector<Target> forKpi(qint64 kpiId) const; // ordered by effective date
    QVector<Target> all() const;
    std::optional<Target> byId(qint64 id) const;
    // The target in force on a date: the latest one effective on or before it.
    std::optional<Target> inForce(qint64 kpiId, const QDate &date) const;
    bool insert(Target *target, QString *errorMessage);
    bool update(const Target &target, QString *errorMessage);
    bool remove(qint64 id, QString *errorMessage);

private:
    QVector<Target> select(const QString &where, const QVariant &bind) const;
    QSqlDatabase m_db;
};

} // namespace Needle
