#pragma once

#include <QPointF>
#include <QVector>

namespace Needle {

// Display downsampling for line charts: splits the points (x ascending) into `buckets` equal
// x-ranges and keeps, per bucket, its lowest and highest point in x order, so every peak and dip
// stays visible. Returns the points unchanged when they fit (size <= 2 * buckets). For drawing
// only: analysis always works on the full series.
QVector<QPointF> downsampleMinMax(const QVector<QPointF> &points, int buckets);

// The points whose x lies in [minX, maxX], plus one neighbour on each side so lines run to the
// edges of the plot.
QVector<QPointF> visibleSlice(const QVector<QPointF> &points, qreal minX, qreal maxX);

} // namespace Needle
