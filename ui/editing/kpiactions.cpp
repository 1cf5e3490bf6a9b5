#include "editing/kpiactions.h"

#include "editing/benchmarksdialog.h"
#include "editing/changelogdialog.h"
#include "editing/kpidialog.h"
#include "editing/targetsdialog.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace Needle {

KpiActions::KpiActions(QWidget *window, CurrentKpi currentKpi)
    : QObject(window), m_window(window), m_currentKpi(std::move(currentKpi)),
      m_menu(new QMenu(tr("&KPI"), window))
{
    m_new = m_menu->addAction(tr("&New KPI..."), this, &KpiActions::newKpi);
    m_new->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_edit = m_menu->addAction(tr("&Edit KPI..."), this, &KpiActions::editKpi);
    m_edit->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_targets = m_menu->addAction(tr("&Targets..."), this, &KpiActions::editTargets);
    m_targets->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_benchmarks = m_menu->addAction(tr("&Benchmarks..."), this, &KpiActions::editBenchmarks);
    m_benchmarks->setShortcut(QKeySequence(tr("Ctrl+B")));
    m_changeLog = m_menu->addAction(tr("&Change Log..."), this, &KpiActions::showChangeLog);
    m_changeLog->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_menu->addSeparator();
    m_delete = m_menu->addAction(tr("&Delete KPI..."), this, &KpiActions::deleteKpi);
    // Delete acts on the tiles and the KPI table only (attachTo): in the values table it
    // deletes values, in a text field characters.
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_menu->addSeparator();
    m_owners = m_menu->addAction(tr("&Owners..."), this, &KpiActions::editOwners);
    m_confirm = [this](const QString &question) {
        QMessageBox box(QMessageBox::Question, tr("Delete KPI"), question, QMessageBox::Cancel,
                        m_window);
        box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.buttonRole(box.clickedButton()) == QMessageBox::DestructiveRole;
    };
    updateEnabled();
}

void KpiActions::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    updateEnabled();
}

void KpiActions::updateEnabled()
{
    const bool open = m_workspace != nullptr;
    const bool kpi = open && m_currentKpi() > 0;
    m_new->setEnabled(open);
    m_owners->setEnabled(open);
    for (QAction *a : {m_edit, m_targets, m_benchmarks, m_changeLog, m_delete})
        a->setEnabled(kpi);
}

namespace {
std::optional<Kpi> kpiOf(Workspace *ws, qint64 id)
{
    return ws && id > 0 ? WorkspaceReader(ws).kpi(id) : std::nullopt;
}
} // namespace

void KpiActions::newKpi()
{
    if (!m_workspace)
        return;
    KpiDialog dialog(m_workspace, std::nullopt, m_window);
    dialog.exec();
}

void KpiActions::editKpi()
{
    if (const std::optional<Kpi> k = kpiOf(m_workspace, m_currentKpi())) {
        KpiDialog dialog(m_workspace, k, m_window);
        dialog.exec();
    }
}

void KpiActions::editTargets()
{
    if (const std::optional<Kpi> k = kpiOf(m_workspace, m_currentKpi())) {
        TargetsDialog dialog(m_workspace, *k, m_window);
        dialog.exec();
    }
}

void KpiActions::editBenchmarks()
{
    if (const std::optional<Kpi> k = kpiOf(m_workspace, m_currentKpi())) {
        BenchmarksDialog dialog(m_workspace, *k, m_window);
        dialog.exec();
    }
}

void KpiActions::showChangeLog()
{
    if (const std::optional<Kpi> k = kpiOf(m_workspace, m_currentKpi())) {
        ChangeLogDialog dialog(m_workspace, k->id, k->name, m_window);
        dialog.exec();
    }
}

void KpiActions::editOwners()
{
    if (!m_workspace)
        return;
    OwnersDialog dialog(m_workspace, m_window);
    dialog.exec();
}

} // namespace Needle

namespace Needle {

bool KpiActions::deleteKpi()
{
    const std::optional<Kpi> k = kpiOf(m_workspace, m_currentKpi());
    if (!k)
        return false;
    const int values = WorkspaceReader(m_workspace).valueCount(k->id);
    const QString question = tr("Delete the KPI \"%1\" with its %n value(s), targets and "
                                "benchmarks?\n\nEdit > Undo brings it back.",
                                nullptr, values)
                                 .arg(k->name);
    if (!m_confirm(question))
        return false;
    QString error;
    if (!m_workspace->removeKpi(k->id, &error)) {
        QMessageBox::warning(m_window, tr("Delete KPI"), error);
        return false;
    }
    emit kpiDeleted(
        tr("Deleted the KPI \"%1\" (%n value(s)). Edit > Undo brings it back.", nullptr, values)
            .arg(k->name));
    return true;
}

void KpiActions::attachTo(QAbstractItemView *view, std::function<void(const QModelIndex &)> open)
{
    view->addAction(m_delete);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view, open](const QPoint &pos) { showContextMenu(view, pos, open); });
}

void KpiActions::showContextMenu(QAbstractItemView *view, const QPoint &pos,
                                 const std::function<void(const QModelIndex &)> &open)
{
    const QModelIndex index = view->indexAt(pos);
    if (index.isValid())
        view->setCurrentIndex(index);
    updateEnabled();
    QMenu menu(view);
    if (index.isValid()) {
        menu.addAction(tr("&Open"), this, [open, index] { open(index); });
        menu.addSeparator();
        for (QAction *a : {m_edit, m_targets, m_benchmarks, m_changeLog})
            menu.addAction(a);
        menu.addSeparator();
        menu.addAction(m_delete);
        menu.addSeparator();
    }
    menu.addAction(m_new);
    menu.exec(view->viewport()->mapToGlobal(pos));
}

} // namespace Needle
