// How long the KPI chart takes with years of daily values: reading and analysing them (the
// feed), building the series, painting offscreen, zooming and hovering. Prints figures for
// docs/ui.md. Run: QT_QPA_PLATFORM=offscreen build/tests/bench_chart
#include "charts/kpichart.h"
#include "charts/kpichartfeed.h"
#include "charts/kpichartview.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Needle;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

std::unique_ptr<Workspace> dailyWorkspace(int days, const QDate &asOf, qint64 *kpiId)
{
    QString error;
    std::unique_ptr<Workspace> ws = Workspace::createInMemory(&error);
    Kpi kpi;
    kpi.key = QStringLiteral("dau");
    kpi.name = QStringLiteral("Daily active users");
    kpi.cadence = Cadence::Daily;
    kpi.aggregation = Aggregation::Average;
    ws->addKpi(&kpi, &error);
    *kpiId = kpi.id;
    QVector<Measurement> values;
    const QDate first = asOf.addDays(-(days - 1));
    for (int i = 0; i < days; ++i) {
        const QDate d = first.addDays(i);
        // Trend, weekly and yearly seasonality, deterministic noise, a few outliers.
        double v = 4000 + i * 0.8 + (d.dayOfWeek() >= 6 ? -900 : 0)
            + 300 * std::sin(2 * M_PI * d.dayOfYear() / 365.0)
            + 120 * std::sin(i * 12.9898) * std::cos(i * 78.233);
        if (i % 397 == 200)
            v *= 0.5;
        values.append({kpi.id, d, std::round(v), 0, 0, QString()});
    }
    ws->setValues(values, QStringLiteral("bench"), &error);
    Target t;
    t.kpiId = kpi.id;
    t.value = 5000;
    t.effectiveFrom = first;
    ws->addTarget(&t, &error);
    t.value = 5500;
    t.effectiveFrom = asOf.addDays(-200);
    t.deadline = asOf.addDays(60);
    ws->addTarget(&t, &error);
    Benchmark b;
    b.kpiId = kpi.id;
    b.label = QStringLiteral("Industry median");
    b.value = 4200;
    ws->addBenchmark(&b, &error);
    return ws;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QDate asOf(2026, 11, 21);
    out << "points  feed_ms  series_ms  render_1280x720_ms  view_paint_ms  zoom_paint_ms  "
           "hover_ms  shown_points  anomalies  forecast\n";
    for (const int days : {1825, 5000}) {
        qint64 kpiId = 0;
        const std::unique_ptr<Workspace> ws = dailyWorkspace(days, asOf, &kpiId);
        const KpiChartRequest request{kpiId, Granularity::Day, {}, {}, asOf};
        KpiChartData data;
        const double feed = medianMs(5, [&] { data = buildKpiChartData(ws.get(), request); });

        KpiChart chart;
        chart.resize(1280, 720);
        const double series = medianMs(5, [&] { chart.setData(data); });

        QImage image(1280, 720, QImage::Format_ARGB32_Premultiplied);
        const double render = medianMs(5, [&] {
            QPainter painter(&image);
            renderKpiChart(&painter, QRectF(0, 0, 1280, 720), data);
        });

        KpiChartView view;
        view.resize(1280, 720);
        view.setData(data);
        view.show();
        QCoreApplication::processEvents();
        QPixmap pixmap(view.size());
        const double paint = medianMs(5, [&] { view.QWidget::render(&pixmap); });
        const double zoom = medianMs(5, [&] {
            view.zoomBy(1.5, 640);
            view.QWidget::render(&pixmap);
        });
        view.resetZoom();
        const QRectF plot = view.kpiChart()->plotArea();
        int step = 0;
        const double hover = medianMs(21, [&] {
            const QPointF at(plot.left() + plot.width() * (step++ % 20) / 20.0, plot.center().y());
            view.kpiChart()->showReadOut(at);
            view.QWidget::render(&pixmap);
        });
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9  %10\n")
                   .arg(data.points.size(), 6)
                   .arg(feed, 7, 'f', 1)
                   .arg(series, 9, 'f', 1)
                   .arg(render, 18, 'f', 1)
                   .arg(paint, 13, 'f', 1)
                   .arg(zoom, 13, 'f', 1)
                   .arg(hover, 8, 'f', 1)
                   .arg(view.kpiChart()->displayedPointCount(), 12)
                   .arg(data.anomalies.size(), 9)
                   .arg(data.forecast.size(), 8);
        out.flush();
    }
    return 0;
}
