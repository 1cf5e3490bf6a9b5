#include "safetyfixture.h"

#include "import/importer.h"
#include "storage/database.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace SafetyFixture;
using namespace Needle;

// Issue 14, items 6 and 7 and the messages about other writers: several files of one import
// are one transaction; a reader sees one snapshot while a writer process commits; a held lock
// and a KPI created meanwhile by another import are handled in words, not SQLite's.
class TestConcurrentAccess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void multiFileImportIsOneTransaction();
    void exportDuringImportIsOneSnapshot();
    void lockHeldByAnotherProgram_data();
    void lockHeldByAnotherProgram();
    void kpiCreatedMeanwhileIsMatched();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestConcurrentAccess::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

// a.csv fits on the disk, b.csv does not: before, a.csv was committed and the command said
// "Nothing was written". Now neither is.
void TestConcurrentAccess::multiFileImportIsOneTransaction()
{
    const QString dir = path(QStringLiteral("small-disk"));
    SafetyFixture::Tmpfs tmpfs(dir, "size=2m");
    if (!tmpfs.mounted())
        QSKIP("Mounting a small tmpfs is not permitted here (needs root); CI runs as root.");
    const QString ws = dir + QStringLiteral("/w.needle");
    QCOMPARE(needle({QStringLiteral("new"), ws}).status, 0);
    const QString a = path(QStringLiteral("a.csv"));
    QVERIFY(writeFile(a, "kpi,date,value\nsmall,2024-01-01,1\nsmall,2024-01-02,2\n"));
    QByteArray big = "kpi,date,value\n";
    const QDate start(1990, 1, 1);
    for (int i = 0; i < 60000; ++i)
        big += "big," + start.addDays(i).toString(Qt::ISODate).toLatin1() + ','
            + QByteArray::number(i * 1.000123, 'g', 17) + '\n';
    const QString b = path(QStringLiteral("b.csv"));
    QVERIFY(writeFile(b, big));
    const Run r = needle({QStringLiteral("import"), ws, a, b, QStringLiteral("--create-kpis"),
                          QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("Nothing was written"), r.err.constData());
    QVERIFY2(r.err.contains("full"), r.err.constData());
    const Run csv = needle({QStringLiteral("export-csv"), ws});
    QCOMPARE(csv.status, 0);
    QCOMPARE(csv.out, QByteArray("kpi,period,value\n")); // a.csv was not committed either
}

// A writer process imports two versions of 3,000 values over and over while export-csv runs:
// every export shows one version whole, never a mix (each KPI used to be read on its own).
void TestConcurrentAccess::exportDuringImportIsOneSnapshot()
{
    const QString ws = path(QStringLiteral("busy.needle"));
    QCOMPARE(needle({QStringLiteral("new"), ws}).status, 0);
    const int kpis = 3000;
    for (int version = 1; version <= 2; ++version) {
        QByteArray csv = "kpi,date,value\n";
        for (int k = 0; k < kpis; ++k)
            csv += "k" + QByteArray::number(k).rightJustified(5, '0') + ",2024-01-01,"
                + QByteArray::number(version) + '\n';
        QVERIFY(writeFile(path(QStringLiteral("v%1.csv").arg(version)), csv));
    }
    QCOMPARE(needle({QStringLiteral("import"), ws, path(QStringLiteral("v1.csv")),
                     QStringLiteral("--create-kpis")})
                 .status,
             0);
    QProcess writer;
    writer.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"),
                  QStringLiteral("for i in $(seq 1 20); do \"$0\" import \"$1\" \"$2\" >/dev/null "
                                 "2>&1; \"$0\" import \"$1\" \"$3\" >/dev/null 2>&1; done"),
                  QStringLiteral(NEEDLE_BINARY), ws, path(QStringLiteral("v2.csv")),
                  path(QStringLiteral("v1.csv"))});
    QVERIFY(writer.waitForStarted());
    int runs = 0;
    int mixed = 0;
    QElapsedTimer timer;
    timer.start();
    // Twelve exports while imports commit in a loop; running until the writer ends (40 imports)
    // took 50 s of the suite.
    while (writer.state() != QProcess::NotRunning && runs < 12 && timer.elapsed() < 40000) {
        const Run r = needle({QStringLiteral("export-csv"), ws});
        QCOMPARE(r.status, 0);
        QSet<QByteArray> versions;
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), kpis + 1);
        for (const QByteArray &line : lines.mid(1))
            versions.insert(line.mid(line.lastIndexOf(',') + 1));
        mixed += versions.size() > 1;
        ++runs;
    }
    writer.kill();
    writer.waitForFinished();
    qInfo("%d exports while the writer ran", runs);
    QVERIFY(runs >= 5);
    QVERIFY2(
        mixed == 0,
        qPrintable(
            QStringLiteral("%1 of %2 exports mixed the old and new state").arg(mixed).arg(runs)));
}

void TestConcurrentAccess::lockHeldByAnotherProgram_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("@ws"),
                                           QStringLiteral("@csv")};
    QTest::newRow("import_two_files")
        << QStringList{QStringLiteral("import"), QStringLiteral("@ws"), QStringLiteral("@csv"),
                       QStringLiteral("@csv")};
}

// Another program holds the write lock past the busy timeout: the message says so in words.
void TestConcurrentAccess::lockHeldByAnotherProgram()
{
    QFETCH(QStringList, args);
    const QString ws = path(QStringLiteral("locked.needle"));
    QFile::remove(ws);
    QCOMPARE(needle({QStringLiteral("new"), ws}).status, 0);
    const QString csv = path(QStringLiteral("locked.csv"));
    QVERIFY(writeFile(csv, "kpi,date,value\nx,2024-01-01,1\n"));
    args.replaceInStrings(QStringLiteral("@ws"), ws);
    args.replaceInStrings(QStringLiteral("@csv"), csv);
    args << QStringLiteral("--create-kpis") << QStringLiteral("--lang") << QStringLiteral("en");
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(ws);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")));
        const Run r = needle(args);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        db.close();
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("Another Needle or another program is writing"), r.err.constData());
        QVERIFY2(!r.err.contains("database is locked"), r.err.constData());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

// Two imports create the same KPI at once: the second matches the one the first created
// (inside its write transaction) instead of failing on "UNIQUE constraint failed: kpi.key".
void TestConcurrentAccess::kpiCreatedMeanwhileIsMatched()
{
    const QString ws = path(QStringLiteral("race.needle"));
    QString error;
    {
        auto created = Database::open(ws, Database::Mode::CreateNew, &error);
        QVERIFY2(created, qPrintable(error));
    }
    const QString csv = path(QStringLiteral("race.csv"));
    QVERIFY(writeFile(csv, "kpi,date,value\nNew Signups,2024-01-01,5\nNew Signups,2024-02-01,6\n"));
    auto first = Database::open(ws, Database::Mode::OpenExisting, &error);
    auto second = Database::open(ws, Database::Mode::OpenExisting, &error);
    QVERIFY2(first && second, qPrintable(error));
    ImportOptions options;
    options.createKpis = true;
    Importer importer(first->connection());
    const ImportPlan plan = importer.plan(csv, options);
    QVERIFY(plan.canImport());
    QCOMPARE(plan.kpisToCreate.size(), 1);
    // Meanwhile the other import creates the KPI and commits.
    const ImportResult other = Importer(second->connection()).importFile(csv, options);
    QVERIFY(other.ok());
    const ImportResult r = importer.run(plan);
    QVERIFY2(r.ok(), r.issues.isEmpty() ? "" : qPrintable(r.issues.constFirst().message));
    QCOMPARE(r.kpisCreated.size(), 0);
    QCOMPARE(KpiRepository(first->connection()).all().size(), 1);
    const auto kpi = KpiRepository(first->connection()).byKey(plan.kpisToCreate.at(0).key);
    QVERIFY(kpi);
    QCOMPARE(MeasurementRepository(first->connection()).series(kpi->id).size(), 2);
}

QTEST_GUILESS_MAIN(TestConcurrentAccess)
#include "tst_concurrentaccess.moc"
