#pragma once

#include "domain/kpi.h"
#include "domain/target.h"
#include "models/recordtablemodel.h"

#include <QLocale>

namespace Needle {

class Workspace;

// The targets of one KPI over time, by the date they take effect. Read-only: the target
// dialog edits through the workspace.
class TargetModel : public RecordTableModel<Target>
{
    Q_OBJECT
public:
    enum Column {
        EffectiveColumn,
        ValueColumn,
        DeadlineColumn,
        ToleranceColumn,
        NoteColumn,
        ColumnCount
    };

    explicit TargetModel(Workspace *workspace, QObject *parent = nullptr);
    void setKpi(qint64 kpiId);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();
    Workspace *m_workspace;
    Kpi m_kpi;
    QLocale m_locale;
};

} // namespace Needle
