#include "charts/kpichart.h"

#include "charts/downsample.h"
#include "domain/valueformat.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Needle {

namespace {
constexpr qint64 kMsPerDay = 24 * 3600 * 1000;
} // namespace

KpiChart::KpiChart(QGraphicsItem *parent) : QChart(parent), m_palette(ChartPalette::light())
{
    setAnimationOptions(QChart::NoAnimation);
    setLocalizeNumbers(true);
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setShowToolTips(true);
    setMargins(QMargins(6, 6, 6, 6));
    setBackgroundRoundness(0);

    m_timeAxis = new QDateTimeAxis(this);
    m_valueAxis = new QValueAxis(this);
    addAxis(m_timeAxis, Qt::AlignBottom);
    addAxis(m_valueAxis, Qt::AlignLeft);
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, [this] {
        if (m_updatingRange)
            return;
        updateDisplayedValues();
        positionLabels();
        emit zoomChanged();
    });
    connect(m_valueAxis, &QValueAxis::rangeChanged, this, [this] { positionLabels(); });
    connect(this, &QChart::plotAreaChanged, this, [this] {
        updateDisplayedValues();
        positionLabels();
    });

    m_crosshair = new QGraphicsLineItem(this);
    m_crosshair->setZValue(20);
    m_readOutBox = new QGraphicsRectItem(this);
    m_readOutBox->setZValue(21);
    m_readOutText = new QGraphicsSimpleTextItem(m_readOutBox);
    m_emptyText = new QGraphicsSimpleTextItem(this);
    m_emptyText->setZValue(10);
    hideReadOut();
    applyPalette();
}

KpiChart::~KpiChart() = default;

qreal KpiChart::xOf(const QDate &date)
{
    return qreal(QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

QDate KpiChart::dateOf(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC).date();
}

void KpiChart::setData(const KpiChartData &data)
{
    m_data = data;
    rebuild();
}

void KpiChart::setChartPalette(const ChartPalette &palette)
{
    m_palette = palette;
    rebuild();
}

void KpiChart::setNumberLocale(const QLocale &locale)
{
    m_locale = locale;
    setLocale(locale);
    rebuild();
}

void KpiChart::setMaxBuckets(int buckets)
{
    m_maxBuckets = buckets;
    updateDisplayedValues();
}

int KpiChart::displayedPointCount() const
{
    return m_values ? int(m_values->count()) : 0;
}

QString KpiChart::format(double value) const
{
    return ValueFormat::format(m_data.kpi, value, m_locale);
}

void KpiChart::attach(QAbstractSeries *series)
{
    addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_valueAxis);
}

void KpiChart::clearSeries()
{
    removeAllSeries(); // deletes them
    m_values = m_target = m_forecast = nullptr;
    m_partial = m_anomalies = m_notes = nullptr;
    m_targetBand = m_forecastBand = nullptr;
    m_benchmarks.clear();
    qDeleteAll(m_benchmarkLabels);
    m_benchmarkLabels.clear();
}

void KpiChart::rebuild()
{
    hideReadOut();
    clearSeries();
    setTitle(m_data.title.isEmpty() ? m_data.kpi.name : m_data.title);
    const QDate first = m_data.firstDate();
    const QDate last = m_data.lastDate();
    m_emptyText->setVisible(m_data.points.isEmpty());
    m_emptyText->setText(m_data.error.isEmpty() ? tr("No values in this period") : m_data.error);
    if (!first.isValid()) {
        m_updatingRange = true;
        m_timeAxis->setRange(QDateTime::currentDateTimeUtc().addDays(-30),
                             QDateTime::currentDateTimeUtc());
        m_valueAxis->setRange(0, 1);
        m_updatingRange = false;
        applyPalette();
        positionLabels();
        return;
    }
    // Half a period of room at each end keeps the first and last markers inside the plot.
    const qreal pad = first == last
        ? 15.0 * kMsPerDay
        : std::min<qreal>(15.0 * kMsPerDay, (xOf(last) - xOf(first)) / 60.0);
    const qreal x0 = xOf(first) - pad;
    const qreal x1 = xOf(last) + pad;
    addTargets(x0, x1);
    addForecast();
    addValues();
    addBenchmarks(x0, x1);
    addNotes();
    addAnomalies();
    m_updatingRange = true;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(x0), Qt::UTC),
                         QDateTime::fromMSecsSinceEpoch(qint64(x1), Qt::UTC));
    m_updatingRange = false;
    fitValueAxis();
    applyPalette();
    updateDisplayedValues();
    positionLabels();
}

void KpiChart::addValues()
{
    m_allValues.clear();
    m_allValues.reserve(m_data.points.size());
    for (const KpiChartData::Point &p : m_data.points)
        m_allValues.append(QPointF(xOf(p.period), p.value));
    m_values = new QLineSeries(this);
    // The title names the KPI; in the legend a short word leaves room for the other entries.
    m_values->setName(tr("Values"));
    attach(m_values);
    if (!m_data.points.isEmpty() && m_data.points.last().partial) {
        m_partial = new QScatterSeries(this);
        m_partial->setName(tr("Period in progress"));
        m_partial->append(m_allValues.last());
        attach(m_partial);
    }
}

void KpiChart::addTargets(qreal x0, qreal x1)
{
    QVector<QPointF> line;
    QVector<QPointF> bandLow;
    QVector<QPointF> bandHigh;
    const QVector<Target> &targets = m_data.targets;
    for (int i = 0; i < targets.size(); ++i) {
        const Target &t = targets.at(i);
        const qreal start = std::max(x0, xOf(t.effectiveFrom));
        const qreal end =
            i + 1 < targets.size() ? std::min(x1, xOf(targets.at(i + 1).effectiveFrom)) : x1;
        if (end <= start)
            continue;
        if (t.isBand()) {
            bandLow << QPointF(start, *t.low) << QPointF(end, *t.low);
            bandHigh << QPointF(start, *t.high) << QPointF(end, *t.high);
        } else if (t.value) {
            line << QPointF(start, *t.value) << QPointF(end, *t.value);
        }
    }
    if (!bandLow.isEmpty()) {
        auto *low = new QLineSeries(this);
        auto *high = new QLineSeries(this);
        low->append(bandLow);
        high->append(bandHigh);
        m_targetBand = new QAreaSeries(high, low);
        m_targetBand->setName(tr("Target band"));
        attach(m_targetBand);
    }
    if (!line.isEmpty()) {
        m_target = new QLineSeries(this);
        m_target->setName(tr("Target"));
        m_target->append(line);
        attach(m_target);
    }
}

void KpiChart::addBenchmarks(qreal x0, qreal x1)
{
    for (const Benchmark &b : m_data.benchmarks) {
        auto *series = new QLineSeries(this);
        series->setName(b.label);
        series->append(x0, b.value);
        series->append(x1, b.value);
        attach(series);
        m_benchmarks.append(series);
        auto *label = new QGraphicsSimpleTextItem(this);
        label->setZValue(8);
        label->setText(QStringLiteral("%1 %2").arg(b.label, format(b.value)));
        QString tip = b.label;
        if (!b.source.isEmpty())
            tip += QLatin1Char('\n') + tr("Source: %1").arg(b.source);
        if (b.asOf.isValid())
            tip += QLatin1Char('\n')
                + tr("As of %1").arg(m_locale.toString(b.asOf, QLocale::ShortFormat));
        label->setToolTip(tip);
        m_benchmarkLabels.append(label);
    }
}

void KpiChart::addAnomalies()
{
    if (m_data.anomalies.isEmpty())
        return;
    m_anomalies = new QScatterSeries(this);
    m_anomalies->setName(tr("Anomaly"));
    for (const KpiChartData::Anomaly &a : m_data.anomalies)
        m_anomalies->append(xOf(a.period), a.value);
    attach(m_anomalies);
    connect(m_anomalies, &QScatterSeries::hovered, this, [this](const QPointF &p, bool state) {
        emit tooltipRequested(state ? markerText(m_anomalies, p) : QString());
    });
}

void KpiChart::addForecast()
{
    if (m_data.forecast.isEmpty())
        return;
    auto *low = new QLineSeries(this);
    auto *high = new QLineSeries(this);
    m_forecast = new QLineSeries(this);
    m_forecast->setName(tr("Forecast"));
    // The forecast continues the solid line from the last complete period (a period in
    // progress is not a value to forecast from).
    auto lastComplete = std::find_if(m_data.points.crbegin(), m_data.points.crend(),
                                     [](const KpiChartData::Point &p) { return !p.partial; });
    if (lastComplete != m_data.points.crend()) {
        const KpiChartData::Point &lastPoint = *lastComplete;
        const qreal x = xOf(lastPoint.period);
        m_forecast->append(x, lastPoint.value);
        low->append(x, lastPoint.value);
        high->append(x, lastPoint.value);
    }
    for (const KpiChartData::ForecastPoint &f : m_data.forecast) {
        const qreal x = xOf(f.period);
        m_forecast->append(x, f.value);
        low->append(x, f.low);
        high->append(x, f.high);
    }
    m_forecastBand = new QAreaSeries(high, low);
    m_forecastBand->setName(tr("80% forecast interval"));
    attach(m_forecastBand);
    attach(m_forecast);
}

void KpiChart::addNotes()
{
    if (m_data.notes.isEmpty() || m_data.points.isEmpty())
        return;
    m_notes = new QScatterSeries(this);
    m_notes->setName(tr("Review note"));
    QVector<qreal> placed;
    for (const KpiChartData::Note &n : m_data.notes) {
        // A note sits on the line at its period (or the nearest point), once per period.
        const std::optional<int> at = nearestPoint(xOf(n.period));
        if (!at)
            continue;
        const qreal x = xOf(m_data.points.at(*at).period);
        if (placed.contains(x))
            continue;
        placed.append(x);
        m_notes->append(x, m_data.points.at(*at).value);
    }
    attach(m_notes);
    connect(m_notes, &QScatterSeries::hovered, this, [this](const QPointF &p, bool state) {
        emit tooltipRequested(state ? markerText(m_notes, p) : QString());
    });
}

QString KpiChart::markerText(QScatterSeries *series, const QPointF &point) const
{
    // Markers are hovered by position: take the nearest marker's period.
    const QVector<QPointF> points = series->points();
    if (points.isEmpty())
        return QString();
    const auto nearest =
        std::min_element(points.cbegin(), points.cend(), [&](const QPointF &a, const QPointF &b) {
            return std::abs(a.x() - point.x()) < std::abs(b.x() - point.x());
        });
    const QDate period = dateOf(nearest->x());
    QStringList lines;
    if (series == m_anomalies) {
        for (const KpiChartData::Anomaly &a : m_data.anomalies)
            if (a.period == period)
                lines << a.reason;
    } else {
        for (const KpiChartData::Note &n : m_data.notes) {
            const std::optional<int> at = nearestPoint(xOf(n.period));
            if (at && m_data.points.at(*at).period == period)
                lines << QStringLiteral("%1: %2").arg(displayName(n.kind), n.text);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<int> KpiChart::nearestPoint(qreal msecs) const
{
    if (m_allValues.isEmpty())
        return std::nullopt;
    const auto it = std::lower_bound(m_allValues.cbegin(), m_allValues.cend(), msecs,
                                     [](const QPointF &p, qreal x) { return p.x() < x; });
    int i = int(it - m_allValues.cbegin());
    if (i == m_allValues.size())
        return i - 1;
    if (i > 0 && msecs - m_allValues.at(i - 1).x() < m_allValues.at(i).x() - msecs)
        --i;
    return i;
}

} // namespace Needle
