#pragma once

#include <QStringList>

namespace Needle::RecentFiles {

// The recently opened workspaces, most recent first, kept in QSettings.
QStringList list(); // existing files only
void add(const QString &path);
void remove(const QString &path);
constexpr int MaxCount = 10;

} // namespace Needle::RecentFiles
