#pragma once

#include <QString>

namespace Needle {

// Where a data source's query runs, parsed from its URL (DESIGN section 5):
//   postgresql://[user@]host[:port]/dbname[?sslmode=...]
//   mysql://[user@]host[:port]/db[?socket=/path]       (MariaDB too)
//   sqlite:///abs/path.db
// A URL with a password is refused: passwords come from ~/.pgpass, PGPASSWORD,
// ~/.my.cnf or MYSQL_PWD, never from the workspace.
struct SourceUrl
{
    enum class Kind { PostgreSql, MySql, Sqlite };

    Kind kind = Kind::Sqlite;
    QString host;
    int port = -1; // -1: the driver's default
    QString user;
    QString database; // the database name, or the SQLite file's absolute path
    QString sslMode; // PostgreSQL
    QString socket; // MySQL: a Unix socket instead of TCP

    static bool parse(const QString &text, SourceUrl *url, QString *errorMessage);
    QString qtDriver() const; // "QPSQL", "QMYSQL", "QSQLITE"
    QString display() const; // the URL as stored (never with a password)
};

} // namespace Needle
