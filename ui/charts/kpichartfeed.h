#pragma once

#include "report/chartdata.h"

#include <QObject>
#include <QTimer>

namespace Needle {

class Workspace;
struct WorkspaceChange;

// A live KpiChartData: rebuilt (once per event-loop turn, however many edits arrive) whenever
// the workspace changes the KPI's values, targets, benchmarks, notes, verdicts or definition.
class KpiChartFeed : public QObject
{
    Q_OBJECT
public:
    explicit KpiChartFeed(Workspace *workspace, QObject *parent = nullptr);

    void setRequest(const KpiChartRequest &request);
    const KpiChartRequest &request() const { return m_request; }
    const KpiChartData &data() const { return m_data; }
    // Rebuilds now instead of on the next event-loop turn.
    void refresh();

signals:
    void dataChanged();

private:
    void apply(const WorkspaceChange &change);

    Workspace *m_workspace;
    KpiChartRequest m_request;
    KpiChartData m_data;
    QTimer m_timer;
};

} // namespace Needle
