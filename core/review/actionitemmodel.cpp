#include "review/actionitemmodel.h"

#include "storage/kpirepository.h"
#include "storage/ownerrepository.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

#include <algorithm>
#include <limits>

namespace Needle {

ActionItemModel::ActionItemModel(Workspace *workspace, QObject *parent)
    : RecordTableModel<ActionItemRow>(parent), m_workspace(workspace), m_today(QDate::currentDate())
{
    connect(workspace, &Workspace::changed, this, [this](const WorkspaceChange &change) {
        using R = WorkspaceChange::Record;
        for (R r : {R::Note, R::Kpi, R::Owner, R::Meeting})
            if (change.touches(r))
                return reload();
    });
    reload();
}

void ActionItemModel::setOwnerFilter(qint64 ownerId)
{
    m_ownerId = ownerId;
    reload();
}

void ActionItemModel::setKpiFilter(qint64 kpiId)
{
    m_kpiId = kpiId;
    reload();
}

void ActionItemModel::setStateFilter(State state)
{
    m_state = state;
    reload();
}

void ActionItemModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void ActionItemModel::reload()
{
    const QSqlDatabase db = m_workspace->connection();
    QHash<qint64, QString> kpiNames;
    for (const Kpi &k : KpiRepository(db).all())
        kpiNames.insert(k.id, k.name);
    QHash<qint64, QString> ownerNames;
    for (const Owner &o : OwnerRepository(db).all())
        ownerNames.insert(o.id, o.name);
    ReviewRepository repo(db);
    QHash<qint64, ReviewMeeting> meetings;
    for (const ReviewMeeting &m : repo.meetings())
        meetings.insert(m.id, m);

    QVector<ActionItemRow> fresh;
    for (const ReviewNote &n : repo.notes()) {
        if (n.kind != NoteKind::ActionItem || (m_ownerId > 0 && n.ownerId != m_ownerId)
            || (m_kpiId > 0 && n.kpiId != m_kpiId))
            continue;
        const bool overdue = n.isOverdue(m_today);
        if ((m_state == State::Open && n.done) || (m_state == State::Done && !n.done)
            || (m_state == State::Overdue && !overdue))
            continue;
        ActionItemRow row;
        row.note = n;
        row.kpiName = kpiNames.value(n.kpiId);
        row.ownerName = ownerNames.value(n.ownerId);
        const ReviewMeeting m = meetings.value(n.meetingId);
        row.meetingTitle = m.title;
        row.meetingDate = m.date;
        row.overdue = overdue;
        fresh << row;
    }
    std::stable_sort(fresh.begin(), fresh.end(),
                     [](const ActionItemRow &a, const ActionItemRow &b) {
                         const QDate &x = a.note.dueDate, &y = b.note.dueDate;
                         if (x.isValid() != y.isValid())
                             return x.isValid();
                         return x < y;
                     });
    syncRows(fresh, [](const ActionItemRow &r) { return r.note.id; });
}

int ActionItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ActionItemRow &r = m_rows.at(index.row());
    const ReviewNote &n = r.note;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TextColumn:
            return n.text;
        case KpiColumn:
            return r.kpiName;
        case OwnerColumn:
            return r.ownerName;
        case DueColumn:
            return n.dueDate.isValid() ? m_locale.toString(n.dueDate, QLocale::ShortFormat)
                                       : QString();
        case StateColumn:
            return n.done ? tr("Done") : (r.overdue ? tr("Overdue") : tr("Open"));
        case MeetingColumn:
            return r.meetingTitle;
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == StateColumn)
            return n.done ? Qt::Checked : Qt::Unchecked;
        break;
    case SortRole:
        switch (index.column()) {
        case DueColumn:
            return n.dueDate.isValid() ? n.dueDate.toJulianDay()
                                       : std::numeric_limits<qint64>::max();
        case StateColumn:
            return n.done ? 2 : (r.overdue ? 0 : 1);
        case MeetingColumn:
            return r.meetingDate.toJulianDay();
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return n.id;
    case KpiIdRole:
        return n.kpiId;
    case OwnerIdRole:
        return n.ownerId;
    case DoneRole:
        return n.done;
    case DueDateRole:
        return n.dueDate;
    case OverdueRole:
        return r.overdue;
    case MeetingIdRole:
        return n.meetingId;
    }
    return QVariant();
}

bool ActionItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != StateColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    ReviewNote n = m_rows.at(index.row()).note;
    n.done = value.toInt() == Qt::Checked;
    return m_workspace->updateNote(n, &m_lastError);
}

Qt::ItemFlags ActionItemModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == StateColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ActionItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TextColumn:
        return tr("Action item");
    case KpiColumn:
        return tr("KPI");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StateColumn:
        return tr("State");
    case MeetingColumn:
        return tr("Meeting");
    }
    return QVariant();
}

} // namespace Needle
