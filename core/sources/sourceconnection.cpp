#include "sources/sourceconnection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QTextStream>
#include <sqlite3.h>

namespace Needle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::SourceConnection", text);
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

QString errorText(const QSqlError &e)
{
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.driverText().trimmed();
    return text;
}

int sqliteProgress(void *deadline)
{
    return QDateTime::currentMSecsSinceEpoch() > *static_cast<qint64 *>(deadline) ? 1 : 0;
}

QString connectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("needle-source-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The password of ~/.my.cnf's [client] group (the MySQL client's own file).
QString myCnfPassword()
{
    QFile file(QDir::homePath() + QStringLiteral("/.my.cnf"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    QTextStream in(&file);
    bool client = false;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            client = line == QLatin1String("[client]") || line == QLatin1String("[client-mariadb]");
            continue;
        }
        const int eq = line.indexOf(QLatin1Char('='));
        if (client && eq > 0 && line.left(eq).trimmed() == QLatin1String("password")) {
            QString value = line.mid(eq + 1).trimmed();
            if (value.size() >= 2
                && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
                && value.endsWith(value.at(0)))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return QString();
}

} // namespace

SourceConnection::SourceConnection(const SourceUrl &url, int timeoutSeconds)
    : m_url(url), m_timeoutSeconds(qMax(1, timeoutSeconds)), m_name(connectionName())
{}

SourceConnection::~SourceConnection()
{
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            // Rolled back first, so the prepared statement can be freed afterwards.
            if (db.isOpen() && m_url.kind != SourceUrl::Kind::Sqlite)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            m_query.reset();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

QString SourceConnection::mysqlPassword() const
{
    const QString env = qEnvironmentVariable("MYSQL_PWD");
    return env.isEmpty() ? myCnfPassword() : env;
}

bool SourceConnection::open(QString *errorMessage)
{
    if (!QSqlDatabase::isDriverAvailable(m_url.qtDriver()))
        return fail(errorMessage,
                    tr("The Qt driver %1 is not installed (Debian: %2).")
                        .arg(m_url.qtDriver(),
                             m_url.kind == SourceUrl::Kind::PostgreSql
                                 ? QStringLiteral("libqt6sql6-psql")
                                 : m_url.kind == SourceUrl::Kind::MySql
                                 ? QStringLiteral("libqt6sql6-mysql")
                                 : QStringLiteral("libqt6sql6-sqlite")));
    QSqlDatabase db = QSqlDatabase::addDatabase(m_url.qtDriver(), m_name);
    QStringList options;
    switch (m_url.kind) {
    case SourceUrl::Kind::Sqlite:
        if (!QFile::exists(m_url.database))
            return fail(errorMessage, tr("The SQLite file %1 does not exist.").arg(m_url.database));
        db.setDatabaseName(m_url.database);
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
        break;
    case SourceUrl::Kind::PostgreSql:
        db.setDatabaseName(m_url.database);
        db.setHostName(m_url.host);
        db.setUserName(m_url.user);
        if (m_url.port > 0)
            db.setPort(m_url.port);
        options << QStringLiteral("connect_timeout=10");
        if (!m_url.sslMode.isEmpty())
            options << QStringLiteral("sslmode=") + m_url.sslMode;
        break;
    case SourceUrl::Kind::MySql:
        db.setDatabaseName(m_url.database);
        db.setHostName(m_url.host);
        db.setUserName(m_url.user);
        db.setPassword(mysqlPassword());
        if (m_url.port > 0)
            db.setPort(m_url.port);
        options << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10")
                << QStringLiteral("MYSQL_OPT_READ_TIMEOUT=%1").arg(m_timeoutSeconds + 30);
        if (!m_url.socket.isEmpty())
            options << QStringLiteral("UNIX_SOCKET=") + m_url.socket;
        break;
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return fail(errorMessage,
                    tr("Cannot connect to %1: %2").arg(m_url.display(), errorText(db.lastError())));
    return begin(errorMessage);
}

bool SourceConnection::exec(const QString &statement, QString *errorMessage)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (q.exec(statement))
        return true;
    return fail(errorMessage, errorText(q.lastError()));
}

bool SourceConnection::begin(QString *errorMessage)
{
    const QString timeout = QString::number(m_timeoutSeconds);
    switch (m_url.kind) {
    case SourceUrl::Kind::Sqlite:
        return true; // opened read-only; the timeout is armed per query
    case SourceUrl::Kind::PostgreSql:
        return exec(QStringLiteral("SET default_transaction_read_only = on"), errorMessage)
            && exec(QStringLiteral("BEGIN READ ONLY"), errorMessage)
            && exec(QStringLiteral("SET LOCAL statement_timeout = %1").arg(m_timeoutSeconds * 1000),
                    errorMessage);
    case SourceUrl::Kind::MySql:
        // MariaDB counts the timeout in seconds, MySQL in milliseconds (and for
        // SELECT only).
        if (!exec(QStringLiteral("SET SESSION max_statement_time = ") + timeout, nullptr)
            && !exec(
                QStringLiteral("SET SESSION max_execution_time = %1").arg(m_timeoutSeconds * 1000),
                errorMessage))
            return false;
        // Read-only for the session too: a statement that commits implicitly (DDL)
        // is refused.
        return exec(QStringLiteral("SET SESSION TRANSACTION READ ONLY"), errorMessage)
            && exec(QStringLiteral("START TRANSACTION READ ONLY"), errorMessage);
    }
    return true;
}

void SourceConnection::armSqliteTimeout()
{
    const QVariant handle = QSqlDatabase::database(m_name, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.data());
    m_deadline = QDateTime::currentMSecsSinceEpoch() + qint64(m_timeoutSeconds) * 1000;
    sqlite3_progress_handler(db, 10000, sqliteProgress, &m_deadline);
}

bool SourceConnection::run(const QString &sql, const QDate &from, const QDate &to,
                           QString *errorMessage)
{
    m_query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_name, false));
    m_query->setForwardOnly(true);
    m_query->setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    if (m_url.kind == SourceUrl::Kind::Sqlite)
        armSqliteTimeout();
    if (!m_query->prepare(sql))
        return fail(errorMessage,
                    tr("The query cannot be prepared: %1").arg(errorText(m_query->lastError())));
    // Dates travel as ISO text: every engine compares it with a DATE column, and
    // SQLite stores dates as that text.
    if (usesPlaceholder(sql, QStringLiteral("from")))
        m_query->bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    if (usesPlaceholder(sql, QStringLiteral("to")))
        m_query->bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (!m_query->exec())
        return fail(errorMessage, tr("The query failed: %1").arg(errorText(m_query->lastError())));
    return true;
}

QStringList SourceConnection::columnNames() const
{
    QStringList names;
    if (!m_query)
        return names;
    const QSqlRecord record = m_query->record();
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

bool SourceConnection::usesPlaceholder(const QString &sql, const QString &name)
{
    const int n = sql.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            const int end = sql.indexOf(c, i + 1);
            if (end < 0)
                return false;
            i = end;
        } else if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            const int end = sql.indexOf(QLatin1Char('\n'), i);
            if (end < 0)
                return false;
            i = end;
        } else if (c == QLatin1Char('/') && i + 1 < n && sql.at(i + 1) == QLatin1Char('*')) {
            const int end = sql.indexOf(QStringLiteral("*/"), i + 2);
            if (end < 0)
                return false;
            i = end + 1;
        } else if (c == QLatin1Char(':')) {
            if (i + 1 < n && sql.at(i + 1) == QLatin1Char(':')) { // a PostgreSQL cast
                ++i;
                continue;
            }
            const int end = i + 1 + name.size();
            if (sql.mid(i + 1, name.size()).compare(name, Qt::CaseInsensitive) == 0
                && (end >= n
                    || !(sql.at(end).isLetterOrNumber() || sql.at(end) == QLatin1Char('_'))))
                return true;
        }
    }
    return false;
}

} // namespace Needle
