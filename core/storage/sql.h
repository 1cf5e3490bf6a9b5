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
// Runs an INSERT ... RETURNING id and reads the id the database gave the row (engines agree
// on RETURNING; lastInsertId() is an SQLite and MySQL habit).
bool insertReturningId(QSqlQuery &query, qint64 *id, QString *errorMessage);

QVariant text(const QString &s); // never NULL: a null QString binds as ''
QVariant date(const QDate &d); // ISO text or NULL
QVariant dateTime(const QDateTime &dt); // ISO text (UTC) or NULL
QVariant optionalId(qint64 id); // NULL for 0
QVariant optionalReal(const std::optional<double> &v);
QDate toDate(const QVariant &v);
QDateTime toDateTime(const QVariant &v);
std::optional<double> toOptionalReal(const QVariant &v);

// The "changes since" seam: moves whenever the database's contents may have changed, a write
// through this connection or a commit by any other, so a reader can keep what it read until
// then. SQLite: total_changes() and PRAGMA data_version. An engine that cannot tell gives an
// invalid stamp (both -1) and holders read again; a server engine would use a commit counter
// its triggers bump. See docs/architecture.md.
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

// Whether the connection is inside a transaction (SQLite's autocommit is off).
bool inTransaction(const QSqlDatabase &db);

// A write transaction begun with BEGIN IMMEDIATE, so the busy handler applies to the lock.
// Rolls back unless committed. Inside another transaction of the same connection it is a
// SAVEPOINT: its commit releases the savepoint and the outer transaction decides (so several
// files of one `needle import` are one transaction).
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
    bool m_nested = false;
};

// One snapshot for a command that reads several things: BEGIN, then a first read that pins
// what every later statement of the connection sees until end(), whatever other connections
// commit meanwhile (WAL). Ends (COMMIT, nothing to write) on destruction.
class ReadTransaction
{
public:
    explicit ReadTransaction(const QSqlDatabase &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

    bool begin(QString *errorMessage);
    void end();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Needle::Sql
