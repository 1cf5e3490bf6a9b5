#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Needle {

// A note, decision or action item, usually taken in a meeting and about one KPI.
struct ReviewNote
{
    qint64 id = 0;
    qint64 meetingId = 0; // 0: outside a meeting
    qint64 kpiId = 0; // 0: about the meeting as a whole
    QDate period;
    NoteKind kind = NoteKind::Note;
    QString text;
    QString author;
    qint64 ownerId = 0; // action items
    QDate dueDate; // action items
    bool done = false; // action items
    QDateTime createdAt;

    bool isOverdue(const QDate &today) const
    {
        return kind == NoteKind::ActionItem && !done && dueDate.isValid() && dueDate < today;
    }
    bool operator==(const ReviewNote &o) const
    {
        return id == o.id && meetingId == o.meetingId && kpiId == o.kpiId && period == o.period
            && kind == o.kind && text == o.text && author == o.author && ownerId == o.ownerId
            && dueDate == o.dueDate && done == o.done && createdAt == o.createdAt;
    }
};

} // namespace Needle
