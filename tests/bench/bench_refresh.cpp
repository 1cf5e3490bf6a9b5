// Refresh speed: a query on a local PostgreSQL returning N long-layout rows
// (kpi, day, value), stored by a refresh into a fresh workspace, side by side
// with importing the same rows from a CSV file (written by PostgreSQL's COPY
// from the same table). Starts and stops its own server with
// tests/core/sourceservers.sh. Usage: bench_refresh [--rows N]... [--runs N]
// (default: 100000 and 1000000 rows, 3 runs)

#include "import/importer.h"
#include "sources/refresher.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Needle;

namespace {

const QString script = QStringLiteral(NEEDLE_SOURCE_DIR "/tests/core/sourceservers.sh");

QHash<QString, QString> readState(const QString &path)
{
    QHash<QString, QString> state;
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.indexOf('=') > 0)
                state.insert(QString::fromUtf8(line.left(line.indexOf('='))),
                             QString::fromUtf8(line.mid(line.indexOf('=') + 1)));
    return state;
}

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double timeImport(const QString &csv, const QString &dir)
{
    QString error;
    const QString path = dir + QStringLiteral("/csv.needle");
    QFile::remove(path);
    auto db = Database::open(path, Database::Mode::CreateNew, &error);
    ImportOptions o;
    o.createKpis = true;
    o.saveMapping = false;
    QElapsedTimer t;
    t.start();
    const ImportResult r = Importer(db->connection()).importFile(csv, o);
    const double s = t.nsecsElapsed() / 1e9;
    if (!r.ok())
        std::fprintf(stderr, "import failed: %s\n", qPrintable(r.summary()));
    return s;
}

double timeRefresh(const QString &url, qint64 rows, const QString &dir)
{
    QString error;
    const QString path = dir + QStringLiteral("/refresh.needle");
    QFile::remove(path);
    auto db = Database::open(path, Database::Mode::CreateNew, &error);
    DataSource s;
    s.name = QStringLiteral("bench");
    s.url = url;
    s.query = QStringLiteral("SELECT kpi, day, value FROM kpi_values WHERE n < "
                             "%1 AND day >= :from")
                  .arg(rows);
    SourceRepository(db->connection()).insertSource(&s, &error);
    RefreshOptions o;
    o.createKpis = true;
    QElapsedTimer t;
    t.start();
    const RefreshResult r = Refresher(db->connection()).refresh(s, o);
    const double sec = t.nsecsElapsed() / 1e9;
    if (!r.ok() || r.import.valuesWritten != rows)
        std::fprintf(stderr, "refresh failed: %s %s\n", qPrintable(r.error),
                     qPrintable(r.run.message));
    return sec;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QVector<qint64> sizes;
    int runs = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--rows"))
            sizes << args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
    }
    if (sizes.isEmpty())
        sizes = {100000, 1000000};
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state"));
    if (QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("start"), state}) != 0)
        return 1;
    const auto st = readState(state);
    int status = 0;
    {
        QSqlDatabase pg =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        pg.setHostName(st.value(QStringLiteral("PG_SOCKET_DIR")));
        pg.setPort(st.value(QStringLiteral("PG_PORT")).toInt());
        pg.setUserName(QStringLiteral("postgres"));
        pg.setDatabaseName(QStringLiteral("postgres"));
        const qint64 most = *std::max_element(sizes.begin(), sizes.end());
        // 200 KPIs, one value a day each, in the order a table filled day by day
        // would have.
        if (!pg.open()
            || !exec(pg,
                     QStringLiteral("CREATE TABLE kpi_values AS SELECT n, 'product_kpi_' || "
                                    "lpad((n % 200)::text, 3, '0') AS kpi, DATE '2000-01-01' "
                                    "+ (n / 200)::int AS day, round((1000 + 500 * "
                                    "sin(n * 0.37) + (n % 97))::numeric, 2)::float8 AS value "
                                    "FROM generate_series(0, %1 - 1) AS n")
                         .arg(most))
            || !exec(pg, QStringLiteral("CREATE INDEX ON kpi_values (n)"))
            || !exec(pg, QStringLiteral("ANALYZE kpi_values")))
            status = 1;
        const QString url = QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres")
                                .arg(st.value(QStringLiteral("PG_PORT")));
        qputenv("PGPASSWORD", "postgres");
        std::printf("rows       refresh (PostgreSQL)     import (same rows, CSV)   "
                    "ratio\n");
        for (qint64 rows : std::as_const(sizes)) {
            if (status)
                break;
            const QString csv =
                st.value(QStringLiteral("PG_DIR")) + QStringLiteral("/rows-%1.csv").arg(rows);
            exec(pg,
                 QStringLiteral("COPY (SELECT kpi, day, value FROM kpi_values WHERE n < %1) "
                                "TO '%2' CSV HEADER")
                     .arg(rows)
                     .arg(csv));
            QVector<double> refresh;
            QVector<double> import;
            for (int i = 0; i < runs; ++i) {
                refresh << timeRefresh(url, rows, dir.path());
                import << timeImport(csv, dir.path());
            }
            std::printf("%-10lld %6.2f s (%.2f-%.2f)     %6.2f s (%.2f-%.2f)     %.2fx\n", rows,
                        median(refresh), *std::min_element(refresh.begin(), refresh.end()),
                        *std::max_element(refresh.begin(), refresh.end()), median(import),
                        *std::min_element(import.begin(), import.end()),
                        *std::max_element(import.begin(), import.end()),
                        median(refresh) / median(import));
            std::fflush(stdout);
        }
        pg.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("stop"), state});
    return status;
}
