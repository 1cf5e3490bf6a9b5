#include "charts/downsample.h"
#include "charts/kpichart.h"
#include "charts/kpichartfeed.h"
#include "workspace/workspace.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QUndoStack>
#include <QValueAxis>
#include <QtTest>

using namespace Needle;

// The chart's series against the workspace they show, display downsampling, and painting.
class TestKpiChart : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void seriesAgainstWorkspace_data();
    void seriesAgainstWorkspace();
    void targetSteps();
    void targetBand();
    void anomaliesForecastNotes();
    void feedFollowsEdits();
    void analysisAnomalyAndForecast();
    void downsampleKeepsExtremes_data();
    void downsampleKeepsExtremes();
    void displayIsDownsampledOnlyWhenDense();
    void readOut();
    void renderPaintsSomething_data();
    void renderPaintsSomething();

private:
    std::unique_ptr<Workspace> m_ws;
    qint64 m_kpi = 0;
    QString m_error;
};

static const QDate kAsOf(2026, 6, 30);

void TestKpiChart::init()
{
    m_ws = Workspace::createInMemory(&m_error);
    QVERIFY2(m_ws, qPrintable(m_error));
    Kpi kpi;
    kpi.key = QStringLiteral("signups");
    kpi.name = QStringLiteral("Sign-ups");
    // Monthly sums of daily values: the targets are per month (issue 15: a chart draws them
    // only beside monthly sums, see targetApplies).
    kpi.cadence = Cadence::Monthly;
    kpi.aggregation = Aggregation::Sum;
    QVERIFY2(m_ws->addKpi(&kpi, &m_error), qPrintable(m_error));
    m_kpi = kpi.id;
    // 181 days, 1 Jan to 30 Jun 2026, value = day of year.
    QVector<Measurement> values;
    for (QDate d(2026, 1, 1); d <= kAsOf; d = d.addDays(1))
        values.append({m_kpi, d, double(d.dayOfYear()), 0, 0, QString()});
    QVERIFY2(m_ws->setValues(values, QStringLiteral("fill"), &m_error), qPrintable(m_error));
    Target t1;
    t1.kpiId = m_kpi;
    t1.value = 3000;
    t1.effectiveFrom = QDate(2026, 1, 1);
    Target t2 = t1;
    t2.value = 4500;
    t2.effectiveFrom = QDate(2026, 4, 1);
    QVERIFY2(m_ws->addTarget(&t1, &m_error), qPrintable(m_error));
    QVERIFY2(m_ws->addTarget(&t2, &m_error), qPrintable(m_error));
    for (const auto &[label, value] : {std::pair{QStringLiteral("Median"), 2500.0},
                                       std::pair{QStringLiteral("Top quartile"), 5000.0}}) {
        Benchmark b;
        b.kpiId = m_kpi;
        b.label = label;
        b.value = value;
        b.source = QStringLiteral("Survey 2025");
        QVERIFY2(m_ws->addBenchmark(&b, &m_error), qPrintable(m_error));
    }
    ReviewNote note;
    note.kpiId = m_kpi;
    note.period = QDate(2026, 3, 1);
    note.text = QStringLiteral("Campaign started");
    QVERIFY2(m_ws->addNote(&note, &m_error), qPrintable(m_error));
}

void TestKpiChart::seriesAgainstWorkspace_data()
{
    QTest::addColumn<Granularity>("granularity");
    QTest::addColumn<int>("points");
    QTest::addColumn<double>("firstValue");
    QTest::newRow("daily") << Granularity::Day << 181 << 1.0;
    QTest::newRow("weekly_iso") << Granularity::Week << 27 << 1.0 + 2 + 3 + 4; // Thu 1 Jan
    QTest::newRow("monthly_sum") << Granularity::Month << 6 << 31.0 * 32 / 2;
    QTest::newRow("quarterly") << Granularity::Quarter << 2 << 90.0 * 91 / 2;
}

void TestKpiChart::seriesAgainstWorkspace()
{
    QFETCH(Granularity, granularity);
    QFETCH(int, points);
    QFETCH(double, firstValue);
    const KpiChartData data = buildKpiChartData(m_ws.get(), {m_kpi, granularity, {}, {}, kAsOf});
    QCOMPARE(data.points.size(), points);
    QCOMPARE(data.points.first().value, firstValue);
    // Monthly targets beside daily, weekly or quarterly sums would mislead: left out.
    const bool targets = granularity == Granularity::Month;
    QCOMPARE(data.targets.size(), targets ? 2 : 0);
    QCOMPARE(data.benchmarks.size(), 2);
    QCOMPARE(data.notes.size(), 1);

    KpiChart chart;
    chart.setMaxBuckets(1000);
    chart.setData(data);
    QCOMPARE(chart.valueSeries()->count(), points);
    QCOMPARE(chart.valueSeries()->at(0).y(), firstValue);
    QCOMPARE(chart.benchmarkSeries().size(), 2);
    QCOMPARE(chart.benchmarkLabels().size(), 2);
    QCOMPARE(chart.benchmarkSeries().at(1)->name(), QStringLiteral("Top quartile"));
    QCOMPARE(chart.benchmarkSeries().at(1)->at(0).y(), 5000.0);
    QCOMPARE(chart.targetSeries() != nullptr, targets);
    QVERIFY(!chart.targetBandSeries());
    QVERIFY(chart.noteSeries());
    QCOMPARE(chart.noteSeries()->count(), 1);
    // Anomalies and forecast come from the analysis at the chart's granularity.
    QCOMPARE(chart.anomalySeries() ? chart.anomalySeries()->count() : 0, data.anomalies.size());
    QCOMPARE(chart.forecastSeries() != nullptr, !data.forecast.isEmpty());
    QCOMPARE(chart.forecastBandSeries() != nullptr, !data.forecast.isEmpty());
    for (const KpiChartData::Anomaly &a : data.anomalies)
        QVERIFY(!a.reason.isEmpty());
    // The value axis holds the values, the targets and the benchmarks.
    QVERIFY(chart.valueAxis()->max() >= 5000);
    QVERIFY(chart.valueAxis()->min() <= 0);
}

void TestKpiChart::targetSteps()
{
    const KpiChartData data =
        buildKpiChartData(m_ws.get(), {m_kpi, Granularity::Month, {}, {}, kAsOf});
    KpiChart chart;
    chart.setData(data);
    const QList<QPointF> steps = chart.targetSeries()->points();
    // Two targets: two horizontal segments, the step at 1 April.
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps.at(0).y(), 3000.0);
    QCOMPARE(steps.at(1).y(), 3000.0);
    QCOMPARE(steps.at(1).x(), KpiChart::xOf(QDate(2026, 4, 1)));
    QCOMPARE(steps.at(2).x(), KpiChart::xOf(QDate(2026, 4, 1)));
    QCOMPARE(steps.at(2).y(), 4500.0);
    QCOMPARE(steps.at(3).y(), 4500.0);
    QVERIFY(steps.at(3).x() >= KpiChart::xOf(QDate(2026, 6, 1)));
}

void TestKpiChart::targetBand()
{
    KpiChartData data;
    data.kpi.name = QStringLiteral("Uptime");
    data.granularity = Granularity::Month;
    for (int m = 1; m <= 6; ++m)
        data.points.append({QDate(2026, m, 1), 99.0 + m * 0.1, false});
    Target band;
    band.low = 99.2;
    band.high = 99.8;
    band.effectiveFrom = QDate(2026, 3, 1);
    data.targets = {band};
    KpiChart chart;
    chart.setData(data);
    QVERIFY(!chart.targetSeries());
    QVERIFY(chart.targetBandSeries());
    QCOMPARE(chart.targetBandSeries()->upperSeries()->at(0).y(), 99.8);
    QCOMPARE(chart.targetBandSeries()->lowerSeries()->at(0).y(), 99.2);
    // The band starts when it took effect, not at the start of the chart.
    QCOMPARE(chart.targetBandSeries()->lowerSeries()->at(0).x(), KpiChart::xOf(QDate(2026, 3, 1)));
}

void TestKpiChart::anomaliesForecastNotes()
{
    KpiChartData data = buildKpiChartData(m_ws.get(), {m_kpi, Granularity::Month, {}, {}, kAsOf});
    data.anomalies.clear();
    data.forecast.clear();
    data.anomalies.append({QDate(2026, 2, 1), data.points.at(1).value,
                           QStringLiteral("38% below the expected value")});
    data.anomalies.append({QDate(2026, 5, 1), data.points.at(4).value, QStringLiteral("spike")});
    data.forecast.append({QDate(2026, 7, 1), 6000, 5500, 6500});
    data.forecast.append({QDate(2026, 8, 1), 6300, 5600, 7000});
    KpiChart chart;
    chart.setData(data);
    QVERIFY(chart.anomalySeries());
    QCOMPARE(chart.anomalySeries()->count(), 2);
    QVERIFY(chart.forecastSeries());
    // The dashed forecast starts at the last value, then the forecast points.
    QCOMPARE(chart.forecastSeries()->count(), 3);
    QCOMPARE(chart.forecastSeries()->at(0).y(), data.points.last().value);
    QCOMPARE(chart.forecastSeries()->pen().style(), Qt::DashLine);
    QVERIFY(chart.forecastBandSeries());
    QCOMPARE(chart.forecastBandSeries()->upperSeries()->at(2).y(), 7000.0);
    QCOMPARE(chart.forecastBandSeries()->lowerSeries()->at(2).y(), 5600.0);
    QVERIFY(chart.valueAxis()->max() >= 7000);
    // Hovering a marker asks for its reason or note text as a tooltip.
    QSignalSpy tips(&chart, &KpiChart::tooltipRequested);
    emit chart.anomalySeries()->hovered(chart.anomalySeries()->at(0), true);
    QCOMPARE(tips.last().first().toString(), QStringLiteral("38% below the expected value"));
    emit chart.noteSeries()->hovered(chart.noteSeries()->at(0), true);
    QVERIFY(tips.last().first().toString().contains(QStringLiteral("Campaign started")));
    emit chart.noteSeries()->hovered(chart.noteSeries()->at(0), false);
    QVERIFY(tips.last().first().toString().isEmpty());
}

void TestKpiChart::feedFollowsEdits()
{
    KpiChartFeed feed(m_ws.get());
    feed.setRequest({m_kpi, Granularity::Day, {}, {}, kAsOf});
    QSignalSpy changed(&feed, &KpiChartFeed::dataChanged);
    QCOMPARE(feed.data().points.last().value, 181.0);
    QVERIFY(m_ws->setValue(m_kpi, kAsOf, -50, &m_error));
    QVERIFY(m_ws->removeValue(m_kpi, kAsOf.addDays(-1), &m_error));
    QTRY_COMPARE(changed.count(), 1); // two edits, one rebuild
    QCOMPARE(feed.data().points.last().value, -50.0);
    QCOMPARE(feed.data().points.size(), 180);
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(feed.data().points.last().value, 181.0);
    feed.setRequest({m_kpi, Granularity::Month, {}, {}, kAsOf}); // where the targets are drawn
    QCOMPARE(feed.data().targets.size(), 2);
    Target t;
    t.kpiId = m_kpi;
    t.value = 10;
    t.effectiveFrom = QDate(2026, 6, 1);
    QVERIFY(m_ws->addTarget(&t, &m_error));
    QTRY_COMPARE(feed.data().targets.size(), 3);
}

void TestKpiChart::analysisAnomalyAndForecast()
{
    // A spike on a smooth series: the analysis flags it with a reason, the chart marks it.
    QVERIFY(m_ws->setValue(m_kpi, QDate(2026, 3, 15), 5000, &m_error));
    const KpiChartData data =
        buildKpiChartData(m_ws.get(), {m_kpi, Granularity::Day, {}, {}, kAsOf});
    const auto spike =
        std::find_if(data.anomalies.cbegin(), data.anomalies.cend(),
                     [](const KpiChartData::Anomaly &a) { return a.period == QDate(2026, 3, 15); });
    QVERIFY(spike != data.anomalies.cend());
    QCOMPARE(spike->value, 5000.0);
    QVERIFY(!spike->reason.isEmpty());
    QVERIFY(!data.forecast.isEmpty());
    QVERIFY(data.forecast.first().period > kAsOf.addDays(-1));
    for (const KpiChartData::ForecastPoint &f : data.forecast)
        QVERIFY(f.low <= f.value && f.value <= f.high);
    KpiChart chart;
    chart.setData(data);
    QSignalSpy tips(&chart, &KpiChart::tooltipRequested);
    emit chart.anomalySeries()->hovered(QPointF(KpiChart::xOf(QDate(2026, 3, 15)), 5000), true);
    QCOMPARE(tips.last().first().toString(), spike->reason);
}

void TestKpiChart::downsampleKeepsExtremes_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("buckets");
    QTest::addColumn<int>("spikeAt");
    QTest::newRow("five_years_daily_into_400px") << 1825 << 400 << 1000;
    QTest::newRow("spike_at_start") << 5000 << 300 << 0;
    QTest::newRow("spike_at_end") << 5000 << 300 << 4999;
    QTest::newRow("fits_unchanged") << 300 << 400 << 10;
}

void TestKpiChart::downsampleKeepsExtremes()
{
    QFETCH(int, count);
    QFETCH(int, buckets);
    QFETCH(int, spikeAt);
    QVector<QPointF> points;
    for (int i = 0; i < count; ++i)
        points.append(QPointF(
            i, std::sin(i / 7.0) * 10 + (i == spikeAt ? 100 : 0) - (i == count / 3 ? 100 : 0)));
    const QVector<QPointF> shown = downsampleMinMax(points, buckets);
    QVERIFY(shown.size() <= std::max<qsizetype>(2 * buckets, count <= 2 * buckets ? count : 0));
    if (count <= 2 * buckets)
        QCOMPARE(shown.size(), count);
    const auto byY = [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); };
    QCOMPARE(*std::max_element(shown.cbegin(), shown.cend(), byY),
             *std::max_element(points.cbegin(), points.cend(), byY));
    QCOMPARE(*std::min_element(shown.cbegin(), shown.cend(), byY),
             *std::min_element(points.cbegin(), points.cend(), byY));
    QCOMPARE(shown.first(), points.first());
    QCOMPARE(shown.last(), points.last());
    for (int i = 1; i < shown.size(); ++i)
        QVERIFY(shown.at(i).x() > shown.at(i - 1).x());
}

void TestKpiChart::displayIsDownsampledOnlyWhenDense()
{
    const KpiChartData data =
        buildKpiChartData(m_ws.get(), {m_kpi, Granularity::Day, {}, {}, kAsOf});
    KpiChart chart;
    chart.setMaxBuckets(50);
    chart.setData(data);
    QVERIFY(chart.valueSeries()->count() <= 100);
    QCOMPARE(chart.chartData().points.size(), 181); // the data itself stays whole
    chart.setMaxBuckets(500);
    QCOMPARE(chart.valueSeries()->count(), 181);
    // Zooming into a month shows every day of it again.
    chart.setMaxBuckets(50);
    chart.showRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
    QVERIFY(chart.valueSeries()->count() >= 31);
    QVERIFY(chart.valueSeries()->count() <= 33);
    chart.resetZoom();
    QVERIFY(chart.valueSeries()->count() <= 100);
}

void TestKpiChart::readOut()
{
    const KpiChartData data =
        buildKpiChartData(m_ws.get(), {m_kpi, Granularity::Month, {}, {}, kAsOf});
    KpiChart chart;
    chart.setData(data);
    const QString april = chart.readOutText(3);
    QVERIFY2(april.contains(QStringLiteral("3,165")) || april.contains(QStringLiteral("3165")),
             qPrintable(april)); // sum of days 91..120
    QVERIFY2(april.contains(QStringLiteral("4,500")) || april.contains(QStringLiteral("4500")),
             qPrintable(april)); // the target in force from 1 April
    QVERIFY(april.contains(QStringLiteral("Top quartile")));
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.setGeometry(0, 0, 800, 400);
    chart.layout()->activate();
    const QPointF at =
        chart.mapToPosition(QPointF(KpiChart::xOf(QDate(2026, 4, 3)), 100), chart.valueSeries());
    QCOMPARE(chart.showReadOut(at), april);
    QVERIFY(chart.showReadOut(QPointF(-5, -5)).isEmpty());
    scene.removeItem(&chart);
}

void TestKpiChart::renderPaintsSomething_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestKpiChart::renderPaintsSomething()
{
    QFETCH(bool, dark);
    const KpiChartData data =
        buildKpiChartData(m_ws.get(), {m_kpi, Granularity::Week, {}, {}, kAsOf});
    const ChartPalette palette = ChartPalette::forDark(dark);
    QImage image(900, 450, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderKpiChart(&painter, QRectF(0, 0, 900, 450), data, palette);
    painter.end();
    image.save(QStringLiteral("kpichart-%1.png")
                   .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
    // The background is the palette's, and the value line's colour appears on it.
    QCOMPARE(image.pixelColor(2, 2), palette.background);
    int lineColoured = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) == palette.values)
                ++lineColoured;
    QVERIFY2(lineColoured > 200, qPrintable(QString::number(lineColoured)));
}

QTEST_MAIN(TestKpiChart)
#include "tst_kpichart.moc"
