#include "pdf/reportcharts.h"

#include "charts/kpichart.h"
#include "charts/sparkline.h"

#include <QPainter>

namespace Needle {

ReportPainter::ChartRenderer reportChartRenderer(const ChartDataSource &charts,
                                                 const ReportDocument &document,
                                                 const ReportOptions &unresolved)
{
    const ReportOptions options = unresolved.resolved();
    const ChartPalette palette = ChartPalette::light();
    return [charts, &document, options, palette](QPainter *p, const QRectF &rect, qint64 kpiId,
                                                 bool sparkline) {
        const auto it = document.series.constFind(kpiId);
        if (it == document.series.cend())
            return;
        const ReportSeries &series = it.value();
        if (sparkline) {
            QVector<double> values;
            values.reserve(series.points.size());
            for (const RolledPoint &point : series.points)
                values << point.value;
            std::optional<double> target;
            if (series.target && series.target->value && !series.target->isBand())
                target = *series.target->value;
            paintSparkline(p, rect, values, sparklineStyle(palette), target);
            return;
        }
        KpiChartRequest request;
        request.kpiId = kpiId;
        request.granularity = granularityOf(series.kpi.cadence);
        request.from = series.from;
        request.to = series.to;
        request.asOf = options.asOf;
        KpiChartData data = charts(request);
        // Computed KPIs have no stored values: their points come from the analysis. So do the
        // anomalies and the forecast, where the chart's feed leaves them out.
        if (data.points.isEmpty())
            for (const RolledPoint &point : series.points)
                data.points.append({point.period, point.value, point.partial});
        if (data.anomalies.isEmpty())
            for (const Anomaly &a : series.anomalies)
                data.anomalies.append({a.period, a.value, a.reason});
        if (data.forecast.isEmpty())
            for (const ForecastPoint &f : series.forecast)
                data.forecast.append({f.period, f.value, f.low, f.high});
        // Laid out as it would be on a 96 dpi screen, so its text keeps a reading size.
        const qreal screen = 96.0 / ReportPainter::Resolution;
        renderKpiChart(p, rect, data, palette, rect.size() * screen);
    };
}

} // namespace Needle
