#pragma once

#include "domain/changelogentry.h"

#include <QSqlDatabase>
#include <QVector>

namespace Needle {

// SQL for the change log: append-only.
class ChangeLogRepository
{
public:
    explicit ChangeLogRepository(const QSqlDatabase &db) : m_db(db) {}

    bool append(const ChangeLogEntry &entry, QString *errorMessage);
    // Newest first; kpiId 0: every entry.
    QVector<ChangeLogEntry> entries(qint64 kpiId = 0, int limit = 1000) const;

private:
    QSqlDatabase m_db;
};

} // namespace Needle
