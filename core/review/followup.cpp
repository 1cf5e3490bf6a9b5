#include "review/followup.h"

#include "storage/kpirepository.h"
#include "storage/ownerrepository.h"
#include "storage/reviewrepository.h"

#include <QHash>

#include <algorithm>

namespace Needle {

std::optional<ReviewMeeting> FollowUp::previousMeeting(const ReviewMeeting &meeting) const
{
    // meetings() is newest first: the first one before this is the previous one.
    for (const ReviewMeeting &m : ReviewRepository(m_db).meetings()) {
        if (m.id == meeting.id)
            continue;
        if (m.date < meeting.date || (m.date == meeting.date && m.id < meeting.id))
            return m;
    }
    return std::nullopt;
}

QVector<ReviewNote> FollowUp::entries(qint64 meetingId, NoteKind kind, qint64 kpiId) const
{
    QVector<ReviewNote> result;
    for (const ReviewNote &n : ReviewRepository(m_db).notesForMeeting(meetingId))
        if (n.kind == kind && (kpiId == 0 || n.kpiId == kpiId))
            result << n;
    return result;
}

QVector<ReviewNote> FollowUp::openActionItems(qint64 kpiId) const
{
    ReviewRepository repo(m_db);
    const QVector<ReviewNote> all = kpiId > 0 ? repo.notesForKpi(kpiId) : repo.notes();
    QVector<ReviewNote> result;
    for (const ReviewNote &n : all)
        if (n.kind == NoteKind::ActionItem && !n.done)
            result << n;
    // Undated items last; ties keep the order they were written in.
    std::stable_sort(result.begin(), result.end(), [](const ReviewNote &a, const ReviewNote &b) {
        if (a.dueDate.isValid() != b.dueDate.isValid())
            return a.dueDate.isValid();
        return a.dueDate < b.dueDate;
    });
    return result;
}

QVector<ReviewNote> FollowUp::overdueActionItems(const QDate &today) const
{
    QVector<ReviewNote> result;
    for (const ReviewNote &n : openActionItems())
        if (n.isOverdue(today))
            result << n;
    return result;
}

QVector<SummaryEntry> FollowUp::withNames(const QVector<ReviewNote> &notes,
                                          const QDate &today) const
{
    if (notes.isEmpty())
        return {};
    QHash<qint64, QString> kpis;
    for (const Kpi &k : KpiRepository(m_db).all())
        kpis.insert(k.id, k.name);
    QHash<qint64, QString> owners;
    for (const Owner &o : OwnerRepository(m_db).all())
        owners.insert(o.id, o.name);
    QVector<SummaryEntry> result;
    for (const ReviewNote &n : notes) {
        SummaryEntry e;
        e.note = n;
        e.kpiName = kpis.value(n.kpiId);
        e.ownerName = owners.value(n.ownerId);
        e.overdue = n.isOverdue(today);
        result << e;
    }
    return result;
}

} // namespace Needle
