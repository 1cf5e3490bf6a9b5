#include "review/reviewsession.h"

#include "review/kpistandings.h"
#include "storage/kpirepository.h"
#include "storage/ownerrepository.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

#include <QLocale>
#include <QTimer>

namespace Needle {

namespace {
bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

// The running stretch of the current item is booked this often, so a killed app loses little.
constexpr int saveIntervalMs = 10000;
} // namespace

ReviewSession::ReviewSession(Workspace *workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }), m_saveTimer(new QTimer(this))
{
    m_saveTimer->setInterval(saveIntervalMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveTime(); });
}

ReviewSession::~ReviewSession()
{
    if (isRunning())
        saveTime();
}

MeetingSetup ReviewSession::proposedSetup(Workspace *workspace, const QDate &today)
{
    MeetingSetup setup;
    setup.date = today;
    setup.periodFrom = QDate(today.year(), today.month(), 1).addMonths(-1);
    setup.periodTo = setup.periodFrom.addMonths(1).addDays(-1);
    setup.title =
        tr("KPI review, %1").arg(QLocale().toString(setup.periodFrom, QStringLiteral("MMMM yyyy")));
    for (const Owner &o : OwnerRepository(workspace->connection()).all())
        setup.attendees << o.name;
    return setup;
}

bool ReviewSession::start(const MeetingSetup &setup, QString *errorMessage)
{
    return create(setup, MeetingStatus::Running, errorMessage);
}

bool ReviewSession::plan(const MeetingSetup &setup, QString *errorMessage)
{
    return create(setup, MeetingStatus::Planned, errorMessage);
}

bool ReviewSession::create(const MeetingSetup &setup, MeetingStatus status, QString *errorMessage)
{
    if (!setup.periodFrom.isValid() || !setup.periodTo.isValid()
        || setup.periodFrom > setup.periodTo)
        return fail(errorMessage,
                    tr("The period under review needs a start on or before its end."));
    ReviewMeeting m;
    m.title = setup.title.trimmed();
    m.date = setup.date;
    m.attendees = setup.attendees;
    m.periodFrom = setup.periodFrom;
    m.periodTo = setup.periodTo;
    m.status = status;
    if (status == MeetingStatus::Running)
        m.startedAt = now();
    m.agenda = buildAgenda(kpiStandings(m_workspace->connection(), m.periodFrom, m.periodTo),
                           setup.hideRest);
    m.currentItem = 0;
    while (m.currentItem < m.agenda.size() - 1 && m.agenda.at(m.currentItem).skipped)
        ++m.currentItem;
    if (!m_workspace->saveMeeting(&m, errorMessage))
        return false;
    m_meeting = m;
    if (isRunning())
        startRunning();
    emit agendaChanged();
    emit currentChanged(m_meeting.currentItem);
    return true;
}

bool ReviewSession::open(qint64 meetingId, QString *errorMessage)
{
    std::optional<ReviewMeeting> m = ReviewRepository(m_workspace->connection()).meeting(meetingId);
    if (!m)
        return fail(errorMessage, tr("There is no meeting with the id %1.").arg(meetingId));
    if (m->status == MeetingStatus::Planned) {
        m->status = MeetingStatus::Running;
        if (!m->startedAt.isValid())
            m->startedAt = now();
    }
    m->currentItem = qBound(0, m->currentItem, qMax(0, int(m->agenda.size()) - 1));
    if (m->status == MeetingStatus::Running && !m_workspace->saveMeeting(&*m, errorMessage))
        return false;
    m_meeting = *m;
    if (isRunning())
        startRunning();
    else
        m_saveTimer->stop();
    emit agendaChanged();
    emit currentChanged(m_meeting.currentItem);
    return true;
}

bool ReviewSession::openAgenda(qint64 meetingId, QString *errorMessage)
{
    std::optional<ReviewMeeting> m = ReviewRepository(m_workspace->connection()).meeting(meetingId);
    if (!m)
        return fail(errorMessage, tr("There is no meeting with the id %1.").arg(meetingId));
    if (m->status == MeetingStatus::Closed)
        return fail(
            errorMessage,
            tr("The meeting \"%1\" is closed; its agenda can no longer change.").arg(m->title));
    m->currentItem = qBound(0, m->currentItem, qMax(0, int(m->agenda.size()) - 1));
    m_meeting = *m;
    m_itemSince = QDateTime(); // the timer runs only while the meeting is on screen
    m_saveTimer->stop();
    emit agendaChanged();
    emit currentChanged(m_meeting.currentItem);
    return true;
}

bool ReviewSession::finish(QString *errorMessage)
{
    if (!isRunning())
        return fail(errorMessage, tr("The meeting is not running."));
    bookRunningTime();
    ReviewMeeting m = m_meeting;
    m.status = MeetingStatus::Closed;
    m.endedAt = now();
    if (!m_workspace->saveMeeting(&m, errorMessage))
        return false;
    m_meeting = m;
    m_saveTimer->stop();
    emit finished();
    return true;
}

void ReviewSession::startRunning()
{
    m_itemSince = now();
    m_saveTimer->start();
}

int ReviewSession::indexOf(qint64 kpiId) const
{
    for (int i = 0; i < itemCount(); ++i)
        if (m_meeting.agenda.at(i).kpiId == kpiId)
            return i;
    return -1;
}

qint64 ReviewSession::currentKpiId() const
{
    const int i = m_meeting.currentItem;
    return i >= 0 && i < itemCount() ? m_meeting.agenda.at(i).kpiId : 0;
}

bool ReviewSession::moveTo(int index)
{
    if (index < 0 || index >= itemCount())
        return false;
    if (index == m_meeting.currentItem)
        return true;
    bookRunningTime();
    m_meeting.currentItem = index;
    save();
    emit currentChanged(index);
    return true;
}

bool ReviewSession::next()
{
    for (int i = m_meeting.currentItem + 1; i < itemCount(); ++i)
        if (!m_meeting.agenda.at(i).skipped)
            return moveTo(i);
    return false;
}

bool ReviewSession::previous()
{
    for (int i = m_meeting.currentItem - 1; i >= 0; --i)
        if (!m_meeting.agenda.at(i).skipped)
            return moveTo(i);
    return false;
}

bool ReviewSession::isAtEnd() const
{
    for (int i = m_meeting.currentItem + 1; i < itemCount(); ++i)
        if (!m_meeting.agenda.at(i).skipped)
            return false;
    return true;
}

bool ReviewSession::jumpTo(int index)
{
    if (index < 0 || index >= itemCount())
        return false;
    if (m_meeting.agenda.at(index).skipped) {
        m_meeting.agenda[index].skipped = false;
        emit agendaChanged();
    }
    return moveTo(index) && save();
}

qint64 ReviewSession::elapsedSeconds() const
{
    if (!m_meeting.startedAt.isValid())
        return 0;
    const QDateTime end = m_meeting.endedAt.isValid() ? m_meeting.endedAt : now();
    return qMax<qint64>(0, m_meeting.startedAt.secsTo(end));
}

int ReviewSession::secondsOnItem(int index) const
{
    if (index < 0 || index >= itemCount())
        return 0;
    int seconds = m_meeting.agenda.at(index).secondsSpent;
    if (isRunning() && index == m_meeting.currentItem && m_itemSince.isValid())
        seconds += int(qMax<qint64>(0, m_itemSince.secsTo(now())));
    return seconds;
}

int ReviewSession::totalSecondsOnItems() const
{
    int total = 0;
    for (int i = 0; i < itemCount(); ++i)
        total += secondsOnItem(i);
    return total;
}

void ReviewSession::bookRunningTime()
{
    const int i = m_meeting.currentItem;
    if (!isRunning() || i < 0 || i >= itemCount() || !m_itemSince.isValid())
        return;
    const qint64 seconds = m_itemSince.secsTo(now());
    if (seconds > 0) {
        m_meeting.agenda[i].secondsSpent += int(seconds);
        m_itemSince = m_itemSince.addSecs(seconds); // keeps the fraction of a second running
    }
}

bool ReviewSession::saveTime(QString *errorMessage)
{
    if (!isRunning())
        return true;
    bookRunningTime();
    return save(errorMessage);
}

bool ReviewSession::save(QString *errorMessage)
{
    if (!isOpen())
        return false;
    QString error;
    if (m_workspace->saveMeeting(&m_meeting, &error))
        return true;
    m_lastError = error;
    if (errorMessage)
        *errorMessage = error;
    emit saveFailed(error);
    return false;
}

bool ReviewSession::capture(NoteKind kind, const QString &text, qint64 ownerId, const QDate &due,
                            QString *errorMessage)
{
    if (!isOpen())
        return fail(errorMessage, tr("No meeting is open."));
    if (text.trimmed().isEmpty())
        return fail(errorMessage, tr("Write something first."));
    ReviewNote note;
    note.meetingId = m_meeting.id;
    note.kpiId = currentKpiId();
    note.period = m_meeting.periodFrom;
    note.kind = kind;
    note.text = text.trimmed();
    note.author = m_workspace->userName();
    note.ownerId = ownerId;
    note.dueDate = due;
    note.createdAt = now();
    if (!m_workspace->addNote(&note, errorMessage))
        return false;
    emit captured(note);
    return true;
}

bool ReviewSession::addNote(const QString &text, QString *errorMessage)
{
    return capture(NoteKind::Note, text, 0, QDate(), errorMessage);
}

bool ReviewSession::addDecision(const QString &text, QString *errorMessage)
{
    return capture(NoteKind::Decision, text, 0, QDate(), errorMessage);
}

bool ReviewSession::addActionItem(const QString &text, qint64 ownerId, const QDate &due,
                                  QString *errorMessage)
{
    if (ownerId <= 0)
        return fail(errorMessage, tr("An action item needs an owner."));
    if (!due.isValid())
        return fail(errorMessage, tr("An action item needs a due date."));
    return capture(NoteKind::ActionItem, text, ownerId, due, errorMessage);
}

bool ReviewSession::judgeAnomaly(const QDate &period, Verdict verdict, const QString &explanation,
                                 QString *errorMessage)
{
    if (!isOpen() || currentKpiId() == 0)
        return fail(errorMessage, tr("No KPI is on screen."));
    AnomalyVerdict v;
    v.kpiId = currentKpiId();
    v.period = period;
    v.verdict = verdict;
    v.explanation = explanation.trimmed();
    v.meetingId = m_meeting.id;
    v.createdAt = now();
    if (!m_workspace->setVerdict(&v, errorMessage))
        return false;
    emit verdictRecorded(v);
    return true;
}

QVector<ReviewNote> ReviewSession::notesOnCurrent() const
{
    QVector<ReviewNote> result;
    const qint64 kpi = currentKpiId();
    for (const ReviewNote &n :
         ReviewRepository(m_workspace->connection()).notesForMeeting(m_meeting.id))
        if (n.kpiId == kpi)
            result << n;
    return result;
}

} // namespace Needle
