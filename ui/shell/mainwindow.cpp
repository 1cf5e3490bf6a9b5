#include "shell/mainwindow.h"

#include "automation/sourcescontroller.h"

#include "pdf/exportpdfdialog.h"
#include "report/csvexport.h"

#include "dashboard/dashboardmodel.h"
#include "dashboard/dashboardview.h"
#include "demo/demoworkspace.h"
#include "import/importcontroller.h"
#include "dashboard/kpiview.h"
#include "editing/kpiactions.h"
#include "models/roles.h"
#include "models/kpifilterproxymodel.h"
#include "analysis/workspaceanalyzer.h"
#include "models/kpitablemodel.h"
#include "review/reviewmenu.h"
#include "shell/helpmenu.h"
#include "shell/preferencesdialog.h"
#include "shell/recentfiles.h"
#include "shell/shortcuts.h"
#include "shell/theme.h"
#include "shell/workspacelock.h"
#include "shell/workspacestatus.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Needle {

namespace {
QString workspaceFilter()
{
    return MainWindow::tr("Needle workspaces (*.needle);;All files (*)");
}

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/needle");
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    Theme::applySaved(); // the theme chosen in the preferences, from the start
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createWelcomePage());
    m_pages->addWidget(createWorkspacePage());
    setCentralWidget(m_pages);
    createActions();
    m_import = new ImportController(this);
    connect(this, &MainWindow::workspaceChanged, m_import, &ImportController::setWorkspace);
    // Data sources: failed refreshes show in the status bar, never as a dialog that blocks.
    auto *sources = new SourcesController(this, [this] { return currentKpiId(); });
    connect(this, &MainWindow::workspaceChanged, sources, &SourcesController::setWorkspace);
    connect(sources, &SourcesController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text); });
    createMenus();
    m_status = new WorkspaceStatus(statusBar(), m_import->historyAction());
    updateTitle();
    updateRecentMenu();
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 720);
    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("<h1>Needle</h1><p>Your product's KPIs, their targets and "
                                "benchmarks, and the meetings that review them.</p>"));
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *recentLabel = new QLabel(tr("Recent workspaces:"));
    layout->addWidget(recentLabel);
    m_recentList = new QListWidget;
    m_recentList->setAccessibleName(tr("Recent workspaces"));
    recentLabel->setBuddy(m_recentList);
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openWorkspace(item->data(Qt::UserRole).toString()); });
    layout->addWidget(m_recentList, 1);
    m_recentHint = new QLabel(tr("No recent workspaces yet. Start with the demo to look around, "
                                 "or create a new workspace and import your KPIs from a CSV, "
                                 "XLSX or ODS file (File > Import)."));
    m_recentHint->setObjectName(QStringLiteral("recentHint"));
    m_recentHint->setWordWrap(true);
    m_recentHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_recentHint, 1);
    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("&New workspace..."));
    auto *openButton = new QPushButton(tr("&Open workspace..."));
    auto *demoButton = new QPushButton(tr("Open the &demo"));
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newWorkspace);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::openWorkspaceDialog);
    connect(demoButton, &QPushButton::clicked, this, &MainWindow::openDemo);
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    return page;
}

QWidget *MainWindow::createWorkspacePage()
{
    // The dashboard tab is made per workspace (setWorkspace); the table tab is kept.
    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("Workspace views"));
    m_tabs->setDocumentMode(true);
    auto *page = new QWidget;
    m_tabs->addTab(page, tr("&Table"));
    auto *layout = new QVBoxLayout(page);
    m_filterEdit = new QLineEdit;
    m_filterEdit->setPlaceholderText(tr("Filter KPIs by name, key or description"));
    m_filterEdit->setAccessibleName(tr("Filter KPIs"));
    m_filterEdit->setClearButtonEnabled(true);
    layout->addWidget(m_filterEdit);
    m_kpiTable = new QTableView;
    m_kpiTable->setAccessibleName(tr("KPIs"));
    m_kpiTable->setSortingEnabled(true);
    m_kpiTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kpiTable->setAlternatingRowColors(true);
    m_kpiTable->verticalHeader()->hide();
    m_kpiTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_kpiTable, 1);
    return m_tabs;
}

void MainWindow::createActions()
{
    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setShortcuts(Shortcuts::standardAnd(QKeySequence::Undo, {}));
    m_undoAction->setEnabled(false);
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setShortcuts(Shortcuts::standardAnd(
        QKeySequence::Redo, {QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))}));
    m_redoAction->setEnabled(false);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New..."), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::openWorkspaceDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_import->importAction());
    file->addAction(m_import->historyAction());
    file->addAction(m_import->watchedFoldersAction());
    file->addAction(findChild<SourcesController *>()->sourcesAction());
    file->addSeparator();
    m_exportPdfAction =
        file->addAction(tr("Export &PDF..."), QKeySequence(tr("Ctrl+Shift+E")), this, [this] {
            ExportPdfDialog::run(m_workspace.get(), m_kpiTable->model(), this);
        });
    m_exportCsvAction =
        file->addAction(tr("Export KPI Table as &CSV..."), this, [this] { exportKpiTableCsv(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    addReviewMenu(this);
    // One place for the language and the other preferences (the platform's place: Edit on
    // Linux and Windows, the application menu on macOS).
    m_editMenu->addSeparator();
    QAction *preferences = m_editMenu->addAction(tr("&Preferences..."), this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            applyPreferences();
    });
    preferences->setShortcuts(
        Shortcuts::standardAnd(QKeySequence::Preferences, {QKeySequence(tr("Ctrl+,"))}));
    preferences->setMenuRole(QAction::PreferencesRole);

    m_kpiActions = new KpiActions(this, [this] { return currentKpiId(); });
    menuBar()->addMenu(m_kpiActions->menu());
    m_kpiActions->menu()->addSeparator();
    m_kpiActions->menu()->addAction(findChild<SourcesController *>()->kpiSourceAction());
    m_kpiActions->attachTo(m_kpiTable, [this](const QModelIndex &index) {
        showKpi(index.data(KpiIdRole).toLongLong());
    });
    connect(m_kpiActions, &KpiActions::kpiDeleted, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    Help::addMenu(this);
}

// The KPI table as shown (filtered and sorted), for a spreadsheet: values as numbers, text
// protected against formula injection.
void MainWindow::exportKpiTableCsv()
{
    if (!m_workspace || !m_kpiTable->model())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export KPI Table as CSV"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("%1-kpis.csv").arg(m_workspace->displayName())),
        tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !CsvExport::saveModel(*m_kpiTable->model(), path, &error))
        QMessageBox::warning(this, tr("Export KPI Table as CSV"), error);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    m_recentList->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &f : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(f).fileName());
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] { openWorkspace(f); });
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(QFileInfo(f).completeBaseName(), f));
        item->setData(Qt::UserRole, f);
        m_recentList->addItem(item);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_recentList->setVisible(!files.isEmpty());
    m_recentHint->setVisible(files.isEmpty());
}

void MainWindow::updateTitle()
{
    if (m_workspace)
        setWindowTitle(tr("%1 — Needle").arg(m_workspace->displayName()));
    else
        setWindowTitle(tr("Needle"));
    m_closeAction->setEnabled(m_workspace != nullptr);
    m_exportPdfAction->setEnabled(m_workspace != nullptr);
    m_exportCsvAction->setEnabled(m_workspace != nullptr);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_lock.reset(); // openWorkspace takes the new one's
    m_kpiTable->setModel(nullptr);
    if (m_dashboard)
        m_dashboard->saveState();
    delete m_dashboard;
    m_dashboard = nullptr;
    if (m_pages->currentWidget() == m_kpiPage)
        m_pages->setCurrentIndex(1);
    delete m_kpiPage;
    m_kpiPage = nullptr;
    m_kpiView = nullptr;
    delete m_kpiProxy;
    delete m_kpiModel;
    delete m_analyzer;
    m_kpiProxy = nullptr;
    m_kpiModel = nullptr;
    m_analyzer = nullptr;
    m_workspace = std::move(workspace);
    if (m_workspace) {
        m_kpiModel = new KpiTableModel(m_workspace.get(), this);
        m_analyzer = new WorkspaceAnalyzer(m_workspace.get(), this);
        m_kpiModel->setAnalyzer(m_analyzer);
        m_kpiProxy = new KpiFilterProxyModel(this);
        m_kpiProxy->setSourceModel(m_kpiModel);
        connect(m_filterEdit, &QLineEdit::textChanged, m_kpiProxy, &KpiFilterProxyModel::setText);
        m_kpiTable->setModel(m_kpiProxy);
        m_kpiTable->sortByColumn(KpiTableModel::NameColumn, Qt::AscendingOrder);
        m_kpiTable->resizeColumnsToContents();
        m_dashboard = new DashboardView(m_workspace.get(), m_analyzer);
        m_dashboard->restoreState();
        applyPreferences();
        m_tabs->insertTab(0, m_dashboard, tr("&Dashboard"));
        m_tabs->setCurrentIndex(0);
        connect(m_dashboard, &DashboardView::currentKpiChanged, m_kpiActions,
                &KpiActions::updateEnabled);
        connect(m_dashboard, &DashboardView::kpiActivated, this, &MainWindow::showKpi);
        m_kpiActions->attachTo(m_dashboard->listView(), [this](const QModelIndex &index) {
            showKpi(m_dashboard->model()->kpiIdAt(index.row()));
        });
        connect(m_kpiTable, &QTableView::activated, this,
                [this](const QModelIndex &index) { showKpi(index.data(KpiIdRole).toLongLong()); });
        m_kpiPage = new QWidget;
        auto *kpiLayout = new QVBoxLayout(m_kpiPage);
        kpiLayout->setContentsMargins(0, 0, 0, 0);
        auto *back = new QPushButton(tr("← &Back to the dashboard"));
        back->setAccessibleName(tr("Back to the dashboard"));
        back->setShortcut(QKeySequence::Back);
        back->setFlat(true);
        connect(back, &QPushButton::clicked, this, [this] { showKpi(0); });
        auto *backRow = new QHBoxLayout;
        backRow->addWidget(back);
        backRow->addStretch();
        kpiLayout->addLayout(backRow);
        auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_kpiPage);
        escape->setContext(Qt::WidgetWithChildrenShortcut);
        connect(escape, &QShortcut::activated, this, [this] { showKpi(0); });
        m_kpiView = new KpiView(m_workspace.get());
        connect(m_workspace.get(), &Workspace::changed, this, [this](const WorkspaceChange &c) {
            const qint64 shown = m_kpiView->kpiId();
            if (m_pages->currentWidget() == m_kpiPage
                && (shown == 0
                    || c.ids(WorkspaceChange::Record::Kpi, WorkspaceChange::Kind::Removed)
                           .contains(shown)))
                showKpi(0); // the KPI on screen was deleted
        });
        kpiLayout->addWidget(m_kpiView, 1);
        m_pages->addWidget(m_kpiPage);
        connect(m_kpiTable->selectionModel(), &QItemSelectionModel::currentChanged, m_kpiActions,
                &KpiActions::updateEnabled);
        connect(m_tabs, &QTabWidget::currentChanged, m_kpiActions, &KpiActions::updateEnabled,
                Qt::UniqueConnection);
        QUndoStack *stack = m_workspace->undoStack();
        connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
        connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
        connect(stack, &QUndoStack::undoTextChanged, m_undoAction, [this](const QString &text) {
            m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
        });
        connect(stack, &QUndoStack::redoTextChanged, m_redoAction, [this](const QString &text) {
            m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
        });
        connect(m_undoAction, &QAction::triggered, m_workspace.get(), &Workspace::undo);
        connect(m_redoAction, &QAction::triggered, m_workspace.get(), &Workspace::redo);
        connect(m_workspace.get(), &Workspace::editFailed, this, [this](const QString &message) {
            QMessageBox::warning(this, tr("Needle"), message);
        });
        m_pages->setCurrentIndex(1);
        RecentFiles::add(m_workspace->filePath());
    } else {
        disconnect(m_undoAction, nullptr, nullptr, nullptr);
        disconnect(m_redoAction, nullptr, nullptr, nullptr);
        m_pages->setCurrentIndex(0);
        updateRecentMenu();
    }
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    updateTitle();
    m_kpiActions->setWorkspace(m_workspace.get());
    m_status->setWorkspace(m_workspace.get(), m_analyzer);
    emit workspaceChanged(m_workspace.get());
}

bool MainWindow::openWorkspace(const QString &path)
{
    QString error;
    if (m_workspace && QFileInfo(m_workspace->filePath()) == QFileInfo(path))
        m_lock.reset(); // opened again: its lock is taken anew
    auto lock = std::make_unique<WorkspaceLock>(path);
    QString holder;
    if (!lock->acquire(&holder)
        && !WorkspaceLock::ask(this,
                               tr("%1 is already open in another Needle (%2). Opening it "
                                  "here too is safe, since every change is saved at once, "
                                  "but each window shows the other's changes only after "
                                  "it is opened again.")
                                   .arg(QFileInfo(path).fileName(), holder)))
        return false;
    std::unique_ptr<Workspace> ws = Workspace::open(path, &error);
    if (!ws) {
        QMessageBox::warning(this, tr("Cannot open workspace"), error);
        return false;
    }
    setWorkspace(std::move(ws));
    m_lock = std::move(lock);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::newWorkspace()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New workspace"), dataFolder(), workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".needle");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New workspace"),
                             tr("%1 already exists. Choose another name; Needle does not "
                                "overwrite workspaces.")
                                 .arg(path));
        return;
    }
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::create(path, &error);
    if (!ws) {
        QMessageBox::warning(this, tr("New workspace"), error);
        return;
    }
    setWorkspace(std::move(ws));
}

void MainWindow::openWorkspaceDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open workspace"), dataFolder(), workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

QString MainWindow::demoFileName(const QLocale &locale)
{
    // One demo per interface language: its KPI names, benchmarks and notes are written in the
    // language it was made in, so a German interface gets a German demo, not an earlier English
    // one.
    const QString language = locale.name().section(QLatin1Char('_'), 0, 0);
    return language.isEmpty() || language == QLatin1String("en") || language == QLatin1String("C")
        ? QStringLiteral("demo.needle")
        : QStringLiteral("demo-%1.needle").arg(language);
}

void MainWindow::openDemo()
{
    const QString path = dataFolder() + QLatin1Char('/') + demoFileName(QLocale());
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(dataFolder());
        QString error;
        if (!DemoWorkspace::write(path, QDate::currentDate(), &error)) {
            QMessageBox::warning(this, tr("Demo workspace"), error);
            return;
        }
    }
    openWorkspace(path);
}

void MainWindow::applyPreferences()
{
    const Preferences p = Preferences::load();
    if (m_kpiModel)
        m_kpiModel->setLocale(p.numberLocale());
    if (m_dashboard)
        m_dashboard->applyPreferences(p);
    if (m_status)
        m_status->setDateFormat(p.numberLocale(), p.isoDates);
}

void MainWindow::showKpi(qint64 kpiId)
{
    if (!m_kpiView)
        return;
    if (kpiId <= 0) {
        // Back to the tab the KPI was opened from, with the keyboard where it was.
        m_pages->setCurrentIndex(1);
        if (m_dashboard && m_tabs->currentWidget() == m_dashboard)
            m_dashboard->listView()->setFocus();
        else
            m_kpiTable->setFocus();
        return;
    }
    // The KPI view analyses as of the date the table and the tiles show (issue 15).
    if (m_analyzer)
        m_kpiView->setAsOf(m_analyzer->asOf());
    m_kpiView->setKpi(kpiId);
    m_pages->setCurrentWidget(m_kpiPage);
    m_kpiActions->updateEnabled();
}

qint64 MainWindow::currentKpiId() const
{
    if (m_kpiView && m_pages->currentWidget() == m_kpiPage)
        return m_kpiView->kpiId();
    if (m_dashboard && m_tabs->currentWidget() == m_dashboard)
        return m_dashboard->currentKpiId();
    return m_kpiTable->currentIndex().data(KpiIdRole).toLongLong();
}

void MainWindow::closeWorkspace()
{
    setWorkspace(nullptr);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_dashboard)
        m_dashboard->saveState();
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QSettings().setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace Needle
