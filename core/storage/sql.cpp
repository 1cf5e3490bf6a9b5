#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace Needle::Sql {

namespace {
QString describe(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    // SQLite's primary result codes (the low byte of an extended one).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return QCoreApplication::translate(
            "Needle::Sql",
            "Another Needle or another program is writing to the workspace; try again when it "
            "has finished.");
    if (code == SQLITE_FULL)
        return QCoreApplication::translate(
            "Needle::Sql",
            "The disk holding the workspace is full; make room on it and try again.");
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return QCoreApplication::translate("Needle::Sql", "Database error: %1").arg(text);
}
} // namespace

bool exec(QSqlQuery &query, QString *errorMessage)
{
    if (query.exec())
        return true;
    if (errorMessage)
        *errorMessage = describe(query);
    return false;
}

bool exec(const QSqlDatabase &db, const QString &statement, QString *errorMessage)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    if (errorMessage)
        *errorMessage = describe(query);
    return false;
}

bool prepare(QSqlQuery &query, const QString &statement, QString *errorMessage)
{
    if (query.prepare(statement))
        return true;
    if (errorMessage)
        *errorMessage = describe(query);
    return false;
}

bool insertReturningId(QSqlQuery &query, qint64 *id, QString *errorMessage)
{
    if (!exec(query, errorMessage))
        return false;
    if (!query.next()) {
        if (errorMessage)
            *errorMessage =
                QCoreApplication::translate("Needle::Sql", "The database gave the new row no id.");
        return false;
    }
    *id = query.value(0).toLongLong();
    query.finish();
    return true;
}

ChangeStamp changeStamp(const QSqlDatabase &db)
{
    ChangeStamp stamp;
    if (db.driverName() != QLatin1String("QSQLITE"))
        return stamp; // this engine cannot tell: invalid, so holders read again
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT total_changes(), data_version FROM pragma_data_version()"))
        && q.next()) {
        stamp.changes = q.value(0).toLongLong();
        stamp.version = q.value(1).toLongLong();
    }
    return stamp;
}

QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QString(QLatin1String("")) : s);
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant dateTime(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toUTC().toString(Qt::ISODate)) : QVariant();
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant optionalReal(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime toDateTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODate);
    return dt;
}

std::optional<double> toOptionalReal(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

bool inTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.data());
    return h && sqlite3_get_autocommit(h) == 0;
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db) : m_db(db) {}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::begin(QString *errorMessage)
{
    m_nested = inTransaction(m_db);
    if (!exec(m_db,
              m_nested ? QStringLiteral("SAVEPOINT needle_write")
                       : QStringLiteral("BEGIN IMMEDIATE"),
              errorMessage))
        return false;
    m_active = true;
    return true;
}

bool WriteTransaction::commit(QString *errorMessage)
{
    if (!m_active)
        return false;
    if (!exec(m_db, m_nested ? QStringLiteral("RELEASE needle_write") : QStringLiteral("COMMIT"),
              errorMessage)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    QSqlQuery query(m_db);
    if (m_nested) {
        query.exec(QStringLiteral("ROLLBACK TO needle_write"));
        query.exec(QStringLiteral("RELEASE needle_write"));
    } else {
        query.exec(QStringLiteral("ROLLBACK"));
    }
    m_active = false;
}

ReadTransaction::ReadTransaction(const QSqlDatabase &db) : m_db(db) {}

ReadTransaction::~ReadTransaction()
{
    end();
}

bool ReadTransaction::begin(QString *errorMessage)
{
    if (inTransaction(m_db))
        return true; // already inside one: its snapshot holds
    if (!exec(m_db, QStringLiteral("BEGIN"), errorMessage))
        return false;
    m_active = true;
    // The snapshot starts with the first read, not with BEGIN.
    if (!exec(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master"), errorMessage)) {
        end();
        return false;
    }
    return true;
}

void ReadTransaction::end()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("COMMIT"));
    m_active = false;
}

} // namespace Needle::Sql
