#include "import/importer.h"
#include "storage/importrepository.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "workspace/importcommand.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Needle;

// The import engine on real files and a real workspace file: layouts, KPI matching and
// creation, dry run, skipping invalid rows, re-import, undo-import, saved mappings, and that
// every rejected import leaves the workspace exactly as it was.
class TestImporter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void layouts_data();
    void layouts();
    void rejected_data();
    void rejected();
    void createKpis();
    void dryRunWritesNothing();
    void skipInvalid();
    void reimportUnchanged();
    void changedValuesAndUndo();
    void undoOrder();
    void savedMappingReused();
    void undoCommand();
    void undoCreatedKpis_data();
    void undoCreatedKpis();
    void cancel();
    void referencesChecked_data();
    void referencesChecked();

private:
    QString file(const QString &name, const QByteArray &content);
    QString dump() const; // every stored row that an import may touch
    QString values() const; // "key date value" lines
    QString kpiKeys() const; // "id:key" of every KPI
    ImportResult import(const QString &path, ImportOptions options = {}, bool dryRun = false);
    void addKpi(const QString &key, const QString &name);

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Workspace> m_ws;
    QString m_error;
};

void TestImporter::init()
{
    m_dir = new QTemporaryDir;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("w.needle")), &m_error);
    QVERIFY2(m_ws, qPrintable(m_error));
    addKpi(QStringLiteral("mrr"), QStringLiteral("Monthly Recurring Revenue"));
    addKpi(QStringLiteral("churn"), QStringLiteral("Churn Rate"));
    addKpi(QStringLiteral("nps"), QStringLiteral("Net Promoter Score"));
}

void TestImporter::cleanup()
{
    m_ws.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestImporter::addKpi(const QString &key, const QString &name)
{
    Kpi k;
    k.key = key;
    k.name = name;
    QVERIFY2(m_ws->addKpi(&k, &m_error), qPrintable(m_error));
}

QString TestImporter::file(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestImporter::values() const
{
    QStringList lines;
    QSqlQuery q(m_ws->connection());
    q.exec(QStringLiteral("SELECT k.key, m.date, m.value FROM measurement m JOIN kpi k ON k.id = "
                          "m.kpi_id ORDER BY k.key, m.date"));
    while (q.next())
        lines << QStringLiteral("%1 %2 %3")
                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return lines.join(QLatin1Char('\n'));
}

QString TestImporter::kpiKeys() const
{
    QStringList keys;
    QSqlQuery q(m_ws->connection());
    q.exec(QStringLiteral("SELECT id, key FROM kpi ORDER BY id"));
    while (q.next())
        keys << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
    return keys.join(QLatin1Char(' '));
}

QString TestImporter::dump() const
{
    QStringList lines;
    for (const char *table :
         {"kpi", "measurement", "import_batch", "replaced_value", "saved_mapping", "change_log"}) {
        QSqlQuery q(m_ws->connection());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << q.value(i).toString();
            lines << QLatin1String(table) + QLatin1Char(':') + fields.join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

ImportResult TestImporter::import(const QString &path, ImportOptions options, bool dryRun)
{
    Importer importer(m_ws->connection());
    return importer.importFile(path, options, dryRun);
}

void TestImporter::layouts_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("expected");
    const QString both = QStringLiteral("churn 2024-01-01 2.5\nchurn 2024-02-01 2.25\n"
                                        "mrr 2024-01-01 1000\nmrr 2024-02-01 1100.5");
    QTest::newRow("long") << QByteArray(
        "kpi,date,value\nmrr,2024-01-01,1000\nchurn,2024-01-01,2.5\n"
        "mrr,2024-02-01,1100.5\nchurn,2024-02-01,2.25\n")
                          << QStringLiteral("long") << both;
    QTest::newRow("long_synonyms_case_names") << QByteArray(
        " Metric ;PERIOD; Actual \nMonthly recurring revenue;2024-01;1000\nCHURN RATE;2024-01;2,5\n"
        "mrr;2024-02;1100,5\nChurn;2024-02;2,25\n")
                                              << QStringLiteral("long") << both;
    QTest::newRow("long_columns_reordered")
        << QByteArray("Value,Note,Date,KPI\n1000,,2024-01-01,mrr\n2.5,ok,2024-01-01,churn\n"
                      "1100.5,,2024-02-01,mrr\n2.25,,2024-02-01,churn\n")
        << QStringLiteral("long") << both;
    QTest::newRow("wide") << QByteArray(
        "Month,MRR,Churn Rate\n2024-01-01,1000,2.5\n2024-02-01,1100.5,2.25\n")
                          << QStringLiteral("wide") << both;
    QTest::newRow("wide_empty_cells") << QByteArray("date\tmrr\tchurn\n2024-01-01\t1000\t2.5\n"
                                                    "2024-02-01\t1100.5\t2.25\n2024-03-01\t\t\n")
                                      << QStringLiteral("wide") << both;
    QTest::newRow("transposed") << QByteArray(
        "KPI,2024-01-01,2024-02-01\nmrr,1000,1100.5\nchurn,2.5,2.25\n")
                                << QStringLiteral("transposed") << both;
    QTest::newRow("transposed_periods")
        << QByteArray("Metric;Q1 2024;Q2 2024\nnps;41;44\n") << QStringLiteral("transposed")
        << QStringLiteral("nps 2024-01-01 41\nnps 2024-04-01 44");
}

void TestImporter::layouts()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, layout);
    QFETCH(QString, expected);
    const ImportResult r = import(file(QStringLiteral("data.csv"), csv));
    QVERIFY2(r.ok(),
             qPrintable(r.issues.isEmpty() ? r.summary() : r.issues.constFirst().toString()));
    QCOMPARE(r.valuesWritten, qint64(expected.count(QLatin1Char('\n')) + 1));
    QCOMPARE(values(), expected);
    const std::optional<ImportBatch> b = ImportRepository(m_ws->connection()).batch(r.batchId);
    QVERIFY(b);
    QCOMPARE(b->layout, layout);
    QCOMPARE(b->fileName, QStringLiteral("data.csv"));
    QCOMPARE(
        b->sha256,
        QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));
    // Provenance: each value names its batch and source row.
    QSqlQuery q(m_ws->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT count(*) FROM measurement WHERE batch_id = %1 AND source_row >= 2")
            .arg(r.batchId)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), r.valuesWritten);
}

void TestImporter::rejected_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("unknown_kpi") << QByteArray(
        "kpi,date,value\nmrr,2024-01-01,1\nnope,2024-01-01,2\n")
                                 << qint64(3) << 1 << QStringLiteral("nope");
    QTest::newRow("bad_number") << QByteArray(
        "kpi,date,value\nmrr,2024-01-01,1\nmrr,2024-02-01,abc\n")
                                << qint64(3) << 3 << QStringLiteral("abc");
    QTest::newRow("impossible_date")
        << QByteArray("kpi,date,value\nmrr,2023-02-29,1\n") << qint64(2) << 2 << QString();
    QTest::newRow("ambiguous_date")
        << QByteArray("kpi,date,value\nmrr,03/04/2024,1\n") << qint64(2) << 2 << QString();
    QTest::newRow("conflicting_duplicate")
        << QByteArray("kpi,date,value\nmrr,2024-01-01,1\nchurn,2024-01-01,3\nMRR,2024-01-01,2\n")
        << qint64(4) << 3 << QStringLiteral("row 2");
    QTest::newRow("missing_kpi") << QByteArray("kpi,date,value\n,2024-01-01,1\n") << qint64(2) << 1
                                 << QString();
    QTest::newRow("no_data") << QByteArray("kpi,date,value\n") << qint64(0) << 0 << QString();
    QTest::newRow("wide_unknown_column") << QByteArray("date,mrr,bogus\n2024-01-01,1,2\n")
                                         << qint64(1) << 3 << QStringLiteral("bogus");
}

void TestImporter::rejected()
{
    QFETCH(QByteArray, csv);
    QFETCH(qint64, row);
    QFETCH(int, column);
    QFETCH(QString, messageContains);
    QVERIFY(import(file(QStringLiteral("seed.csv"), "kpi,date,value\nmrr,2023-12-01,5\n")).ok());
    const QString before = dump();
    const ImportResult r = import(file(QStringLiteral("bad.csv"), csv));
    QCOMPARE(r.outcome, ImportResult::Outcome::Rejected);
    QCOMPARE(r.batchId, qint64(0));
    QCOMPARE(dump(), before);
    bool found = false;
    for (const ImportIssue &i : r.issues) {
        if (i.severity != ImportIssue::Severity::Error)
            continue;
        QCOMPARE(i.file, QStringLiteral("bad.csv"));
        if (i.row == row && i.column == column && i.message.contains(messageContains))
            found = true;
    }
    QVERIFY2(found,
             qPrintable(r.issues.isEmpty() ? QStringLiteral("no issues")
                                           : r.issues.constFirst().toString()));
}

void TestImporter::createKpis()
{
    const QByteArray csv(
        "kpi,date,value,unit\nActive Users,2024-01-01,10,count\nActive Users,2024-01-08,12,count\n"
        "Active Users,2024-01-15,13,count\nConversion %,2024-01-01,3.5,%\nmrr,2024-01-01,7,EUR\n");
    const QString path = file(QStringLiteral("new.csv"), csv);
    const QString before = dump();
    QCOMPARE(import(path).outcome, ImportResult::Outcome::Rejected);
    QCOMPARE(dump(), before);
    ImportOptions o;
    o.createKpis = true;
    const ImportResult r = import(path, o);
    QVERIFY(r.ok());
    QCOMPARE(r.kpisCreated.size(), 2);
    QCOMPARE(r.kpisCreated.at(0).key, QStringLiteral("active_users"));
    QCOMPARE(r.kpisCreated.at(1).key, QStringLiteral("conversion"));
    KpiRepository kpis(m_ws->connection());
    QCOMPARE(kpis.byKey(QStringLiteral("active_users"))->cadence, Cadence::Weekly);
    QCOMPARE(kpis.byKey(QStringLiteral("conversion"))->unit, Unit::Percent);
    QCOMPARE(kpis.byKey(QStringLiteral("mrr"))->unit, Unit::Count); // existing KPIs untouched
    QCOMPARE(r.valuesWritten, qint64(5));
    // The wizard's checklist: only the KPIs chosen are created; the others are errors.
    o.createOnly = {QStringLiteral("Foo")};
    const ImportResult r2 = import(
        file(QStringLiteral("two.csv"), "kpi,date,value\nFoo,2024-01-01,1\nBar,2024-01-01,2\n"), o);
    QCOMPARE(r2.outcome, ImportResult::Outcome::Rejected);
}

void TestImporter::dryRunWritesNothing()
{
    QVERIFY(import(file(QStringLiteral("a.csv"), "kpi,date,value\nmrr,2024-01-01,1\n")).ok());
    const QString before = dump();
    const ImportResult r = import(file(QStringLiteral("b.csv"),
                                       "kpi,date,value\nmrr,2024-01-01,1\n"
                                       "mrr,2024-02-01,2\nnps,2024-01-01,40\n"),
                                  {}, true);
    QCOMPARE(r.outcome, ImportResult::Outcome::DryRun);
    QCOMPARE(r.valuesWritten, qint64(2));
    QCOMPARE(r.unchanged, qint64(1));
    QCOMPARE(dump(), before);

    Importer importer(m_ws->connection());
    const ImportPlan p = importer.plan(
        file(QStringLiteral("c.csv"), "kpi,date,value\nmrr,2024-01-01,5\nnps,2024-01-01,40\n"), {});
    QCOMPARE(p.changedValues, qint64(1));
    QCOMPARE(p.newValues, qint64(1));
    QCOMPARE(p.preview.size(), 2);
    QCOMPARE(p.preview.at(0).status, PreviewRow::Status::Changed);
    QCOMPARE(p.preview.at(0).oldValue.value_or(-1), 1.0);
    QCOMPARE(p.preview.at(1).status, PreviewRow::Status::New);
    QCOMPARE(dump(), before);
}

void TestImporter::skipInvalid()
{
    const QString path = file(QStringLiteral("mixed.csv"),
                              "kpi,date,value\nmrr,2024-01-01,1\nmrr,2024-13-01,2\n"
                              "nps,2024-01-01,x\nchurn,2024-01-01,3\n");
    const QString before = dump();
    QCOMPARE(import(path).outcome, ImportResult::Outcome::Rejected);
    QCOMPARE(dump(), before);
    ImportOptions o;
    o.skipInvalid = true;
    const ImportResult r = import(path, o);
    QVERIFY(r.ok());
    QCOMPARE(r.valuesWritten, qint64(2));
    QCOMPARE(r.skippedRows, qint64(2));
    QList<qint64> skipped;
    for (const ImportIssue &i : r.issues)
        skipped << i.row;
    QCOMPARE(skipped, (QList<qint64>{3, 4}));
    QCOMPARE(values(), QStringLiteral("churn 2024-01-01 3\nmrr 2024-01-01 1"));
}

void TestImporter::reimportUnchanged()
{
    const QString path =
        file(QStringLiteral("same.csv"), "kpi,date,value\nmrr,2024-01-01,1\nmrr,2024-02-01,2\n");
    const ImportResult first = import(path);
    QVERIFY(first.batchId > 0);
    const QString before = dump();
    const ImportResult again = import(path);
    QVERIFY(again.ok());
    QCOMPARE(again.valuesWritten, qint64(0));
    QCOMPARE(again.unchanged, qint64(2));
    QCOMPARE(again.batchId, qint64(0));
    QCOMPARE(dump(), before);
}

void TestImporter::changedValuesAndUndo()
{
    QVERIFY(m_ws->setValue(KpiRepository(m_ws->connection()).byKey(QStringLiteral("nps"))->id,
                           QDate(2024, 1, 1), 30, &m_error));
    const QString first = file(QStringLiteral("jan.csv"),
                               "kpi,date,value,note\nmrr,2024-01-01,1,first\nnps,2024-01-01,31,\n");
    const ImportResult a = import(first);
    QVERIFY(a.ok());
    const QString afterFirst = dump();
    const ImportResult b =
        import(file(QStringLiteral("fix.csv"),
                    "kpi,date,value\nmrr,2024-01-01,1.5\nmrr,2024-02-01,2\nnps,2024-01-01,31\n"));
    QCOMPARE(b.valuesWritten, qint64(2));
    QCOMPARE(b.unchanged, qint64(1));
    QCOMPARE(values(), QStringLiteral("mrr 2024-01-01 1.5\nmrr 2024-02-01 2\nnps 2024-01-01 31"));
    // The change is in the change log, old -> new.
    QSqlQuery q(m_ws->connection());
    QVERIFY(q.exec(
        QStringLiteral(
            "SELECT old_value, new_value FROM change_log WHERE entity = 'value' AND entity_id = %1")
            .arg(b.batchId)));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString().contains(QLatin1String("\"1\"")));
    QVERIFY(q.value(1).toString().contains(QLatin1String("1.5")));
    q.finish();

    QVector<Measurement> removed;
    qint64 kept = 0;
    QVERIFY2(undoImportBatch(m_ws->connection(), b.batchId, &removed, &kept, &m_error),
             qPrintable(m_error));
    QCOMPARE(removed.size(), 2);
    QCOMPARE(kept, qint64(0));
    // Exactly as before batch b: values, their batch, row and note.
    QStringList now = dump().split(QLatin1Char('\n'));
    QStringList then = afterFirst.split(QLatin1Char('\n'));
    auto noBookkeeping = [](QStringList l) {
        l.erase(std::remove_if(l.begin(), l.end(),
                               [](const QString &s) {
                                   return s.startsWith(QLatin1String("import_batch:"))
                                       || s.startsWith(QLatin1String("replaced_value:"))
                                       || s.startsWith(QLatin1String("change_log:"))
                                       || s.startsWith(QLatin1String("saved_mapping:"));
                               }),
                l.end());
        return l;
    };
    QCOMPARE(noBookkeeping(now), noBookkeeping(then));
    QVERIFY(ImportRepository(m_ws->connection()).batch(b.batchId)->undone);
    QVERIFY(!undoImportBatch(m_ws->connection(), b.batchId, &removed, &kept, &m_error));
    QVERIFY(m_error.contains(QLatin1String("already")));

    QVERIFY(undoImportBatch(m_ws->connection(), a.batchId, &removed, &kept, &m_error));
    QCOMPARE(values(), QStringLiteral("nps 2024-01-01 30")); // the typed-in value is back
}

void TestImporter::undoOrder()
{
    const ImportResult a =
        import(file(QStringLiteral("a.csv"), "kpi,date,value\nmrr,2024-01-01,1\n"));
    const ImportResult b =
        import(file(QStringLiteral("b.csv"), "kpi,date,value\nmrr,2024-01-01,2\n"));
    QVERIFY(a.batchId > 0 && b.batchId > a.batchId);
    const QString before = dump();
    QVector<Measurement> removed;
    qint64 kept = 0;
    QVERIFY(!undoImportBatch(m_ws->connection(), a.batchId, &removed, &kept, &m_error));
    QVERIFY(m_error.contains(QString::number(b.batchId)));
    QCOMPARE(dump(), before);
    QVERIFY(undoImportBatch(m_ws->connection(), b.batchId, &removed, &kept, &m_error));
    QCOMPARE(values(), QStringLiteral("mrr 2024-01-01 1"));
    QVERIFY(undoImportBatch(m_ws->connection(), a.batchId, &removed, &kept, &m_error));
    QCOMPARE(values(), QString());
    QVERIFY(!undoImportBatch(m_ws->connection(), 999, &removed, &kept, &m_error));
}

void TestImporter::savedMappingReused()
{
    // Headers detection cannot read: the user maps them once.
    const QByteArray header("Zeitraum|Kennung|Betrag\n");
    ColumnMapping m;
    m.layout = ImportLayout::Long;
    m.headerRow = 0;
    m.headers = {QStringLiteral("Zeitraum"), QStringLiteral("Kennung"), QStringLiteral("Betrag")};
    m.roles = {ColumnRole::Date, ColumnRole::Kpi, ColumnRole::Value};
    ImportOptions o;
    o.mapping = m;
    const ImportResult r =
        import(file(QStringLiteral("billing-2024-01.csv"), header + "2024-01-01|mrr|10\n"), o);
    QVERIFY2(r.ok(), qPrintable(r.issues.isEmpty() ? QString() : r.issues.constFirst().toString()));
    // Next month's file: same shape, new name: no questions.
    Importer importer(m_ws->connection());
    const ImportPlan p = importer.plan(
        file(QStringLiteral("billing-2024-02.csv"), header + "2024-02-01|mrr|11\n"), {});
    QVERIFY(p.savedMappingId > 0);
    QCOMPARE(p.mapping.roles, m.roles);
    QVERIFY(importer.run(p).ok());
    QCOMPARE(values(), QStringLiteral("mrr 2024-01-01 10\nmrr 2024-02-01 11"));
    // A file named otherwise with the same header is read the same way (issue 19, item 28:
    // dau_dec.csv's mapping serves dau_jan.csv); another header is not.
    const ImportPlan other =
        importer.plan(file(QStringLiteral("crm.csv"), header + "2024-03-01|mrr|12\n"), {});
    QVERIFY(other.savedMappingId > 0);
    QCOMPARE(other.mapping.roles, m.roles);
    const ImportPlan unlike = importer.plan(
        file(QStringLiteral("crm2.csv"), "Zeitraum|Kennung|Summe\n2024-03-01|mrr|12\n"), {});
    QCOMPARE(unlike.savedMappingId, qint64(0));
}

void TestImporter::undoCommand()
{
    const QString path =
        file(QStringLiteral("u.csv"), "kpi,date,value\nmrr,2024-01-01,1\nnewkpi,2024-01-01,2\n");
    ImportOptions o;
    o.createKpis = true;
    const ImportResult r = import(path, o);
    QVERIFY(r.ok());
    QSignalSpy reset(m_ws.get(), &Workspace::changed);
    const int count = m_ws->undoStack()->count();
    ImportCommand::pushImported(m_ws.get(), r.batchId, r.fileName, true);
    QCOMPARE(m_ws->undoStack()->count(), count + 1);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Import u.csv"));
    const QString imported = values();
    const QString kpisImported = kpiKeys();
    QVERIFY(kpisImported.endsWith(QLatin1String(":newkpi")));
    const auto kpisReset = [&reset] {
        int n = 0;
        for (const QList<QVariant> &args : reset)
            n += qvariant_cast<WorkspaceChange>(args.at(0)).isReset(WorkspaceChange::Record::Kpi);
        return n;
    };
    m_ws->undoStack()->undo();
    QCOMPARE(values(), QString());
    QVERIFY(!kpiKeys().contains(QLatin1String("newkpi"))); // the KPI the import created is gone
    m_ws->undoStack()->redo();
    QCOMPARE(values(), imported);
    QCOMPARE(kpiKeys(), kpisImported); // back, with its id
    m_ws->undoStack()->undo();
    QCOMPARE(values(), QString());
    QCOMPARE(reset.count(), 4); // import, undo, redo, undo: one event each
    QCOMPARE(kpisReset(), 4);
}

// undo-import takes back the KPIs the batch created when nothing else of them remains; a KPI
// the user has since given a target, values, a new definition or a place in a formula stays.
void TestImporter::undoCreatedKpis_data()
{
    QTest::addColumn<QString>("afterImport"); // SQL run after the import ("" for none)
    QTest::addColumn<bool>("removed");
    QTest::newRow("untouched_kpi_removed") << QString() << true;
    QTest::newRow("kpi_with_target_kept")
        << QStringLiteral("INSERT INTO target (kpi_id, value, effective_from) SELECT id, 5, "
                          "'2024-01-01' FROM kpi WHERE key = 'newkpi'")
        << false;
    QTest::newRow("kpi_with_values_typed_since_kept")
        << QStringLiteral("INSERT INTO measurement (kpi_id, date, value) SELECT id, '2024-03-01', "
                          "9 FROM kpi WHERE key = 'newkpi'")
        << false;
    QTest::newRow("kpi_named_in_a_formula_kept")
        << QStringLiteral("UPDATE kpi SET formula = 'newkpi * 2' WHERE key = 'churn'") << false;
    QTest::newRow("kpi_definition_edited_kept") << QStringLiteral(
        "INSERT INTO change_log (at, who, entity, entity_id, kpi_id, field, old_value, new_value) "
        "SELECT '2024-01-02T00:00:00Z', 'me', 'kpi', id, id, 'name', 'newkpi', 'New KPI' FROM kpi "
        "WHERE key = 'newkpi'") << false;
}

void TestImporter::undoCreatedKpis()
{
    QFETCH(QString, afterImport);
    QFETCH(bool, removed);
    const QString before = kpiKeys();
    ImportOptions o;
    o.createKpis = true;
    const ImportResult r = import(
        file(QStringLiteral("k.csv"), "kpi,date,value\nmrr,2024-01-01,1\nnewkpi,2024-01-01,2\n"),
        o);
    QVERIFY(r.ok());
    QCOMPARE(r.kpisCreated.size(), 1);
    if (!afterImport.isEmpty()) {
        QSqlQuery q(m_ws->connection());
        QVERIFY2(q.exec(afterImport), qPrintable(q.lastError().text()));
    }
    QVector<Measurement> values;
    QVector<Kpi> kpis;
    qint64 kept = 0;
    QVERIFY2(undoImportBatch(m_ws->connection(), r.batchId, &values, &kept, &m_error, &kpis),
             qPrintable(m_error));
    QCOMPARE(values.size(), 2);
    if (removed) {
        QCOMPARE(kpis.size(), 1);
        QCOMPARE(kpis.first().key, QStringLiteral("newkpi"));
        QCOMPARE(kpiKeys(), before);
        // And redone: the KPI with its id, then its value.
        QVERIFY2(redoImportBatch(m_ws->connection(), r.batchId, values, kpis, &m_error),
                 qPrintable(m_error));
        QCOMPARE(kpiKeys(), before + QStringLiteral(" %1:newkpi").arg(r.kpisCreated.first().id));
        QCOMPARE(this->values(), QStringLiteral("mrr 2024-01-01 1\nnewkpi 2024-01-01 2"));
    } else {
        QVERIFY(kpis.isEmpty());
        QVERIFY(kpiKeys().contains(QLatin1String("newkpi")));
    }
}

void TestImporter::cancel()
{
    QByteArray csv("kpi,date,value\n");
    for (int i = 0; i < 20000; ++i)
        csv += "mrr," + QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate).toLatin1() + ",1\n";
    const QString before = dump();
    std::atomic_bool stop{true};
    ImportProgress progress;
    progress.cancel = &stop;
    Importer importer(m_ws->connection());
    const ImportResult r =
        importer.importFile(file(QStringLiteral("big.csv"), csv), {}, false, progress);
    QCOMPARE(r.outcome, ImportResult::Outcome::Cancelled);
    QCOMPARE(dump(), before);
    // Cancelled while writing: the transaction is rolled back.
    const ImportPlan p = importer.plan(m_dir->filePath(QStringLiteral("big.csv")), {});
    QVERIFY(p.canImport());
    const ImportResult w = importer.run(p, progress);
    QCOMPARE(w.outcome, ImportResult::Outcome::Cancelled);
    QCOMPARE(dump(), before);
    stop = false;
    qint64 lastDone = 0;
    progress.report = [&](qint64 done, qint64) { lastDone = done; };
    QCOMPARE(importer.run(p, progress).valuesWritten, qint64(20000));
    QVERIFY(lastDone > 0);
}

// The import writes its values with SQLite's foreign keys off and checks its references
// itself: a KPI or an owner deleted between the plan and the write fails the import and
// leaves everything as it was, and foreign keys are on again afterwards either way.
void TestImporter::referencesChecked_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("deleteAfterPlan"); // SQL run between plan() and run()
    QTest::addColumn<bool>("imported");
    QTest::newRow("nothing deleted")
        << QByteArray("kpi,date,value,owner\nmrr,2024-01-01,1,\nNew KPI,2024-01-01,2,Ana\n")
        << QString() << true;
    QTest::newRow("the KPI of the values deleted")
        << QByteArray("kpi,date,value\nmrr,2024-01-01,1\nchurn,2024-01-01,2\n")
        << QStringLiteral("DELETE FROM kpi WHERE key = 'churn'") << false;
    QTest::newRow("the owner of a KPI to create deleted")
        << QByteArray("kpi,date,value,owner\nNew KPI,2024-01-01,2,Ana\n")
        << QStringLiteral("DELETE FROM owner WHERE name = 'Ana'") << false;
}

void TestImporter::referencesChecked()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, deleteAfterPlan);
    QFETCH(bool, imported);
    QSqlQuery q(m_ws->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO owner (name) VALUES ('Ana')")));
    ImportOptions o;
    o.createKpis = true;
    o.compareWithStored = false;
    Importer importer(m_ws->connection());
    const ImportPlan plan = importer.plan(file(QStringLiteral("refs.csv"), csv), o);
    QVERIFY(plan.canImport());
    if (!deleteAfterPlan.isEmpty())
        QVERIFY(q.exec(deleteAfterPlan));
    const QString before = dump();
    const ImportResult r = importer.run(plan);
    QCOMPARE(r.ok(), imported);
    if (imported) {
        QCOMPARE(r.valuesWritten, qint64(2));
    } else {
        QCOMPARE(r.outcome, ImportResult::Outcome::Failed);
        QVERIFY(r.issues.constLast().message.contains(QLatin1String("FOREIGN KEY")));
        QCOMPARE(dump(), before);
    }
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
