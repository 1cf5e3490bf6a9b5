#include "editing/kpiactions.h"

#include "editing/benchmarksdialog.h"
#include "editing/changelogdialog.h"
#include "editing/kpidialog.h"
#include "editing/targetsdialog.h"
#include "storage/kpirepository.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QMenu>

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
    m_owners = m_menu->addAction(tr("&Owners..."), this, &KpiActions::editOwners);
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
    for (QAction *a : {m_edit, m_targets, m_benchmarks, m_changeLog})
        a->setEnabled(kpi);
}

namespace {
std::optional<Kpi> kpiOf(Workspace *ws, qint64 id)
{
    return ws && id > 0 ? KpiRepository(ws->connection()).byId(id) : std::nullopt;
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
