#include "sources/sourceurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace Needle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::SourceUrl", text);
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

} // namespace

bool SourceUrl::parse(const QString &text, SourceUrl *out, QString *errorMessage)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    SourceUrl u;
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
        u.kind = Kind::PostgreSql;
    else if (scheme == QLatin1String("mysql") || scheme == QLatin1String("mariadb"))
        u.kind = Kind::MySql;
    else if (scheme == QLatin1String("sqlite"))
        u.kind = Kind::Sqlite;
    else
        return fail(errorMessage,
                    tr("\"%1\" is not a source URL: use "
                       "postgresql://, mysql:// or sqlite:///.")
                        .arg(text));
    if (!url.isValid())
        return fail(errorMessage, tr("\"%1\" is not a valid URL: %2").arg(text, url.errorString()));
    if (!url.password().isEmpty())
        return fail(errorMessage,
                    tr("The URL holds a password. Passwords are never stored: put it in "
                       "~/.pgpass or PGPASSWORD (PostgreSQL), ~/.my.cnf or MYSQL_PWD "
                       "(MySQL)."));
    if (u.kind == Kind::Sqlite) {
        u.database = url.path();
        if (!url.host().isEmpty() || !QDir::isAbsolutePath(u.database) || u.database.size() < 2)
            return fail(errorMessage,
                        tr("A SQLite source needs an absolute path: "
                           "sqlite:///path/to/file.db."));
        *out = u;
        return true;
    }
    u.host = url.host();
    u.port = url.port(-1);
    u.user = url.userName();
    u.database = url.path().mid(1);
    const QUrlQuery query(url);
    u.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    u.socket = query.queryItemValue(QStringLiteral("socket"));
    if (u.database.isEmpty() || u.database.contains(QLatin1Char('/')))
        return fail(errorMessage, tr("The URL names no database: add /dbname after the host."));
    if (u.host.isEmpty() && u.socket.isEmpty())
        return fail(errorMessage, tr("The URL names no host."));
    *out = u;
    return true;
}

QString SourceUrl::qtDriver() const
{
    switch (kind) {
    case Kind::PostgreSql:
        return QStringLiteral("QPSQL");
    case Kind::MySql:
        return QStringLiteral("QMYSQL");
    case Kind::Sqlite:
        break;
    }
    return QStringLiteral("QSQLITE");
}

QString SourceUrl::display() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite://") + database;
    QUrl url;
    url.setScheme(kind == Kind::PostgreSql ? QStringLiteral("postgresql")
                                           : QStringLiteral("mysql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!socket.isEmpty())
        query.addQueryItem(QStringLiteral("socket"), socket);
    url.setQuery(query);
    return url.toString();
}

} // namespace Needle
