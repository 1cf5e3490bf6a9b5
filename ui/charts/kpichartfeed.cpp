#include "charts/kpichartfeed.h"

#include "workspace/workspace.h"
#include "workspace/workspacechange.h"

namespace Needle {

KpiChartFeed::KpiChartFeed(Workspace *workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &KpiChartFeed::refresh);
    connect(workspace, &Workspace::changed, this, &KpiChartFeed::apply);
}

void KpiChartFeed::setRequest(const KpiChartRequest &request)
{
    m_request = request;
    refresh();
}

void KpiChartFeed::apply(const WorkspaceChange &change)
{
    using R = WorkspaceChange::Record;
    // The KPI's own records; notes (they may move between KPIs); and, for a computed KPI,
    // any value or definition (it depends on others).
    if (change.touchesKpi(m_request.kpiId) || change.touches(R::Note)
        || (m_data.kpi.isComputed() && (change.touches(R::Value) || change.touches(R::Kpi))))
        m_timer.start();
}

void KpiChartFeed::refresh()
{
    m_timer.stop();
    m_data = m_request.kpiId ? buildKpiChartData(m_workspace, m_request) : KpiChartData();
    emit dataChanged();
}

} // namespace Needle
