#include "import/importcontroller.h"

#include "shell/statusnotice.h"

#include "import/folderwatcher.h"
#include "import/importhistorydialog.h"
#include "import/importwizard.h"
#include "import/watchedfoldersdialog.h"
#include "workspace/importcommand.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMimeData>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcWatchedImport, "needle.import.watched")

namespace Needle {

ImportController::ImportController(QMainWindow *window) : QObject(window), m_window(window)
{
    m_importAction = new QAction(tr("&Import..."), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import KPI values from a CSV, XLSX or ODS file"));
    m_importAction->setEnabled(false);
    connect(m_importAction, &QAction::triggered, this, &ImportController::showImportDialog);
    m_historyAction = new QAction(tr("Import &History"), this);
    m_historyAction->setEnabled(false);
    connect(m_historyAction, &QAction::triggered, this, &ImportController::showHistory);
    m_foldersAction = new QAction(tr("&Watched Folders..."), this);
    m_foldersAction->setStatusTip(tr("Folders whose new spreadsheets are imported automatically"));
    m_foldersAction->setEnabled(false);
    connect(m_foldersAction, &QAction::triggered, this, &ImportController::showWatchedFolders);
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

ImportController::~ImportController() = default;

ImportWizard *ImportController::wizard() const
{
    return m_wizard.data();
}

bool ImportController::isSpreadsheet(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("csv"), QStringLiteral("tsv"),
                                         QStringLiteral("txt"), QStringLiteral("xlsx"),
                                         QStringLiteral("ods")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

void ImportController::setWorkspace(Workspace *workspace)
{
    if (m_wizard)
        m_wizard->reject();
    m_workspace = workspace;
    m_importAction->setEnabled(workspace != nullptr);
    m_historyAction->setEnabled(workspace != nullptr);
    m_foldersAction->setEnabled(workspace != nullptr);
    delete m_watcher;
    m_watcher = nullptr;
    if (!workspace)
        return;
    m_watcher = new FolderWatcher(workspace->filePath(), this);
    connect(m_watcher, &FolderWatcher::fileImported, this, &ImportController::folderImported);
    updateWatchedFolders();
    if (!m_pending.isEmpty())
        openNextWizard();
}

void ImportController::updateWatchedFolders()
{
    if (!m_workspace || !m_watcher)
        return;
    QStringList folders;
    for (const WatchedFolder &f : WorkspaceReader(m_workspace).watchedFolders()) {
        if (f.enabled)
            folders << f.path;
    }
    m_watcher->setFolders(folders);
}

void ImportController::importFiles(const QStringList &paths)
{
    m_pending += paths;
    if (!m_workspace) {
        m_window->statusBar()->showMessage(tr("Open or create a workspace to import %1 into.")
                                               .arg(QFileInfo(paths.value(0)).fileName()));
        return;
    }
    if (!m_wizard)
        openNextWizard();
}

void ImportController::showImportDialog()
{
    if (!m_workspace)
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_pending.prepend(QString());
    openNextWizard();
}

void ImportController::openNextWizard()
{
    if (!m_workspace || m_pending.isEmpty() || m_wizard)
        return;
    const QString path = m_pending.takeFirst();
    m_wizard = new ImportWizard(m_workspace, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    connect(m_wizard, &ImportWizard::imported, this, &ImportController::wizardImported);
    connect(m_wizard, &QObject::destroyed, this, &ImportController::openNextWizard,
            Qt::QueuedConnection);
    m_wizard->show();
    if (!path.isEmpty())
        m_wizard->setFilePath(QFileInfo(path).absoluteFilePath());
    emit wizardOpened(m_wizard);
}

void ImportController::wizardImported(const ImportResult &result)
{
    if (result.outcome != ImportResult::Outcome::Imported || !m_workspace)
        return;
    ImportCommand::pushImported(m_workspace, result.batchId, result.fileName,
                                !result.kpisCreated.isEmpty());
    m_window->statusBar()->showMessage(result.summary());
}

void ImportController::folderImported(const ImportResult &result, const QString &path)
{
    // Background imports never open a dialog: the status bar says what happened (and why not),
    // File > Watched Folders keeps the log.
    const QString line = result.summary();
    qCInfo(lcWatchedImport).noquote() << path << line << result.reason();
    const bool refused = !result.ok() && result.outcome != ImportResult::Outcome::Cancelled;
    QVector<StatusNotice::Action> actions;
    if (refused)
        actions << StatusNotice::Action{tr("&Import..."), [this, path] { importFiles({path}); }};
    actions << StatusNotice::Action{tr("&Log"), [this] { showWatchedFolders(); }};
    StatusNotice::of(m_window)->show(
        refused ? tr("Watched folder: %1 was not imported: %2")
                      .arg(result.fileName, result.reason().isEmpty() ? line : result.reason())
                : tr("Watched folder: %1").arg(line),
        actions);
    if (result.outcome == ImportResult::Outcome::Imported && m_workspace)
        ImportCommand::pushImported(m_workspace, result.batchId, result.fileName,
                                    !result.kpisCreated.isEmpty());
}

void ImportController::showHistory()
{
    if (!m_workspace)
        return;
    auto *dialog = new ImportHistoryDialog(m_workspace, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ImportController::showWatchedFolders()
{
    if (!m_workspace)
        return;
    auto *dialog = new WatchedFoldersDialog(m_workspace, m_window, m_watcher);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WatchedFoldersDialog::foldersChanged, this,
            &ImportController::updateWatchedFolders);
    dialog->open();
}

bool ImportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        const QList<QUrl> urls = drag->mimeData()->urls();
        const bool any = std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) {
            return u.isLocalFile() && isSpreadsheet(u.toLocalFile());
        });
        if (any) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        QStringList paths;
        for (const QUrl &u : drop->mimeData()->urls()) {
            if (u.isLocalFile() && isSpreadsheet(u.toLocalFile()))
                paths << u.toLocalFile();
        }
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            importFiles(paths);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Needle
