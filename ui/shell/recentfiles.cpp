#include "shell/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace Needle::RecentFiles {

namespace {
const QString key = QStringLiteral("recentWorkspaces");
}

QStringList list()
{
    QStringList files;
    for (const QString &f : QSettings().value(key).toStringList())
        if (QFileInfo::exists(f))
            files << f;
    return files;
}

void add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = QSettings().value(key).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxCount)
        files.removeLast();
    QSettings().setValue(key, files);
}

void remove(const QString &path)
{
    QStringList files = QSettings().value(key).toStringList();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(key, files);
}

} // namespace Needle::RecentFiles
