#include "analysis/workspaceanalyzer.h"
#include "demo/demoworkspace.h"
#include "models/benchmarkmodel.h"
#include "models/kpifilterproxymodel.h"
#include "models/kpitablemodel.h"
#include "models/measurementtablemodel.h"
#include "models/ownermodel.h"
#include "models/reviewnotemodel.h"
#include "models/roles.h"
#include "models/targetmodel.h"
#include "storage/kpirepository.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace Needle;

// Every model under QAbstractItemModelTester while the workspace changes under it, and the
// promise that a one-row change is a one-row signal, not a reset.
class TestModels : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void kpiTable();
    void kpiTableStatus_data();
    void kpiTableStatus();
    void filterProxy_data();
    void filterProxy();
    void measurements();
    void owners();
    void targetsAndBenchmarks();
    void notes();

private:
    qint64 kpiId(const QString &key) { return KpiRepository(m_ws->connection()).byKey(key)->id; }
    std::unique_ptr<Workspace> m_ws;
    QString m_error;
};

void TestModels::init()
{
    m_ws = Workspace::createInMemory(&m_error);
    QVERIFY2(m_ws, qPrintable(m_error));
    QVERIFY2(DemoWorkspace::fill(m_ws->connection(), QDate(2026, 11, 21), &m_error),
             qPrintable(m_error));
}

void TestModels::kpiTable()
{
    KpiTableModel model(m_ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 21);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    Kpi k = *KpiRepository(m_ws->connection()).byKey(QStringLiteral("nps"));
    k.name = QStringLiteral("NPS (all customers)");
    QVERIFY(m_ws->updateKpi(k, &m_error));
    QCOMPARE(changed.count(), 1);
    const int row = model.rowOf(k.id);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(model.index(row, KpiTableModel::NameColumn).data().toString(), k.name);

    // Latest value and period are the analysis's: pending until it arrives.
    QVERIFY(!model.index(row, 0).data(LatestValueRole).isValid());
    QCOMPARE(model.index(row, KpiTableModel::LatestColumn).data().toString(),
             QStringLiteral("pending"));
    WorkspaceAnalyzer analyzer(m_ws.get());
    analyzer.setAsOf(QDate(2026, 11, 21));
    model.setAnalyzer(&analyzer);
    analyzer.waitForFinished();
    changed.clear();
    QVERIFY(m_ws->setValue(k.id, QDate(2026, 10, 1), 55, &m_error));
    analyzer.waitForFinished();
    QCOMPARE(model.index(row, 0).data(LatestDateRole).toDate(), QDate(2026, 10, 1));
    QCOMPARE(model.index(row, 0).data(LatestValueRole).toDouble(),
             analyzer.analysis(k.id)->latest->value);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &args : std::as_const(changed))
        QCOMPARE(args.at(0).toModelIndex().row(), row);

    Kpi added;
    added.key = QStringLiteral("support_tickets");
    added.name = QStringLiteral("Support tickets");
    QVERIFY(m_ws->addKpi(&added, &m_error));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 22);
    m_ws->undoStack()->undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 21);
    QCOMPARE(reset.count(), 0);
}

void TestModels::kpiTableStatus_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("latest");
    QTest::addColumn<QString>("status");
    // Targets from the demo: churn 2.5 lower-is-better with 10% tolerance; csat 85 (5%);
    // R&D spend a 15-25 band; feature adoption has no target.
    QTest::newRow("lower_is_better_met")
        << QStringLiteral("customer_churn") << 2.4 << QStringLiteral("on_track");
    QTest::newRow("lower_is_better_at_risk")
        << QStringLiteral("customer_churn") << 2.7 << QStringLiteral("at_risk");
    QTest::newRow("lower_is_better_off")
        << QStringLiteral("customer_churn") << 3.5 << QStringLiteral("off_track");
    QTest::newRow("higher_is_better_met")
        << QStringLiteral("csat") << 86.0 << QStringLiteral("on_track");
    QTest::newRow("higher_is_better_off")
        << QStringLiteral("csat") << 70.0 << QStringLiteral("off_track");
    QTest::newRow("band_inside") << QStringLiteral("rnd_spend_ratio") << 20.0
                                 << QStringLiteral("on_track");
    QTest::newRow("band_outside") << QStringLiteral("rnd_spend_ratio") << 40.0
                                  << QStringLiteral("off_track");
    QTest::newRow("no_target") << QStringLiteral("feature_adoption") << 20.0
                               << QStringLiteral("no_target");
}

void TestModels::kpiTableStatus()
{
    QFETCH(QString, key);
    QFETCH(double, latest);
    QFETCH(QString, status);
    KpiTableModel model(m_ws.get());
    WorkspaceAnalyzer analyzer(m_ws.get());
    analyzer.setAsOf(QDate(2027, 1, 5)); // December is the latest complete month
    model.setAnalyzer(&analyzer);
    const qint64 id = kpiId(key);
    QVERIFY(m_ws->setValue(id, QDate(2026, 12, 1), latest, &m_error));
    analyzer.waitForFinished();
    QCOMPARE(model.index(model.rowOf(id), 0).data(LatestValueRole).toDouble(), latest);
    QCOMPARE(model.index(model.rowOf(id), 0).data(StatusRole).toString(), status);
}

void TestModels::filterProxy_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("rows");
    QTest::newRow("none") << QString() << 21;
    QTest::newRow("text_name") << QStringLiteral("churn") << 2; // the two churn rates
    QTest::newRow("category_internal") << QStringLiteral("category:internal") << 3;
    QTest::newRow("without_owner") << QStringLiteral("owner:none") << 1;
    QTest::newRow("tag_board") << QStringLiteral("tag:board") << 7; // the financial KPIs
}

void TestModels::filterProxy()
{
    QFETCH(QString, filter);
    QFETCH(int, rows);
    KpiTableModel model(m_ws.get());
    KpiFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (filter.startsWith(QLatin1String("category:"))) {
        Category c;
        QVERIFY(parse(filter.mid(9), &c));
        proxy.setCategory(c);
    } else if (filter == QLatin1String("owner:none")) {
        proxy.setOwnerId(-1);
    } else if (filter.startsWith(QLatin1String("tag:"))) {
        proxy.setTag(filter.mid(4));
    } else {
        proxy.setText(filter);
    }
    QCOMPARE(proxy.rowCount(), rows);
    proxy.sort(KpiTableModel::LatestColumn);
}

void TestModels::measurements()
{
    MeasurementTableModel model(m_ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 id = kpiId(QStringLiteral("nps"));
    model.setKpi(id);
    QCOMPARE(model.rowCount(), 35);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex value = model.index(3, MeasurementTableModel::ValueColumn);
    QVERIFY(model.flags(value) & Qt::ItemIsEditable);
    QVERIFY(model.setData(value, 12.0, Qt::EditRole));
    QCOMPARE(value.data(ValueRole).toDouble(), 12.0);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!model.setData(value, QStringLiteral("twelve"), Qt::EditRole));
    QVERIFY(!model.lastError().isEmpty());
    m_ws->undoStack()->undo();
    QVERIFY(value.data(ValueRole).toDouble() != 12.0);
    QVERIFY(m_ws->setValue(id, QDate(2030, 1, 1), 50, &m_error));
    QCOMPARE(model.rowCount(), 36);
    QCOMPARE(model.index(35, 0).data(DateRole).toDate(), QDate(2030, 1, 1));
    QCOMPARE(reset.count(), 0);
    // A computed KPI's values are not editable.
    model.setKpi(kpiId(QStringLiteral("arr")));
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::owners()
{
    OwnerModel model(m_ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(model.setData(model.index(0, OwnerModel::TeamColumn), QStringLiteral("Platform"),
                          Qt::EditRole));
    QCOMPARE(model.index(0, OwnerModel::TeamColumn).data().toString(), QStringLiteral("Platform"));
    Owner o;
    o.name = QStringLiteral("Zoe Young");
    QVERIFY(m_ws->addOwner(&o, &m_error));
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(m_ws->removeOwner(o.id, &m_error));
    QCOMPARE(model.rowCount(), 6);
}

void TestModels::targetsAndBenchmarks()
{
    TargetModel targets(m_ws.get());
    BenchmarkModel benchmarks(m_ws.get());
    QAbstractItemModelTester t1(&targets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&benchmarks,
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 mrr = kpiId(QStringLiteral("mrr"));
    targets.setKpi(mrr);
    QCOMPARE(targets.rowCount(), 2); // time-phased
    Target t;
    t.kpiId = mrr;
    t.value = 400000;
    t.effectiveFrom = QDate(2027, 1, 1);
    QVERIFY(m_ws->addTarget(&t, &m_error));
    QCOMPARE(targets.rowCount(), 3);
    const qint64 gm = kpiId(QStringLiteral("gross_margin"));
    benchmarks.setKpi(gm);
    QCOMPARE(benchmarks.rowCount(), 2);
    QVERIFY(m_ws->removeBenchmark(benchmarks.index(0, 0).data(IdRole).toLongLong(), &m_error));
    QCOMPARE(benchmarks.rowCount(), 1);
}

void TestModels::notes()
{
    ReviewNoteModel model(m_ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 11, 21));
    QCOMPARE(model.rowCount(), 8);
    int overdue = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        overdue += model.index(r, 0).data(OverdueRole).toBool();
    QCOMPARE(overdue, 1);
    model.setScope(ReviewNoteModel::Scope::Kpi, kpiId(QStringLiteral("cac")));
    QCOMPARE(model.rowCount(), 2);
    int actionRow = model.index(0, 0).data(KindRole).toString() == QLatin1String("action") ? 0 : 1;
    const QModelIndex done = model.index(actionRow, ReviewNoteModel::DoneColumn);
    QVERIFY(model.flags(done) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(done, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(done.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!done.data(OverdueRole).toBool());
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
