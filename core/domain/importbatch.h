#pragma once

#include <QDateTime>
#include <QString>

namespace Needle {

// One import of one file (and sheet): where the values came from, so it can be undone.
struct ImportBatch
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    QString sheet;
    QString layout;
    QString mapping; // JSON of the column mapping used
    qint64 rowsRead = 0;
    qint64 valuesWritten = 0;
    QDateTime importedAt;
    bool undone = false;
};

// A folder whose new files are imported when they appear.
struct WatchedFolder
{
    qint64 id = 0;
    QString path;
    bool enabled = true;
};

} // namespace Needle
