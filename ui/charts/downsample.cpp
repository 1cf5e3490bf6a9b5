#include "charts/downsample.h"

#include <algorithm>

namespace Needle {

QVector<QPointF> downsampleMinMax(const QVector<QPointF> &points, int buckets)
{
    if (buckets < 1 || points.size() <= 2 * buckets)
        return points;
    const qreal first = points.first().x();
    const qreal span = points.last().x() - first;
    if (span <= 0)
        return points;
    QVector<QPointF> out;
    out.reserve(2 * buckets + 2);
    int i = 0;
    const int n = int(points.size());
    for (int b = 0; b < buckets && i < n; ++b) {
        const qreal end = b == buckets - 1 ? points.last().x() : first + span * (b + 1) / buckets;
        int lo = i;
        int hi = i;
        int j = i;
        for (; j < n && (points.at(j).x() <= end || b == buckets - 1); ++j) {
            if (points.at(j).y() < points.at(lo).y())
                lo = j;
            if (points.at(j).y() > points.at(hi).y())
                hi = j;
        }
        if (j == i)
            continue; // an empty bucket (a gap in the data)
        out.append(points.at(std::min(lo, hi)));
        if (lo != hi)
            out.append(points.at(std::max(lo, hi)));
        i = j;
    }
    return out;
}

QVector<QPointF> visibleSlice(const QVector<QPointF> &points, qreal minX, qreal maxX)
{
    const auto byX = [](const QPointF &p, qreal x) { return p.x() < x; };
    auto begin = std::lower_bound(points.cbegin(), points.cend(), minX, byX);
    auto end = std::lower_bound(begin, points.cend(), maxX, byX);
    if (begin != points.cbegin())
        --begin;
    if (end != points.cend())
        ++end;
    return QVector<QPointF>(begin, end);
}

} // namespace Needle
