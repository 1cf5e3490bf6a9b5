#pragma once

#include "domain/anomalyverdict.h"
#include "domain/reviewmeeting.h"
#include "domain/reviewnote.h"
#include "review/agenda.h"

#include <QDateTime>
#include <QObject>
#include <functional>

class QTimer;

namespace Needle {

class Workspace;

// What a user chooses before a meeting starts.
struct MeetingSetup
{
    QString title;
    QDate date;
    QStringList attendees;
    QDate periodFrom;
    QDate periodTo;
    bool hideRest = false; // KPIs with nothing to discuss start skipped
};

// A running KPI review meeting: its agenda, the item on screen, the meeting timer with time per
// item, and what is captured about the current KPI. Holds no widgets: the presentation and the
// tests drive it alike. Every change is written at once (notes, decisions, action items and
// verdicts as undoable workspace edits; agenda, current item and time with saveMeeting), so
// killing the app loses nothing but the seconds since the last save.
class ReviewSession : public QObject
{
    Q_OBJECT
public:
    explicit ReviewSession(Workspace *workspace, QObject *parent = nullptr);
    ~ReviewSession() override;

    // A sensible default: this month's review of last month, with every owner invited.
    static MeetingSetup proposedSetup(Workspace *workspace, const QDate &today);

    // Creates the meeting with the proposed agenda and starts it.
    bool start(const MeetingSetup &setup, QString *errorMessage);
    // Creates the meeting with the proposed agenda without starting it: its agenda can be edited
    // before the meeting, and open() starts it.
    bool plan(const MeetingSetup &setup, QString *errorMessage);
    // Opens an existing meeting; a planned one starts running, a closed one is read back.
    bool open(qint64 meetingId, QString *errorMessage);
    // Opens a planned or unfinished meeting to edit its agenda, without starting it or its timer.
    bool openAgenda(qint64 meetingId, QString *errorMessage);
    // Closes the meeting: time is booked, the end written.
    bool finish(QString *errorMessage);

    Workspace *workspace() const { return m_workspace; }
    const ReviewMeeting &meeting() const { return m_meeting; }
    bool isOpen() const { return m_meeting.id > 0; }
    bool isRunning() const { return m_meeting.status == MeetingStatus::Running; }

    // Agenda. Each edit is saved at once and is one step on the workspace's undo stack (undoing
    // it restores the order, skips and added KPIs; time spent and the item on screen stay).
    int itemCount() const { return int(m_meeting.agenda.size()); }
    const AgendaItem &item(int index) const { return m_meeting.agenda.at(index); }
    int indexOf(qint64 kpiId) const;
    bool moveItem(int from, int to); // the item ends up at index to
    // Moves count items from first to before destination (an index before the move), as
    // QAbstractItemModel::moveRows does; false for a move that changes nothing.
    bool moveItems(int first, int count, int destination);
    bool setSkipped(int index, bool skipped);
    bool addKpi(qint64 kpiId); // appended after the current item; false if already there
    bool removeItem(int index);
    void setRestHidden(bool hidden); // skips (or brings back) the KPIs with nothing to discuss
    // Puts back an agenda as it was (undo and redo of agenda edits): items keep the time spent
    // on them, the item on screen stays on screen if it is still on the agenda.
    void restoreAgenda(const QVector<AgendaItem> &agenda);

    // Navigation: next and previous pass over skipped items; false at either end.
    int currentIndex() const { return m_meeting.currentItem; }
    qint64 currentKpiId() const;
    bool next();
    bool previous();
    bool jumpTo(int index); // a skipped item can be jumped to: it is then no longer skipped
    bool isAtEnd() const; // no item after the current one that is not skipped

    // Timer. The clock can be replaced (tests); it defaults to the system clock.
    void setClock(const std::function<QDateTime()> &clock) { m_clock = clock; }
    qint64 elapsedSeconds() const; // since the meeting started (to its end when closed)
    int secondsOnItem(int index) const; // booked plus the running stretch on the current item
    int totalSecondsOnItems() const;
    bool saveTime(QString *errorMessage = nullptr); // books the running stretch now

    // Capture about the current KPI (0: about the meeting as a whole when kpiId is 0).
    bool addNote(const QString &text, QString *errorMessage);
    bool addDecision(const QString &text, QString *errorMessage);
    bool addActionItem(const QString &text, qint64 ownerId, const QDate &due,
                       QString *errorMessage);
    bool judgeAnomaly(const QDate &period, Verdict verdict, const QString &explanation,
                      QString *errorMessage);
    QVector<ReviewNote> notesOnCurrent() const; // this meeting's entries on the current KPI

    QString lastError() const { return m_lastError; }

signals:
    void agendaChanged();
    void currentChanged(int index);
    void captured(const Needle::ReviewNote &note);
    void verdictRecorded(const Needle::AnomalyVerdict &verdict);
    void finished();
    void saveFailed(const QString &message);

private:
    QDateTime now() const { return m_clock(); }
    bool create(const MeetingSetup &setup, MeetingStatus status, QString *errorMessage);
    QString kpiName(qint64 kpiId) const;
    // Saves an agenda edit already made on m_meeting and pushes it as an undo step.
    void commitAgenda(const QVector<AgendaItem> &before, const QString &text);
    bool capture(NoteKind kind, const QString &text, qint64 ownerId, const QDate &due,
                 QString *errorMessage);
    void bookRunningTime();
    bool save(QString *errorMessage = nullptr);
    void startRunning();
    bool moveTo(int index);

    Workspace *m_workspace;
    ReviewMeeting m_meeting;
    std::function<QDateTime()> m_clock;
    QDateTime m_itemSince; // when the current item came on screen (or was last booked)
    QTimer *m_saveTimer;
    QString m_lastError;
};

} // namespace Needle
