#pragma once

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Needle {

class Workspace;

// The KPI menu: new and edit definitions, targets, benchmarks, change log, owners. Works on the
// KPI the window says is current; every change goes through the workspace's undo stack.
class KpiActions : public QObject
{
    Q_OBJECT
public:
    using CurrentKpi = std::function<qint64()>;
    KpiActions(QWidget *window, CurrentKpi currentKpi);

    QMenu *menu() const { return m_menu; }
    void setWorkspace(Workspace *workspace);
    void updateEnabled(); // call when the current KPI changes

    void newKpi();
    void editKpi();
    void editTargets();
    void editBenchmarks();
    void showChangeLog();
    void editOwners();

private:
    QWidget *m_window;
    CurrentKpi m_currentKpi;
    Workspace *m_workspace = nullptr;
    QMenu *m_menu;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_targets;
    QAction *m_benchmarks;
    QAction *m_changeLog;
    QAction *m_owners;
};

} // namespace Needle
