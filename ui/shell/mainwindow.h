#pragma once

#include <QLocale>
#include <QMainWindow>
#include <memory>

class QAction;
class QMenu;
class QStackedWidget;
class QTableView;
class QLabel;
class QListWidget;
class QLineEdit;
class QTabWidget;

namespace Needle {

class Workspace;
class KpiTableModel;
class KpiFilterProxyModel;
class DashboardView;
class WorkspaceAnalyzer;
class KpiActions;
class KpiView;
class ImportController;
class WorkspaceLock;
class WorkspaceStatus;

// The application window: composes the views over the open workspace and owns the menus.
// It does not compute; everything it shows comes from core models.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openWorkspace(const QString &path); // shows a message and returns false on failure
    Workspace *workspace() const { return m_workspace.get(); }
    KpiTableModel *kpiModel() const { return m_kpiModel; }
    // The analysis of the open workspace (status, trend, forecast, anomalies), kept up to date
    // in the background; views listen to its analysisChanged(kpiId).
    WorkspaceAnalyzer *analyzer() const { return m_analyzer; }
    DashboardView *dashboard() const { return m_dashboard; }
    ImportController *importController() const { return m_import; }
    WorkspaceStatus *workspaceStatus() const { return m_status; }
    // The demo's file in the data folder for an interface language ("demo.needle" in English,
    // "demo-de.needle" in German).
    static QString demoFileName(const QLocale &locale);

signals:
    // A workspace was opened (or closed: nullptr). Features hook their views and menus here.
    void workspaceChanged(Needle::Workspace *workspace);

public slots:
    void newWorkspace();
    void openWorkspaceDialog();
    void closeWorkspace();
    void openDemo();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void exportKpiTableCsv();
    void createMenus();
    void updateRecentMenu();
    void updateTitle();
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    QWidget *createWelcomePage();
    QWidget *createWorkspacePage();

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<WorkspaceLock> m_lock; // says to other Needles that it is open here
    KpiTableModel *m_kpiModel = nullptr;
    WorkspaceAnalyzer *m_analyzer = nullptr;
    KpiFilterProxyModel *m_kpiProxy = nullptr;

    QStackedWidget *m_pages = nullptr;
    QListWidget *m_recentList = nullptr;
    QLabel *m_recentHint = nullptr;
    QTableView *m_kpiTable = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTabWidget *m_tabs = nullptr;
    DashboardView *m_dashboard = nullptr;
    KpiActions *m_kpiActions = nullptr;
    KpiView *m_kpiView = nullptr;
    QWidget *m_kpiPage = nullptr;
    void showKpi(qint64 kpiId); // the KPI view page; 0: back to the dashboard
    qint64 currentKpiId() const;
    void applyPreferences();

    QMenu *m_recentMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_editMenu = nullptr;
    ImportController *m_import = nullptr;
    WorkspaceStatus *m_status = nullptr;
};

} // namespace Needle
