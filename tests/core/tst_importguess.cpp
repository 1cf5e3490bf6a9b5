#include "import/importer.h"
#include "import/importplandata.h"
#include "import/kpiguess.h"
#include "storage/kpirepository.h"
#include "storage/ownerrepository.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

// What an import makes of a file beyond its values (issue 19): the definitions of the KPIs it
// creates (unit, decimals, direction from the cells and the KPI library, or as the user chose),
// names matched to existing KPIs under another name and remembered in the saved mapping,
// warnings about values that look wrong for a KPI, rows and headers the readers used to
// mis-treat, and owners created with the KPIs.
class TestImportGuess : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void guesses_data();
    void guesses();
    void libraryMatch_data();
    void libraryMatch();
    void userDefinitionsWin();
    void matchExisting_data();
    void matchExisting();
    void mappingByHeader();
    void unchangedImportKeepsMapping();
    void plausibility_data();
    void plausibility();
    void misreadRows_data();
    void misreadRows();
    void owners_data();
    void owners();

private:
    QString file(const QString &name, const QByteArray &content);
    static QString fixture(const QString &name)
    {
        return QStringLiteral(NEEDLE_TEST_DATA "/import/") + name;
    }
    void addKpi(const QString &key, const QString &name, Unit unit, Cadence cadence);
    static QString issuesText(const ImportIssues &issues, ImportIssue::Severity severity);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestImportGuess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("w.needle")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    addKpi(QStringLiteral("mrr"), QStringLiteral("MRR"), Unit::Count, Cadence::Monthly);
    addKpi(QStringLiteral("churn"), QStringLiteral("Churn Rate"), Unit::Percent, Cadence::Monthly);
}

void TestImportGuess::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

QString TestImportGuess::file(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportGuess::addKpi(const QString &key, const QString &name, Unit unit, Cadence cadence)
{
    Kpi k;
    k.key = key;
    k.name = name;
    k.unit = unit;
    k.cadence = cadence;
    QString error;
    QVERIFY2(m_ws->addKpi(&k, &error), qPrintable(error));
}

QString TestImportGuess::issuesText(const ImportIssues &issues, ImportIssue::Severity severity)
{
    QStringList lines;
    for (const ImportIssue &i : issues)
        if (i.severity == severity)
            lines << i.toString();
    return lines.join(QLatin1Char('\n'));
}

void TestImportGuess::guesses_data()
{
    QTest::addColumn<QString>("path"); // a fixture, or empty: csv below
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("library");
    const QByteArray none;
    QTest::newRow("percent_cells_library")
        << fixture(QStringLiteral("xlsx/percent-cells.xlsx")) << none << QStringLiteral("Churn %")
        << int(Unit::Percent) << 2 << int(Direction::LowerIsBetter)
        << QStringLiteral("customer_churn");
    QTest::newRow("currency_cells_cost_by_name")
        << fixture(QStringLiteral("xlsx/percent-cells.xlsx")) << none
        << QStringLiteral("Support cost") << int(Unit::Currency) << 2
        << int(Direction::LowerIsBetter) << QString();
    QTest::newRow("percent_text_library")
        << QString()
        << QByteArray("kpi,date,value\nConversion,2026-01-31,3.5 %\nConversion,2026-02-28,3.7 %\n")
        << QStringLiteral("Conversion") << int(Unit::Percent) << 1 << int(Direction::HigherIsBetter)
        << QStringLiteral("conversion_rate");
    QTest::newRow("plain_cells_library_unit")
        << QString()
        << QByteArray("kpi,date,value\nCSAT score,2026-01-31,86.3\nCSAT score,2026-02-28,87\n")
        << QStringLiteral("CSAT score") << int(Unit::Percent) << 1 << int(Direction::HigherIsBetter)
        << QStringLiteral("csat");
    QTest::newRow("unknown_plain_count")
        << QString()
        << QByteArray("kpi,date,value\nWidgets shipped,2026-01-31,12\nWidgets shipped,"
                      "2026-02-28,15\n")
        << QStringLiteral("Widgets shipped") << int(Unit::Count) << 0
        << int(Direction::HigherIsBetter) << QString();
    QTest::newRow("unit_column_wins")
        << QString()
        << QByteArray("kpi,date,value,unit\nCSAT,2026-01-31,4.4,score\nCSAT,2026-02-28,4.5,"
                      "score\n")
        << QStringLiteral("CSAT") << int(Unit::Score) << 1 << int(Direction::HigherIsBetter)
        << QStringLiteral("csat");
    QTest::newRow("many_decimals_library_decimals")
        << QString()
        << QByteArray("kpi,date,value\nMonthly churn,2026-01-31,2.4111888434943\nMonthly churn,"
                      "2026-02-28,2.3\n")
        << QStringLiteral("Monthly churn") << int(Unit::Percent) << 2
        << int(Direction::LowerIsBetter) << QStringLiteral("customer_churn");
}

void TestImportGuess::guesses()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, csv);
    QFETCH(QString, name);
    QFETCH(int, unit);
    QFETCH(int, decimals);
    QFETCH(int, direction);
    QFETCH(QString, library);
    if (path.isEmpty())
        path = file(QStringLiteral("guess.csv"), csv);
    ImportOptions o;
    o.createKpis = true;
    Importer importer(m_ws->connection());
    const ImportPlan plan = importer.plan(path, o);
    QVERIFY2(plan.canImport(), qPrintable(issuesText(plan.issues, ImportIssue::Severity::Error)));
    const auto found = std::find_if(plan.kpisToCreate.cbegin(), plan.kpisToCreate.cend(),
                                    [&](const NewKpi &k) { return k.name == name; });
    QVERIFY(found != plan.kpisToCreate.cend());
    QCOMPARE(int(found->unit), unit);
    QCOMPARE(found->decimals, decimals);
    QCOMPARE(int(found->direction), direction);
    QCOMPARE(found->libraryKey, library);
    if (found->unit == Unit::Currency)
        QVERIFY(Kpi::isValidKey(found->key) && found->currency.size() == 3);

    // Created as shown.
    const ImportResult r = importer.run(plan);
    QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
    const std::optional<Kpi> k = KpiRepository(m_ws->connection()).byKey(found->key);
    QVERIFY(k);
    QCOMPARE(int(k->unit), unit);
    QCOMPARE(k->decimals, decimals);
    QCOMPARE(int(k->direction), direction);
    QCOMPARE(k->currency, found->currency);
    QVERIFY(!k->isComputed());
}

void TestImportGuess::libraryMatch_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key"); // empty: no match
    QTest::newRow("abbreviation") << QStringLiteral("MRR") << QStringLiteral("mrr");
    QTest::newRow("full_name") << QStringLiteral("Net Promoter Score") << QStringLiteral("nps");
    QTest::newRow("alias_with_percent")
        << QStringLiteral("Churn %") << QStringLiteral("customer_churn");
    QTest::newRow("key_spelling") << QStringLiteral("dau_mau") << QStringLiteral("dau_mau");
    QTest::newRow("hyphenated") << QStringLiteral("Sign-ups") << QStringLiteral("signups");
    QTest::newRow("one_shared_word_is_not_enough") << QStringLiteral("Revenue") << QString();
    QTest::newRow("unrelated") << QStringLiteral("Coffee cups") << QString();
}

void TestImportGuess::libraryMatch()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    const std::optional<LibraryEntry> e = KpiGuess::libraryMatch(name);
    QCOMPARE(e ? e->kpi.key : QString(), key);
}

// The wizard's corrections are what is created.
void TestImportGuess::userDefinitionsWin()
{
    const QString path =
        file(QStringLiteral("edit.csv"), "kpi,date,value\nWidgets shipped,2026-01-31,12\n");
    ImportOptions o;
    o.createKpis = true;
    NewKpi edited;
    edited.unit = Unit::Currency;
    edited.currency = QStringLiteral("GBP");
    edited.decimals = 3;
    edited.direction = Direction::LowerIsBetter;
    o.kpiDefinitions.insert(QStringLiteral("widgets shipped"), edited);
    Importer importer(m_ws->connection());
    const ImportPlan plan = importer.plan(path, o);
    QCOMPARE(plan.kpisToCreate.size(), 1);
    QVERIFY(plan.kpisToCreate.at(0).edited);
    QCOMPARE(importer.run(plan).outcome, ImportResult::Outcome::Imported);
    const std::optional<Kpi> k =
        KpiRepository(m_ws->connection()).byKey(QStringLiteral("widgets_shipped"));
    QVERIFY(k);
    QCOMPARE(k->unit, Unit::Currency);
    QCOMPARE(k->currency, QStringLiteral("GBP"));
    QCOMPARE(k->decimals, 3);
    QCOMPARE(k->direction, Direction::LowerIsBetter);
}

// "Churn %" in the file is the workspace's "Churn Rate": matched once, remembered for the next
// file of the same shape (long: the KPI column's cells; wide: the column's header).
void TestImportGuess::matchExisting_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::newRow("long") << QByteArray("kpi,date,value\nChurn %,2026-01-31,2.4\nmrr,2026-01-31,"
                                        "100\n")
                          << QByteArray("kpi,date,value\nChurn %,2026-02-28,2.3\n");
    QTest::newRow("wide") << QByteArray("date,Churn %,mrr\n2026-01-31,2.4,100\n")
                          << QByteArray("date,Churn %,mrr\n2026-02-28,2.3,110\n");
}

void TestImportGuess::matchExisting()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    Importer importer(m_ws->connection());
    const QString path1 = file(QStringLiteral("churn_1.csv"), first);
    ImportPlan plan = importer.plan(path1, {});
    QCOMPARE(plan.unknownKpis, QStringList{QStringLiteral("Churn %")});
    QVERIFY(!plan.canImport());

    ImportOptions o;
    o.mapping = plan.mapping;
    o.mapping->kpiMatches.insert(ColumnMapping::kpiMatchName(QStringLiteral("  CHURN % ")),
                                 QStringLiteral("churn"));
    plan = importer.plan(path1, o);
    QVERIFY2(plan.canImport(), qPrintable(issuesText(plan.issues, ImportIssue::Severity::Error)));
    QVERIFY(plan.kpisToCreate.isEmpty());
    QVERIFY(plan.unknownKpis.isEmpty());
    QCOMPARE(importer.run(plan).outcome, ImportResult::Outcome::Imported);

    // The next month's file: the saved mapping matches it again, without being told.
    const QString path2 = file(QStringLiteral("churn_2.csv"), second);
    const ImportPlan again = importer.plan(path2, {});
    QVERIFY(again.savedMappingId > 0);
    QVERIFY2(again.canImport(), qPrintable(issuesText(again.issues, ImportIssue::Severity::Error)));
    QCOMPARE(again.mapping.kpiMatches.value(QStringLiteral("churn %")), QStringLiteral("churn"));
    QCOMPARE(importer.run(again).outcome, ImportResult::Outcome::Imported);
    const std::optional<Kpi> churn =
        KpiRepository(m_ws->connection()).byKey(QStringLiteral("churn"));
    QVERIFY(churn);
    QCOMPARE(KpiRepository(m_ws->connection()).all().size(), 2); // nothing created
}

// A saved mapping serves a file named otherwise with the same columns (dau_dec.csv's mapping
// reads dau_jan.csv), its matches included.
void TestImportGuess::mappingByHeader()
{
    Importer importer(m_ws->connection());
    const QString dec = file(QStringLiteral("dau_dec.csv"), "day,Users\n2026-12-01,5\n");
    ImportOptions o;
    o.mapping = importer.plan(dec, {}).mapping;
    o.mapping->kpiMatches.insert(QStringLiteral("users"), QStringLiteral("mrr"));
    QCOMPARE(importer.importFile(dec, o).outcome, ImportResult::Outcome::Imported);
    const QString jan = file(QStringLiteral("dau_jan.csv"), "day,Users\n2027-01-01,6\n");
    const ImportPlan plan = importer.plan(jan, {});
    QVERIFY(plan.savedMappingId > 0);
    QVERIFY2(plan.canImport(), qPrintable(issuesText(plan.issues, ImportIssue::Severity::Error)));
    // Another header is not served by it.
    const QString other = file(QStringLiteral("dau_feb.csv"), "day,Members\n2027-02-01,6\n");
    QCOMPARE(importer.plan(other, {}).savedMappingId, qint64(0));
}

// An import that changes no value still remembers the mapping the user confirmed.
void TestImportGuess::unchangedImportKeepsMapping()
{
    Importer importer(m_ws->connection());
    const QString path =
        file(QStringLiteral("churn_a.csv"), "kpi,date,value\nChurn %,2026-01-31,2\n");
    ImportOptions o;
    o.mapping = importer.plan(path, {}).mapping;
    o.mapping->kpiMatches.insert(QStringLiteral("churn %"), QStringLiteral("churn"));
    o.saveMapping = false;
    QVERIFY(importer.importFile(path, o).batchId > 0);
    o.saveMapping = true;
    const ImportResult again = importer.importFile(path, o);
    QCOMPARE(again.outcome, ImportResult::Outcome::Imported);
    QCOMPARE(again.batchId, qint64(0));
    const ImportPlan plan = importer.plan(path, {});
    QVERIFY(plan.savedMappingId > 0);
    QCOMPARE(plan.mapping.kpiMatches.value(QStringLiteral("churn %")), QStringLiteral("churn"));
}

void TestImportGuess::plausibility_data()
{
    QTest::addColumn<int>("unit"); // of the existing KPI "csat"
    QTest::addColumn<int>("cadence");
    QTest::addColumn<QByteArray>("stored"); // imported first
    QTest::addColumn<QByteArray>("incoming");
    QTest::addColumn<QString>("warning"); // part of the one warning expected; empty: none
    const QByteArray head("kpi,date,value\n");
    const QByteArray history = head
        + "csat,2026-01-31,86.3\ncsat,2026-02-28,85.1\n"
          "csat,2026-03-31,87\n";
    QTest::newRow("one_to_five_over_percent")
        << int(Unit::Percent) << int(Cadence::Monthly) << history
        << head + "csat,2026-01-31,4.36\ncsat,2026-02-28,4.3\ncsat,2026-03-31,4.4\n"
        << QStringLiteral("about 20 times smaller than those stored (typically 86.3)");
    QTest::newRow("fraction_under_percent")
        << int(Unit::Percent) << int(Cadence::Monthly) << head + "csat,2026-01-31,0.863\n"
        << head + "csat,2026-02-28,86.1\n"
        << QStringLiteral("about 100 times larger");
    QTest::newRow("same_scale_no_warning") << int(Unit::Percent) << int(Cadence::Monthly) << history
                                           << head + "csat,2026-04-30,88.2\ncsat,2026-05-31,89\n"
                                           << QString();
    QTest::newRow("daily_into_monthly")
        << int(Unit::Percent) << int(Cadence::Monthly) << QByteArray()
        << head + "csat,2026-04-01,86\ncsat,2026-04-02,87\ncsat,2026-04-03,85\n"
        << QStringLiteral("about 1 day(s) apart, but its cadence is Monthly");
    QTest::newRow("quarterly_into_monthly")
        << int(Unit::Percent) << int(Cadence::Monthly) << QByteArray()
        << head + "csat,2026-01-31,86\ncsat,2026-04-30,87\ncsat,2026-07-31,85\n"
        << QStringLiteral("the periods between them stay empty");
    QTest::newRow("percent_text_into_count")
        << int(Unit::Count) << int(Cadence::Monthly) << QByteArray()
        << head + "csat,2026-04-30,86 %\ncsat,2026-05-31,87 %\n"
        << QStringLiteral("are percentages, but CSAT is measured as");
    QTest::newRow("unit_column_differs")
        << int(Unit::Count) << int(Cadence::Monthly) << QByteArray()
        << QByteArray("kpi,date,value,unit\ncsat,2026-04-30,86,%\n")
        << QStringLiteral("gives CSAT the unit \"%\"");
}

void TestImportGuess::plausibility()
{
    QFETCH(int, unit);
    QFETCH(int, cadence);
    QFETCH(QByteArray, stored);
    QFETCH(QByteArray, incoming);
    QFETCH(QString, warning);
    addKpi(QStringLiteral("csat"), QStringLiteral("CSAT"), Unit(unit), Cadence(cadence));
    Importer importer(m_ws->connection());
    if (!stored.isEmpty()) {
        const ImportResult r = importer.importFile(file(QStringLiteral("old.csv"), stored), {});
        QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
    }
    const ImportPlan plan = importer.plan(file(QStringLiteral("new.csv"), incoming), {});
    QVERIFY2(plan.canImport(), qPrintable(issuesText(plan.issues, ImportIssue::Severity::Error)));
    const QString warnings = issuesText(plan.issues, ImportIssue::Severity::Warning);
    if (warning.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
        return;
    }
    QCOMPARE(plan.issues.size(), 1);
    QVERIFY2(warnings.contains(warning), qPrintable(warnings));
    // Named at the first value (or unit) cell of the KPI, so the preview marks that cell.
    QCOMPARE(plan.issues.at(0).row, qint64(2));
    QVERIFY(plan.issues.at(0).column >= 3);
}

void TestImportGuess::misreadRows_data()
{
    QTest::addColumn<QString>("path"); // a fixture, or empty: csv below
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("importable");
    QTest::addColumn<int>("values");
    QTest::addColumn<QString>("issue"); // the first issue, as text
    const QByteArray none;
    QTest::newRow("value_header_twice")
        << QString() << QByteArray("kpi,value,date,value\nmrr,1,2026-01-31,2\n") << false << 0
        << QStringLiteral("row 1, column D: The layout of the sheet is not clear: Columns B and "
                          "D both mean Value (both named \"value\")");
    QTest::newRow("wide_kpi_column_twice")
        << QString() << QByteArray("date,mrr,MRR \n2026-01-31,1,2\n") << false << 0
        << QStringLiteral("row 1, column C: The layout of the sheet is not clear: Columns B and "
                          "C are both named \"mrr\"");
    QTest::newRow("stray_cell_far_away")
        << fixture(QStringLiteral("hostile/stray-far-cell.xlsx")) << none << true << 2
        << QStringLiteral("row 1048576, column XFD: Only columns set to (ignore) have data in "
                          "this row; it was skipped.");
    QTest::newRow("remark_beside_the_table")
        << QString()
        << QByteArray("kpi,date,value,\nmrr,2026-01-31,1,\n,,,just a remark\nmrr,2026-02-28,2,\n")
        << true << 2
        << QStringLiteral("row 3, column D: Only columns set to (ignore) have data in this row; "
                          "it was skipped.");
}

void TestImportGuess::misreadRows()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, csv);
    QFETCH(bool, importable);
    QFETCH(int, values);
    QFETCH(QString, issue);
    if (path.isEmpty())
        path = file(QStringLiteral("misread.csv"), csv);
    Importer importer(m_ws->connection());
    const ImportPlan plan = importer.plan(path, {});
    QCOMPARE(plan.canImport(), importable);
    QVERIFY(!plan.issues.isEmpty());
    QVERIFY2(plan.issues.at(0).toString().contains(issue),
             qPrintable(plan.issues.at(0).toString()));
    QVERIFY2(plan.issues.at(0).toString().contains(QFileInfo(path).fileName()),
             qPrintable(plan.issues.at(0).toString()));
    QCOMPARE(plan.data ? int(plan.data->values.size()) : 0, values);
}

void TestImportGuess::owners_data()
{
    QTest::addColumn<bool>("createOwners");
    QTest::newRow("warned_once") << false;
    QTest::newRow("created") << true;
}

void TestImportGuess::owners()
{
    QFETCH(bool, createOwners);
    const QString path = file(QStringLiteral("owners.csv"),
                              "kpi,date,value,owner\nNew thing,2026-01-31,1,Ada Lovelace\n"
                              "New thing,2026-02-28,2,Ada Lovelace\nOther,2026-01-31,3,ada "
                              "lovelace\nmrr,2026-01-31,4,Grace\n");
    ImportOptions o;
    o.createKpis = true;
    o.createOwners = createOwners;
    Importer importer(m_ws->connection());
    const ImportPlan plan = importer.plan(path, o);
    QVERIFY(plan.canImport());
    QCOMPARE(plan.missingOwners, QStringList{QStringLiteral("Ada Lovelace")});
    const QString warnings = issuesText(plan.issues, ImportIssue::Severity::Warning);
    QCOMPARE(warnings.count(QLatin1String("Ada Lovelace")), createOwners ? 0 : 1);
    const ImportResult r = importer.run(plan);
    QCOMPARE(r.outcome, ImportResult::Outcome::Imported);
    QCOMPARE(r.ownersCreated.size(), createOwners ? 1 : 0);
    const QVector<Owner> owners = OwnerRepository(m_ws->connection()).all();
    QCOMPARE(owners.size(), createOwners ? 1 : 0);
    const QJsonArray created = r.toJson().value(QStringLiteral("kpis_created")).toArray();
    QCOMPARE(created.size(), 2);
    for (const QJsonValue &v : created) {
        const QJsonObject k = v.toObject();
        QCOMPARE(k.value(QStringLiteral("owner")).toString(),
                 createOwners ? QStringLiteral("Ada Lovelace") : QString());
        const std::optional<Kpi> kpi =
            KpiRepository(m_ws->connection()).byKey(k.value(QStringLiteral("key")).toString());
        QVERIFY(kpi);
        QCOMPARE(kpi->ownerId, createOwners ? owners.at(0).id : qint64(0));
    }
    QCOMPARE(r.summary().contains(QLatin1String("owner(s) created")), createOwners);
}

QTEST_GUILESS_MAIN(TestImportGuess)
#include "tst_importguess.moc"
