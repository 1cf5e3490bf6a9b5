#pragma once

#include "domain/owner.h"
#include "models/recordtablemodel.h"

namespace Needle {

class Workspace;

// The workspace's owners, by name. Editable; edits go through the undo stack.
class OwnerModel : public RecordTableModel<Owner>
{
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, TeamColumn, ColumnCount };

    explicit OwnerModel(Workspace *workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString lastError() const { return m_lastError; }
    void reload();

private:
    Workspace *m_workspace;
    QString m_lastError;
};

} // namespace Needle
