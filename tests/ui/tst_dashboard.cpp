#include "dashboard/dashboardmodel.h"
#include "dashboard/dashboardview.h"
#include "analysis/workspaceanalyzer.h"
#include "dashboardfixture.h"
#include "demo/demoworkspace.h"
#include "models/roles.h"
#include "storage/kpirepository.h"
#include "storage/reviewrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace Needle;

namespace {
QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

// The dashboard's tiles for a workspace known by hand, its filters, grouping, period and
// keyboard navigation.
class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void tileContent_data();
    void tileContent();
    void filters_data();
    void filters();
    void grouping();
    void period();
    void followsEdits();
    void keyboard();
    void analysisOnDemo();
    void overdueActionsOnDemo_data();
    void overdueActionsOnDemo();
    void overdueActionDone();

private:
    QStringList shownKeys(const DashboardModel &model) const;
    // Tiles take their headline from the analysis (issue 15): attach it and wait for it.
    void analyse(DashboardModel *model);
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<WorkspaceAnalyzer> m_analyzer;
    const QDate m_asOf{2026, 11, 21};
};

void TestDashboard::init()
{
    m_analyzer.reset();
    m_ws = DashboardFixture::make();
    m_analyzer = std::make_unique<WorkspaceAnalyzer>(m_ws.get());
}

void TestDashboard::analyse(DashboardModel *model)
{
    model->setAnalyzer(m_analyzer.get());
    m_analyzer->waitForFinished();
    QCoreApplication::processEvents();
}

QStringList TestDashboard::shownKeys(const DashboardModel &model) const
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        if (const Tile *t = model.tileAt(row))
            keys << t->kpi.key;
    keys.sort();
    return keys;
}

void TestDashboard::tileContent_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("goodness");
    QTest::newRow("currency_at_risk") << "revenue"
                                      << "€960"
                                      << "at_risk"
                                      << "Target €1,000"
                                      << "▲ 6.7 % vs previous month · better" << 1;
    QTest::newRow("percent_lower_is_better") << "churn"
                                             << "2.5 %"
                                             << "off_track"
                                             << "Target 2.0 %"
                                             << "▼ 0.5 pts vs previous month · better" << 1;
    QTest::newRow("daily_sum_unchanged") << "signups"
                                         << "10"
                                         << "no_target"
                                         << "No target"
                                         << "= 0.0 % vs previous day" << 0;
    QTest::newRow("computed_after_rollup") << "ratio"
                                           << "3.10"
                                           << "no_target"
                                           << "No target"
                                           << "" << 0;
}

void TestDashboard::tileContent()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, status);
    QFETCH(QString, target);
    QFETCH(QString, change);
    QFETCH(int, goodness);
    DashboardModel model(m_ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setAsOf(m_asOf);
    analyse(&model);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r).data(KeyRole).toString() == key)
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex idx = model.index(row);
    QCOMPARE(idx.data(DashboardModel::ValueTextRole).toString(), value);
    QCOMPARE(idx.data(StatusRole).toString(), status);
    QCOMPARE(idx.data(DashboardModel::TargetTextRole).toString(), target);
    QCOMPARE(idx.data(DashboardModel::ChangeTextRole).toString(), change);
    QCOMPARE(idx.data(DashboardModel::ChangeGoodnessRole).toInt(), goodness);
    QVERIFY(idx.data(Qt::AccessibleTextRole).toString().contains(value));
    QVERIFY(idx.flags() & Qt::ItemIsSelectable);
}

void TestDashboard::filters_data()
{
    QTest::addColumn<QString>("combo");
    QTest::addColumn<QString>("choice"); // item data
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("none") << ""
                          << ""
                          << "" << words("churn ratio revenue signups");
    QTest::newRow("category") << "categoryCombo"
                              << "financial"
                              << "" << words("ratio revenue");
    QTest::newRow("status") << "statusCombo"
                            << "off_track"
                            << "" << words("churn");
    QTest::newRow("tag") << "tagCombo"
                         << "growth"
                         << "" << words("signups");
    QTest::newRow("owner") << "ownerCombo"
                           << "Ana"
                           << "" << words("revenue signups");
    QTest::newRow("no_owner") << "ownerCombo"
                              << "-1"
                              << "" << words("churn ratio");
    QTest::newRow("text_by_key") << ""
                                 << ""
                                 << "chur" << words("churn");
    QTest::newRow("text_by_owner") << ""
                                   << ""
                                   << "ana" << words("revenue signups");
    QTest::newRow("text_and_category") << "categoryCombo"
                                       << "financial"
                                       << "signup" << words("ratio");
}

void TestDashboard::filters()
{
    QFETCH(QString, combo);
    QFETCH(QString, choice);
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    DashboardView view(m_ws.get(), m_analyzer.get());
    view.model()->setAsOf(m_asOf);
    m_analyzer->waitForFinished();
    QCoreApplication::processEvents();
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (!combo.isEmpty()) {
        auto *c = view.findChild<QComboBox *>(combo);
        QVERIFY(c);
        int at = c->findData(choice);
        if (at < 0) // owners are listed by name, their data is the id
            at = c->findText(choice);
        if (at < 0)
            at = c->findData(choice.toLongLong());
        QVERIFY2(at >= 0, qPrintable(choice));
        c->setCurrentIndex(at);
    }
    view.findChild<QLineEdit *>(QStringLiteral("filterText"))->setText(text);
    QCOMPARE(shownKeys(*view.model()), keys);
}

void TestDashboard::grouping()
{
    DashboardModel model(m_ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAsOf(m_asOf);
    analyse(&model);
    model.setGrouping(DashboardModel::Grouping::Status);
    QStringList headers;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r).data(DashboardModel::KindRole).toInt()
            == int(DashboardModel::Kind::Header)) {
            headers << model.index(r).data().toString();
            QCOMPARE(model.flags(model.index(r)), Qt::NoItemFlags);
        }
    // Worst first.
    QCOMPARE(headers,
             (QStringList{displayName(Status::OffTrack), displayName(Status::AtRisk),
                          displayName(Status::NoTarget)}));
    model.setGrouping(DashboardModel::Grouping::None);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.tileCount(), 4);
}

void TestDashboard::period()
{
    DashboardModel model(m_ws.get());
    model.setAsOf(m_asOf);
    analyse(&model);
    const qint64 signups = KpiRepository(m_ws->connection()).byKey(QStringLiteral("signups"))->id;
    auto sparkOf = [&] {
        return model.index(model.rowOfKpi(signups)).data(DashboardModel::SparklineRole).toList();
    };
    DashboardPeriod p;
    p.preset = DashboardPeriod::Preset::Last30Days; // 23 Oct to 21 Nov, daily
    model.setPeriod(p);
    QCOMPARE(sparkOf().size(), 30);
    p.granularity = Granularity::Week; // ISO weeks starting 19 Oct to 16 Nov: 5 of them
    model.setPeriod(p);
    QCOMPARE(sparkOf().size(), 5);
    QCOMPARE(sparkOf().first().toDouble(), 70.0);
    p.preset = DashboardPeriod::Preset::Custom;
    p.customFrom = QDate(2026, 10, 1);
    p.customTo = QDate(2026, 10, 31);
    p.granularity = Granularity::Month;
    model.setPeriod(p);
    QCOMPARE(sparkOf().size(), 1);
    QCOMPARE(sparkOf().first().toDouble(), 310.0);
    // The headline is the analysis as of the custom window's last day, not the data's.
    m_analyzer->waitForFinished();
    QCoreApplication::processEvents();
    QCOMPARE(m_analyzer->asOf(), QDate(2026, 10, 31));
    QCOMPARE(model.index(model.rowOfKpi(signups)).data(LatestDateRole).toDate(),
             QDate(2026, 10, 31));
}

void TestDashboard::followsEdits()
{
    DashboardModel model(m_ws.get());
    model.setAsOf(m_asOf);
    analyse(&model);
    const qint64 churn = KpiRepository(m_ws->connection()).byKey(QStringLiteral("churn"))->id;
    QString error;
    // October: the latest complete month on 21 November.
    QVERIFY2(m_ws->setValue(churn, QDate(2026, 10, 1), 1.5, &error), qPrintable(error));
    QSignalSpy reloaded(&model, &DashboardModel::reloaded);
    QVERIFY(reloaded.wait(2000));
    m_analyzer->waitForFinished();
    QCoreApplication::processEvents();
    QCOMPARE(model.index(model.rowOfKpi(churn)).data(StatusRole).toString(),
             QStringLiteral("on_track"));
}

void TestDashboard::keyboard()
{
    DashboardView view(m_ws.get());
    view.model()->setAsOf(m_asOf);
    view.model()->setGrouping(DashboardModel::Grouping::None);
    view.resize(1400, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QListView *list = view.listView();
    list->setFocus();
    list->setCurrentIndex(view.model()->index(0));
    const qint64 first = view.currentKpiId();
    QTest::keyClick(list, Qt::Key_Right);
    QVERIFY(view.currentKpiId() != first);
    QVERIFY(view.currentKpiId() != 0);
    QSignalSpy activated(&view, &DashboardView::kpiActivated);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), view.currentKpiId());
}

void TestDashboard::analysisOnDemo()
{
    QString error;
    auto ws = Workspace::createInMemory(&error);
    QVERIFY2(DemoWorkspace::fill(ws->connection(), m_asOf, &error), qPrintable(error));
    WorkspaceAnalyzer analyzer(ws.get());
    DashboardModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAsOf(m_asOf);
    model.setAnalyzer(&analyzer);
    analyzer.waitForFinished();
    QCoreApplication::processEvents();
    int withAnomalies = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Tile *t = model.tileAt(row);
        if (!t)
            continue;
        const KpiAnalysis *a = analyzer.analysis(t->kpi.id);
        QVERIFY(a);
        // The tile and the analysis (table, review, `needle check`) agree.
        QCOMPARE(storageName(t->status), storageName(a->status));
        withAnomalies += t->anomalies > 0 ? 1 : 0;
        QCOMPARE(model.index(row).data(DashboardModel::AnomalyCountRole).toInt(),
                 a->anomalyCount());
    }
    QVERIFY(withAnomalies > 0); // the demo injects anomalies in the last year
}

// The demo's action items: "Report CAC by channel" (Farid Haddad) was due 5 days before the
// demo date and is open; "Publish the release train calendar" (Deepak Rao, time to market) is
// due 20 days after it; the churn one is done. Only tiles of KPIs with an open item past its
// due date carry the flag.
void TestDashboard::overdueActionsOnDemo_data()
{
    QTest::addColumn<int>("days"); // the dashboard's date, from the demo's
    QTest::addColumn<QStringList>("flagged");
    QTest::newRow("on_the_demo_date") << 0 << words("cac");
    QTest::newRow("before_anything_is_due") << -10 << QStringList();
    QTest::newRow("both_open_items_late") << 25 << words("cac time_to_market");
}

void TestDashboard::overdueActionsOnDemo()
{
    QFETCH(int, days);
    QFETCH(QStringList, flagged);
    QString error;
    auto ws = Workspace::createInMemory(&error);
    QVERIFY2(DemoWorkspace::fill(ws->connection(), m_asOf, &error), qPrintable(error));
    DashboardModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAsOf(m_asOf.addDays(days));
    QStringList found;
    int tiles = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Tile *t = model.tileAt(row);
        if (!t)
            continue;
        ++tiles;
        const QModelIndex i = model.index(row);
        const int count = i.data(DashboardModel::OverdueActionCountRole).toInt();
        const QString badge = i.data(DashboardModel::OverdueActionTextRole).toString();
        const QString tip = i.data(Qt::ToolTipRole).toString();
        const QString spoken = i.data(Qt::AccessibleTextRole).toString();
        if (count == 0) {
            QVERIFY(badge.isEmpty());
            QVERIFY2(!tip.contains(QStringLiteral("Overdue action items")), qPrintable(tip));
            continue;
        }
        found << t->kpi.key;
        QCOMPARE(count, 1);
        QCOMPARE(badge, QStringLiteral("Overdue actions: 1"));
        QVERIFY(spoken.endsWith(QStringLiteral(", Overdue actions: 1")));
        QVERIFY2(tip.contains(QStringLiteral("Overdue action items:")), qPrintable(tip));
        if (t->kpi.key == QLatin1String("cac"))
            QVERIFY2(
                tip.contains(QStringLiteral("• Report CAC by channel for the last two quarters. "
                                            "(Farid Haddad, due ")),
                qPrintable(tip));
        else
            QVERIFY2(tip.contains(
                         QStringLiteral("• Publish the release train calendar. (Deepak Rao, due ")),
                     qPrintable(tip));
    }
    QVERIFY(tiles > 15);
    std::sort(found.begin(), found.end());
    QCOMPARE(found, flagged);
}

// Marking the action item done removes the flag; undoing that brings it back.
void TestDashboard::overdueActionDone()
{
    QString error;
    auto ws = Workspace::createInMemory(&error);
    QVERIFY2(DemoWorkspace::fill(ws->connection(), m_asOf, &error), qPrintable(error));
    DashboardModel model(ws.get());
    model.setAsOf(m_asOf);
    const qint64 cac = KpiRepository(ws->connection()).byKey(QStringLiteral("cac"))->id;
    auto overdueOnCac = [&] {
        return model.index(model.rowOfKpi(cac))
            .data(DashboardModel::OverdueActionCountRole)
            .toInt();
    };
    QCOMPARE(overdueOnCac(), 1);
    ReviewNote item;
    for (const ReviewNote &n : ReviewRepository(ws->connection()).notesForKpi(cac))
        if (n.kind == NoteKind::ActionItem)
            item = n;
    QVERIFY(item.id > 0);
    item.done = true;
    QSignalSpy reloaded(&model, &DashboardModel::reloaded);
    QVERIFY2(ws->updateNote(item, &error), qPrintable(error));
    QVERIFY(reloaded.wait(2000));
    QCOMPARE(overdueOnCac(), 0);
    ws->undoStack()->undo();
    QVERIFY(reloaded.wait(2000));
    QCOMPARE(overdueOnCac(), 1);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
