#pragma once

#include "report/chartdata.h"
#include "charts/palette.h"

#include <QChart>
#include <QLocale>
#include <optional>

class QAreaSeries;
class QDateTimeAxis;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QGraphicsRectItem;
class QLineSeries;
class QPainter;
class QScatterSeries;
class QValueAxis;

namespace Needle {

// The chart of one KPI (a QChart, so it lives in a QChartView on screen or in a bare
// QGraphicsScene for PDF and slides): the values at a granularity, the target line (time-phased
// targets as steps) or band, labelled benchmark lines, anomaly markers whose tooltip is their
// reason, the forecast dashed with its 80% interval band, and review notes as markers.
// It owns no data source: give it a KpiChartData (see KpiChartFeed). Values are downsampled
// (min/max per pixel column) for display only, and only when there are more points than pixels.
class KpiChart : public QChart
{
    Q_OBJECT
public:
    explicit KpiChart(QGraphicsItem *parent = nullptr);
    ~KpiChart() override;

    void setData(const KpiChartData &data);
    const KpiChartData &chartData() const { return m_data; }
    void setChartPalette(const ChartPalette &palette);
    const ChartPalette &chartPalette() const { return m_palette; }
    void setNumberLocale(const QLocale &locale);

    // Zoom to a date range (null dates: the full range) and back.
    void showRange(const QDate &from, const QDate &to);
    void resetZoom();

    // Display downsampling: at most this many buckets (0: the plot's width in pixels).
    void setMaxBuckets(int buckets);
    int displayedPointCount() const;

    // Hover read-out at a position in chart coordinates: a vertical line at the nearest period
    // and a box with its value, target and benchmark gap. Returns the text shown (empty: none).
    QString showReadOut(const QPointF &chartPosition);
    void hideReadOut();
    // The read-out text of the data point at index i of chartData().points.
    QString readOutText(int i) const;
    std::optional<int> nearestPoint(qreal msecs) const;

    // The series (for views, tests and legends); null when the data has none of that kind.
    QLineSeries *valueSeries() const { return m_values; }
    QLineSeries *targetSeries() const { return m_target; }
    QAreaSeries *targetBandSeries() const { return m_targetBand; }
    QList<QLineSeries *> benchmarkSeries() const { return m_benchmarks; }
    QScatterSeries *anomalySeries() const { return m_anomalies; }
    QLineSeries *forecastSeries() const { return m_forecast; }
    QAreaSeries *forecastBandSeries() const { return m_forecastBand; }
    QScatterSeries *noteSeries() const { return m_notes; }
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *valueAxis() const { return m_valueAxis; }
    QList<QGraphicsSimpleTextItem *> benchmarkLabels() const { return m_benchmarkLabels; }

    // Chart x coordinate of a date: milliseconds since the epoch at noon UTC, so the date reads
    // the same in every time zone.
    static qreal xOf(const QDate &date);
    static QDate dateOf(qreal x);

signals:
    // Hovering an anomaly or note marker: the text to show as a tooltip (empty: hide it).
    void tooltipRequested(const QString &text);
    void zoomChanged();

private:
    void rebuild();
    void clearSeries();
    void addValues();
    void addTargets(qreal x0, qreal x1);
    void addBenchmarks(qreal x0, qreal x1);
    void addAnomalies();
    void addForecast();
    void addNotes();
    void applyPalette();
    void fitValueAxis();
    void updateDisplayedValues();
    void positionLabels();
    QString markerText(QScatterSeries *series, const QPointF &point) const;
    QString format(double value) const;
    void attach(QAbstractSeries *series);

    KpiChartData m_data;
    ChartPalette m_palette;
    QLocale m_locale;
    QVector<QPointF> m_allValues; // every point, in chart coordinates
    int m_maxBuckets = 0;
    bool m_updatingRange = false;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QLineSeries *m_values = nullptr;
    QScatterSeries *m_partial = nullptr;
    QLineSeries *m_target = nullptr;
    QAreaSeries *m_targetBand = nullptr;
    QList<QLineSeries *> m_benchmarks;
    QList<QGraphicsSimpleTextItem *> m_benchmarkLabels;
    QScatterSeries *m_anomalies = nullptr;
    QLineSeries *m_forecast = nullptr;
    QAreaSeries *m_forecastBand = nullptr;
    QScatterSeries *m_notes = nullptr;
    QGraphicsLineItem *m_crosshair = nullptr;
    QGraphicsRectItem *m_readOutBox = nullptr;
    QGraphicsSimpleTextItem *m_readOutText = nullptr;
    QGraphicsSimpleTextItem *m_emptyText = nullptr;
};

// Paints the chart of `data` into `rect` of any painter: a QPdfWriter or QSvgGenerator keeps it
// vector (lines stay lines, text stays text), a QImage rasterises it. The chart is laid out at
// `layoutSize` (default: rect's size) in logical pixels and scaled to fit rect, so fonts keep
// their size relative to the chart whatever the device resolution: for a PDF at 1200 dpi pass
// the size the chart should have at 96 dpi. Needs a QApplication (Qt Charts are widgets).
void renderKpiChart(QPainter *painter, const QRectF &rect, const KpiChartData &data,
                    const ChartPalette &palette = ChartPalette::light(),
                    const QSizeF &layoutSize = QSizeF());

} // namespace Needle
