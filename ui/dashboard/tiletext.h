#pragma once

#include "dashboard/tile.h"

#include <QLocale>
#include <QString>

namespace Needle::TileText {

// The words and numbers of a tile, shared by the painted tile, its tooltip and what a screen
// reader says, so the three never disagree.
QString value(const Tile &tile, const QLocale &locale); // "€182,400" or "No data"
QString period(const Tile &tile, const QLocale &locale, bool isoDates = false); // "March 2026"
QString change(const Tile &tile, const QLocale &locale); // "▲ 4.2 % vs previous month"
QString target(const Tile &tile, const QLocale &locale); // "Target €250,000"
QString benchmark(const Tile &tile, const QLocale &locale); // "SaaS median 3.1 %"
QString anomalies(const Tile &tile); // "2 anomalies"
QString overdueActions(const Tile &tile); // "Overdue actions: 1"; empty without any
// "Overdue action items:" and one line per item: text, owner, due date.
QString overdueActionList(const Tile &tile, const QLocale &locale, bool isoDates = false);
QString toolTip(const Tile &tile, const QLocale &locale, bool isoDates);
QString spoken(const Tile &tile, const QLocale &locale);

} // namespace Needle::TileText
