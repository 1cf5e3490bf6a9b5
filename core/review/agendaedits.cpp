// ReviewSession's agenda edits: move, skip, add, remove, hide the rest. Each is saved with the
// meeting at once and pushed onto the workspace's undo stack like every other edit.

#include "review/reviewsession.h"

#include "storage/kpirepository.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

namespace Needle {

namespace {
// One agenda edit: the agenda before and after. The session has made the edit before the
// command is pushed, so the first redo() does nothing. Once its session is gone (the meeting
// left the screen) the command has nothing to act on and drops out of the stack.
class AgendaCommand : public QUndoCommand
{
public:
    AgendaCommand(ReviewSession *session, QVector<AgendaItem> before, QVector<AgendaItem> after,
                  const QString &text)
        : QUndoCommand(text), m_session(session), m_meetingId(session->meeting().id),
          m_before(std::move(before)), m_after(std::move(after))
    {}

    void undo() override { apply(m_before); }
    void redo() override
    {
        if (m_applied) {
            m_applied = false;
            return;
        }
        apply(m_after);
    }

private:
    void apply(const QVector<AgendaItem> &agenda)
    {
        if (!m_session || m_session->meeting().id != m_meetingId) {
            setObsolete(true);
            return;
        }
        m_session->restoreAgenda(agenda);
    }

    QPointer<ReviewSession> m_session;
    qint64 m_meetingId;
    QVector<AgendaItem> m_before;
    QVector<AgendaItem> m_after;
    bool m_applied = true;
};
} // namespace

QString ReviewSession::kpiName(qint64 kpiId) const
{
    const std::optional<Kpi> kpi = KpiRepository(m_workspace->connection()).byId(kpiId);
    return kpi ? kpi->name : QString();
}

void ReviewSession::commitAgenda(const QVector<AgendaItem> &before, const QString &text)
{
    save();
    m_workspace->undoStack()->push(new AgendaCommand(this, before, m_meeting.agenda, text));
    emit agendaChanged();
}

bool ReviewSession::moveItem(int from, int to)
{
    if (from < 0 || from >= itemCount() || to < 0 || to >= itemCount() || from == to)
        return false;
    return moveItems(from, 1, to > from ? to + 1 : to);
}

bool ReviewSession::moveItems(int first, int count, int destination)
{
    if (!isOpen() || count < 1 || first < 0 || first + count > itemCount() || destination < 0
        || destination > itemCount() || (destination >= first && destination <= first + count))
        return false;
    const QVector<AgendaItem> before = m_meeting.agenda;
    const qint64 current = currentKpiId();
    const QVector<AgendaItem> block = m_meeting.agenda.mid(first, count);
    m_meeting.agenda.remove(first, count);
    const int at = destination > first ? destination - count : destination;
    for (int i = 0; i < count; ++i)
        m_meeting.agenda.insert(at + i, block.at(i));
    m_meeting.currentItem = qMax(0, indexOf(current));
    commitAgenda(before,
                 count == 1 ? tr("Move %1 on the agenda").arg(kpiName(block.first().kpiId))
                            : tr("Move %n KPIs on the agenda", nullptr, count));
    return true;
}

bool ReviewSession::setSkipped(int index, bool skipped)
{
    if (index < 0 || index >= itemCount() || m_meeting.agenda.at(index).skipped == skipped)
        return false;
    const QVector<AgendaItem> before = m_meeting.agenda;
    m_meeting.agenda[index].skipped = skipped;
    const QString name = kpiName(m_meeting.agenda.at(index).kpiId);
    commitAgenda(before,
                 skipped ? tr("Skip %1").arg(name) : tr("Put %1 back on the agenda").arg(name));
    return true;
}

bool ReviewSession::addKpi(qint64 kpiId)
{
    const int existing = indexOf(kpiId);
    if (existing >= 0)
        return setSkipped(existing, false);
    if (!isOpen() || !KpiRepository(m_workspace->connection()).byId(kpiId))
        return false;
    const QVector<AgendaItem> before = m_meeting.agenda;
    AgendaItem item;
    item.kpiId = kpiId;
    item.reason = storageName(AgendaReason::Added);
    const int at = itemCount() == 0 ? 0 : m_meeting.currentItem + 1;
    m_meeting.agenda.insert(at, item);
    commitAgenda(before, tr("Add %1 to the agenda").arg(kpiName(kpiId)));
    return true;
}

bool ReviewSession::removeItem(int index)
{
    if (index < 0 || index >= itemCount())
        return false;
    if (index == m_meeting.currentItem)
        bookRunningTime();
    const QVector<AgendaItem> before = m_meeting.agenda;
    const qint64 current = currentKpiId();
    const QString name = kpiName(m_meeting.agenda.at(index).kpiId);
    m_meeting.agenda.remove(index);
    const int kept = indexOf(current);
    const bool moved = kept < 0;
    m_meeting.currentItem = moved ? qBound(0, index, qMax(0, itemCount() - 1)) : kept;
    commitAgenda(before, tr("Remove %1 from the agenda").arg(name));
    if (moved)
        emit currentChanged(m_meeting.currentItem);
    return true;
}

void ReviewSession::setRestHidden(bool hidden)
{
    const QVector<AgendaItem> before = m_meeting.agenda;
    bool changed = false;
    for (int i = 0; i < itemCount(); ++i) {
        AgendaItem &item = m_meeting.agenda[i];
        if (agendaReasonOf(item.reason) == AgendaReason::Rest && item.skipped != hidden
            && i != m_meeting.currentItem) {
            item.skipped = hidden;
            changed = true;
        }
    }
    if (changed)
        commitAgenda(before,
                     hidden ? tr("Skip the KPIs with nothing to discuss")
                            : tr("Put the KPIs with nothing to discuss back on the agenda"));
}

void ReviewSession::restoreAgenda(const QVector<AgendaItem> &agenda)
{
    bookRunningTime();
    QHash<qint64, int> seconds;
    for (const AgendaItem &item : std::as_const(m_meeting.agenda))
        seconds.insert(item.kpiId, item.secondsSpent);
    const qint64 current = currentKpiId();
    m_meeting.agenda = agenda;
    for (AgendaItem &item : m_meeting.agenda)
        item.secondsSpent = seconds.value(item.kpiId, item.secondsSpent);
    const int kept = indexOf(current);
    m_meeting.currentItem =
        kept >= 0 ? kept : qBound(0, m_meeting.currentItem, qMax(0, itemCount() - 1));
    save();
    emit agendaChanged();
    if (kept < 0)
        emit currentChanged(m_meeting.currentItem);
}

} // namespace Needle
