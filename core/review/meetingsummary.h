#pragma once

#include "domain/anomalyverdict.h"
#include "domain/reviewmeeting.h"
#include "domain/reviewnote.h"

#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace Needle {

// One note, decision or action item with the names a reader needs beside it.
struct SummaryEntry
{
    ReviewNote note;
    QString kpiName; // empty: about the meeting as a whole
    QString ownerName; // action items
    bool overdue = false; // action items: open and past due on the summary's date
};

// A verdict on a flagged value, recorded in the meeting.
struct JudgedAnomaly
{
    AnomalyVerdict verdict;
    QString kpiName;
};

// What the meeting did about one KPI.
struct KpiMinutes
{
    qint64 kpiId = 0;
    QString kpiName;
    QString reason; // why it was on the agenda, in words; empty when it was not on it
    bool skipped = false;
    bool discussed = false; // see MeetingSummary::discussed
    int secondsSpent = 0;
    QVector<SummaryEntry> notes;
    QVector<SummaryEntry> decisions;
    QVector<SummaryEntry> actionItems;
    QVector<JudgedAnomaly> anomalies;

    bool isEmpty() const
    {
        return notes.isEmpty() && decisions.isEmpty() && actionItems.isEmpty()
            && anomalies.isEmpty();
    }
};

// The minutes of a meeting as data: what the end-of-meeting screen and the PDF minutes show.
// Everything is read from the workspace, so a summary of a meeting killed halfway shows what
// was captured up to then.
struct MeetingSummary
{
    ReviewMeeting meeting;
    QDate today; // for "overdue"
    QVector<SummaryEntry> decisions; // in the order they were made
    QVector<SummaryEntry> actionItems; // with owners and due dates
    QVector<SummaryEntry> notes;
    QVector<JudgedAnomaly> anomalies;
    QVector<KpiMinutes> kpis; // agenda order, then KPIs with entries that were not on it
    QVector<SummaryEntry> openFromEarlier; // action items of earlier meetings still open
    // Agenda items discussed: not skipped, and on screen for at least MinSecondsDiscussed or with
    // something recorded about the KPI in this meeting (a note, decision, action item or
    // verdict). An item paged past in a few seconds, or never reached, was not discussed.
    static constexpr int MinSecondsDiscussed = 10;
    int discussed = 0;
    int skipped = 0;
    int notDiscussed = 0; // neither discussed nor skipped: not reached, or paged past
    qint64 durationSeconds = 0; // start to end (or to the last booked item when running)

    static std::optional<MeetingSummary> build(const QSqlDatabase &db, qint64 meetingId,
                                               const QDate &today, QString *errorMessage);
    // The minutes as plain text (Markdown-flavoured), for the clipboard or an e-mail.
    QString toText() const;
};

// "1 h 05 min", "12 min", "40 s".
QString durationText(qint64 seconds);

} // namespace Needle
