#include "sources/refresher.h"
#include "storage/database.h"
#include "storage/importrepository.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/sourcerepository.h"
#include "workspace/importcommand.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

// Refreshes against real servers: the PostgreSQL and MariaDB the sourceservers
// fixture starts (tests/core/sourceservers.sh) and a SQLite file. Each engine
// runs the same cases.
class TestSourceRefresh : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void longLayout_data();
    void longLayout();
    void singleKpi_data();
    void singleKpi();
    void incremental_data();
    void incremental();
    void writingQueryRefused_data();
    void writingQueryRefused();
    void timeout_data();
    void timeout();
    void connectionFails_data();
    void connectionFails();
    void badValues_data();
    void badValues();
    void passwordFiles_data();
    void passwordFiles();

private:
    void addEngines();
    QString url(const QString &engine) const;
    void admin(const QString &engine, const QString &sql);
    int count(const QString &engine, const QString &sql);
    void fillValues(const QString &engine, const QVector<QPair<QString, double>> &days);
    DataSource source(const QString &engine, const QString &query, qint64 kpiId = 0);
    double stored(const QString &key, const QDate &date);

    QHash<QString, QString> m_state;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_ws;
};

void TestSourceRefresh::initTestCase()
{
    QFile state(QStringLiteral(NEEDLE_SOURCE_SERVERS));
    QVERIFY2(state.open(QIODevice::ReadOnly), "the sourceservers fixture did not run");
    for (const QByteArray &line : state.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            m_state.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    QVERIFY(m_state.contains(QStringLiteral("PG_PORT")));
    QVERIFY(m_state.contains(QStringLiteral("MY_PORT")));
    qunsetenv("PGPASSWORD");
    qunsetenv("MYSQL_PWD");
    qunsetenv("PGPASSFILE");

    QSqlDatabase pg =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin-pg"));
    pg.setHostName(m_state.value(QStringLiteral("PG_SOCKET_DIR")));
    pg.setPort(m_state.value(QStringLiteral("PG_PORT")).toInt());
    pg.setUserName(QStringLiteral("postgres"));
    pg.setDatabaseName(QStringLiteral("postgres"));
    QVERIFY2(pg.open(), qPrintable(pg.lastError().text()));
    QSqlQuery(pg).exec(QStringLiteral("DROP DATABASE IF EXISTS needle_src"));
    QVERIFY(QSqlQuery(pg).exec(QStringLiteral("CREATE DATABASE needle_src")));
    QSqlQuery(pg).exec(QStringLiteral("DROP ROLE IF EXISTS reader"));
    QVERIFY(QSqlQuery(pg).exec(QStringLiteral("CREATE ROLE reader LOGIN PASSWORD 'secret'")));
    pg.close();
    pg.setDatabaseName(QStringLiteral("needle_src"));
    QVERIFY2(pg.open(), qPrintable(pg.lastError().text()));

    QSqlDatabase my =
        QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("admin-my"));
    my.setUserName(QStringLiteral("root"));
    my.setConnectOptions(QStringLiteral("UNIX_SOCKET=")
                         + m_state.value(QStringLiteral("MY_SOCKET")));
    QVERIFY2(my.open(), qPrintable(my.lastError().text()));
    for (const char *sql : {"DROP DATABASE IF EXISTS needle_src", "CREATE DATABASE needle_src",
                            "DROP USER IF EXISTS 'reader'@'127.0.0.1'",
                            "CREATE USER 'reader'@'127.0.0.1' IDENTIFIED BY 'secret'",
                            "GRANT ALL ON needle_src.* TO 'reader'@'127.0.0.1'", "USE needle_src"})
        QVERIFY2(QSqlQuery(my).exec(QString::fromLatin1(sql)), sql);

    QVERIFY(m_dir.isValid());
    QSqlDatabase lite =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("admin-sqlite"));
    lite.setDatabaseName(m_dir.filePath(QStringLiteral("source.db")));
    QVERIFY(lite.open());

    // The reader may do anything the database lets it: the read-only transaction
    // is what keeps a refresh from writing.
    for (const QString &engine :
         {QStringLiteral("postgresql"), QStringLiteral("mariadb"), QStringLiteral("sqlite")}) {
        const QString real = engine == QLatin1String("postgresql")
            ? QStringLiteral("DOUBLE PRECISION")
            : QStringLiteral("DOUBLE");
        admin(engine,
              QStringLiteral("CREATE TABLE kpi_values (kpi VARCHAR(40), day DATE, value %1)")
                  .arg(engine == QLatin1String("sqlite") ? QStringLiteral("REAL") : real));
        admin(engine, QStringLiteral("CREATE TABLE signups (day DATE, n INTEGER)"));
    }
    admin(QStringLiteral("postgresql"),
          QStringLiteral("GRANT ALL ON kpi_values, signups TO reader; GRANT "
                         "CREATE ON SCHEMA public TO reader"));
    qputenv("PGPASSWORD", "secret");
    qputenv("MYSQL_PWD", "secret");
}

void TestSourceRefresh::cleanupTestCase()
{
    for (const char *name : {"admin-pg", "admin-my", "admin-sqlite"}) {
        QSqlDatabase::database(QString::fromLatin1(name), false).close();
        QSqlDatabase::removeDatabase(QString::fromLatin1(name));
    }
}

void TestSourceRefresh::init()
{
    QString error;
    m_ws = Database::openInMemory(&error);
    QVERIFY2(m_ws, qPrintable(error));
    for (const QString &engine :
         {QStringLiteral("postgresql"), QStringLiteral("mariadb"), QStringLiteral("sqlite")}) {
        admin(engine, QStringLiteral("DELETE FROM kpi_values"));
        admin(engine, QStringLiteral("DELETE FROM signups"));
    }
}

void TestSourceRefresh::cleanup()
{
    m_ws.reset();
    qputenv("PGPASSWORD", "secret");
    qputenv("MYSQL_PWD", "secret");
    qunsetenv("PGPASSFILE");
}

void TestSourceRefresh::addEngines()
{
    QTest::addColumn<QString>("engine");
}

QString TestSourceRefresh::url(const QString &engine) const
{
    if (engine == QLatin1String("postgresql"))
        return QStringLiteral("postgresql://reader@127.0.0.1:%1/needle_src")
            .arg(m_state.value(QStringLiteral("PG_PORT")));
    if (engine == QLatin1String("mariadb"))
        return QStringLiteral("mysql://reader@127.0.0.1:%1/needle_src")
            .arg(m_state.value(QStringLiteral("MY_PORT")));
    return QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("source.db"));
}

static QString adminName(const QString &engine)
{
    return engine == QLatin1String("postgresql") ? QStringLiteral("admin-pg")
        : engine == QLatin1String("mariadb")     ? QStringLiteral("admin-my")
                                                 : QStringLiteral("admin-sqlite");
}

void TestSourceRefresh::admin(const QString &engine, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(adminName(engine), false));
    QVERIFY2(q.exec(sql),
             qPrintable(engine + QLatin1String(": ") + sql + QLatin1String(": ")
                        + q.lastError().text()));
}

int TestSourceRefresh::count(const QString &engine, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(adminName(engine), false));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestSourceRefresh::fillValues(const QString &engine,
                                   const QVector<QPair<QString, double>> &days)
{
    for (const auto &[day, value] : days)
        admin(
            engine,
            QStringLiteral("INSERT INTO kpi_values VALUES ('dau', '%1', %2)").arg(day).arg(value));
}

DataSource TestSourceRefresh::source(const QString &engine, const QString &query, qint64 kpiId)
{
    DataSource s;
    s.name = QStringLiteral("src-") + engine;
    s.url = url(engine);
    s.query = query;
    s.kpiId = kpiId;
    QString error;
    if (!SourceRepository(m_ws->connection()).insertSource(&s, &error))
        qWarning("%s", qPrintable(error));
    return s;
}

double TestSourceRefresh::stored(const QString &key, const QDate &date)
{
    const auto kpi = KpiRepository(m_ws->connection()).byKey(key);
    if (!kpi)
        return -1;
    QSqlQuery q(m_ws->connection());
    q.prepare(QStringLiteral("SELECT value FROM measurement WHERE kpi_id = ? AND date = ?"));
    q.addBindValue(kpi->id);
    q.addBindValue(date.toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toDouble() : -1;
}

void TestSourceRefresh::longLayout_data()
{
    addEngines();
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
}

void TestSourceRefresh::longLayout()
{
    QFETCH(QString, engine);
    fillValues(engine, {{QStringLiteral("2025-01-01"), 10}, {QStringLiteral("2025-02-01"), 12}});
    admin(engine,
          QStringLiteral("INSERT INTO kpi_values VALUES ('mrr', '2025-01-01', 1500.5), "
                         "('mrr', '2025-02-01', 1600.25)"));
    const QString query = QStringLiteral("SELECT kpi, day AS date, value FROM kpi_values WHERE day "
                                         ">= :from AND day <= :to "
                                         "ORDER BY kpi, day");
    const DataSource s = source(engine, query);
    RefreshOptions o;
    o.createKpis = true;
    const RefreshResult r = Refresher(m_ws->connection()).refresh(s, o);
    QVERIFY2(r.ok(), qPrintable(r.error + r.run.message));
    QCOMPARE(r.import.valuesWritten, qint64(4));
    QCOMPARE(r.import.kpisCreated.size(), 2);
    QCOMPARE(stored(QStringLiteral("mrr"), QDate(2025, 2, 1)), 1600.25);
    QCOMPARE(stored(QStringLiteral("dau"), QDate(2025, 1, 1)), 10.0);
    // Provenance: the batch names the source, the server and the query's hash.
    const auto batch = ImportRepository(m_ws->connection()).batch(r.import.batchId);
    QVERIFY(batch);
    QCOMPARE(batch->fileName, s.name);
    QCOMPARE(batch->sheet, url(engine));
    QCOMPARE(batch->sha256, Refresher::queryHash(query));
    QCOMPARE(batch->rowsRead, qint64(4));
    const auto run = SourceRepository(m_ws->connection()).lastSourceRun(s.id);
    QVERIFY(run);
    QCOMPARE(run->outcome, JobRun::Outcome::Written);
    QCOMPARE(run->batchId, r.import.batchId);
    QCOMPARE(run->windowFrom, Refresher::earliest());
    QCOMPARE(r.toJson().value(QStringLiteral("source")).toString(), s.name);
    // :to is a bound parameter too: a window that ends before February reads
    // January only.
    o.from = QDate(2024, 1, 1);
    o.to = QDate(2025, 1, 31);
    o.dryRun = true;
    const RefreshResult window = Refresher(m_ws->connection()).refresh(s, o);
    QCOMPARE(window.import.rowsRead, qint64(2));
}

void TestSourceRefresh::singleKpi_data()
{
    longLayout_data();
}

void TestSourceRefresh::singleKpi()
{
    QFETCH(QString, engine);
    Kpi k;
    k.key = QStringLiteral("signups");
    k.name = QStringLiteral("Sign-ups");
    k.cadence = Cadence::Daily;
    QString error;
    QVERIFY(KpiRepository(m_ws->connection()).insert(&k, &error));
    admin(engine,
          QStringLiteral("INSERT INTO signups VALUES ('2025-03-01', 41), ('2025-03-02', 44)"));
    // Columns by position: the first is the date, the second the value.
    const DataSource s =
        source(engine, QStringLiteral("SELECT day, n FROM signups WHERE day >= :from"), k.id);
    const RefreshResult r = Refresher(m_ws->connection()).refresh(s, {});
    QVERIFY2(r.ok(), qPrintable(r.error + r.run.message));
    QCOMPARE(r.import.valuesWritten, qint64(2));
    QVERIFY(r.import.kpisCreated.isEmpty());
    QCOMPARE(stored(QStringLiteral("signups"), QDate(2025, 3, 2)), 44.0);
}

void TestSourceRefresh::incremental_data()
{
    longLayout_data();
}

void TestSourceRefresh::incremental()
{
    QFETCH(QString, engine);
    QVector<QPair<QString, double>> days;
    for (int d = 1; d <= 10; ++d)
        days << qMakePair(QDate(2025, 1, d).toString(Qt::ISODate), 100.0 + d);
    fillValues(engine, days);
    const DataSource s =
        source(engine, QStringLiteral("SELECT kpi, day, value FROM kpi_values WHERE day >= :from"));
    RefreshOptions o;
    o.createKpis = true;
    Refresher refresher(m_ws->connection());
    const RefreshResult first = refresher.refresh(s, o);
    QVERIFY2(first.ok(), qPrintable(first.run.message));
    QCOMPARE(first.import.valuesWritten, qint64(10));
    QCOMPARE(first.run.windowFrom, Refresher::earliest());
    QCOMPARE(KpiRepository(m_ws->connection()).byKey(QStringLiteral("dau"))->cadence,
             Cadence::Daily);

    // A late correction inside the look-back (two days) arrives; one before it is
    // not asked for.
    admin(engine, QStringLiteral("UPDATE kpi_values SET value = 555 WHERE day = '2025-01-09'"));
    admin(engine, QStringLiteral("UPDATE kpi_values SET value = 777 WHERE day = '2025-01-02'"));
    const RefreshResult second = refresher.refresh(s, {});
    QVERIFY2(second.ok(), qPrintable(second.run.message));
    QCOMPARE(second.run.windowFrom, QDate(2025, 1, 8));
    QCOMPARE(second.import.rowsRead, qint64(3));
    QCOMPARE(second.import.valuesWritten, qint64(1));
    QCOMPARE(stored(QStringLiteral("dau"), QDate(2025, 1, 9)), 555.0);
    QCOMPARE(stored(QStringLiteral("dau"), QDate(2025, 1, 2)), 102.0);

    // Nothing new: no batch, nothing written, the run logged as unchanged.
    const RefreshResult third = refresher.refresh(s, {});
    QVERIFY(third.ok());
    QCOMPARE(third.import.batchId, qint64(0));
    QCOMPARE(third.import.valuesWritten, qint64(0));
    QCOMPARE(third.import.unchanged, qint64(3));
    QCOMPARE(third.run.outcome, JobRun::Outcome::Unchanged);

    // The refresh is an import batch: undo-import takes it back.
    QVector<Measurement> removed;
    qint64 kept = 0;
    QString error;
    QVERIFY2(undoImportBatch(m_ws->connection(), second.import.batchId, &removed, &kept, &error),
             qPrintable(error));
    QCOMPARE(stored(QStringLiteral("dau"), QDate(2025, 1, 9)), 109.0);
}

void TestSourceRefresh::writingQueryRefused_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("query");
    QTest::newRow("postgresql_delete")
        << QStringLiteral("postgresql")
        << QStringLiteral("DELETE FROM kpi_values RETURNING kpi, day, value");
    QTest::newRow("postgresql_create")
        << QStringLiteral("postgresql") << QStringLiteral("CREATE TABLE evil (kpi TEXT)");
    QTest::newRow("postgresql_update_in_cte")
        << QStringLiteral("postgresql")
        << QStringLiteral("WITH gone AS (DELETE FROM kpi_values RETURNING *) "
                          "SELECT kpi, day, "
                          "value FROM gone");
    QTest::newRow("mariadb_delete")
        << QStringLiteral("mariadb") << QStringLiteral("DELETE FROM kpi_values");
    QTest::newRow("mariadb_create")
        << QStringLiteral("mariadb") << QStringLiteral("CREATE TABLE evil (kpi TEXT)");
    QTest::newRow("mariadb_drop") << QStringLiteral("mariadb")
                                  << QStringLiteral("DROP TABLE signups");
    QTest::newRow("sqlite_delete")
        << QStringLiteral("sqlite") << QStringLiteral("DELETE FROM kpi_values");
    QTest::newRow("sqlite_create")
        << QStringLiteral("sqlite") << QStringLiteral("CREATE TABLE evil (kpi TEXT)");
    QTest::newRow("sqlite_drop") << QStringLiteral("sqlite")
                                 << QStringLiteral("DROP TABLE signups");
}

void TestSourceRefresh::writingQueryRefused()
{
    QFETCH(QString, engine);
    QFETCH(QString, query);
    fillValues(engine, {{QStringLiteral("2025-01-01"), 1}, {QStringLiteral("2025-01-02"), 2}});
    const DataSource s = source(engine, query);
    RefreshOptions o;
    o.createKpis = true;
    const RefreshResult r = Refresher(m_ws->connection()).refresh(s, o);
    QVERIFY(!r.ok());
    QCOMPARE(r.import.outcome, ImportResult::Outcome::Failed);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(r.run.outcome, JobRun::Outcome::Failed);
    QCOMPARE(count(engine, QStringLiteral("SELECT count(*) FROM kpi_values")), 2);
    QCOMPARE(count(engine, QStringLiteral("SELECT count(*) FROM signups")), 0);
    QCOMPARE(count(engine, QStringLiteral("SELECT count(*) FROM evil")), -1);
    QVERIFY(KpiRepository(m_ws->connection()).all().isEmpty());
    QCOMPARE(SourceRepository(m_ws->connection()).lastSourceRun(s.id)->outcome,
             JobRun::Outcome::Failed);
}

void TestSourceRefresh::timeout_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("query");
    QTest::newRow("postgresql") << QStringLiteral("postgresql")
                                << QStringLiteral("SELECT 'x' AS kpi, DATE '2025-01-01' AS day, "
                                                  "1.0 AS value FROM pg_sleep(20)");
    QTest::newRow("mariadb") << QStringLiteral("mariadb")
                             << QStringLiteral("SELECT 'x' AS kpi, DATE '2025-01-01' AS day, "
                                               "SLEEP(20) AS value");
    QTest::newRow("sqlite") << QStringLiteral("sqlite")
                            << QStringLiteral(
                                   "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT "
                                   "i + 1 FROM c) SELECT 'x', '2025-01-01', max(i) FROM c");
}

void TestSourceRefresh::timeout()
{
    QFETCH(QString, engine);
    QFETCH(QString, query);
    DataSource s;
    s.name = QStringLiteral("slow");
    s.url = url(engine);
    s.query = query;
    s.timeoutSeconds = 1;
    QString error;
    QVERIFY(SourceRepository(m_ws->connection()).insertSource(&s, &error));
    QElapsedTimer timer;
    timer.start();
    const RefreshResult r = Refresher(m_ws->connection()).refresh(s, {});
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!r.ok());
    QCOMPARE(r.run.outcome, JobRun::Outcome::Failed);
    QVERIFY(KpiRepository(m_ws->connection()).all().isEmpty());
}

void TestSourceRefresh::connectionFails_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("url"); // empty: the engine's own
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("password");
    const QString rows = QStringLiteral("SELECT kpi, day, value FROM kpi_values");
    QTest::newRow("postgresql_wrong_password")
        << QStringLiteral("postgresql") << QString() << rows << QByteArray("wrong");
    QTest::newRow("mariadb_wrong_password")
        << QStringLiteral("mariadb") << QString() << rows << QByteArray("wrong");
    QTest::newRow("postgresql_no_server")
        << QStringLiteral("postgresql")
        << QStringLiteral("postgresql://reader@127.0.0.1:1/needle_src") << rows
        << QByteArray("secret");
    QTest::newRow("mariadb_no_server")
        << QStringLiteral("mariadb") << QStringLiteral("mysql://reader@127.0.0.1:1/needle_src")
        << rows << QByteArray("secret");
    // The server goes away in the middle of the query.
    QTest::newRow("postgresql_goes_away")
        << QStringLiteral("postgresql") << QString()
        << QStringLiteral("SELECT kpi, day, value FROM kpi_values WHERE "
                          "pg_terminate_backend(pg_backend_pid())")
        << QByteArray("secret");
    QTest::newRow("sqlite_missing_file")
        << QStringLiteral("sqlite") << QStringLiteral("sqlite:///nonexistent/source.db") << rows
        << QByteArray();
}

void TestSourceRefresh::connectionFails()
{
    QFETCH(QString, engine);
    QFETCH(QString, url);
    QFETCH(QString, query);
    QFETCH(QByteArray, password);
    fillValues(engine, {{QStringLiteral("2025-01-01"), 1}});
    qputenv("PGPASSWORD", password);
    qputenv("MYSQL_PWD", password);
    DataSource s = source(engine, query);
    if (!url.isEmpty())
        s.url = url;
    RefreshOptions o;
    o.createKpis = true;
    const RefreshResult r = Refresher(m_ws->connection()).refresh(s, o);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QVERIFY2(!r.error.contains(QLatin1String("secret")), qPrintable(r.error));
    QCOMPARE(r.run.outcome, JobRun::Outcome::Failed);
    QVERIFY(KpiRepository(m_ws->connection()).all().isEmpty());
    QVERIFY(!SourceRepository(m_ws->connection()).lastSourceRun(s.id)->message.isEmpty());
}

void TestSourceRefresh::badValues_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("rejected"); // else the good row is written and the issue is a warning
    QTest::addColumn<QString>("message"); // part of the issue
    QTest::addColumn<int>("row"); // the issue's row (the header is row 1)
    const QString good = QStringLiteral("SELECT 'dau' AS kpi, '2025-01-01' AS day, '5' AS value");
    for (const QString &engine :
         {QStringLiteral("postgresql"), QStringLiteral("mariadb"), QStringLiteral("sqlite")}) {
        QTest::newRow(qPrintable(engine + QStringLiteral("_not_a_number")))
            << engine << good + QStringLiteral(" UNION ALL SELECT 'dau', '2025-01-02', 'lots'")
            << true << QStringLiteral("lots") << 3;
        QTest::newRow(qPrintable(engine + QStringLiteral("_null_value")))
            << engine << good + QStringLiteral(" UNION ALL SELECT 'dau', '2025-01-02', NULL")
            << false << QStringLiteral("No value") << 3;
        QTest::newRow(qPrintable(engine + QStringLiteral("_null_date")))
            << engine << good + QStringLiteral(" UNION ALL SELECT 'dau', NULL, '6'") << true
            << QString() << 3;
        QTest::newRow(qPrintable(engine + QStringLiteral("_duplicate")))
            << engine << good + QStringLiteral(" UNION ALL SELECT 'dau', '2025-01-01', '6'") << true
            << QStringLiteral("5 in row 2 and 6 in row 3") << 3;
    }
}

void TestSourceRefresh::badValues()
{
    QFETCH(QString, engine);
    QFETCH(QString, query);
    QFETCH(bool, rejected);
    QFETCH(QString, message);
    QFETCH(int, row);
    const DataSource s = source(engine, query);
    RefreshOptions o;
    o.createKpis = true;
    const RefreshResult r = Refresher(m_ws->connection()).refresh(s, o);
    QCOMPARE(r.import.outcome,
             rejected ? ImportResult::Outcome::Rejected : ImportResult::Outcome::Imported);
    QCOMPARE(r.run.outcome, rejected ? JobRun::Outcome::Rejected : JobRun::Outcome::Written);
    QCOMPARE(KpiRepository(m_ws->connection()).all().size(), rejected ? 0 : 1);
    bool found = false;
    for (const ImportIssue &i : r.import.issues) {
        QCOMPARE(i.file, s.name);
        if (i.row == row && i.message.contains(message)
            && (i.severity == ImportIssue::Severity::Error) == rejected)
            found = true;
    }
    QVERIFY2(found, qPrintable(r.run.message));
}

void TestSourceRefresh::passwordFiles_data()
{
    addEngines();
    QTest::newRow("pgpass") << QStringLiteral("postgresql");
    QTest::newRow("my_cnf") << QStringLiteral("mariadb");
}

void TestSourceRefresh::passwordFiles()
{
    QFETCH(QString, engine);
    QTemporaryDir home;
    qunsetenv("PGPASSWORD");
    qunsetenv("MYSQL_PWD");
    QFile file(home.filePath(engine == QLatin1String("postgresql") ? QStringLiteral(".pgpass")
                                                                   : QStringLiteral(".my.cnf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(engine == QLatin1String("postgresql")
                   ? QStringLiteral("127.0.0.1:%1:needle_src:reader:secret\n")
                         .arg(m_state.value(QStringLiteral("PG_PORT")))
                         .toUtf8()
                   : QByteArray("[client]\nuser = reader\npassword = \"secret\"\n"));
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", home.path().toUtf8());
    qputenv("PGPASSFILE", file.fileName().toUtf8());
    admin(engine, QStringLiteral("INSERT INTO signups VALUES ('2025-03-01', 3)"));
    Kpi k;
    k.key = QStringLiteral("signups");
    k.name = QStringLiteral("Sign-ups");
    QString error;
    QVERIFY(KpiRepository(m_ws->connection()).insert(&k, &error));
    const DataSource s = source(engine, QStringLiteral("SELECT day, n FROM signups"), k.id);
    const RefreshResult r = Refresher(m_ws->connection()).refresh(s, {});
    qputenv("HOME", oldHome);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.import.valuesWritten, qint64(1));
}

QTEST_GUILESS_MAIN(TestSourceRefresh)
#include "tst_sourcerefresh.moc"
