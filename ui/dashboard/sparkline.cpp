#include "dashboard/sparkline.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace Needle::Sparkline {

void paint(QPainter *p, const QRectF &rect, const QVector<double> &values,
           std::optional<double> target, const QColor &lastPoint, const QPalette &palette)
{
    if (values.size() < 2 || rect.width() < 8 || rect.height() < 4)
        return;
    double lo = *std::min_element(values.cbegin(), values.cend());
    double hi = *std::max_element(values.cbegin(), values.cend());
    if (target && std::isfinite(*target) && *target >= lo - (hi - lo) && *target <= hi + (hi - lo)) {
        lo = std::min(lo, *target);
        hi = std::max(hi, *target);
    } else {
        target.reset();
    }
    if (hi - lo < 1e-12) {
        hi += 1;
        lo -= 1;
    }
    const QRectF r = rect.adjusted(2, 3, -4, -3);
    auto at = [&](int i, double v) {
        return QPointF(r.left() + r.width() * i / (values.size() - 1),
                       r.bottom() - (v - lo) / (hi - lo) * r.height());
    };
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (target) {
        const double y = at(0, *target).y();
        p->setPen(QPen(palette.color(QPalette::Mid), 1, Qt::DashLine));
        p->drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    }
    // More points than pixels: keep each pixel column's range so spikes stay visible.
    QPolygonF line;
    const int columns = std::max(2, int(r.width()));
    if (values.size() <= columns * 2) {
        line.reserve(values.size());
        for (int i = 0; i < values.size(); ++i)
            line << at(i, values.at(i));
    } else {
        int i = 0;
        for (int c = 0; c < columns; ++c) {
            const int end = int(qint64(values.size()) * (c + 1) / columns);
            double mn = values.at(i), mx = values.at(i);
            const int start = i;
            for (; i < end; ++i) {
                mn = std::min(mn, values.at(i));
                mx = std::max(mx, values.at(i));
            }
            line << at(start, mn) << at(std::max(start, end - 1), mx);
        }
    }
    QColor stroke = palette.color(QPalette::Text);
    stroke.setAlphaF(0.75f);
    p->setPen(QPen(stroke, 1.4));
    p->drawPolyline(line);
    p->setPen(Qt::NoPen);
    p->setBrush(lastPoint);
    p->drawEllipse(at(int(values.size()) - 1, values.last()), 3, 3);
    p->restore();
}

} // namespace Needle::Sparkline
