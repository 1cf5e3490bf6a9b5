#pragma once

#include "charts/palette.h"

#include <QRectF>
#include <QVector>
#include <optional>

class QPainter;

namespace Needle {

// A word-sized chart for tiles and report tables: the values as a line scaled to the rect, an
// optional target as a thin dashed line, the last value as a dot (in the status colour when one
// is given). Painting only; more values than pixels are reduced to min/max per pixel column.
struct SparklineStyle
{
    QColor line;
    QColor target;
    QColor lastPoint; // invalid: the line's colour
    qreal lineWidth = 1.5;
    bool fillBelow = true; // a faint area under the line
};

SparklineStyle sparklineStyle(const ChartPalette &palette);

void paintSparkline(QPainter *painter, const QRectF &rect, const QVector<double> &values,
                    const SparklineStyle &style, std::optional<double> target = std::nullopt);

} // namespace Needle
