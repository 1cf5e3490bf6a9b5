#pragma once

#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>

namespace Needle {

// For a bulk writer that knows its references (an import). SQLite looks up the KPI and the
// batch of every value it inserts while foreign keys are on: half the cost of a bulk insert. An
// import knows its references: the batch is the one it writes, the KPIs are the ones it creates or
// finds. So on SQLite the pragma is off for the import's transaction (it cannot change inside one)
// and on again after it, and the references the database would have checked are checked inside the
// transaction instead (checked()).
class BulkReferenceChecks
{
public:
    explicit BulkReferenceChecks(const QSqlDatabase &db) : m_db(db)
    {
        QString error;
        if (db.driverName() == QLatin1String("QSQLITE"))
            m_off = Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"), &error);
    }
    ~BulkReferenceChecks()
    {
        QString error;
        if (m_off)
            Sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"), &error);
    }
    BulkReferenceChecks(const BulkReferenceChecks &) = delete;
    BulkReferenceChecks &operator=(const BulkReferenceChecks &) = delete;

    // Inside the transaction, after the writes: every KPI the values point to exists, and the
    // KPI table (owners of created KPIs) has no dangling reference; the message the database
    // would have given otherwise.
    bool checked(const QVector<qint64> &kpiIds, QString *error) const
    {
        if (!m_off)
            return true;
        QSqlQuery q(m_db);
        if (!Sql::prepare(q, QStringLiteral("SELECT 1 FROM kpi WHERE id = ?"), error))
            return false;
        for (qint64 id : kpiIds) {
            q.bindValue(0, id);
            if (!Sql::exec(q, error))
                return false;
            if (!q.next())
                return dangling(error);
        }
        QSqlQuery check(m_db);
        if (!Sql::prepare(check, QStringLiteral("PRAGMA foreign_key_check(kpi)"), error)
            || !Sql::exec(check, error))
            return false;
        return !check.next() || dangling(error);
    }

private:
    static bool dangling(QString *error)
    {
        *error = QCoreApplication::translate("Needle::Sql", "Database error: %1")
                     .arg(QStringLiteral("FOREIGN KEY constraint failed"));
        return false;
    }

    QSqlDatabase m_db;
    bool m_off = false;
};

} // namespace Needle
