#pragma once

#include "domain/reviewmeeting.h"
#include "domain/reviewnote.h"
#include "review/meetingsummary.h"

#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace Needle {

// What earlier meetings left to follow up: the previous meeting's decisions, action items still
// open, and those past their due date.
class FollowUp
{
public:
    explicit FollowUp(const QSqlDatabase &db) : m_db(db) {}

    // The latest meeting before this one (earlier date, or the same date and a lower id).
    std::optional<ReviewMeeting> previousMeeting(const ReviewMeeting &meeting) const;
    // Entries of one kind from one meeting; kpiId 0 takes every KPI's.
    QVector<ReviewNote> entries(qint64 meetingId, NoteKind kind, qint64 kpiId = 0) const;
    // Action items not done, from any meeting, ordered by due date; kpiId 0: all KPIs.
    QVector<ReviewNote> openActionItems(qint64 kpiId = 0) const;
    QVector<ReviewNote> overdueActionItems(const QDate &today) const;
    // The same notes with the KPI and owner names a reader needs beside them.
    QVector<SummaryEntry> withNames(const QVector<ReviewNote> &notes, const QDate &today) const;

private:
    QSqlDatabase m_db;
};

} // namespace Needle
