#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QMainWindow;

namespace Needle {

class FolderWatcher;
class ImportWizard;
class Workspace;
struct ImportResult;

// Everything the main window offers about importing: File > Import... (Ctrl+I), files dropped
// on the window or passed on the command line ("Open With"), the import history, and the
// workspace's watched folders, whose background imports are reported in the status bar.
class ImportController : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(QMainWindow *window);
    ~ImportController() override;

    QAction *importAction() const { return m_importAction; }
    QAction *historyAction() const { return m_historyAction; }
    QAction *watchedFoldersAction() const { return m_foldersAction; }

    static bool isSpreadsheet(const QString &path); // by name: .csv .tsv .txt .xlsx .ods

    // Opens the wizard for each file in turn; without a workspace, once one is opened.
    void importFiles(const QStringList &paths);
    ImportWizard *wizard() const;
    FolderWatcher *folderWatcher() const { return m_watcher; }

public slots:
    void setWorkspace(Needle::Workspace *workspace);
    void showImportDialog();
    void showHistory();
    void showWatchedFolders();
    void updateWatchedFolders(); // after the folders were edited

signals:
    void wizardOpened(Needle::ImportWizard *wizard);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openNextWizard();
    void wizardImported(const ImportResult &result);
    void folderImported(const ImportResult &result, const QString &path);

    QMainWindow *m_window;
    Workspace *m_workspace = nullptr;
    QAction *m_importAction;
    QAction *m_historyAction;
    QAction *m_foldersAction;
    QStringList m_pending;
    QPointer<ImportWizard> m_wizard;
    FolderWatcher *m_watcher = nullptr;
};

} // namespace Needle
