#pragma once

#include <QObject>
#include <QModelIndex>
#include <functional>

class QAbstractItemView;
class QAction;
class QMenu;
class QPoint;
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
    // Removes the current KPI with its values, targets and benchmarks, as one undoable edit,
    // after asking (confirm); returns whether it was removed.
    bool deleteKpi();

    QAction *deleteAction() const { return m_delete; }
    // The question before a delete; tests answer it. Default: a message box.
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Delete on the view's KPI and a context menu (open, edit, targets, ..., delete) on its
    // items; `open` opens the KPI whose index the menu was asked on.
    void attachTo(QAbstractItemView *view, std::function<void(const QModelIndex &)> open);

signals:
    // A KPI was removed through deleteKpi; the message says what went and how to undo it.
    void kpiDeleted(const QString &message);

private:
    void showContextMenu(QAbstractItemView *view, const QPoint &pos,
                         const std::function<void(const QModelIndex &)> &open);

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
    QAction *m_delete;
    Confirm m_confirm;
};

} // namespace Needle
