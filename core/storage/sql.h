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
