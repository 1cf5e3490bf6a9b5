#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace Needle::Sql {

// Small helpers every repository uses: checked execution and the storage form of values.

bool exec(QSqlQuery &query, QString *errorMessage);
bool exec(const QSqlDatabase &db, const QString &statement, QString *errorMessage);
bool prepare(QSqlQuery &query, const QString &statement, QString *errorMessage);

QVariant text(const QString &s); // never NULL: a null QString binds as ''
QVariant date(const QDate &d); // ISO text or NULL
QVariant dateTime(const QDateTime &dt); // ISO text (UTC) or NULL
QVariant optionalId(qint64 id); // NULL for 0
QVariant optionalReal(const std::optional<double> &v);
QDate toDate(const QVariant &v);
QDateTime toDateTime(const QVariant &v);
std::optional<double> toOptionalReal(const QVariant &v);

// Moves whenever the database's contents may have changed: a write through this connection
// (SQLite's total_changes()) or a commit by any other connection (PRAGMA data_version). Lets a
// reader keep what it read until then. Both -1 when it cannot be read.
struct ChangeStamp
{
    qint64 changes = -1;
    qint64 version = -1;
    bool isValid() const { return changes >= 0 && version >= 0; }
    bool operator==(const ChangeStamp &o) const
    {
        return changes == o.changes && version == o.version;
    }
    bool operator!=(const ChangeStamp &o) const { return !(*this == o); }
};
ChangeStamp changeStamp(const QSqlDatabase &db);

// A write transaction begun with BEGIN IMMEDIATE, so the busy handler applies to the lock.
// Rolls back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(QString *errorMessage);
    bool commit(QString *errorMessage);
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Needle::Sql
