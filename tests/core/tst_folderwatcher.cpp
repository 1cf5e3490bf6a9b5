#include "import/folderwatcher.h"
#include "import/importer.h"
#include "storage/database.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

// The watched-folder import (issue 3, data-driven automation): a new or changed file in a
// watched folder is imported in the background with the mapping saved for its source; an
// unchanged one is not; a bad one is logged in the workspace, without a dialog, and nothing
// of it is written.
class TestFolderWatcher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void watchedFolder_data();
    void watchedFolder();

private:
    QString write(const QString &name, const QByteArray &content);
    QString values() const; // "key|date|value" lines
    int rejectedLogEntries() const;

    QTemporaryDir *m_dir = nullptr;
    QString m_workspace;
    QString m_folder;
    std::unique_ptr<Database> m_db;
};

QString TestFolderWatcher::write(const QString &name, const QByteArray &content)
{
    const QString path = m_folder + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestFolderWatcher::values() const
{
    QStringList lines;
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral(
        "SELECT k.key, m.date, m.value FROM measurement m JOIN kpi k ON k.id = m.kpi_id "
        "ORDER BY 1, 2"));
    while (q.next())
        lines << QStringLiteral("%1|%2|%3")
                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return lines.join(QLatin1Char('\n'));
}

int TestFolderWatcher::rejectedLogEntries() const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral(
        "SELECT count(*) FROM change_log WHERE entity = 'import' AND field = 'rejected'"));
    return q.next() ? q.value(0).toInt() : -1;
}

void TestFolderWatcher::init()
{
    m_dir = new QTemporaryDir;
    m_workspace = m_dir->filePath(QStringLiteral("w.needle"));
    m_folder = m_dir->filePath(QStringLiteral("inbox"));
    QVERIFY(QDir().mkpath(m_folder));
    QString error;
    m_db = Database::open(m_workspace, Database::Mode::CreateNew, &error);
    QVERIFY2(m_db, qPrintable(error));
    // January's file, imported by hand once: its mapping is saved for "sales-*-*.csv".
    const QString first = m_dir->filePath(QStringLiteral("sales-2026-01.csv"));
    QFile f(first);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Metric;Month;Actual\nrevenue;2026-01-01;100\n");
    f.close();
    ImportOptions options;
    options.createKpis = true;
    const ImportResult r = Importer(m_db->connection()).importFile(first, options);
    QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
    QCOMPARE(r.valuesWritten, 1);
}

void TestFolderWatcher::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestFolderWatcher::watchedFolder_data()
{
    // before: files written and imported before the step; step: the file then written ("" for
    // none); outcome of the step's import ("none": no import at all); the values afterwards.
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("rejectedLogged");
    const QString jan = QStringLiteral("revenue|2026-01-01|100");
    QTest::newRow("new_file_imported_with_saved_mapping")
        << QStringList()
        << QStringLiteral("sales-2026-02.csv:Metric;Month;Actual\nrevenue;2026-02-01;120\n")
        << QStringLiteral("imported") << jan + QStringLiteral("\nrevenue|2026-02-01|120") << 0;
    QTest::newRow("changed_file_imported_again")
        << QStringList{QStringLiteral(
               "sales-2026-02.csv:Metric;Month;Actual\nrevenue;2026-02-01;120\n")}
        << QStringLiteral("sales-2026-02.csv:Metric;Month;Actual\nrevenue;2026-02-01;125.5\n")
        << QStringLiteral("imported") << jan + QStringLiteral("\nrevenue|2026-02-01|125.5") << 0;
    QTest::newRow("unchanged_file_not_imported_again")
        << QStringList{QStringLiteral(
               "sales-2026-02.csv:Metric;Month;Actual\nrevenue;2026-02-01;120\n")}
        << QString() << QStringLiteral("none") << jan + QStringLiteral("\nrevenue|2026-02-01|120")
        << 0;
    QTest::newRow("same_content_rewritten_skipped")
        << QStringList{QStringLiteral(
               "sales-2026-02.csv:Metric;Month;Actual\nrevenue;2026-02-01;120\n")}
        << QStringLiteral("sales-2026-02.csv:Metric;Month;Actual\nrevenue;2026-02-01;120\n")
        << QStringLiteral("already") << jan + QStringLiteral("\nrevenue|2026-02-01|120") << 0;
    QTest::newRow("bad_file_logged_nothing_written")
        << QStringList()
        << QStringLiteral("sales-2026-03.csv:Metric;Month;Actual\nrevenue;2026-03-01;12x\nrevenue;"
                          "2026-04-01;130\n")
        << QStringLiteral("rejected") << jan << 1;
    // No saved mapping: imported as the command line would when it needs no questions.
    QTest::newRow("file_without_saved_mapping_needing_no_questions_imported")
        << QStringList() << QStringLiteral("other.csv:kpi,date,value\nrevenue,2026-05-01,1\n")
        << QStringLiteral("imported") << jan + QStringLiteral("\nrevenue|2026-05-01|1") << 0;
    QTest::newRow("file_without_saved_mapping_with_errors_logged")
        << QStringList() << QStringLiteral("other.csv:kpi,date,value\nunknown thing,2026-05-01,1\n")
        << QStringLiteral("rejected:\"unknown thing\" is not a KPI") << jan << 1;
    QTest::newRow("not_a_spreadsheet_ignored")
        << QStringList() << QStringLiteral("notes.pdf:%PDF-1.4\n") << QStringLiteral("none") << jan
        << 0;
}

void TestFolderWatcher::watchedFolder()
{
    QFETCH(QStringList, before);
    QFETCH(QString, step);
    QFETCH(QString, outcome);
    QFETCH(QString, expected);
    QFETCH(int, rejectedLogged);

    FolderWatcher watcher(m_workspace);
    watcher.setDebounceInterval(50);
    QSignalSpy imported(&watcher, &FolderWatcher::fileImported);
    watcher.setFolders({m_folder});
    for (const QString &file : before) {
        const int colon = int(file.indexOf(QLatin1Char(':')));
        write(file.left(colon), file.mid(colon + 1).toUtf8());
        const int count = int(imported.count());
        watcher.scanNow();
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), count + 1, 20000);
        QCOMPARE(imported.last().at(0).value<ImportResult>().outcome,
                 ImportResult::Outcome::Imported);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isBusy(), 20000);
    QTest::qWait(100); // the debounce of setFolders has run
    const int count = int(imported.count());
    if (!step.isEmpty()) {
        const int colon = int(step.indexOf(QLatin1Char(':')));
        const QString path = write(step.left(colon), step.mid(colon + 1).toUtf8());
        // A later modification time, as a file saved again a moment later has.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(5 + count),
                              QFileDevice::FileModificationTime));
        f.close();
    }
    watcher.scanNow();
    if (outcome == QLatin1String("none")) {
        QTest::qWait(300);
        QCOMPARE(imported.count(), count);
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), count + 1, 20000);
        const ImportResult r = imported.last().at(0).value<ImportResult>();
        if (outcome == QLatin1String("imported")) {
            QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
            QVERIFY(r.batchId > 0);
        } else if (outcome == QLatin1String("already")) {
            QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
            QCOMPARE(r.batchId, 0);
            QVERIFY(!r.issues.isEmpty());
            QCOMPARE(r.issues.first().severity, ImportIssue::Severity::Info);
        } else {
            QCOMPARE(r.outcome, ImportResult::Outcome::Rejected);
            QVERIFY(hasErrors(r.issues));
            QCOMPARE(r.issues.first().file, step.left(int(step.indexOf(QLatin1Char(':')))));
            // The reason in words, as the status bar and the log show it.
            const QString reason = outcome.section(QLatin1Char(':'), 1);
            QVERIFY2(r.reason().contains(reason), qPrintable(r.reason()));
        }
        // The log of attempts, newest first.
        QVERIFY(!watcher.log().isEmpty());
        QCOMPARE(QFileInfo(watcher.log().first().path).fileName(),
                 step.left(int(step.indexOf(QLatin1Char(':')))));
        QCOMPARE(watcher.log().first().result.outcome, r.outcome);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.isBusy(), 20000);
    QCOMPARE(values(), expected);
    QCOMPARE(rejectedLogEntries(), rejectedLogged);
}

QTEST_GUILESS_MAIN(TestFolderWatcher)
#include "tst_folderwatcher.moc"
