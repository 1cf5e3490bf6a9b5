#pragma once

#include "analysis/status.h"

#include <QColor>
#include <QIcon>
#include <QVector>

class QPainter;
class QPalette;
class QRectF;

namespace Needle {

// The one palette of Needle's charts, tiles and reports. Colours come from the Okabe-Ito set, which
// stays distinguishable with the common colour-vision deficiencies; a status is never shown by
// colour alone but always with its icon shape and word as well (statusIcon, displayName(Status)).
struct ChartPalette
{
    bool isDark = false;
    QColor background;
    QColor plotBackground;
    QColor foreground; // text, axis labels
    QColor mutedForeground; // secondary text
    QColor grid;
    QColor values; // the KPI's line
    QColor target; // target line and band edge
    QColor targetBand; // band fill (translucent)
    QVector<QColor> benchmarks; // benchmark lines, in turn
    QColor forecast;
    QColor forecastBand; // interval fill (translucent)
    QColor anomaly;
    QColor note;
    QColor onTrack;
    QColor atRisk;
    QColor offTrack;
    QColor neutral; // no target, no data

    static ChartPalette light();
    static ChartPalette dark();
    static ChartPalette forDark(bool dark) { return dark ? ChartPalette::dark() : light(); }
    // Dark when the widget palette's window colour is dark (follows the system or app theme).
    static ChartPalette fromWidgetPalette(const QPalette &palette);

    QColor statusColor(Status status) const;
    QColor benchmark(int index) const { return benchmarks.at(index % benchmarks.size()); }
};

// Status icon shapes: a check in a circle (on track), an exclamation mark in a triangle (at risk),
// a cross in a diamond (off track), a dash in a circle (no target), an empty circle (no data).
void paintStatusIcon(QPainter *painter, const QRectF &rect, Status status,
                     const ChartPalette &palette);
QIcon statusIcon(Status status, const ChartPalette &palette, int size = 16);

} // namespace Needle
