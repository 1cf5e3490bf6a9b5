#include "safetyfixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <unistd.h>

using namespace SafetyFixture;

// Issue 14, items 8 and 9 and the "clear messages" list: input files that shrink, pipes,
// UTF-16 without a BOM, unknown options, as-of dates a workspace cannot hold, and names and
// keys that would reach a terminal or a spreadsheet as commands.
class TestInputSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csvShrinkingDuringImport();
    void pipeInput_data();
    void pipeInput();
    void stdinPipeIsNotEmpty();
    void utf16WithoutBom_data();
    void utf16WithoutBom();
    void usageMessages_data();
    void usageMessages();
    void checkEscapesControlCharacters();
    void exportCsvProtectsKeys();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestInputSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.needle"));
    QVERIFY(makeDemo(m_demo));
}

// The file is truncated while `needle import` reads it: an error or a whole import, never a
// signal (the file was memory-mapped and died of SIGBUS).
void TestInputSafety::csvShrinkingDuringImport()
{
    const QString ws = path(QStringLiteral("shrink.needle"));
    QCOMPARE(needle({QStringLiteral("new"), ws}).status, 0);
    QByteArray csv = "kpi,date,value\n";
    const QDate start(1900, 1, 1);
    for (int i = 0; i < 400000; ++i)
        csv += "k" + QByteArray::number(i % 50) + ','
            + start.addDays(i / 50).toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(i)
            + '\n';
    const QString file = path(QStringLiteral("shrink.csv"));
    for (int delayMs : {20, 60, 120, 250, 400}) {
        QVERIFY(writeFile(file, csv));
        QProcess p;
        p.start(QStringLiteral(NEEDLE_BINARY),
                {QStringLiteral("import"), ws, file, QStringLiteral("--create-kpis"),
                 QStringLiteral("--dry-run")});
        QVERIFY(p.waitForStarted());
        QThread::msleep(delayMs);
        QVERIFY(::truncate(QFile::encodeName(file).constData(), 100) == 0);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit,
                 qPrintable(QStringLiteral("killed by a signal after %1 ms").arg(delayMs)));
        QVERIFY(p.exitCode() == 0 || p.exitCode() == 1);
    }
}

void TestInputSafety::pipeInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("inspect_fifo") << QStringList{QStringLiteral("inspect"),
                                                 QStringLiteral("@fifo")};
    QTest::newRow("import_fifo") << QStringList{QStringLiteral("import"), QStringLiteral("@ws"),
                                                QStringLiteral("@fifo")};
    QTest::newRow("inspect_char_device")
        << QStringList{QStringLiteral("inspect"), QStringLiteral("/dev/zero")};
}

// A named pipe nobody writes to: refused with a message at once, never a hang.
void TestInputSafety::pipeInput()
{
    QFETCH(QStringList, args);
    const QString fifo = path(QStringLiteral("p.csv"));
    QFile::remove(fifo);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    args.replaceInStrings(QStringLiteral("@fifo"), fifo);
    args.replaceInStrings(QStringLiteral("@ws"), m_demo);
    args << QStringLiteral("--lang") << QStringLiteral("en");
    const Run r = needle(args, QString(), QString(), 15000);
    QVERIFY2(!r.timedOut, "a pipe must not make needle wait forever");
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("pipe or device"), r.err.constData());
}

// /dev/stdin fed by a pipe is a pipe, not "the file is empty".
void TestInputSafety::stdinPipeIsNotEmpty()
{
    QProcess p;
    p.start(QStringLiteral(NEEDLE_BINARY),
            {QStringLiteral("inspect"), QStringLiteral("/dev/stdin"), QStringLiteral("--lang"),
             QStringLiteral("en")});
    QVERIFY(p.waitForStarted());
    p.write("kpi,date,value\nmrr,2024-01-01,1\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(15000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(!err.contains("empty"), err.constData());
    QVERIFY2(err.contains("pipe"), err.constData());
}

void TestInputSafety::utf16WithoutBom_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::newRow("utf16le_no_bom") << false;
    QTest::newRow("utf16be_no_bom") << true;
}

void TestInputSafety::utf16WithoutBom()
{
    QFETCH(bool, bigEndian);
    const QString text = QStringLiteral("kpi,date,value\nUmsatz Köln,2024-01-01,12.5\n");
    QByteArray bytes;
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xff);
        bytes += bigEndian ? QByteArray{} + hi + lo : QByteArray{} + lo + hi;
    }
    const QString file = path(QStringLiteral("utf16-%1.csv").arg(bigEndian));
    QVERIFY(writeFile(file, bytes));
    const Run r = needle({QStringLiteral("inspect"), file, QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains("Umsatz Köln"), r.out.constData());
}

void TestInputSafety::usageMessages_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown_option_bogus")
        << QStringList{QStringLiteral("check"), QStringLiteral("@demo"), QStringLiteral("--bogus")}
        << 2 << QStringLiteral("Unknown option --bogus");
    QTest::newRow("unknown_option_before_command")
        << QStringList{QStringLiteral("--bogus"), QStringLiteral("check"), QStringLiteral("@demo")}
        << 2 << QStringLiteral("Unknown option --bogus");
    QTest::newRow("demo_as_of_year_1")
        << QStringList{QStringLiteral("demo"), QStringLiteral("@new"), QStringLiteral("--as-of"),
                       QStringLiteral("0001-01-01")}
        << 1 << QStringLiteral("--as-of 0001-01-01");
    QTest::newRow("demo_as_of_year_9999")
        << QStringList{QStringLiteral("demo"), QStringLiteral("@new"), QStringLiteral("--as-of"),
                       QStringLiteral("9999-12-31")}
        << 1 << QStringLiteral("--as-of 9999-12-31");
}

void TestInputSafety::usageMessages()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QString fresh = path(QStringLiteral("never.needle"));
    args.replaceInStrings(QStringLiteral("@demo"), m_demo);
    args.replaceInStrings(QStringLiteral("@new"), fresh);
    args << QStringLiteral("--lang") << QStringLiteral("en");
    const Run r = needle(args);
    QCOMPARE(r.status, status);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY2(!r.err.contains("constraint"), r.err.constData());
    QVERIFY(!QFileInfo::exists(fresh));
    QVERIFY(journalsLeft(fresh).isEmpty());
}

namespace {
// Renames and rekeys one KPI of a copy of the demo workspace, as another tool could.
QString tamperedCopy(const QString &demo, const QString &copy, const QString &key,
                     const QString &name)
{
    QFile::remove(copy);
    if (!QFile::copy(demo, copy))
        return QString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(copy);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE kpi SET key = ?, name = ? WHERE key = 'nps'"));
            q.addBindValue(key);
            q.addBindValue(name);
            q.exec();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    return copy;
}
} // namespace

// A KPI name with an escape sequence and a newline reaches the terminal escaped.
void TestInputSafety::checkEscapesControlCharacters()
{
    const QString ws =
        tamperedCopy(m_demo, path(QStringLiteral("esc.needle")), QStringLiteral("nps"),
                     QStringLiteral("Net \x1b[2J\x1b]0;pwned\x07promoter\nscore"));
    QVERIFY(!ws.isEmpty());
    const Run r = needle(
        {QStringLiteral("check"), ws, QStringLiteral("--as-of"), QStringLiteral("2026-11-21")});
    QCOMPARE(r.status, 0);
    QVERIFY2(!r.out.contains('\x1b'), "no escape character may reach the terminal");
    QVERIFY2(!r.out.contains('\x07'), "no bell character may reach the terminal");
    QVERIFY2(r.out.contains("Net \\x1b[2J"), r.out.constData());
    QVERIFY2(!r.out.contains("promoter\nscore"), "a newline in a name is shown escaped");
}

// A key another tool wrote as a formula is written protected, as the table export does.
void TestInputSafety::exportCsvProtectsKeys()
{
    const QString ws =
        tamperedCopy(m_demo, path(QStringLiteral("formula.needle")),
                     QStringLiteral("=HYPERLINK(\"x\",\"y\")"), QStringLiteral("Formula"));
    QVERIFY(!ws.isEmpty());
    const Run r = needle({QStringLiteral("export-csv"), ws});
    QCOMPARE(r.status, 0);
    for (const QByteArray &line : r.out.split('\n'))
        QVERIFY2(!line.startsWith('=') && !line.startsWith("\"="), line.constData());
    QVERIFY2(r.out.contains("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",2"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestInputSafety)
#include "tst_inputsafety.moc"
