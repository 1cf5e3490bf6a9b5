#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// The demo is written as of one fixed day, so the suite never depends on the calendar.
const QDate kDemoAsOf(2026, 11, 30);
} // namespace

// `needle check` flags overdue action items, in the table and in --json.
class TestReviewCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void overdue_data();
    void overdue();

private:
    QString run(const QStringList &args, int *exitCode);
    QTemporaryDir m_dir;
    QString m_workspace;
};

QString TestReviewCheck::run(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral(NEEDLE_BINARY), args);
    if (!p.waitForFinished(30000))
        return QString();
    *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestReviewCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("demo.needle"));
    int code = -1;
    run({QStringLiteral("demo"), m_workspace, QStringLiteral("--as-of"),
         kDemoAsOf.toString(Qt::ISODate)},
        &code);
    QCOMPARE(code, 0);
}

// The demo is written as of kDemoAsOf: one action item fell due five days ago, one is due in 20.
void TestReviewCheck::overdue_data()
{
    QTest::addColumn<int>("asOfDays");
    QTest::addColumn<int>("expected");
    QTest::newRow("demo_as_of") << 0 << 1;
    QTest::newRow("ten_days_ago") << -10 << 0;
    QTest::newRow("in_a_month") << 30 << 2;
}

void TestReviewCheck::overdue()
{
    QFETCH(int, asOfDays);
    QFETCH(int, expected);
    const QString asOf = kDemoAsOf.addDays(asOfDays).toString(Qt::ISODate);
    int code = -1;
    const QString json = run({QStringLiteral("check"), m_workspace, QStringLiteral("--as-of"), asOf,
                              QStringLiteral("--json")},
                             &code);
    QCOMPARE(code, 0);
    const QJsonArray overdue = QJsonDocument::fromJson(json.toUtf8())
                                   .object()
                                   .value(QStringLiteral("overdue_action_items"))
                                   .toArray();
    QCOMPARE(overdue.size(), expected);
    if (expected > 0) {
        const QJsonObject first = overdue.first().toObject();
        QCOMPARE(first.value(QStringLiteral("owner")).toString(), QStringLiteral("Farid Haddad"));
        QCOMPARE(first.value(QStringLiteral("kpi")).toString(), QStringLiteral("cac"));
        QVERIFY(first.value(QStringLiteral("due")).toString() < asOf);
    }
    const QString table =
        run({QStringLiteral("check"), m_workspace, QStringLiteral("--as-of"), asOf}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(table.contains(QLatin1String("Report CAC by channel")), expected > 0);
}

QTEST_GUILESS_MAIN(TestReviewCheck)
#include "tst_reviewcheck.moc"
