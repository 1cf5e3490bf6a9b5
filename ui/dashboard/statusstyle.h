#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QPalette>
#include <QRect>

class QPainter;

namespace Needle::StatusStyle {

// How a status looks on a tile, from the charts' colour-blind-safe palette: always icon shape
// and word together with the colour, so colour is never the only carrier of meaning.
QColor color(Status status, const QPalette &palette);
// "Better" and "worse" for changes, from the same set.
QColor goodColor(const QPalette &palette);
QColor badColor(const QPalette &palette);
// Paints icon and word at the left of rect; returns the width used.
int paintBadge(QPainter *painter, const QRect &rect, Status status, const QPalette &palette);

} // namespace Needle::StatusStyle
