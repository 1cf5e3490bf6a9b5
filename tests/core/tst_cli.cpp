#include <QCryptographicHash>
#include <QFile>
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
    QCOMPARE(run({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"), QStringLiteral("2026-11-21")}, nullptr, &err), 0);
    QVERIFY(QFile::exists(m_demo));
}

void TestCli::exitStatus_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("stdoutContains");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("needle 0.");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("export-csv WORKSPACE");
    QTest::newRow("unknown_option") << QStringList{QStringLiteral("--nope")} << 2 << QString();
    QTest::newRow("unknown_command") << QStringList{QStringLiteral("frob"), QStringLiteral("x")} << 2 << QString();
    QTest::newRow("missing_argument") << QStringList{QStringLiteral("export-csv")} << 2 << QString();
    QTest::newRow("missing_workspace") << QStringList{QStringLiteral("export-csv"), QStringLiteral("/nonexistent/w.needle")} << 1 << QString();
    QTest::newRow("unknown_kpi") << QStringList{QStringLiteral("export-csv"), QStringLiteral("@demo"), QStringLiteral("--kpi"), QStringLiteral("nope")} << 1 << QString();
    QTest::newRow("demo_refuses_existing") << QStringList{QStringLiteral("demo"), QStringLiteral("@demo")} << 1 << QString();
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
    QCOMPARE(run({QStringLiteral("export-csv"), m_demo, QStringLiteral("--kpi"), QStringLiteral("nps"),
                  QStringLiteral("--kpi"), QStringLiteral("dau"), QStringLiteral("--from"),
                  QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31")}, &out), 0);
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
    QCOMPARE(run({QStringLiteral("export-csv"), m_demo, QStringLiteral("--kpi"), QStringLiteral("dau"),
                  QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
                  QStringLiteral("2026-10-31")}, &daily), 0);
    QCOMPARE(run({QStringLiteral("export-csv"), m_demo, QStringLiteral("--kpi"), QStringLiteral("dau"),
                  QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
                  QStringLiteral("2026-10-31"), QStringLiteral("--rollup"), QStringLiteral("month")}, &monthly), 0);
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
    const QString path = m_dir.filePath(QStringLiteral("bad-%1.needle").arg(QString::fromLatin1(QTest::currentDataTag())));
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
