#pragma once

#include "sources/sourceurl.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <memory>

namespace Needle {

// One connection to a data source's database, for one refresh: opened with the
// driver's own password files and environment, inside a read-only transaction
// (PostgreSQL BEGIN READ ONLY, MySQL START TRANSACTION READ ONLY on a read-only
// session, SQLite opened read-only) with a statement timeout. A query that
// writes fails and changes nothing. The transaction is rolled back and the
// connection closed when the object goes away.
class SourceConnection
{
public:
    explicit SourceConnection(const SourceUrl &url, int timeoutSeconds = 60);
    ~SourceConnection();
    SourceConnection(const SourceConnection &) = delete;
    SourceConnection &operator=(const SourceConnection &) = delete;

    bool open(QString *errorMessage);
    // Runs the query with :from and :to bound as parameters (when it uses them).
    // The result is read forward only from query().
    bool run(const QString &sql, const QDate &from, const QDate &to, QString *errorMessage);
    QSqlQuery &query() { return *m_query; }
    QStringList columnNames() const;

    // Whether the query text uses the placeholder (":from"), outside strings and
    // comments.
    static bool usesPlaceholder(const QString &sql, const QString &name);

private:
    bool begin(QString *errorMessage);
    bool exec(const QString &statement, QString *errorMessage);
    QString mysqlPassword() const;
    void armSqliteTimeout();

    SourceUrl m_url;
    int m_timeoutSeconds;
    QString m_name;
    std::unique_ptr<QSqlQuery> m_query;
    qint64 m_deadline = 0; // SQLite: msecs since epoch at which the progress handler interrupts
};

} // namespace Needle
