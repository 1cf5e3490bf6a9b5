#include "cli/checkreport.h"
#include "cli/jsonwriter.h"
#include "demo/demoworkspace.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

// Issue 14, item 10: `check --json` is written KPI by KPI (CheckReport::writeJson) and is
// byte for byte the document the whole-report path (toJson, then JsonWriter) writes.
class TestCheckStream : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameDocument_data();
    void sameDocument();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCheckStream::initTestCase()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("demo.needle"));
    QVERIFY2(DemoWorkspace::write(path, QDate(2026, 11, 21), &error), qPrintable(error));
    m_db = Database::open(path, Database::Mode::OpenExisting, &error);
    QVERIFY2(m_db, qPrintable(error));
    // A computed KPI whose inputs sort after it, and one archived KPI, to cross chunk edges.
    QVERIFY(Sql::exec(m_db->connection(),
                      QStringLiteral("INSERT INTO kpi (key, name, category, indicator, unit, "
                                     "direction, cadence, aggregation, formula) VALUES "
                                     "('aaa_ratio', 'Ratio', 'financial', 'lagging', 'ratio', "
                                     "'higher', 'monthly', 'last', 'mrr / dau')"),
                      &error));
    QVERIFY(Sql::exec(m_db->connection(),
                      QStringLiteral("UPDATE kpi SET archived = 1 WHERE key = 'nps'"), &error));
}

void TestCheckStream::sameDocument_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("default_window") << QDate(2026, 11, 21) << QDate() << QDate();
    QTest::newRow("explicit_window")
        << QDate(2026, 11, 21) << QDate(2026, 1, 1) << QDate(2026, 6, 30);
    QTest::newRow("before_any_data") << QDate(2020, 1, 1) << QDate() << QDate();
}

void TestCheckStream::sameDocument()
{
    QFETCH(QDate, asOf);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QString error;
    CheckReport report;
    QVERIFY(CheckReport::build(m_db->connection(), asOf, from, to, QLocale::c(), &report, &error));
    const QByteArray whole = JsonWriter::write(report.toJson());
    QByteArray streamed;
    {
        QTextStream out(&streamed);
        QVERIFY(
            CheckReport::writeJson(m_db->connection(), asOf, from, to, QLocale::c(), out, &error));
    }
    QCOMPARE(streamed, whole);
    QVERIFY(whole.contains("\"aaa_ratio\""));
}

QTEST_GUILESS_MAIN(TestCheckStream)
#include "tst_checkstream.moc"
