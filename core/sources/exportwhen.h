#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QVector>

namespace Needle {

// When a scheduled export is written, in local time:
//   "1d", "12h", "1w"          every so long after the last run
//   "07:00", "daily 07:00"     every day at that time
//   "mon 07:00"                every week on that day (mon, tue, ..., sun)
//   "before-meeting 18:00"     the evening before each planned review meeting,
//   at that time
struct ExportWhen
{
    enum class Kind { Every, Daily, Weekly, BeforeMeeting };

    Kind kind = Kind::Every;
    qint64 seconds = 0; // Every
    int weekday = 1; // Weekly: 1 Monday .. 7 Sunday
    QTime time; // Daily, Weekly, BeforeMeeting

    static bool parse(const QString &text, ExportWhen *when, QString *errorMessage);
    // The first time the export is due after `after` (its last run, or when it
    // was defined); meetings: the dates of the planned meetings. Invalid when
    // none.
    QDateTime nextAfter(const QDateTime &after, const QVector<QDate> &meetings) const;
};

} // namespace Needle
