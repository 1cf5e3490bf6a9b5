#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// `needle check` as scripts use it: the real binary on a demo workspace.
class TestCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jsonShape();
    void anomalyWindow_data();
    void anomalyWindow();
    void table();
    void errors_data();
    void errors();

private:
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr);
    QJsonObject checkJson(const QStringList &extra);
    QTemporaryDir m_dir;
    QString m_demo;
};

int TestCheck::run(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess p;
    p.start(QStringLiteral(NEEDLE_BINARY), args);
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QJsonObject TestCheck::checkJson(const QStringList &extra)
{
    QByteArray out, err;
    const int status = run(
        QStringList{QStringLiteral("check"), m_demo, QStringLiteral("--json")} + extra, &out, &err);
    if (status != 0)
        qWarning() << err;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &pe);
    if (pe.error != QJsonParseError::NoError)
        qWarning() << pe.errorString();
    return doc.object();
}

void TestCheck::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.needle"));
    QCOMPARE(run({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"),
                  QStringLiteral("2026-11-21")}),
             0);
}

void TestCheck::jsonShape()
{
    const QJsonObject root = checkJson({QStringLiteral("--as-of"), QStringLiteral("2026-11-21")});
    QCOMPARE(root.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-21"));
    const QJsonArray kpis = root.value(QStringLiteral("kpis")).toArray();
    QCOMPARE(kpis.size(), 21);
    QString previousKey;
    int anomalies = 0;
    const QStringList statuses{QStringLiteral("on_track"), QStringLiteral("at_risk"),
                               QStringLiteral("off_track"), QStringLiteral("no_target"),
                               QStringLiteral("no_data")};
    for (const QJsonValue &v : kpis) {
        const QJsonObject k = v.toObject();
        for (const char *field : {"key", "name", "status", "latest", "target", "benchmarks",
                                  "trend", "forecast", "stale", "anomalies"})
            QVERIFY2(k.contains(QLatin1String(field)), field);
        QVERIFY(k.value(QStringLiteral("key")).toString() > previousKey); // ordered by key
        previousKey = k.value(QStringLiteral("key")).toString();
        QVERIFY(statuses.contains(k.value(QStringLiteral("status")).toString()));
        QVERIFY(k.value(QStringLiteral("stale")).isBool());
        QVERIFY(k.value(QStringLiteral("benchmarks")).isArray());
        const QJsonObject latest = k.value(QStringLiteral("latest")).toObject();
        QVERIFY(QDate::fromString(latest.value(QStringLiteral("period")).toString(), Qt::ISODate)
                    .isValid());
        QVERIFY(latest.value(QStringLiteral("value")).isDouble());
        for (const QJsonValue &av : k.value(QStringLiteral("anomalies")).toArray()) {
            const QJsonObject a = av.toObject();
            ++anomalies;
            const QDate period =
                QDate::fromString(a.value(QStringLiteral("period")).toString(), Qt::ISODate);
            QVERIFY(period.isValid());
            QVERIFY(period >= QDate(2026, 8, 23)
                    && period <= QDate(2026, 11, 21)); // the last 90 days
            for (const char *field : {"value", "expected", "low", "high", "score"})
                QVERIFY2(a.value(QLatin1String(field)).isDouble(), field);
            QVERIFY(a.value(QStringLiteral("low")).toDouble()
                    <= a.value(QStringLiteral("high")).toDouble());
            QVERIFY(QStringList({QStringLiteral("good"), QStringLiteral("bad")})
                        .contains(a.value(QStringLiteral("direction")).toString()));
            QVERIFY(QStringList(
                        {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")})
                        .contains(a.value(QStringLiteral("severity")).toString()));
            QVERIFY(!a.value(QStringLiteral("reason")).toString().isEmpty());
            QVERIFY(a.contains(QStringLiteral("verdict")));
        }
    }
    QVERIFY(anomalies > 0); // the demo injects some
    const auto dau = std::find_if(kpis.begin(), kpis.end(), [](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("key")).toString() == QLatin1String("dau");
    });
    QVERIFY(dau != kpis.end());
    const QJsonObject f = dau->toObject().value(QStringLiteral("forecast")).toObject();
    QVERIFY(!f.value(QStringLiteral("model")).toString().isEmpty());
    QVERIFY(!f.value(QStringLiteral("points")).toArray().isEmpty());
}

void TestCheck::anomalyWindow_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("whole_history")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2020-01-01")} << QDate(2020, 1, 1)
        << QDate(2026, 11, 21);
    QTest::newRow("one_year") << QStringList{QStringLiteral("--from"), QStringLiteral("2025-01-01"),
                                             QStringLiteral("--to"), QStringLiteral("2025-12-31")}
                              << QDate(2025, 1, 1) << QDate(2025, 12, 31);
}

void TestCheck::anomalyWindow()
{
    QFETCH(QStringList, args);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const QJsonObject root =
        checkJson(args + QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-11-21")});
    int count = 0;
    for (const QJsonValue &v : root.value(QStringLiteral("kpis")).toArray())
        for (const QJsonValue &a : v.toObject().value(QStringLiteral("anomalies")).toArray()) {
            const QDate d = QDate::fromString(
                a.toObject().value(QStringLiteral("period")).toString(), Qt::ISODate);
            QVERIFY(d >= from && d <= to);
            ++count;
        }
    QVERIFY(count > 0);
}

void TestCheck::table()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("check"), m_demo, QStringLiteral("--as-of"),
                  QStringLiteral("2026-11-21")},
                 &out),
             0);
    const QList<QByteArray> lines = out.split('\n');
    QVERIFY(lines.size() > 23);
    QVERIFY(lines.at(2).startsWith("Status"));
    // Ordered by what needs attention: the first KPI is off track, on-track ones come later.
    QVERIFY2(lines.at(3).startsWith("Off track"), lines.at(3).constData());
    QVERIFY(out.contains("MADs"));
}

void TestCheck::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::newRow("missing_workspace")
        << QStringList{QStringLiteral("check"), QStringLiteral("/nonexistent/x.needle")} << 1;
    QTest::newRow("bad_date") << QStringList{QStringLiteral("check"), QStringLiteral("@demo"),
                                             QStringLiteral("--as-of"),
                                             QStringLiteral("21.11.2026")}
                              << 2;
    QTest::newRow("from_after_to")
        << QStringList{QStringLiteral("check"),  QStringLiteral("@demo"),
                       QStringLiteral("--from"), QStringLiteral("2026-02-01"),
                       QStringLiteral("--to"),   QStringLiteral("2026-01-01")}
        << 2;
    QTest::newRow("foreign_option")
        << QStringList{QStringLiteral("check"), QStringLiteral("@demo"), QStringLiteral("--rollup"),
                       QStringLiteral("month")}
        << 2;
}

void TestCheck::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    args.replaceInStrings(QStringLiteral("@demo"), m_demo);
    QByteArray out, err;
    QCOMPARE(run(args, &out, &err), status);
    QVERIFY(!err.trimmed().isEmpty());
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"
