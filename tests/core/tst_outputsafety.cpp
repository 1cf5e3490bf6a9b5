#include "safetyfixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace SafetyFixture;

// Issue 14, items 1 and 2: an output path (export-pdf's OUT, a new workspace) never destroys
// a workspace, its journal, another database, a device, a pipe or a folder.
class TestOutputSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfOutputRefused_data();
    void pdfOutputRefused();
    void pdfReplacesRegularFile();
    void newRefusesNonRegular_data();
    void newRefusesNonRegular();
    void pdfDiskFull();
    void newDiskFullLeavesNothing();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestOutputSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("team.needle"));
    QVERIFY(makeDemo(m_demo));
    QVERIFY(makeDemo(path(QStringLiteral("other.needle"))));
    QVERIFY(QFile::link(m_demo, path(QStringLiteral("link.pdf"))));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.pdf")));
    QVERIFY(::mkfifo(QFile::encodeName(path(QStringLiteral("fifo.pdf"))).constData(), 0644) == 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(path(QStringLiteral("plain.sqlite")));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
    // A copy of the null device (1, 3): what /dev/full was turned into a regular file.
    ::mknod(QFile::encodeName(path(QStringLiteral("device.pdf"))).constData(), S_IFCHR | 0666,
            makedev(1, 3));
}

void TestOutputSafety::pdfOutputRefused_data()
{
    QTest::addColumn<QString>("out"); // relative to the temporary folder
    QTest::addColumn<QString>("workspaceArg"); // how the workspace is named
    QTest::newRow("workspace_itself") << "team.needle"
                                      << "team.needle";
    QTest::newRow("workspace_dot_slash") << "./team.needle"
                                         << "team.needle";
    QTest::newRow("workspace_absolute_vs_relative") << "@abs"
                                                    << "team.needle";
    QTest::newRow("symlink_to_workspace") << "link.pdf"
                                          << "team.needle";
    QTest::newRow("other_workspace") << "other.needle"
                                     << "team.needle";
    QTest::newRow("workspace_wal_name") << "team.needle-wal"
                                        << "team.needle";
    QTest::newRow("workspace_shm_name") << "team.needle-shm"
                                        << "team.needle";
    QTest::newRow("plain_sqlite_database") << "plain.sqlite"
                                           << "team.needle";
    QTest::newRow("folder") << "folder.pdf"
                            << "team.needle";
    QTest::newRow("fifo") << "fifo.pdf"
                          << "team.needle";
    QTest::newRow("char_device") << "device.pdf"
                                 << "team.needle";
}

void TestOutputSafety::pdfOutputRefused()
{
    QFETCH(QString, out);
    QFETCH(QString, workspaceArg);
    if (out == QLatin1String("device.pdf") && !isCharDevice(path(out)))
        QSKIP("mknod is not permitted here (needs root); CI runs as root.");
    if (out == QLatin1String("@abs"))
        out = QFileInfo(m_demo).absoluteFilePath();
    const QString outPath = QDir(m_dir.path()).filePath(out);
    const QByteArray workspaceBefore = fileHash(m_demo);
    const QByteArray outBefore = QFileInfo(outPath).isFile() ? fileHash(outPath) : QByteArray();
    const bool existed = QFileInfo::exists(outPath);
    const Run r =
        needle({QStringLiteral("export-pdf"), workspaceArg, out}, m_dir.path(), QString(), 30000);
    QVERIFY2(!r.timedOut, "export-pdf must not hang on its output path");
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QFileInfo(outPath).fileName().toUtf8()), r.err.constData());
    QCOMPARE(fileHash(m_demo), workspaceBefore);
    QCOMPARE(QFileInfo::exists(outPath), existed);
    if (!outBefore.isEmpty())
        QCOMPARE(fileHash(outPath), outBefore);
    if (out == QLatin1String("device.pdf"))
        QVERIFY2(isCharDevice(outPath), "the device node must stay a device node");
    if (out == QLatin1String("fifo.pdf"))
        QVERIFY(QFileInfo(outPath).isFile() == false);
    // Nothing else was left in the folder (no temporary file).
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
}

void TestOutputSafety::pdfReplacesRegularFile()
{
    const QString out = path(QStringLiteral("old.pdf"));
    QVERIFY(writeFile(out, "not yet a pdf"));
    const Run r = needle({QStringLiteral("export-pdf"), m_demo, out});
    QCOMPARE(r.status, 0);
    QVERIFY(readFile(out).startsWith("%PDF"));
}

void TestOutputSafety::newRefusesNonRegular_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("char_device") << "device.pdf";
    QTest::newRow("fifo") << "fifo.pdf";
    QTest::newRow("folder") << "folder.pdf";
    QTest::newRow("existing_workspace") << "other.needle";
}

void TestOutputSafety::newRefusesNonRegular()
{
    QFETCH(QString, name);
    const QString target = path(name);
    if (name == QLatin1String("device.pdf") && !isCharDevice(target))
        QSKIP("mknod is not permitted here (needs root); CI runs as root.");
    QFileInfo before(target);
    const QByteArray hash = before.isFile() ? fileHash(target) : QByteArray();
    for (const QString &command : {QStringLiteral("new"), QStringLiteral("demo")}) {
        QStringList args{command, target};
        if (command == QLatin1String("demo"))
            args << QStringLiteral("--as-of") << QStringLiteral("2026-11-21");
        const Run r = needle(args, QString(), QString(), 30000);
        QVERIFY2(!r.timedOut, "must not hang");
        QCOMPARE(r.status, 1);
        QVERIFY2(!r.err.trimmed().isEmpty(), "a refusal says why");
        QFileInfo after(target);
        QVERIFY(after.exists());
        QCOMPARE(after.isDir(), before.isDir());
        QCOMPARE(after.isFile(), before.isFile());
        if (name == QLatin1String("device.pdf"))
            QVERIFY(isCharDevice(target));
        if (!hash.isEmpty())
            QCOMPARE(fileHash(target), hash);
        QVERIFY2(journalsLeft(target).isEmpty(), qPrintable(journalsLeft(target).join(u' ')));
    }
}

void TestOutputSafety::pdfDiskFull()
{
    const QString dir = path(QStringLiteral("full-pdf"));
    SAFETY_TMPFS(tmpfs, dir);
    tmpfs.fill();
    const QString out = dir + QStringLiteral("/report.pdf");
    const Run r = needle({QStringLiteral("export-pdf"), m_demo, out, QStringLiteral("--lang"),
                          QStringLiteral("en")});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("full"), r.err.constData());
    QVERIFY2(!r.err.contains("Unknown error"), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("filler")});
}

void TestOutputSafety::newDiskFullLeavesNothing()
{
    const QString dir = path(QStringLiteral("full-new"));
    SAFETY_TMPFS(tmpfs, dir);
    tmpfs.fill();
    for (const QString &command : {QStringLiteral("new"), QStringLiteral("demo")}) {
        const QString target = dir + QStringLiteral("/fresh.needle");
        QStringList args{command, target, QStringLiteral("--lang"), QStringLiteral("en")};
        if (command == QLatin1String("demo"))
            args << QStringLiteral("--as-of") << QStringLiteral("2026-11-21");
        const Run r = needle(args);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("full"), r.err.constData());
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("filler")});
    }
}

QTEST_GUILESS_MAIN(TestOutputSafety)
#include "tst_outputsafety.moc"
