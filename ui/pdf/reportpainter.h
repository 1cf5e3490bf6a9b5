#pragma once

#include "report/reportlayout.h"

#include <QFont>
#include <QFontMetricsF>
#include <functional>

class QPainter;
class QPdfWriter;

namespace Needle {

// Measures and paints laid-out report pages on a PDF writer. Layout is in points; the writer
// works at `Resolution` dots per inch, so every rect is scaled on the way to the device.
class ReportPainter : public TextMeasurer
{
public:
    static constexpr int Resolution = 1200;

    // Draws the chart (or the sparkline) of a KPI into a rect in device units.
    using ChartRenderer =
        std::function<void(QPainter *p, const QRectF &rect, qint64 kpiId, bool sparkline)>;

    ReportPainter(const QString &family, QPdfWriter *writer, ChartRenderer charts = {});

    qreal width(TextStyle style, const QString &text) const override;
    qreal lineHeight(TextStyle style) const override;

    void paintPage(QPainter *p, const ReportLayout &layout, int page,
                   const ReportDocument &document) const;

private:
    QFont font(TextStyle style) const;
    QRectF device(const QRectF &points) const;
    void paintText(QPainter *p, const PlacedItem &item) const;
    void paintStatusIcon(QPainter *p, const PlacedItem &item) const;
    void paintFooter(QPainter *p, const ReportLayout &layout, int page,
                     const ReportDocument &document) const;

    QString m_family;
    QPdfWriter *m_writer;
    qreal m_scale; // device units per point
    ChartRenderer m_charts;
    QVector<QFont> m_fonts;
    QVector<QFontMetricsF> m_metrics;
};

} // namespace Needle
