#pragma once

#include <QPalette>
#include <QString>

namespace Needle::Theme {

// The colour theme a user picks in the preferences: the system's, or an explicit light or dark
// one (Fusion style with a fixed palette, so it looks the same on every desktop).
enum class Mode { System, Light, Dark };

QString storageName(Mode mode); // "system", "light", "dark"
Mode parse(const QString &name); // System for unknown names
QString displayName(Mode mode);
QPalette palette(Mode mode); // the system's palette for System
void apply(Mode mode); // to the running QApplication
Mode current(); // from QSettings "preferences/theme"
// The saved theme, at start (the system's look needs nothing).
void applySaved();

} // namespace Needle::Theme
