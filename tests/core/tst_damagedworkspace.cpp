#include "safetyfixture.h"

#include "workspace/workspace.h"

using namespace SafetyFixture;

// Issue 14, items 3, 4 and 5, and "files left behind": a command that cannot read everything
// it was asked for, or cannot write its output, exits 1 naming the file and why; nothing is
// written into a damaged workspace; a refusal leaves no -wal/-shm files behind.
class TestDamagedWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void damaged_data();
    void damaged();
    void appOpenRefusesDamaged_data();
    void appOpenRefusesDamaged();
    void healthyOnFullDisk_data();
    void healthyOnFullDisk();
    void readOnlyLeavesNothing_data();
    void readOnlyLeavesNothing();
    void stdoutFull_data();
    void stdoutFull();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString damagedCopy(const QString &kind);
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_csv;
};

void TestDamagedWorkspace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.needle"));
    QVERIFY(makeDemo(m_demo));
    QVERIFY(journalsLeft(m_demo).isEmpty());
    m_csv = path(QStringLiteral("values.csv"));
    QVERIFY(writeFile(m_csv, "kpi,date,value\nmrr,2026-11-01,123\n"));
}

// A copy of the demo workspace, damaged as `kind` says.
QString TestDamagedWorkspace::damagedCopy(const QString &kind)
{
    const QString copy = path(kind + QStringLiteral(".needle"));
    QFile::remove(copy);
    QByteArray bytes = readFile(m_demo);
    if (kind == QLatin1String("truncated")) {
        bytes.truncate(4096); // head -c 4096 demo.needle
    } else if (kind == QLatin1String("half")) {
        bytes.truncate(bytes.size() / 2 / 4096 * 4096);
    } else if (kind == QLatin1String("damaged_page")) {
        // One page in the middle overwritten with bytes a terminal would act on.
        const qsizetype page = bytes.size() / 2 / 4096 * 4096;
        for (qsizetype i = 0; i < 4096; ++i)
            bytes[page + i] = char("\x1b[31m\x07\xff\xfe"[i % 9]);
    }
    writeFile(copy, bytes);
    return copy;
}

void TestDamagedWorkspace::damaged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("args"); // @ws: the damaged workspace
    QTest::addColumn<bool>("writes");
    const QStringList kinds{QStringLiteral("truncated"), QStringLiteral("half"),
                            QStringLiteral("damaged_page")};
    for (const QString &kind : kinds) {
        auto row = [&](const char *name, const QStringList &args, bool writes) {
            QTest::addRow("%s_%s", qPrintable(kind), name) << kind << args << writes;
        };
        row("export_csv", {QStringLiteral("export-csv"), QStringLiteral("@ws")}, false);
        row("check", {QStringLiteral("check"), QStringLiteral("@ws")}, false);
        row("check_json",
            {QStringLiteral("check"), QStringLiteral("@ws"), QStringLiteral("--json")}, false);
        row("export_pdf",
            {QStringLiteral("export-pdf"), QStringLiteral("@ws"), QStringLiteral("@pdf")}, false);
        row("import", {QStringLiteral("import"), QStringLiteral("@ws"), QStringLiteral("@csv")},
            true);
        row("undo_import",
            {QStringLiteral("undo-import"), QStringLiteral("@ws"), QStringLiteral("1")}, true);
    }
}

void TestDamagedWorkspace::damaged()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, args);
    QFETCH(bool, writes);
    const QString ws = damagedCopy(kind);
    const QByteArray before = fileHash(ws);
    const QString pdf = path(QStringLiteral("damaged.pdf"));
    args.replaceInStrings(QStringLiteral("@ws"), ws);
    args.replaceInStrings(QStringLiteral("@pdf"), pdf);
    args.replaceInStrings(QStringLiteral("@csv"), m_csv);
    args << QStringLiteral("--lang") << QStringLiteral("en");
    const Run r = needle(args);
    QVERIFY2(!r.crashed && !r.timedOut, "never crash or hang on a damaged workspace");
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QFileInfo(ws).fileName().toUtf8()), r.err.constData());
    QVERIFY2(isPrintable(r.err), r.err.toHex().constData());
    if (writes)
        QVERIFY2(r.err.contains(".recover"), r.err.constData());
    QCOMPARE(fileHash(ws), before);
    QVERIFY2(journalsLeft(ws).isEmpty(), qPrintable(journalsLeft(ws).join(u' ')));
    QVERIFY(!QFileInfo::exists(pdf));
}

void TestDamagedWorkspace::appOpenRefusesDamaged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("truncated") << QStringLiteral("truncated");
    QTest::newRow("damaged_page") << QStringLiteral("damaged_page");
}

// What the app opens with (File > Open, `needle W`): the same refusal and recovery advice the
// main window shows in its "Cannot open workspace" message.
void TestDamagedWorkspace::appOpenRefusesDamaged()
{
    QFETCH(QString, kind);
    const QString ws = damagedCopy(kind);
    const QByteArray before = fileHash(ws);
    QString error;
    QVERIFY(!Needle::Workspace::open(ws, &error));
    QVERIFY2(error.contains(QFileInfo(ws).fileName()), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String(".recover")), qPrintable(error));
    QVERIFY(isPrintable(error.toUtf8()));
    QCOMPARE(fileHash(ws), before);
    QVERIFY(journalsLeft(ws).isEmpty());
}

void TestDamagedWorkspace::healthyOnFullDisk_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("export_csv") << QStringList{QStringLiteral("export-csv"), QStringLiteral("@ws")};
    QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("@ws")};
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("@ws"),
                                           QStringLiteral("@csv")};
}

void TestDamagedWorkspace::healthyOnFullDisk()
{
    QFETCH(QStringList, args);
    const QString dir = path(QStringLiteral("full-%1").arg(QLatin1String(QTest::currentDataTag())));
    SafetyFixture::Tmpfs tmpfs(dir, "size=16m");
    if (!tmpfs.mounted())
        QSKIP("Mounting a small tmpfs is not permitted here (needs root); CI runs as root.");
    const QString ws = dir + QStringLiteral("/team.needle");
    QVERIFY(QFile::copy(m_demo, ws));
    tmpfs.fill();
    const QByteArray before = fileHash(ws);
    args.replaceInStrings(QStringLiteral("@ws"), ws);
    args.replaceInStrings(QStringLiteral("@csv"), m_csv);
    args << QStringLiteral("--lang") << QStringLiteral("en");
    const Run r = needle(args);
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("full"), r.err.constData());
    QVERIFY2(!r.err.contains("not a Needle workspace"), r.err.constData());
    QVERIFY2(r.err.contains("team.needle"), r.err.constData());
    QCOMPARE(fileHash(ws), before);
}

void TestDamagedWorkspace::readOnlyLeavesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("export_csv") << QStringList{QStringLiteral("export-csv"), QStringLiteral("@ws")};
    QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("@ws"),
                                          QStringLiteral("--as-of"), QStringLiteral("2026-11-21")};
    QTest::newRow("unknown_kpi") << QStringList{QStringLiteral("export-csv"), QStringLiteral("@ws"),
                                                QStringLiteral("--kpi"), QStringLiteral("nope")};
}

// A read-only command, done or refused, leaves the folder as it found it: no -wal, no -shm.
void TestDamagedWorkspace::readOnlyLeavesNothing()
{
    QFETCH(QStringList, args);
    const QString ws = path(QStringLiteral("readonly.needle"));
    QFile::remove(ws);
    QVERIFY(QFile::copy(m_demo, ws));
    args.replaceInStrings(QStringLiteral("@ws"), ws);
    const Run r = needle(args);
    QVERIFY(r.status == 0 || r.status == 1);
    QVERIFY2(journalsLeft(ws).isEmpty(), qPrintable(journalsLeft(ws).join(u' ')));
}

void TestDamagedWorkspace::stdoutFull_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("version") << QStringList{QStringLiteral("--version")};
    QTest::newRow("export_csv") << QStringList{QStringLiteral("export-csv"), QStringLiteral("@ws")};
    QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("@ws"),
                                          QStringLiteral("--as-of"), QStringLiteral("2026-11-21")};
    QTest::newRow("check_json") << QStringList{
        QStringLiteral("check"), QStringLiteral("@ws"), QStringLiteral("--as-of"),
        QStringLiteral("2026-11-21"), QStringLiteral("--json")};
    QTest::newRow("inspect") << QStringList{QStringLiteral("inspect"), QStringLiteral("@csv")};
    QTest::newRow("inspect_json") << QStringList{QStringLiteral("inspect"), QStringLiteral("@csv"),
                                                 QStringLiteral("--json")};
    QTest::newRow("import_dry_run_json")
        << QStringList{QStringLiteral("import"), QStringLiteral("@ws"), QStringLiteral("@csv"),
                       QStringLiteral("--dry-run"), QStringLiteral("--json")};
}

// Standard output on a full disk (/dev/full): exit 1 with a message, never 0.
void TestDamagedWorkspace::stdoutFull()
{
    QFETCH(QStringList, args);
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("/dev/full is not there");
    args.replaceInStrings(QStringLiteral("@ws"), m_demo);
    args.replaceInStrings(QStringLiteral("@csv"), m_csv);
    args << QStringLiteral("--lang") << QStringLiteral("en");
    const Run r = needle(args, QString(), QStringLiteral("/dev/full"));
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("standard output"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestDamagedWorkspace)
#include "tst_damagedworkspace.moc"
