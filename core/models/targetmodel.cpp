#include "models/targetmodel.h"

#include "domain/datetext.h"

#include "domain/valueformat.h"
#include "models/roles.h"
#include "storage/kpirepository.h"
#include "storage/targetrepository.h"
#include "workspace/workspace.h"

namespace Needle {

TargetModel::TargetModel(Workspace *workspace, QObject *parent)
    : RecordTableModel<Target>(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::changed, this, [this](const WorkspaceChange &change) {
        using R = WorkspaceChange::Record;
        if (m_kpi.id == 0)
            return;
        if (change.ids(R::Kpi, WorkspaceChange::Kind::Removed).contains(m_kpi.id))
            setKpi(0);
        else if (change.isReset(R::Target) || change.kpiIds(R::Target).contains(m_kpi.id))
            reload();
    });
}

void TargetModel::setKpi(qint64 kpiId)
{
    m_kpi = KpiRepository(m_workspace->connection()).byId(kpiId).value_or(Kpi());
    resetRows({});
    reload();
}

void TargetModel::reload()
{
    syncRows(m_kpi.id ? TargetRepository(m_workspace->connection()).forKpi(m_kpi.id)
                      : QVector<Target>(),
             [](const Target &t) { return t.id; });
}

int TargetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Target &t = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case EffectiveColumn:
            return DateText::day(t.effectiveFrom, m_locale);
        case ValueColumn:
            if (t.isBand())
                return tr("%1 to %2")
                    .arg(ValueFormat::format(m_kpi, *t.low, m_locale),
                         ValueFormat::format(m_kpi, *t.high, m_locale));
            return ValueFormat::format(m_kpi, t.value.value_or(0), m_locale);
        case DeadlineColumn:
            return t.deadline.isValid() ? DateText::day(t.deadline, m_locale) : QString();
        case ToleranceColumn:
            return tr("%1 %").arg(m_locale.toString(t.tolerance * 100, 'g', 3));
        case NoteColumn:
            return t.note;
        }
    }
    switch (role) {
    case IdRole:
        return t.id;
    case KpiIdRole:
        return t.kpiId;
    case DateRole:
        return t.effectiveFrom;
    case ValueRole:
        return t.value ? QVariant(*t.value) : QVariant();
    case DueDateRole:
        return t.deadline;
    }
    return QVariant();
}

QVariant TargetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case EffectiveColumn:
        return tr("From");
    case ValueColumn:
        return tr("Target");
    case DeadlineColumn:
        return tr("Deadline");
    case ToleranceColumn:
        return tr("Tolerance");
    case NoteColumn:
        return tr("Note");
    }
    return QVariant();
}

} // namespace Needle
