#include "storage/database.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Needle;

// The schema says the domain's rules; each row is a statement the database must refuse.
class TestConstraints : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void refuses_data();
    void refuses();
    void acceptsValidRows();

private:
    std::unique_ptr<Database> m_db;
};

namespace {
const char *kpiInsert = "INSERT INTO kpi (id, key, name, category, indicator, unit, direction, "
                        "cadence, aggregation, omtm) VALUES (%1, '%2', 'K', 'financial', "
                        "'lagging', 'count', '%3', '%4', 'sum', %5)";
}

void TestConstraints::init()
{
    QString error;
    m_db = Database::openInMemory(&error);
    QVERIFY2(m_db, qPrintable(error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QString::fromLatin1(kpiInsert)
                       .arg(1)
                       .arg(QStringLiteral("a"), QStringLiteral("higher"), QStringLiteral("daily"))
                       .arg(1)));
    QVERIFY(q.exec(QString::fromLatin1(kpiInsert)
                       .arg(2)
                       .arg(QStringLiteral("b"), QStringLiteral("lower"), QStringLiteral("weekly"))
                       .arg(0)));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO measurement (kpi_id, date, value) VALUES (1, '2024-01-01', 5)")));
}

void TestConstraints::refuses_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("duplicate_value") << QStringLiteral(
        "INSERT INTO measurement (kpi_id, date, value) VALUES (1, '2024-01-01', 6)");
    QTest::newRow("second_omtm") << QStringLiteral("UPDATE kpi SET omtm = 1 WHERE id = 2");
    QTest::newRow("unknown_direction")
        << QString::fromLatin1(kpiInsert)
               .arg(3)
               .arg(QStringLiteral("c"), QStringLiteral("sideways"), QStringLiteral("daily"))
               .arg(0);
    QTest::newRow("unknown_cadence")
        << QString::fromLatin1(kpiInsert)
               .arg(3)
               .arg(QStringLiteral("c"), QStringLiteral("higher"), QStringLiteral("hourly"))
               .arg(0);
    QTest::newRow("duplicate_key")
        << QString::fromLatin1(kpiInsert)
               .arg(3)
               .arg(QStringLiteral("a"), QStringLiteral("higher"), QStringLiteral("daily"))
               .arg(0);
    QTest::newRow("value_of_unknown_kpi") << QStringLiteral(
        "INSERT INTO measurement (kpi_id, date, value) VALUES (99, '2024-01-01', 1)");
    QTest::newRow("value_null") << QStringLiteral(
        "INSERT INTO measurement (kpi_id, date, value) VALUES (1, '2024-01-02', NULL)");
    QTest::newRow("target_without_value")
        << QStringLiteral("INSERT INTO target (kpi_id, effective_from) VALUES (1, '2024-01-01')");
    QTest::newRow("target_inverted_band") << QStringLiteral(
        "INSERT INTO target (kpi_id, low, high, effective_from) VALUES (1, 5, 1, '2024-01-01')");
    QTest::newRow("deadline_before_start")
        << QStringLiteral("INSERT INTO target (kpi_id, value, effective_from, deadline) VALUES (1, "
                          "5, '2024-01-01', '2023-01-01')");
    QTest::newRow("note_kind") << QStringLiteral(
        "INSERT INTO review_note (kind, text, created_at) VALUES ('gossip', 'x', '2024-01-01')");
    QTest::newRow("empty_note") << QStringLiteral(
        "INSERT INTO review_note (kind, text, created_at) VALUES ('note', '  ', '2024-01-01')");
    QTest::newRow("verdict_kind") << QStringLiteral(
        "INSERT INTO anomaly_verdict (kpi_id, period, verdict, created_at) VALUES (1, "
        "'2024-01-01', 'maybe', 'x')");
    QTest::newRow("meeting_status") << QStringLiteral(
        "INSERT INTO review_meeting (title, date, status) VALUES ('m', '2024-01-01', 'paused')");
}

void TestConstraints::refuses()
{
    QFETCH(QString, sql);
    QSqlQuery q(m_db->connection());
    QVERIFY2(!q.exec(sql), qPrintable(sql));
}

void TestConstraints::acceptsValidRows()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO measurement (kpi_id, date, value) VALUES (1, '2024-01-02', 6)")));
    QVERIFY(q.exec(QStringLiteral("UPDATE kpi SET omtm = 0 WHERE id = 1")));
    QVERIFY(q.exec(QStringLiteral("UPDATE kpi SET omtm = 1 WHERE id = 2")));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO target (kpi_id, low, high, effective_from) VALUES (1, 1, 5, '2024-01-01')")));
}

QTEST_GUILESS_MAIN(TestConstraints)
#include "tst_constraints.moc"
