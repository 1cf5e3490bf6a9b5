// KpiChart: colours, axes, display downsampling, labels, read-out, zoom and rendering.
#include "analysis/kpianalysis.h"
#include "charts/downsample.h"
#include "charts/kpichart.h"
#include "domain/valueformat.h"
#include <QCoreApplication>

#include <QAreaSeries>
#include <QBrush>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Needle {

namespace {
constexpr qreal kMsPerDay = 24.0 * 3600 * 1000;

QString dateFormatFor(Granularity g, qreal spanDays)
{
    switch (g) {
    case Granularity::Day:
    case Granularity::Week:
        return spanDays > 400 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM yy");
    case Granularity::Month:
    case Granularity::Quarter:
        break;
    }
    return QStringLiteral("MMM yyyy");
}

QString periodLabel(const QDate &period, Granularity g, const QLocale &locale)
{
    switch (g) {
    case Granularity::Day:
        return locale.toString(period, QLocale::ShortFormat);
    case Granularity::Week:
        return QCoreApplication::translate("Needle::KpiChart", "Week of %1")
            .arg(locale.toString(period, QLocale::ShortFormat));
    case Granularity::Month:
        return locale.toString(period, QStringLiteral("MMMM yyyy"));
    case Granularity::Quarter:
        return QCoreApplication::translate("Needle::KpiChart", "Q%1 %2")
            .arg((period.month() - 1) / 3 + 1)
            .arg(period.year());
    }
    return QString();
}
} // namespace

void KpiChart::applyPalette()
{
    const ChartPalette &p = m_palette;
    setBackgroundBrush(p.background);
    setPlotAreaBackgroundBrush(p.plotBackground);
    setPlotAreaBackgroundVisible(true);
    setTitleBrush(p.foreground);
    legend()->setLabelColor(p.foreground);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsColor(p.foreground);
        axis->setTitleBrush(p.mutedForeground);
        axis->setLinePen(QPen(p.grid, 1));
        axis->setGridLinePen(QPen(p.grid, 1));
        axis->setShadesVisible(false);
    }
    m_emptyText->setBrush(p.mutedForeground);
    if (m_values) {
        QPen pen(p.values, 2);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        m_values->setPen(pen);
        m_values->setColor(p.values);
    }
    if (m_partial) {
        m_partial->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        m_partial->setMarkerSize(9);
        m_partial->setColor(p.plotBackground);
        m_partial->setBorderColor(p.values);
        m_partial->setPen(QPen(p.values, 2));
    }
    if (m_target) {
        m_target->setPen(QPen(p.target, 2, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    }
    if (m_targetBand) {
        m_targetBand->setBrush(p.targetBand);
        m_targetBand->setPen(QPen(p.target, 1.2, Qt::DashLine));
        m_targetBand->setColor(p.targetBand);
        m_targetBand->setBorderColor(p.target);
    }
    for (int i = 0; i < m_benchmarks.size(); ++i) {
        m_benchmarks.at(i)->setPen(QPen(p.benchmark(i), 1.5, Qt::DashDotLine));
        m_benchmarkLabels.at(i)->setBrush(p.benchmark(i));
    }
    if (m_forecast)
        m_forecast->setPen(QPen(p.forecast, 2, Qt::DashLine, Qt::RoundCap));
    if (m_forecastBand) {
        m_forecastBand->setPen(Qt::NoPen);
        m_forecastBand->setBrush(p.forecastBand);
        m_forecastBand->setColor(p.forecastBand);
        m_forecastBand->setBorderColor(p.forecastBand);
    }
    if (m_anomalies) {
        // A diamond with a dark outline: the shape says "anomaly" without relying on colour.
        m_anomalies->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
        m_anomalies->setMarkerSize(13);
        m_anomalies->setColor(p.anomaly);
        m_anomalies->setBorderColor(p.foreground);
        m_anomalies->setPen(QPen(p.foreground, 1.2));
    }
    if (m_notes) {
        m_notes->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        m_notes->setMarkerSize(12);
        m_notes->setColor(p.note);
        m_notes->setBorderColor(p.plotBackground);
        m_notes->setPen(QPen(p.plotBackground, 1));
    }
    m_crosshair->setPen(QPen(p.mutedForeground, 1, Qt::DotLine));
    m_readOutBox->setBrush(p.isDark ? QColor(0x2A, 0x2E, 0x35) : QColor(0xFF, 0xFF, 0xFF, 240));
    m_readOutBox->setPen(QPen(p.grid, 1));
    m_readOutText->setBrush(p.foreground);
    // The band edges are part of their area: keep them out of the legend.
    const QList<QLegendMarker *> markers = legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (marker->series() == m_partial)
            marker->setVisible(false);
    }
}

void KpiChart::fitValueAxis()
{
    qreal lo = std::numeric_limits<qreal>::max();
    qreal hi = std::numeric_limits<qreal>::lowest();
    const auto take = [&](qreal v) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    for (const KpiChartData::Point &p : m_data.points)
        take(p.value);
    for (const KpiChartData::ForecastPoint &f : m_data.forecast) {
        take(f.low);
        take(f.high);
    }
    for (const Target &t : m_data.targets) {
        if (t.value)
            take(*t.value);
        if (t.low)
            take(*t.low);
        if (t.high)
            take(*t.high);
    }
    for (const Benchmark &b : m_data.benchmarks)
        take(b.value);
    if (lo > hi) {
        lo = 0;
        hi = 1;
    }
    // Counts, currencies and percentages read best from zero when the data is not far from it.
    if (lo > 0 && lo < (hi - lo) * 0.5)
        lo = 0;
    const qreal span = hi - lo > 0 ? hi - lo : std::max<qreal>(std::abs(hi), 1.0);
    m_valueAxis->setRange(lo - span * 0.05 * (lo != 0), hi + span * 0.08);
    m_valueAxis->applyNiceNumbers();
    const qreal step =
        (m_valueAxis->max() - m_valueAxis->min()) / std::max(1, m_valueAxis->tickCount() - 1);
    const int decimals = step >= 1 ? 0 : std::min(6, int(std::ceil(-std::log10(step))));
    m_valueAxis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    m_valueAxis->setTitleText(ValueFormat::unitSuffix(m_data.kpi));
}

} // namespace Needle

namespace Needle {

void KpiChart::updateDisplayedValues()
{
    if (!m_values)
        return;
    const qreal minX = qreal(m_timeAxis->min().toMSecsSinceEpoch());
    const qreal maxX = qreal(m_timeAxis->max().toMSecsSinceEpoch());
    const int buckets = m_maxBuckets > 0 ? m_maxBuckets : std::max(50, int(plotArea().width()));
    const QVector<QPointF> shown = downsampleMinMax(visibleSlice(m_allValues, minX, maxX), buckets);
    m_values->replace(shown);
    // Point markers help when points are few and far apart; on dense lines they are noise.
    m_values->setPointsVisible(shown.size() <= 60 && shown.size() == m_allValues.size());
    const qreal days = (maxX - minX) / kMsPerDay;
    m_timeAxis->setFormat(dateFormatFor(m_data.granularity, days));
    const int ticks = std::clamp(int(plotArea().width() / 90), 2, 12);
    m_timeAxis->setTickCount(ticks);
}

void KpiChart::positionLabels()
{
    const QRectF plot = plotArea();
    m_emptyText->setPos(plot.center() - m_emptyText->boundingRect().center());
    for (int i = 0; i < m_benchmarks.size(); ++i) {
        QGraphicsSimpleTextItem *label = m_benchmarkLabels.at(i);
        const qreal y = m_data.benchmarks.at(i).value;
        const bool inside = y >= m_valueAxis->min() && y <= m_valueAxis->max() && plot.isValid();
        label->setVisible(inside);
        if (!inside)
            continue;
        const QPointF at =
            mapToPosition(QPointF(m_timeAxis->min().toMSecsSinceEpoch(), y), m_benchmarks.at(i));
        const QRectF box = label->boundingRect();
        // Right-aligned above the line; below it when it would leave the plot.
        qreal top = at.y() - box.height() - 1;
        if (top < plot.top())
            top = at.y() + 1;
        label->setPos(plot.right() - box.width() - 4, top);
    }
}

QString KpiChart::readOutText(int i) const
{
    if (i < 0 || i >= m_data.points.size())
        return QString();
    const KpiChartData::Point &p = m_data.points.at(i);
    QStringList lines;
    QString head = periodLabel(p.period, m_data.granularity, m_locale);
    if (p.partial)
        head += QLatin1Char(' ') + tr("(in progress)");
    lines << head << format(p.value);
    // The target in force: the latest one effective on or before the period's end.
    const std::optional<Target> inForce =
        targetInForce(m_data.targets, periodEnd(p.period, m_data.granularity));
    if (inForce && inForce->isBand())
        lines << tr("Target %1 to %2").arg(format(*inForce->low), format(*inForce->high));
    else if (inForce && inForce->value)
        lines << tr("Target %1").arg(format(*inForce->value));
    for (const Benchmark &b : m_data.benchmarks)
        lines << QStringLiteral("%1 %2").arg(b.label, format(b.value));
    for (const KpiChartData::Anomaly &a : m_data.anomalies)
        if (a.period == p.period)
            lines << tr("Anomaly: %1").arg(a.reason);
    return lines.join(QLatin1Char('\n'));
}

QString KpiChart::showReadOut(const QPointF &chartPosition)
{
    const QRectF plot = plotArea();
    if (!m_values || !plot.contains(chartPosition)) {
        hideReadOut();
        return QString();
    }
    const QPointF value = mapToValue(chartPosition, m_values);
    const std::optional<int> i = nearestPoint(value.x());
    if (!i) {
        hideReadOut();
        return QString();
    }
    const QPointF point = m_allValues.at(*i);
    const QPointF at = mapToPosition(point, m_values);
    if (at.x() < plot.left() || at.x() > plot.right()) {
        hideReadOut();
        return QString();
    }
    const QString text = readOutText(*i);
    m_crosshair->setLine(at.x(), plot.top(), at.x(), plot.bottom());
    m_readOutText->setText(text);
    const QRectF textBox = m_readOutText->boundingRect();
    m_readOutText->setPos(6, 4);
    QRectF box(0, 0, textBox.width() + 12, textBox.height() + 8);
    // Beside the line, on the side with room, and inside the plot.
    qreal left = at.x() + 10;
    if (left + box.width() > plot.right())
        left = at.x() - 10 - box.width();
    const qreal top = std::clamp(chartPosition.y() - box.height() / 2, plot.top(),
                                 std::max(plot.top(), plot.bottom() - box.height()));
    m_readOutBox->setRect(box);
    m_readOutBox->setPos(left, top);
    m_crosshair->setVisible(true);
    m_readOutBox->setVisible(true);
    return text;
}

void KpiChart::hideReadOut()
{
    m_crosshair->setVisible(false);
    m_readOutBox->setVisible(false);
}

void KpiChart::showRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        resetZoom();
        return;
    }
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xOf(from)), Qt::UTC),
                         QDateTime::fromMSecsSinceEpoch(qint64(xOf(to)), Qt::UTC));
}

void KpiChart::resetZoom()
{
    zoomReset();
    rebuild(); // restores both axes exactly, whatever zooming and scrolling did
    emit zoomChanged();
}

void renderKpiChart(QPainter *painter, const QRectF &rect, const KpiChartData &data,
                    const ChartPalette &palette, const QSizeF &layoutSize)
{
    const QSizeF size = layoutSize.isEmpty() ? rect.size() : layoutSize;
    QGraphicsScene scene;
    auto *chart = new KpiChart;
    chart->setChartPalette(palette);
    chart->setData(data);
    scene.addItem(chart); // the scene owns and deletes it
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    if (chart->layout())
        chart->layout()->activate(); // lay out now: there is no event loop turn before painting
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    // QChart leaves a thin margin around its background: fill it so the chart is one surface.
    painter->fillRect(rect, palette.background);
    scene.render(painter, rect, scene.sceneRect(), Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace Needle
