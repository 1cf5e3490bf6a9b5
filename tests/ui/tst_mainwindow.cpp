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
#include "shell/helpmenu.h"
#include "shell/mainwindow.h"
#include "shell/recentfiles.h"
#include "shell/shortcuts.h"
#include "shell/workspacelock.h"
#include "shell/workspacestatus.h"
#include "workspace/importcommand.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QShortcut>
#include <QShortcutEvent>
#include <QUndoStack>
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
    void openElsewhere_data();
    void openElsewhere();
    void openWithStaleLock();
    void demoPerLanguage_data();
    void demoPerLanguage();
    void welcomeHint_data();
    void welcomeHint();
    void helpMenu_data();
    void helpMenu();
    void shortcutsUnique_data();
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

// The welcome page says what to do when there is no recent workspace to list.
void TestMainWindow::welcomeHint_data()
{
    QTest::addColumn<bool>("recent");
    QTest::newRow("none") << false;
    QTest::newRow("one") << true;
}

// A workspace another Needle process has open: Needle says so and asks; Cancel leaves it, "Open
// Here Too" opens it (issue 19, item 10). The other process is a stand-in holding the lock file
// as Needle's QLockFile writes it.
void TestMainWindow::openElsewhere_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("cancelled") << false;
    QTest::newRow("opened_here_too") << true;
}

void TestMainWindow::openElsewhere()
{
    QFETCH(bool, answer);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.needle"));
    QString error;
    QVERIFY2(Workspace::create(path, &error), qPrintable(error));
    QProcess other;
    other.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(other.waitForStarted());
    const qint64 pid = other.processId();
    QFile lock(path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(pid) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8() + '\n'
               + QSysInfo::machineUniqueId() + '\n');
    lock.close();
    QString asked;
    WorkspaceLock::setAsk([&](QWidget *, const QString &message) {
        asked = message;
        return answer;
    });
    MainWindow window;
    QCOMPARE(window.openWorkspace(path), answer);
    WorkspaceLock::setAsk({});
    other.kill();
    other.waitForFinished();
    QVERIFY2(asked.contains(QLatin1String("shared.needle")) && asked.contains(QString::number(pid)),
             qPrintable(asked));
    QCOMPARE(window.workspace() != nullptr, answer);
    QVERIFY(QFile::exists(path + QStringLiteral(".lock"))); // the other's lock is left alone
}

// The same workspace in this process (a test's second window) and a lock left by a crashed
// Needle are opened without a question.
void TestMainWindow::openWithStaleLock()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crashed.needle"));
    QString error;
    QVERIFY2(Workspace::create(path, &error), qPrintable(error));
    QFile lock(path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("999999999\nneedle\n" + QSysInfo::machineHostName().toUtf8() + '\n'
               + QSysInfo::machineUniqueId() + '\n');
    lock.close();
    bool asked = false;
    WorkspaceLock::setAsk([&](QWidget *, const QString &) { return asked = true; });
    MainWindow window;
    QVERIFY(window.openWorkspace(path));
    MainWindow second;
    QVERIFY(second.openWorkspace(path));
    WorkspaceLock::setAsk({});
    QVERIFY(!asked);
    window.closeWorkspace();
}

// The demo is written in the interface language, one file per language, so switching the
// language never reopens a demo written in another one (issue 19, item 26).
void TestMainWindow::demoPerLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("file");
    QTest::newRow("english") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                             << QStringLiteral("demo.needle");
    QTest::newRow("german") << QLocale(QLocale::German, QLocale::Germany)
                            << QStringLiteral("demo-de.needle");
    QTest::newRow("canadian_french")
        << QLocale(QLocale::French, QLocale::Canada) << QStringLiteral("demo-fr.needle");
    QTest::newRow("c") << QLocale::c() << QStringLiteral("demo.needle");
}

void TestMainWindow::demoPerLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, file);
    QCOMPARE(MainWindow::demoFileName(locale), file);
    if (QString::fromLatin1(QTest::currentDataTag()) != QLatin1String("german"))
        return;
    // Opening the demo under a German interface writes the German one beside the English one.
    QLocale::setDefault(locale);
    MainWindow window;
    window.openDemo();
    QLocale::setDefault(QLocale::c());
    QVERIFY(window.workspace());
    QCOMPARE(QFileInfo(window.workspace()->filePath()).fileName(), file);
}

void TestMainWindow::welcomeHint()
{
    QFETCH(bool, recent);
    const QString path = m_window->workspace()->filePath();
    m_window.reset();
    for (const QString &f : RecentFiles::list())
        RecentFiles::remove(f);
    if (recent)
        RecentFiles::add(path);
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *hint = window.findChild<QLabel *>(QStringLiteral("recentHint"));
    QVERIFY(hint);
    QCOMPARE(hint->isVisible(), !recent);
    QListWidget *list = window.findChild<QListWidget *>();
    QCOMPARE(list->isVisible(), recent);
    QCOMPARE(list->count(), recent ? 1 : 0);
}

// The Help menu: manual (the README's user sections), the shortcuts as the menus hold them,
// About with version and license.
void TestMainWindow::helpMenu_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("keys");
    QTest::newRow("redo") << QStringLiteral("Redo") << QStringLiteral("Ctrl+Shift+Z");
    QTest::newRow("delete_kpi") << QStringLiteral("Delete KPI") << QStringLiteral("Del");
    QTest::newRow("manual") << QStringLiteral("Needle Manual") << QStringLiteral("F1");
    QTest::newRow("add_value") << QStringLiteral("Add a value") << QStringLiteral("Ins");
}

void TestMainWindow::helpMenu()
{
    QFETCH(QString, action);
    QFETCH(QString, keys);
    QMenu *help = nullptr;
    for (QAction *top : m_window->menuBar()->actions())
        if (top->text() == QLatin1String("&Help"))
            help = top->menu();
    QVERIFY(help);
    QCOMPARE(m_window->menuBar()->actions().last()->menu(), help);
    bool found = false;
    for (const Help::ShortcutRow &row : Help::shortcuts(m_window->menuBar()))
        if (row.what.startsWith(action)) {
            found = true;
            QVERIFY2(row.keys.contains(keys), qPrintable(row.keys));
        }
    QVERIFY2(found, qPrintable(action));
    const QString about = Help::aboutText();
    QVERIFY(about.contains(QStringLiteral(NEEDLE_VERSION)));
    QVERIFY(about.contains(QStringLiteral("GPL-3.0-or-later")));
    const QString manual = Help::manualMarkdown();
    QVERIFY(manual.contains(QStringLiteral("\n## Dashboard")));
    QVERIFY(manual.contains(QStringLiteral("\n## Importing")));
    QVERIFY(!manual.contains(QStringLiteral("\n## Tests")));
    QVERIFY(!manual.contains(QStringLiteral("![")));
}

// Keyboard schemes a platform may have, for the standard keys the window adds keys to: on X11
// Redo already is Ctrl+Shift+Z, on macOS Preferences is Ctrl+, (Cmd+,).
using Scheme = QHash<int, QList<QKeySequence>>;
Q_DECLARE_METATYPE(Scheme)

void TestMainWindow::shortcutsUnique_data()
{
    QTest::addColumn<bool>("platform");
    QTest::addColumn<Scheme>("scheme");
    const auto keys = [](const char *a, const char *b = nullptr) {
        QList<QKeySequence> k{QKeySequence(QLatin1String(a))};
        if (b)
            k << QKeySequence(QLatin1String(b));
        return k;
    };
    QTest::newRow("platform") << true << Scheme();
    QTest::newRow("redo_ctrl_shift_z") << false
                                       << Scheme{{QKeySequence::Redo, keys("Ctrl+Shift+Z")},
                                                 {QKeySequence::Undo, keys("Ctrl+Z")},
                                                 {QKeySequence::Preferences, {}}};
    QTest::newRow("redo_ctrl_y_first")
        << false
        << Scheme{{QKeySequence::Redo, keys("Ctrl+Y", "Ctrl+Shift+Z")},
                  {QKeySequence::Undo, keys("Ctrl+Z", "Alt+Backspace")},
                  {QKeySequence::Preferences, {}}};
    QTest::newRow("preferences_ctrl_comma") << false
                                            << Scheme{{QKeySequence::Redo, keys("Ctrl+Shift+Z")},
                                                      {QKeySequence::Undo, keys("Ctrl+Z")},
                                                      {QKeySequence::Preferences, keys("Ctrl+,")}};
}

namespace {
// Records the shortcut events sent to the objects it watches, and eats them (nothing runs).
struct ShortcutSpy : QObject
{
    QStringList ambiguous;
    int events = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Shortcut)
            return false;
        ++events;
        auto *se = static_cast<QShortcutEvent *>(event);
        if (se->isAmbiguous())
            ambiguous << se->key().toString(QKeySequence::PortableText);
        Q_UNUSED(watched);
        return true;
    }
};

// Every key a shortcut of the window answers to, with who owns it. Widget-scoped shortcuts
// answer only with the focus inside their widget: two of them in different widgets are fine.
struct KeyOwner
{
    QObject *owner;
    QString name;
    bool widgetScoped;
};

QMultiHash<QString, KeyOwner> windowKeys(QWidget *window)
{
    QMultiHash<QString, KeyOwner> keys;
    const auto add = [&](QObject *o, const QString &name, const QList<QKeySequence> &list,
                         bool scoped) {
        for (const QKeySequence &k : list)
            if (!k.isEmpty())
                keys.insert(k.toString(QKeySequence::PortableText),
                            {o, QString(name).remove(QLatin1Char('&')), scoped});
    };
    for (QAction *a : window->findChildren<QAction *>())
        add(a, a->text(), a->shortcuts(),
            a->shortcutContext() != Qt::WindowShortcut
                && a->shortcutContext() != Qt::ApplicationShortcut);
    for (QShortcut *s : window->findChildren<QShortcut *>())
        add(s, s->objectName(), s->keys(), s->context() != Qt::WindowShortcut);
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        add(b, b->text(), {b->shortcut()}, false);
    return keys;
}
} // namespace

// Two shortcuts on one key, or one action holding a key twice (a standard key that expands to
// a key also given by hand), make Qt call the key ambiguous and do nothing.
void TestMainWindow::shortcutsUnique()
{
    QFETCH(bool, platform);
    QFETCH(Scheme, scheme);
    std::unique_ptr<MainWindow> window;
    if (!platform) {
        Shortcuts::setBindings([scheme](QKeySequence::StandardKey key) {
            return scheme.contains(key) ? scheme.value(key) : QKeySequence::keyBindings(key);
        });
        window = std::make_unique<MainWindow>();
        Shortcuts::setBindings({});
        QVERIFY(window->openWorkspace(m_window->workspace()->filePath()));
    }
    QWidget *w = platform ? m_window.get() : window.get();
    const QMultiHash<QString, KeyOwner> keys = windowKeys(w);
    QStringList clashes;
    for (const QString &key : keys.uniqueKeys()) {
        const QList<KeyOwner> owners = keys.values(key);
        QStringList names;
        bool clash = false;
        for (int i = 0; i < owners.size(); ++i) {
            names << owners.at(i).name;
            for (int j = 0; j < i; ++j)
                clash = clash || owners.at(i).owner == owners.at(j).owner
                    || !(owners.at(i).widgetScoped && owners.at(j).widgetScoped);
        }
        if (clash)
            clashes << QStringLiteral("%1: %2").arg(key, names.join(QStringLiteral(" and ")));
    }
    QVERIFY(keys.size() > 15);
    QVERIFY2(keys.contains(QStringLiteral("Ctrl+Shift+Z")), "Redo answers to Ctrl+Shift+Z");
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    if (!platform)
        return;

    // Pressed for real on this platform, every key reaches exactly one shortcut.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("[Aa]mbiguous")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->dashboard()->selectKpi(idOf(QStringLiteral("churn")));
    m_window->dashboard()->listView()->setFocus();
    QString error;
    Kpi churn = *KpiRepository(m_window->workspace()->connection()).byKey(QStringLiteral("churn"));
    for (const char *text : {"Edited so that undo", "and redo are enabled"}) {
        churn.description = QString::fromLatin1(text);
        QVERIFY2(m_window->workspace()->updateKpi(churn, &error), qPrintable(error));
    }
    m_window->workspace()->undoStack()->undo();
    ShortcutSpy spy;
    QSet<QObject *> watched;
    for (const KeyOwner &o : keys)
        if (!watched.contains(o.owner)) {
            o.owner->installEventFilter(&spy);
            watched.insert(o.owner);
        }
    for (const QString &key : {QStringLiteral("Ctrl+Shift+Z"), QStringLiteral("Ctrl+Z")}) {
        const int before = spy.events;
        QTest::keySequence(m_window.get(), QKeySequence(key));
        QVERIFY2(spy.events == before + 1, qPrintable(key + QStringLiteral(" reached nothing")));
    }
    for (const QString &key : keys.uniqueKeys())
        if (!keys.value(key).widgetScoped)
            QTest::keySequence(m_window.get(), QKeySequence(key));
    QVERIFY2(spy.ambiguous.isEmpty(), qPrintable(spy.ambiguous.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
