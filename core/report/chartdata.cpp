#include "report/chartdata.h"

#include "analysis/workspaceanalyzer.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace Needle {

QDate KpiChartData::firstDate() const
{
    if (from.isValid())
        return from;
    if (!points.isEmpty())
        return points.first().period;
    return forecast.isEmpty() ? QDate() : forecast.first().period;
}

QDate KpiChartData::lastDate() const
{
    if (to.isValid())
        return to;
    if (!forecast.isEmpty())
        return forecast.last().period;
    return points.isEmpty() ? QDate() : points.last().period;
}

namespace {
QString anomalyText(const Anomaly &a)
{
    if (!a.verdict)
        return a.reason;
    QString verdict = displayName(a.verdict->verdict);
    if (!a.verdict->explanation.isEmpty())
        verdict = QCoreApplication::translate("Needle::KpiChartFeed", "%1: %2")
                      .arg(verdict, a.verdict->explanation);
    return QCoreApplication::translate("Needle::KpiChartFeed", "%1\nReviewed: %2")
        .arg(a.reason, verdict);
}
} // namespace

KpiChartData buildKpiChartData(Workspace *workspace, const KpiChartRequest &request,
                               KpiAnalysis *analysis)
{
    return buildKpiChartData(workspace->connection(), request, analysis);
}

KpiChartData buildKpiChartData(const QSqlDatabase &db, const KpiChartRequest &request,
                               KpiAnalysis *analysisOut)
{
    KpiChartData data;
    data.granularity = request.granularity;
    // The KPI with the KPIs its formula uses, so computed KPIs chart like stored ones.
    QVector<KpiInput> inputs = readKpiInputs(db, {request.kpiId}, &data.error);
    const auto self = std::find_if(inputs.begin(), inputs.end(),
                                   [&](const KpiInput &in) { return in.kpi.id == request.kpiId; });
    if (self == inputs.end())
        return data;
    data.kpi = self->kpi;
    // A target is stated per period of the KPI's cadence: sums over longer periods are drawn
    // without it rather than against a line they cannot be compared with.
    if (targetApplies(data.kpi, request.granularity))
        data.targets = self->targets;
    data.benchmarks = self->benchmarks;
    const QDate asOf = request.asOf.isValid() ? request.asOf : QDate::currentDate();
    const QDate to = request.to.isValid() ? std::min(request.to, asOf) : asOf;
    // Whole periods: a range starting mid-month still shows that month's full value.
    const QDate from =
        request.from.isValid() ? periodStart(request.from, request.granularity) : QDate();
    data.from = from;
    data.to = request.to.isValid() ? periodStart(to, request.granularity) : QDate();

    // Analysed at the chart's granularity over the whole history up to `to`, so the points,
    // anomalies and forecast share the periods drawn, and detection has the full history.
    self->kpi.cadence = cadenceOf(request.granularity);
    AnalysisOptions options;
    options.asOf = to;
    const QVector<KpiAnalysis> results = analyzeKpis(inputs, options);
    const int index = int(self - inputs.begin());
    if (index >= results.size())
        return data;
    const KpiAnalysis &a = results.at(index);
    data.error = a.error;
    for (const RolledPoint &p : a.points)
        if (!from.isValid() || p.period >= from)
            data.points.append({p.period, p.value, p.partial && to == asOf});
    const QVector<Anomaly> anomalies = a.anomaliesBetween(from, to, false);
    for (const Anomaly &an : anomalies)
        data.anomalies.append({an.period, an.value, anomalyText(an)});
    if (a.forecast.valid && to == asOf)
        for (const ForecastPoint &f : a.forecast.points)
            data.forecast.append({f.period, f.value, f.low, f.high});
    data.subtitle = a.trend.valid ? a.trend.sentence : QString();

    const QVector<ReviewNote> notes = ReviewRepository(db).notesForKpi(request.kpiId);
    for (const ReviewNote &n : notes) {
        const QDate day = n.period.isValid() ? n.period : n.createdAt.date();
        if (!day.isValid() || (from.isValid() && day < from) || day > to)
            continue;
        data.notes.append({periodStart(day, request.granularity), n.kind, n.text});
    }
    if (analysisOut)
        *analysisOut = a;
    return data;
}

ChartDataSource chartDataSource(const QSqlDatabase &db)
{
    return [db](const KpiChartRequest &request) { return buildKpiChartData(db, request); };
}

} // namespace Needle
