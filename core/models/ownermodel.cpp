#include "models/ownermodel.h"

#include "models/roles.h"
#include "storage/ownerrepository.h"
#include "workspace/workspace.h"

namespace Needle {

OwnerModel::OwnerModel(Workspace *workspace, QObject *parent)
    : RecordTableModel<Owner>(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::changed, this, [this](const WorkspaceChange &change) {
        if (change.touches(WorkspaceChange::Record::Owner))
            reload();
    });
    reload();
}

void OwnerModel::reload()
{
    syncRows(OwnerRepository(m_workspace->connection()).all(), [](const Owner &o) { return o.id; });
}

int OwnerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OwnerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Owner &o = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return o.name;
        case EmailColumn:
            return o.email;
        case TeamColumn:
            return o.team;
        }
    }
    if (role == IdRole || role == OwnerIdRole)
        return o.id;
    return QVariant();
}

bool OwnerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Owner o = m_rows.at(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case NameColumn:
        o.name = text;
        break;
    case EmailColumn:
        o.email = text;
        break;
    case TeamColumn:
        o.team = text;
        break;
    default:
        return false;
    }
    return m_workspace->updateOwner(o, &m_lastError);
}

Qt::ItemFlags OwnerModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index)
        | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant OwnerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case TeamColumn:
        return tr("Team");
    }
    return QVariant();
}

} // namespace Needle
