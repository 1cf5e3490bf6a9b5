#include "storage/database.h"
#include "storage/kpirepository.h"
#include "storage/sourcerepository.h"

#include <QtTest>

using namespace Needle;

// The tables of schema version 2: data sources, scheduled exports, the run log and the lock.
class TestSourceRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sourcesRoundTrip();
    void sourceRefused_data();
    void sourceRefused();
    void runsLogged();
    void lock_data();
    void lock();

private:
    std::unique_ptr<Database> m_db;
};

void TestSourceRepository::init()
{
    QString error;
    m_db = Database::openInMemory(&error);
    QVERIFY2(m_db, qPrintable(error));
}

void TestSourceRepository::cleanup()
{
    m_db.reset();
}

void TestSourceRepository::sourcesRoundTrip()
{
    SourceRepository repo(m_db->connection());
    Kpi k;
    k.key = QStringLiteral("signups");
    k.name = QStringLiteral("Sign-ups");
    QString error;
    QVERIFY2(KpiRepository(m_db->connection()).insert(&k, &error), qPrintable(error));
    DataSource s;
    s.name = QStringLiteral("Sign-ups from app");
    s.url = QStringLiteral("postgresql://reader@db.example/app");
    s.query = QStringLiteral("SELECT day, count(*) FROM users WHERE day >= :from GROUP BY day");
    s.kpiId = k.id;
    s.intervalSeconds = 3600;
    QVERIFY2(repo.insertSource(&s, &error), qPrintable(error));
    QVERIFY(s.id > 0);
    const auto read = repo.sourceByName(QStringLiteral("sign-ups FROM app"));
    QVERIFY(read);
    QCOMPARE(read->url, s.url);
    QCOMPARE(read->query, s.query);
    QCOMPARE(read->kpiId, k.id);
    QCOMPARE(read->intervalSeconds, qint64(3600));
    QCOMPARE(read->timeoutSeconds, 60);
    QCOMPARE(read->lookbackPeriods, 2);
    QCOMPARE(repo.sources().size(), 1);
    // Removing the KPI removes the source that fed only it.
    QVERIFY(KpiRepository(m_db->connection()).remove(k.id, &error));
    QCOMPARE(repo.sources().size(), 0);
}

void TestSourceRepository::sourceRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("timeout");
    QTest::newRow("blank_name") << QStringLiteral("  ") << QStringLiteral("SELECT 1") << 60;
    QTest::newRow("blank_query") << QStringLiteral("a") << QStringLiteral(" ") << 60;
    QTest::newRow("zero_timeout") << QStringLiteral("a") << QStringLiteral("SELECT 1") << 0;
    QTest::newRow("duplicate_name") << QStringLiteral("Taken") << QStringLiteral("SELECT 1") << 60;
}

void TestSourceRepository::sourceRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, query);
    QFETCH(int, timeout);
    SourceRepository repo(m_db->connection());
    QString error;
    DataSource taken;
    taken.name = QStringLiteral("Taken");
    taken.url = QStringLiteral("sqlite:///tmp/x.db");
    taken.query = QStringLiteral("SELECT 1");
    QVERIFY2(repo.insertSource(&taken, &error), qPrintable(error));
    DataSource s = taken;
    s.id = 0;
    s.name = name;
    s.query = query;
    s.timeoutSeconds = timeout;
    QVERIFY(!repo.insertSource(&s, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(repo.sources().size(), 1);
}

void TestSourceRepository::runsLogged()
{
    SourceRepository repo(m_db->connection());
    QString error;
    DataSource s;
    s.name = QStringLiteral("s");
    s.url = QStringLiteral("sqlite:///tmp/x.db");
    s.query = QStringLiteral("SELECT 1");
    QVERIFY(repo.insertSource(&s, &error));
    const QDateTime t0(QDate(2025, 3, 1), QTime(7, 0), Qt::UTC);
    const JobRun::Outcome outcomes[] = {JobRun::Outcome::Written, JobRun::Outcome::Failed};
    for (int i = 0; i < 2; ++i) {
        JobRun r;
        r.sourceId = s.id;
        r.job = s.name;
        r.startedAt = t0.addSecs(3600 * i);
        r.finishedAt = r.startedAt.addSecs(2);
        r.outcome = outcomes[i];
        r.server = QStringLiteral("sqlite:///tmp/x.db");
        r.queryHash = QStringLiteral("abc");
        r.windowFrom = QDate(2025, 1, 1);
        r.rowsRead = 10 + i;
        r.message = i ? QStringLiteral("gone") : QString();
        QVERIFY2(repo.logRun(&r, &error), qPrintable(error));
    }
    const auto last = repo.lastSourceRun(s.id);
    QVERIFY(last);
    QCOMPARE(last->outcome, JobRun::Outcome::Failed);
    QCOMPARE(last->message, QStringLiteral("gone"));
    QCOMPARE(last->rowsRead, qint64(11));
    const auto ok = repo.lastSucceededSourceRun(s.id);
    QVERIFY(ok);
    QCOMPARE(ok->startedAt, t0);
    QCOMPARE(ok->windowFrom, QDate(2025, 1, 1));
    QVERIFY(!ok->windowTo.isValid());
    QCOMPARE(repo.runs(10).size(), 2);
    // The log outlives the source it names.
    QVERIFY(repo.removeSource(s.id, &error));
    QCOMPARE(repo.runs(10).size(), 2);
    QCOMPARE(repo.runs(10).constFirst().sourceId, qint64(0));
}

void TestSourceRepository::lock_data()
{
    QTest::addColumn<int>("secondsLater");
    QTest::addColumn<bool>("secondGets");
    QTest::newRow("held") << 10 << false;
    QTest::newRow("expired") << 7201 << true;
}

void TestSourceRepository::lock()
{
    QFETCH(int, secondsLater);
    QFETCH(bool, secondGets);
    SourceRepository repo(m_db->connection());
    const QDateTime t0(QDate(2025, 3, 1), QTime(7, 0), Qt::UTC);
    bool got = false;
    QString error;
    QVERIFY2(
        repo.acquireLock(QStringLiteral("run-due"), QStringLiteral("a"), t0, 7200, &got, &error),
        qPrintable(error));
    QVERIFY(got);
    QVERIFY(repo.acquireLock(QStringLiteral("run-due"), QStringLiteral("b"),
                             t0.addSecs(secondsLater), 7200, &got, &error));
    QCOMPARE(got, secondGets);
    // Only the holder releases it.
    QVERIFY(repo.releaseLock(QStringLiteral("run-due"), QStringLiteral("a"), &error));
    QVERIFY(repo.acquireLock(QStringLiteral("run-due"), QStringLiteral("c"),
                             t0.addSecs(secondsLater), 7200, &got, &error));
    QCOMPARE(got, !secondGets);
}

QTEST_GUILESS_MAIN(TestSourceRepository)
#include "tst_sourcerepository.moc"
