#include "charts/sparkline.h"

#include "charts/downsample.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Needle {

SparklineStyle sparklineStyle(const ChartPalette &palette)
{
    SparklineStyle style;
    style.line = palette.values;
    style.target = palette.target;
    return style;
}

void paintSparkline(QPainter *painter, const QRectF &rect, const QVector<double> &values,
                    const SparklineStyle &style, std::optional<double> target)
{
    QVector<QPointF> points;
    points.reserve(values.size());
    for (int i = 0; i < values.size(); ++i)
        if (std::isfinite(values.at(i)))
            points.append(QPointF(i, values.at(i)));
    if (points.isEmpty() || rect.width() < 4 || rect.height() < 4)
        return;
    points = downsampleMinMax(points, std::max(1, int(rect.width())));
    double lo = points.first().y();
    double hi = lo;
    for (const QPointF &p : std::as_const(points)) {
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
    }
    if (target && std::isfinite(*target)) {
        lo = std::min(lo, *target);
        hi = std::max(hi, *target);
    }
    // Room for the end dot inside the rect.
    const qreal dot = std::max<qreal>(2.0, style.lineWidth * 1.6);
    const QRectF area = rect.adjusted(dot, dot, -dot, -dot);
    const qreal lastX = std::max<qreal>(1.0, qreal(values.size() - 1));
    const auto map = [&](const QPointF &p) {
        const qreal x = area.left() + area.width() * p.x() / lastX;
        const qreal y =
            hi > lo ? area.bottom() - area.height() * (p.y() - lo) / (hi - lo) : area.center().y();
        return QPointF(values.size() == 1 ? area.right() : x, y);
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath line;
    line.moveTo(map(points.first()));
    for (int i = 1; i < points.size(); ++i)
        line.lineTo(map(points.at(i)));
    if (style.fillBelow && points.size() > 1) {
        QPainterPath filled = line;
        filled.lineTo(map(points.last()).x(), area.bottom());
        filled.lineTo(map(points.first()).x(), area.bottom());
        filled.closeSubpath();
        QColor fill = style.line;
        fill.setAlpha(40);
        painter->fillPath(filled, fill);
    }
    if (target && std::isfinite(*target) && style.target.isValid()) {
        const qreal y = map(QPointF(0, *target)).y();
        painter->setPen(QPen(style.target, 1, Qt::DashLine));
        painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    painter->setPen(QPen(style.line, style.lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.lastPoint.isValid() ? style.lastPoint : style.line);
    painter->drawEllipse(map(points.last()), dot, dot);
    painter->restore();
}

} // namespace Needle
