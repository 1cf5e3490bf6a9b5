#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Needle {

// One entry of a meeting's agenda, in order.
struct AgendaItem
{
    qint64 kpiId = 0;
    QString reason; // why it is on the agenda ("off track", "new anomaly", ...)
    bool skipped = false;
    int secondsSpent = 0;

    bool operator==(const AgendaItem &o) const
    {
        return kpiId == o.kpiId && reason == o.reason && skipped == o.skipped
            && secondsSpent == o.secondsSpent;
    }
};

// A KPI review meeting and its agenda.
struct ReviewMeeting
{
    qint64 id = 0;
    QString title;
    QDate date;
    QStringList attendees;
    MeetingStatus status = MeetingStatus::Planned;
    QDate periodFrom;
    QDate periodTo;
    int currentItem = 0;
    QDateTime startedAt;
    QDateTime endedAt;
    QVector<AgendaItem> agenda;

    bool operator==(const ReviewMeeting &o) const
    {
        return id == o.id && title == o.title && date == o.date && attendees == o.attendees
            && status == o.status && periodFrom == o.periodFrom && periodTo == o.periodTo
            && currentItem == o.currentItem && startedAt == o.startedAt && endedAt == o.endedAt
            && agenda == o.agenda;
    }
};

} // namespace Needle
