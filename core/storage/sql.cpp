#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Needle::Sql {

namespace {
QString describe(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    return text;
}
} // namespace

bool exec(QSqlQuery &query, QString *errorMessage)
{
    if (query.exec())
        return true;
    if (errorMessage)
        *errorMessage =
            QCoreApplication::translate("Needle::Sql", "Database error: %1").arg(describe(query));
    return false;
}

bool exec(const QSqlDatabase &db, const QString &statement, QString *errorMessage)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    if (errorMessage)
        *errorMessage =
            QCoreApplication::translate("Needle::Sql", "Database error: %1").arg(describe(query));
    return false;
}

bool prepare(QSqlQuery &query, const QString &statement, QString *errorMessage)
{
    if (query.prepare(statement))
        return true;
    if (errorMessage)
        *errorMessage =
            QCoreApplication::translate("Needle::Sql", "Database error: %1").arg(describe(query));
    return false;
}

ChangeStamp changeStamp(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    ChangeStamp stamp;
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

WriteTransaction::WriteTransaction(const QSqlDatabase &db) : m_db(db) {}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::begin(QString *errorMessage)
{
    if (!exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), errorMessage))
        return false;
    m_active = true;
    return true;
}

bool WriteTransaction::commit(QString *errorMessage)
{
    if (!m_active)
        return false;
    if (!exec(m_db, QStringLiteral("COMMIT"), errorMessage)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace Needle::Sql
