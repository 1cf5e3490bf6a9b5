#pragma once

#include "domain/kpi.h"

#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace Needle {

// SQL for KPI definitions.
class KpiRepository
{
public:
    explicit KpiRepository(const QSqlDatabase &db) : m_db(db) {}

    QVector<Kpi> all(QString *errorMessage = nullptr) const; // ordered by name
    std::optional<Kpi> byId(qint64 id) const;
    std::optional<Kpi> byKey(const QString &key) const;
    // Matches a key or a name, ignoring case (what importers and the command line accept).
    std::optional<Kpi> byKeyOrName(const QString &text) const;
    bool insert(Kpi *kpi, QString *errorMessage);
    bool update(const Kpi &kpi, QString *errorMessage);
    bool remove(qint64 id, QString *errorMessage);

private:
    std::optional<Kpi> one(const QString &where, const QVariant &bind) const;
    QSqlDatabase m_db;
};

} // namespace Needle
