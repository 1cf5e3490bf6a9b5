#include "models/reviewnotemodel.h"

#include "domain/datetext.h"

#include "models/roles.h"
#include "storage/kpirepository.h"
#include "storage/ownerrepository.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

namespace Needle {

ReviewNoteModel::ReviewNoteModel(Workspace *workspace, QObject *parent)
    : RecordTableModel<ReviewNote>(parent), m_workspace(workspace), m_today(QDate::currentDate())
{
    // Rows show the KPI's, owner's and meeting's names: a change of any of them re-reads the
    // notes in scope (syncRows then touches only the rows that differ).
    connect(workspace, &Workspace::changed, this, [this](const WorkspaceChange &change) {
        using R = WorkspaceChange::Record;
        for (R r : {R::Note, R::Kpi, R::Owner, R::Meeting})
            if (change.touches(r))
                return reload();
    });
    reload();
}

void ReviewNoteModel::setScope(Scope scope, qint64 id)
{
    m_scope = scope;
    m_scopeId = id;
    resetRows({});
    reload();
}

void ReviewNoteModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ReviewNoteModel::reload()
{
    const QSqlDatabase db = m_workspace->connection();
    m_kpiNames.clear();
    for (const Kpi &k : KpiRepository(db).all())
        m_kpiNames.insert(k.id, k.name);
    m_ownerNames.clear();
    for (const Owner &o : OwnerRepository(db).all())
        m_ownerNames.insert(o.id, o.name);
    ReviewRepository repo(db);
    QVector<ReviewNote> fresh;
    switch (m_scope) {
    case Scope::All:
        fresh = repo.notes();
        break;
    case Scope::Meeting:
        fresh = repo.notesForMeeting(m_scopeId);
        break;
    case Scope::Kpi:
        fresh = repo.notesForKpi(m_scopeId);
        break;
    }
    syncRows(fresh, [](const ReviewNote &n) { return n.id; });
    if (!m_rows.isEmpty()) // names may have changed without the notes changing
        emit dataChanged(index(0, KpiColumn), index(rowCount() - 1, OwnerColumn));
}

int ReviewNoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewNoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ReviewNote &n = m_rows.at(index.row());
    const bool action = n.kind == NoteKind::ActionItem;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return displayName(n.kind);
        case TextColumn:
            return n.text;
        case KpiColumn:
            return m_kpiNames.value(n.kpiId);
        case OwnerColumn:
            return m_ownerNames.value(n.ownerId);
        case DueColumn:
            return n.dueDate.isValid() ? DateText::day(n.dueDate, m_locale) : QString();
        case DoneColumn:
            if (!action)
                return QString();
            if (n.done)
                return tr("Done");
            return n.isOverdue(m_today) ? tr("Overdue") : tr("Open");
        case CreatedColumn:
            return m_locale.toString(n.createdAt.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == DoneColumn && action)
            return n.done ? Qt::Checked : Qt::Unchecked;
        break;
    case IdRole:
        return n.id;
    case KpiIdRole:
        return n.kpiId;
    case OwnerIdRole:
        return n.ownerId;
    case KindRole:
        return storageName(n.kind);
    case DoneRole:
        return n.done;
    case DueDateRole:
        return n.dueDate;
    case OverdueRole:
        return n.isOverdue(m_today);
    case MeetingIdRole:
        return n.meetingId;
    case DateRole:
        return n.period;
    }
    return QVariant();
}

bool ReviewNoteModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != DoneColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    ReviewNote n = m_rows.at(index.row());
    if (n.kind != NoteKind::ActionItem)
        return false;
    n.done = value.toInt() == Qt::Checked;
    return m_workspace->updateNote(n, &m_lastError);
}

Qt::ItemFlags ReviewNoteModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DoneColumn
        && m_rows.at(index.row()).kind == NoteKind::ActionItem)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ReviewNoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TextColumn:
        return tr("Text");
    case KpiColumn:
        return tr("KPI");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case DoneColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Written");
    }
    return QVariant();
}

} // namespace Needle
