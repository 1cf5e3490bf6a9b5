#include "charts/kpichartfeed.h"

#include "workspace/workspace.h"

namespace Needle {

KpiChartFeed::KpiChartFeed(Workspace *workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &KpiChartFeed::refresh);
    const auto forKpi = [this](qint64 kpiId) { schedule(kpiId); };
    const auto any = [this] { schedule(0); };
    connect(workspace, &Workspace::valuesChanged, this, forKpi);
    connect(workspace, &Workspace::targetsChanged, this, forKpi);
    connect(workspace, &Workspace::benchmarksChanged, this, forKpi);
    connect(workspace, &Workspace::verdictsChanged, this, forKpi);
    connect(workspace, &Workspace::kpiChanged, this, forKpi);
    connect(workspace, &Workspace::kpiRemoved, this, forKpi);
    connect(workspace, &Workspace::valuesReset, this, any);
    connect(workspace, &Workspace::kpisReset, this, any);
    // Notes may move between KPIs: any note change is worth a look.
    connect(workspace, &Workspace::noteAdded, this, any);
    connect(workspace, &Workspace::noteChanged, this, any);
    connect(workspace, &Workspace::noteRemoved, this, any);
}

void KpiChartFeed::setRequest(const KpiChartRequest &request)
{
    m_request = request;
    refresh();
}

void KpiChartFeed::schedule(qint64 kpiId)
{
    // Computed KPIs depend on others: any value change may move them.
    if (kpiId == 0 || kpiId == m_request.kpiId || m_data.kpi.isComputed())
        m_timer.start();
}

void KpiChartFeed::refresh()
{
    m_timer.stop();
    m_data = m_request.kpiId ? buildKpiChartData(m_workspace, m_request) : KpiChartData();
    emit dataChanged();
}

} // namespace Needle
