#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// The command line as scripts use it: the real binary, its output and exit status.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exitStatus_data();
    void exitStatus();
    void exportCsv();
    void exportCsvRollup();
    void rejectedFileUntouched_data();
    void rejectedFileUntouched();
    void refusedWorkspaceUntouched_data();
    void refusedWorkspaceUntouched();
    void checkJsonFieldOrder();
    void newWorkspace();

private:
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr);
    QTemporaryDir m_dir;
    QString m_demo;
};

int TestCli::run(const QStringList &args, QByteArray *out, QByteArray *err)
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

void TestCli::initTestCase()
{
    m_demo = m_dir.filePath(QStringLiteral("demo.needle"));
    QByteArray err;
    QCOMPARE(run({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"),
                  QStringLiteral("2026-11-21")},
                 nullptr, &err),
             0);
    QVERIFY(QFile::exists(m_demo));
}

void TestCli::exitStatus_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("stdoutContains");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QStringLiteral("needle 0.");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0
                          << QStringLiteral("export-csv WORKSPACE");
    QTest::newRow("unknown_option") << QStringList{QStringLiteral("--nope")} << 2 << QString();
    QTest::newRow("unknown_command")
        << QStringList{QStringLiteral("frob"), QStringLiteral("x")} << 2 << QString();
    QTest::newRow("missing_argument")
        << QStringList{QStringLiteral("export-csv")} << 2 << QString();
    QTest::newRow("missing_workspace")
        << QStringList{QStringLiteral("export-csv"), QStringLiteral("/nonexistent/w.needle")} << 1
        << QString();
    QTest::newRow("unknown_kpi") << QStringList{QStringLiteral("export-csv"),
                                                QStringLiteral("@demo"), QStringLiteral("--kpi"),
                                                QStringLiteral("nope")}
                                 << 1 << QString();
    QTest::newRow("demo_refuses_existing")
        << QStringList{QStringLiteral("demo"), QStringLiteral("@demo")} << 1 << QString();
    QTest::newRow("new_refuses_existing")
        << QStringList{QStringLiteral("new"), QStringLiteral("@demo")} << 1 << QString();
    QTest::newRow("new_without_workspace") << QStringList{QStringLiteral("new")} << 2 << QString();
    QTest::newRow("new_in_missing_folder")
        << QStringList{QStringLiteral("new"), QStringLiteral("/nonexistent/e.needle")} << 1
        << QString();
}

void TestCli::exitStatus()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, stdoutContains);
    args.replaceInStrings(QStringLiteral("@demo"), m_demo);
    QByteArray out, err;
    QCOMPARE(run(args, &out, &err), status);
    if (!stdoutContains.isEmpty())
        QVERIFY2(out.contains(stdoutContains.toUtf8()), out.constData());
    if (status != 0)
        QVERIFY2(!err.trimmed().isEmpty(), "a failure must say why on stderr");
}

void TestCli::exportCsv()
{
    QByteArray out;
    QCOMPARE(
        run({QStringLiteral("export-csv"), m_demo, QStringLiteral("--kpi"), QStringLiteral("nps"),
             QStringLiteral("--kpi"), QStringLiteral("dau"), QStringLiteral("--from"),
             QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31")},
            &out),
        0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("kpi,period,value"));
    QCOMPARE(lines.size(), 1 + 31 + 1); // 31 daily DAU values, one monthly NPS value
    QVERIFY(lines.at(1).startsWith("dau,2026-10-01,")); // ordered by key, then date
    QVERIFY(lines.last().startsWith("nps,2026-10-01,"));
    for (const QByteArray &line : lines.mid(1)) {
        const QByteArray value = line.split(',').at(2);
        bool ok = false;
        value.toDouble(&ok);
        QVERIFY2(ok && !value.contains('e'), line.constData());
    }
}

void TestCli::exportCsvRollup()
{
    QByteArray daily, monthly;
    QCOMPARE(run({QStringLiteral("export-csv"), m_demo, QStringLiteral("--kpi"),
                  QStringLiteral("dau"), QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                  QStringLiteral("--to"), QStringLiteral("2026-10-31")},
                 &daily),
             0);
    QCOMPARE(
        run({QStringLiteral("export-csv"), m_demo, QStringLiteral("--kpi"), QStringLiteral("dau"),
             QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
             QStringLiteral("2026-10-31"), QStringLiteral("--rollup"), QStringLiteral("month")},
            &monthly),
        0);
    double sum = 0;
    const QList<QByteArray> lines = daily.trimmed().split('\n');
    for (const QByteArray &l : lines.mid(1))
        sum += l.split(',').at(2).toDouble();
    const QList<QByteArray> rolled = monthly.trimmed().split('\n');
    QCOMPARE(rolled.size(), 2);
    QVERIFY(rolled.at(1).startsWith("dau,2026-10-01,"));
    QCOMPARE(rolled.at(1).split(',').at(2).toDouble(), sum / 31); // DAU rolls up by average
}

void TestCli::rejectedFileUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text_file") << QByteArray("kpi,date,value\ndau,2024-01-01,5\n");
    QTest::newRow("empty_file") << QByteArray();
    QTest::newRow("binary_garbage") << QByteArray("\x00\x01\x02SQLite format 2", 18);
}

void TestCli::rejectedFileUntouched()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(
        QStringLiteral("bad-%1.needle").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QByteArray err;
    QCOMPARE(run({QStringLiteral("export-csv"), path}, nullptr, &err), 1);
    QVERIFY(err.contains("not a Needle workspace"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

// A newer workspace and another program's SQLite database are refused by every command with
// exit 1, byte for byte unchanged, and without a -wal or -shm file left beside them.
void TestCli::refusedWorkspaceUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("args");
    const QStringList kinds{QStringLiteral("newer"), QStringLiteral("other_sqlite")};
    for (const QString &kind : kinds) {
        const QByteArray k = kind.toLatin1();
        QTest::newRow((k + "_export_csv").constData())
            << kind << QStringList{QStringLiteral("export-csv"), QStringLiteral("@ws")};
        QTest::newRow((k + "_check").constData())
            << kind
            << QStringList{QStringLiteral("check"), QStringLiteral("@ws"),
                           QStringLiteral("--json")};
        QTest::newRow((k + "_import").constData())
            << kind
            << QStringList{QStringLiteral("import"), QStringLiteral("@ws"), QStringLiteral("@csv")};
        QTest::newRow((k + "_undo_import").constData())
            << kind
            << QStringList{QStringLiteral("undo-import"), QStringLiteral("@ws"),
                           QStringLiteral("1")};
        QTest::newRow((k + "_export_pdf").constData())
            << kind
            << QStringList{QStringLiteral("export-pdf"), QStringLiteral("@ws"),
                           QStringLiteral("@pdf")};
    }
}

void TestCli::refusedWorkspaceUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, args);
    const QString path = m_dir.filePath(
        QStringLiteral("refused-%1.needle").arg(QString::fromLatin1(QTest::currentDataTag())));
    QFile::remove(path);
    if (kind == QLatin1String("newer")) {
        QVERIFY(QFile::copy(m_demo, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        if (kind == QLatin1String("newer")) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        } else {
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make"));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const QString csv = m_dir.filePath(QStringLiteral("refused.csv"));
    QFile c(csv);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write("kpi,date,value\nmrr,2030-01-01,1\n");
    c.close();
    args.replaceInStrings(QStringLiteral("@ws"), path);
    args.replaceInStrings(QStringLiteral("@csv"), csv);
    args.replaceInStrings(QStringLiteral("@pdf"), m_dir.filePath(QStringLiteral("refused.pdf")));
    QByteArray out, err;
    QCOMPARE(run(args, &out, &err), 1);
    QVERIFY2(
        err.contains(kind == QLatin1String("newer") ? "newer version" : "not a Needle workspace"),
        err.constData());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.pdf"))));
}

// check --json: the fields issue 4 names, in its order, with their types.
void TestCli::checkJsonFieldOrder()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("check"), m_demo, QStringLiteral("--as-of"),
                  QStringLiteral("2026-11-21"), QStringLiteral("--json")},
                 &out),
             0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-21"));
    QVERIFY(out.indexOf("\"as_of\"") < out.indexOf("\"kpis\""));
    const QJsonArray kpis = o.value(QStringLiteral("kpis")).toArray();
    QVERIFY(kpis.size() >= 15);
    // The first KPI's object, as text: its documented fields in order.
    const QByteArray first = out.mid(out.indexOf("\"kpis\""));
    qsizetype last = -1;
    for (const char *field : {"key", "name", "status", "latest", "target", "benchmarks", "trend",
                              "forecast", "stale", "anomalies"}) {
        const qsizetype at = first.indexOf(QByteArray("\"") + field + "\":");
        QVERIFY2(at > last, field);
        last = at;
    }
    bool sawAnomaly = false;
    for (const QJsonValue &v : kpis) {
        const QJsonObject k = v.toObject();
        QVERIFY(k.value(QStringLiteral("key")).isString());
        QVERIFY(k.value(QStringLiteral("stale")).isBool());
        QVERIFY(k.value(QStringLiteral("latest")).isObject()
                || k.value(QStringLiteral("latest")).isNull());
        for (const QJsonValue &a : k.value(QStringLiteral("anomalies")).toArray()) {
            const QByteArray text = QJsonDocument(a.toObject()).toJson(QJsonDocument::Compact);
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"))
                         .match(a.toObject().value(QStringLiteral("period")).toString())
                         .hasMatch(),
                     text.constData());
            sawAnomaly = true;
        }
    }
    QVERIFY(sawAnomaly);
    const qsizetype anomaly = out.indexOf("\"anomalies\": [\n");
    QVERIFY(anomaly > 0);
    const QByteArray a = out.mid(anomaly + 10);
    last = -1;
    for (const char *field : {"period", "value", "expected", "low", "high", "score", "direction",
                              "severity", "reason", "verdict"}) {
        const qsizetype at = a.indexOf(QByteArray("\"") + field + "\":");
        QVERIFY2(at > last, field);
        last = at;
    }
}

// needle new writes an empty workspace that import, export-csv and check work on.
void TestCli::newWorkspace()
{
    const QString path = m_dir.filePath(QStringLiteral("empty space \u00e9.needle"));
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("new"), path}, &out, &err), 0);
    QVERIFY(out.isEmpty());
    QCOMPARE(run({QStringLiteral("export-csv"), path}, &out), 0);
    QCOMPARE(out, QByteArray("kpi,period,value\n"));
    QCOMPARE(run({QStringLiteral("check"), path, QStringLiteral("--json")}, &out), 0);
    QVERIFY(
        QJsonDocument::fromJson(out).object().value(QStringLiteral("kpis")).toArray().isEmpty());
    const QString csv = m_dir.filePath(QStringLiteral("into-empty.csv"));
    QFile c(csv);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write("Metric;Month;Actual\nWeekly orders;2026-01-05;1.234,5\nWeekly orders;2026-01-12;17\n");
    c.close();
    QCOMPARE(run({QStringLiteral("import"), path, csv, QStringLiteral("--create-kpis"),
                  QStringLiteral("--json")},
                 &out, &err),
             0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("values_written")).toInt(),
             2);
    QCOMPARE(run({QStringLiteral("export-csv"), path}, &out), 0);
    QCOMPARE(
        out,
        QByteArray(
            "kpi,period,value\nweekly_orders,2026-01-05,1234.5\nweekly_orders,2026-01-12,17\n"));
    // Never over an existing workspace.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    QCOMPARE(run({QStringLiteral("new"), path}, nullptr, &err), 1);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
