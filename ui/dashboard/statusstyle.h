#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QPalette>
#include <QRect>

class QPainter;

namespace Needle::StatusStyle {

// How a status looks: a colour from a colour-blind-safe set, always with a distinct shape and
// its word, so colour is never the only carrier of meaning.
QColor color(Status status, const QPalette &palette);
// "Better" and "worse" for changes, from the same set.
QColor goodColor(const QPalette &palette);
QColor badColor(const QPalette &palette);
// Paints the status icon (check, warning triangle, cross, dash, question mark) into rect.
void paintIcon(QPainter *painter, const QRectF &rect, Status status, const QPalette &palette);
// Paints icon and word at the left of rect; returns the width used.
int paintBadge(QPainter *painter, const QRect &rect, Status status, const QPalette &palette);

} // namespace Needle::StatusStyle
