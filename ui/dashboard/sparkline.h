#pragma once

#include <QColor>
#include <QPalette>
#include <QRectF>
#include <QVector>
#include <optional>

class QPainter;

namespace Needle::Sparkline {

// A word-sized line of a series with an optional target line and the last point marked.
void paint(QPainter *painter, const QRectF &rect, const QVector<double> &values,
           std::optional<double> target, const QColor &lastPoint, const QPalette &palette);

} // namespace Needle::Sparkline
