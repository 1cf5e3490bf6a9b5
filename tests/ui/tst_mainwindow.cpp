#include "analysis/workspaceanalyzer.h"
#include "dashboard/dashboardmodel.h"
#include "dashboard/dashboardview.h"
#include "dashboard/kpiview.h"
#include "dashboardfixture.h"
#include "import/importcontroller.h"
#include "import/importer.h"
#include "import/importhistorydialog.h"
#include "models/kpitablemodel.h"
#include "models/roles.h"
#include "shell/mainwindow.h"
#include "shell/workspacestatus.h"
#include "workspace/importcommand.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QFile>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

// The main window around the dashboard: its status bar (last import, data freshness) and the
// way into a KPI's page and back, from the tiles and from the table.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void lastImport();
    void freshness_data();
    void freshness();
    void openKpiFromTile();
    void openKpiFromTable();
    void followUpColumn();
    void shortcutsUnique();

private:
    KpiView *shownKpiView() const;
    void waitForAnalysis();
    qint64 idOf(const QString &key) const
    {
        const auto k = KpiRepository(m_window->workspace()->connection()).byKey(key);
        return k ? k->id : 0;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    QVERIFY(m_dir.isValid());
    static int count = 0;
    const QString path = m_dir.filePath(QStringLiteral("w%1.needle").arg(++count));
    DashboardFixture::make(path);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openWorkspace(path));
    m_window->dashboard()->model()->setAsOf(QDate(2026, 11, 21));
    m_window->workspaceStatus()->setDateFormat(QLocale::c(), true);
    waitForAnalysis();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

void TestMainWindow::waitForAnalysis()
{
    m_window->analyzer()->waitForFinished();
    QCoreApplication::processEvents();
}

// The KPI page when it is the window's current page, else nullptr.
KpiView *TestMainWindow::shownKpiView() const
{
    auto *pages = qobject_cast<QStackedWidget *>(m_window->centralWidget());
    return pages && pages->currentWidget() ? pages->currentWidget()->findChild<KpiView *>()
                                           : nullptr;
}

void TestMainWindow::lastImport()
{
    StatusField *field = m_window->workspaceStatus()->importField();
    QCOMPARE(field->accessibleName(), QStringLiteral("Last import"));
    QVERIFY(field->isVisibleTo(m_window.get()));
    QCOMPARE(field->text(), QStringLiteral("No imports yet"));

    const QString file = m_dir.filePath(QStringLiteral("november.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(
        "kpi,date,value\nrevenue,2026-11-01,980\nchurn,2026-11-01,2.2\nchurn,2026-12-01,2.1\n");
    out.close();
    Workspace *ws = m_window->workspace();
    const ImportResult result = Importer(ws->connection()).importFile(file, ImportOptions());
    QCOMPARE(result.outcome, ImportResult::Outcome::Imported);
    ImportCommand::pushImported(ws, result.batchId, result.fileName, false);
    QVERIFY2(field->text().startsWith(QStringLiteral("Last import: november.csv, 20")),
             qPrintable(field->text()));
    QVERIFY2(field->text().endsWith(QStringLiteral(", values: 3")), qPrintable(field->text()));
    QVERIFY(field->toolTip().contains(QStringLiteral("Values written: 3; rows read: 3.")));
    QCOMPARE(field->accessibleDescription(), field->toolTip());

    ws->undoStack()->undo(); // the import is undone: nothing in effect any more
    QCOMPARE(field->text(), QStringLiteral("Every import undone"));
    ws->undoStack()->redo();
    QVERIFY(field->text().startsWith(QStringLiteral("Last import: november.csv")));

    // A click opens the import history.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->findChild<ImportHistoryDialog *>());
    QTest::mouseClick(field, Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<ImportHistoryDialog *>());
    QTRY_VERIFY(m_window->findChild<ImportHistoryDialog *>()->isVisible());
    m_window->findChild<ImportHistoryDialog *>()->reject();

    m_window->closeWorkspace();
    QVERIFY(!field->isVisibleTo(m_window.get()));
}

// As of 21 Nov 2026 every KPI of the fixture has its latest value in time; on 1 Dec the daily
// signups (last value 21 Nov) are overdue; on 20 Dec the monthly KPIs whose last value is
// October (period ended 31 Oct, 50 days before) are too, the computed ratio with them.
void TestMainWindow::freshness_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("staleNames");
    QTest::addColumn<QStringList>("currentNames");
    QTest::newRow("all_current") << QDate(2026, 11, 21)
                                 << QStringLiteral("Data as of 2026-11-21; every KPI current")
                                 << QStringList()
                                 << QStringList{QStringLiteral("Revenue"),
                                                QStringLiteral("Signups")};
    QTest::newRow("daily_late") << QDate(2026, 12, 1)
                                << QStringLiteral("Data as of 2026-11-21; stale KPIs: 1")
                                << QStringList{QStringLiteral("Signups (last value 2026-11-21)")}
                                << QStringList{QStringLiteral("Revenue"), QStringLiteral("Churn")};
    QTest::newRow("monthly_late_too")
        << QDate(2026, 12, 20) << QStringLiteral("Data as of 2026-11-21; stale KPIs: 4")
        << QStringList{QStringLiteral("Signups"), QStringLiteral("Revenue (last value 2026-10-01)"),
                       QStringLiteral("Churn"), QStringLiteral("Revenue per signup")}
        << QStringList();
}

void TestMainWindow::freshness()
{
    QFETCH(QDate, asOf);
    QFETCH(QString, text);
    QFETCH(QStringList, staleNames);
    QFETCH(QStringList, currentNames);
    StatusField *field = m_window->workspaceStatus()->freshnessField();
    QCOMPARE(field->accessibleName(), QStringLiteral("Data freshness"));
    m_window->dashboard()->model()->setAsOf(asOf);
    waitForAnalysis();
    QTRY_COMPARE(field->text(), text);
    for (const QString &name : staleNames)
        QVERIFY2(field->toolTip().contains(name), qPrintable(field->toolTip()));
    for (const QString &name : currentNames)
        QVERIFY2(!field->toolTip().contains(name + QLatin1String(" (")),
                 qPrintable(field->toolTip()));

    // An edit that brings a value up to date is followed once its analysis is done.
    if (asOf == QDate(2026, 12, 1)) {
        Measurement m;
        m.kpiId = idOf(QStringLiteral("signups"));
        m.date = QDate(2026, 11, 30);
        m.value = 12;
        QString error;
        QVERIFY2(m_window->workspace()->setValues({m}, QStringLiteral("test"), &error),
                 qPrintable(error));
        waitForAnalysis();
        QTRY_COMPARE(field->text(), QStringLiteral("Data as of 2026-11-30; every KPI current"));
    }
}

void TestMainWindow::openKpiFromTile()
{
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    DashboardView *dashboard = m_window->dashboard();
    const qint64 churn = idOf(QStringLiteral("churn"));
    dashboard->selectKpi(churn);
    dashboard->listView()->setFocus();
    QVERIFY(!shownKpiView());
    QTest::keyClick(dashboard->listView(), Qt::Key_Return);
    KpiView *view = shownKpiView();
    QVERIFY(view);
    QCOMPARE(view->kpiId(), churn);

    // Esc goes back to the tiles, with the same tile current and the keyboard on the grid.
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!shownKpiView());
    QCOMPARE(dashboard->currentKpiId(), churn);
    QTRY_VERIFY(dashboard->listView()->hasFocus());

    // Enter on another tile opens that one; the back button returns too.
    dashboard->selectKpi(idOf(QStringLiteral("signups")));
    QTest::keyClick(dashboard->listView(), Qt::Key_Enter);
    QVERIFY(shownKpiView());
    QCOMPARE(shownKpiView()->kpiId(), idOf(QStringLiteral("signups")));
    QPushButton *back = nullptr;
    for (QPushButton *b : m_window->centralWidget()->findChildren<QPushButton *>())
        if (b->accessibleName() == QLatin1String("Back to the dashboard"))
            back = b;
    QVERIFY(back);
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(!shownKpiView());
}

void TestMainWindow::openKpiFromTable()
{
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *tabs = m_window->centralWidget()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QTableView *table = nullptr;
    for (QTableView *t : tabs->findChildren<QTableView *>())
        if (t->accessibleName() == QLatin1String("KPIs"))
            table = t;
    QVERIFY(table);
    tabs->setCurrentWidget(table->parentWidget());
    QTRY_VERIFY(table->isVisible());
    const qint64 revenue = idOf(QStringLiteral("revenue"));
    QModelIndex cell;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(KpiIdRole).toLongLong() == revenue)
            cell = table->model()->index(row, 0);
    QVERIFY(cell.isValid());
    const QPoint at = table->visualRect(cell).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    KpiView *view = shownKpiView();
    QVERIFY(view);
    QCOMPARE(view->kpiId(), revenue);
    // Alt+Left: back (a button's shortcut clicks it after a short animation).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(!shownKpiView());
    QCOMPARE(tabs->currentWidget(), table->parentWidget()); // where the user came from
    QVERIFY(table->hasFocus());
}

// Open action items in the table's Follow-up column and on the tiles: overdue ones counted and
// listed, open ones counted, done ones not at all.
void TestMainWindow::followUpColumn()
{
    Workspace *ws = m_window->workspace();
    auto addItem = [&](const QString &key, const QString &text, const QDate &due, bool done) {
        ReviewNote n;
        n.kpiId = idOf(key);
        n.kind = NoteKind::ActionItem;
        n.text = text;
        n.dueDate = due;
        n.done = done;
        n.ownerId = KpiRepository(ws->connection()).byKey(QStringLiteral("revenue"))->ownerId;
        QString error;
        QVERIFY2(ws->addNote(&n, &error), qPrintable(error));
    };
    // As of 21 November 2026.
    addItem(QStringLiteral("churn"), QStringLiteral("Call the lost accounts"), QDate(2026, 11, 1),
            false);
    addItem(QStringLiteral("churn"), QStringLiteral("Survey the leavers"), QDate(2026, 11, 20),
            false);
    addItem(QStringLiteral("revenue"), QStringLiteral("Price review"), QDate(2026, 12, 31), false);
    addItem(QStringLiteral("signups"), QStringLiteral("Fix the form"), QDate(2026, 10, 1), true);
    QAbstractItemModel *table = m_window->kpiModel();
    QAbstractItemModelTester tester(table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto cell = [&](const QString &key, int role) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->index(row, 0).data(KpiIdRole).toLongLong() == idOf(key))
                return table->index(row, KpiTableModel::FollowUpColumn).data(role);
        return QVariant();
    };
    QCOMPARE(table->headerData(KpiTableModel::FollowUpColumn, Qt::Horizontal).toString(),
             QStringLiteral("Follow-up"));
    QTRY_COMPARE(cell(QStringLiteral("churn"), Qt::DisplayRole).toString(),
                 QStringLiteral("Overdue actions: 2"));
    const QString tip = cell(QStringLiteral("churn"), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral(": Call the lost accounts (Ana)")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral(": Survey the leavers (Ana)")), qPrintable(tip));
    QVERIFY(cell(QStringLiteral("churn"), OverdueRole).toBool());
    QCOMPARE(cell(QStringLiteral("revenue"), Qt::DisplayRole).toString(),
             QStringLiteral("Open actions: 1"));
    QVERIFY(!cell(QStringLiteral("revenue"), OverdueRole).toBool());
    QCOMPARE(cell(QStringLiteral("signups"), Qt::DisplayRole).toString(), QString());
    QVERIFY(!cell(QStringLiteral("signups"), Qt::ToolTipRole).isValid());

    DashboardModel *tiles = m_window->dashboard()->model();
    QTRY_COMPARE(tiles->index(tiles->rowOfKpi(idOf(QStringLiteral("churn"))))
                     .data(DashboardModel::OverdueActionTextRole)
                     .toString(),
                 QStringLiteral("Overdue actions: 2"));
    for (const QString &key : {QStringLiteral("revenue"), QStringLiteral("signups")})
        QCOMPARE(tiles->index(tiles->rowOfKpi(idOf(key)))
                     .data(DashboardModel::OverdueActionCountRole)
                     .toInt(),
                 0);
}

// Two actions of the window on one key would both stay silent (Qt calls that ambiguous).
void TestMainWindow::shortcutsUnique()
{
    QHash<QString, QString> owner;
    QStringList clashes;
    int count = 0;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcutContext() == Qt::WidgetShortcut
            || a->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            continue;
        for (const QKeySequence &k : a->shortcuts()) {
            const QString key = k.toString(QKeySequence::PortableText);
            const QString name = a->text().remove(QLatin1Char('&'));
            if (owner.contains(key) && owner.value(key) != name)
                clashes << QStringLiteral("%1: %2 and %3").arg(key, owner.value(key), name);
            owner.insert(key, name);
            ++count;
        }
    }
    QVERIFY(count > 15);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
