#pragma once

#include "analysis/kpianalysis.h"
#include "charts/kpichartdata.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace Needle {

class Workspace;

// What to chart: a KPI at a granularity over a range of dates, as of a day.
struct KpiChartRequest
{
    qint64 kpiId = 0;
    Granularity granularity = Granularity::Month;
    QDate from; // null: from the first value
    QDate to; // null: up to asOf
    QDate asOf; // null: today
};

// Reads what a KPI chart shows from the workspace: the KPI analysed at the chart's granularity
// (values rolled up, or evaluated for computed KPIs; anomalies with their reasons and verdicts;
// the forecast with its 80% interval), its targets, benchmarks and review notes. Used by the KPI
// view, the PDF report and the review slides, so all three show the same chart of the same
// data. The analysis behind it goes to *analysis when given.
KpiChartData buildKpiChartData(Workspace *workspace, const KpiChartRequest &request,
                               KpiAnalysis *analysis = nullptr);
// The same from a bare connection: the headless PDF export reads a workspace without opening it
// for editing.
KpiChartData buildKpiChartData(const QSqlDatabase &db, const KpiChartRequest &request,
                               KpiAnalysis *analysis = nullptr);

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
    void schedule(qint64 kpiId);

    Workspace *m_workspace;
    KpiChartRequest m_request;
    KpiChartData m_data;
    QTimer m_timer;
};

} // namespace Needle
