#include "demo/demoworkspace.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void contents_data();
    void contents();
    void deterministic();

private:
    QString dump(const QString &path);
    QTemporaryDir m_dir;
};

QString TestDemo::dump(const QString &path)
{
    QString error;
    auto db = Database::open(path, Database::Mode::ReadOnly, &error);
    if (!db)
        return error;
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT k.key, m.date, m.value FROM measurement m JOIN kpi k ON k.id = "
                          "m.kpi_id ORDER BY 1, 2"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next())
        hash.addData(QStringLiteral("%1,%2,%3\n")
                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                         .toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

void TestDemo::contents_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("expected");
    QTest::newRow("kpis") << QStringLiteral("SELECT count(*) FROM kpi") << 21;
    QTest::newRow("categories") << QStringLiteral("SELECT count(DISTINCT category) FROM kpi") << 4;
    QTest::newRow("owners") << QStringLiteral("SELECT count(*) FROM owner") << 6;
    QTest::newRow("omtm") << QStringLiteral("SELECT count(*) FROM kpi WHERE omtm = 1") << 1;
    QTest::newRow("computed") << QStringLiteral("SELECT count(*) FROM kpi WHERE formula <> ''")
                              << 4;
    QTest::newRow("daily_dau_3_years") << QStringLiteral(
        "SELECT count(*) FROM measurement m JOIN kpi k ON k.id = m.kpi_id WHERE k.key = 'dau'")
                                       << 1096;
    QTest::newRow("weekly_signups") << QStringLiteral(
        "SELECT count(*) FROM measurement m JOIN kpi k ON k.id = m.kpi_id WHERE k.key = 'signups'")
                                    << 155; // complete weeks only
    QTest::newRow("quarterly_ttm")
        << QStringLiteral("SELECT count(*) FROM measurement m JOIN kpi k ON k.id = m.kpi_id WHERE "
                          "k.key = 'time_to_market'")
        << 11;
    QTest::newRow("time_phased_mrr_targets")
        << QStringLiteral("SELECT count(*) FROM target t JOIN kpi k ON k.id = t.kpi_id WHERE k.key "
                          "= 'mrr' AND deadline IS NOT NULL")
        << 2;
    QTest::newRow("benchmarks_with_source")
        << QStringLiteral("SELECT count(*) FROM benchmark WHERE source <> ''") << 10;
    QTest::newRow("meetings") << QStringLiteral(
        "SELECT count(*) FROM review_meeting WHERE status = 'closed'")
                              << 2;
    QTest::newRow("decisions") << QStringLiteral(
        "SELECT count(*) FROM review_note WHERE kind = 'decision'")
                               << 3;
    QTest::newRow("overdue_actions")
        << QStringLiteral("SELECT count(*) FROM review_note WHERE kind = 'action' AND done = 0 AND "
                          "due_date < '2026-11-21'")
        << 1;
}

void TestDemo::contents()
{
    QFETCH(QString, sql);
    QFETCH(int, expected);
    const QString path = m_dir.filePath(QStringLiteral("contents.needle"));
    QString error;
    if (!QFile::exists(path))
        QVERIFY2(DemoWorkspace::write(path, QDate(2026, 11, 21), &error), qPrintable(error));
    auto db = Database::open(path, Database::Mode::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(sql) && q.next());
    QCOMPARE(q.value(0).toInt(), expected);
}

void TestDemo::deterministic()
{
    const QString a = m_dir.filePath(QStringLiteral("a.needle"));
    const QString b = m_dir.filePath(QStringLiteral("b.needle"));
    const QString c = m_dir.filePath(QStringLiteral("c.needle"));
    QString error;
    QVERIFY(DemoWorkspace::write(a, QDate(2026, 11, 21), &error));
    QVERIFY(DemoWorkspace::write(b, QDate(2026, 11, 21), &error));
    QVERIFY(DemoWorkspace::write(c, QDate(2026, 11, 22), &error));
    QCOMPARE(dump(a), dump(b));
    QVERIFY(dump(a) != dump(c));
    QVERIFY(!DemoWorkspace::write(a, QDate(2026, 11, 21), &error)); // never overwrites
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
