#pragma once

#include "domain/kpi.h"
#include "domain/measurement.h"
#include "models/recordtablemodel.h"
#include "workspace/workspacechange.h"

#include <QLocale>

namespace Needle {

class Workspace;

// The stored values of one KPI, by date. The value column is editable; edits go through the
// workspace's undo stack.
class MeasurementTableModel : public RecordTableModel<Measurement>
{
    Q_OBJECT
public:
    enum Column { DateColumn, ValueColumn, SourceColumn, NoteColumn, ColumnCount };

    explicit MeasurementTableModel(Workspace *workspace, QObject *parent = nullptr);

    void setKpi(qint64 kpiId);
    qint64 kpiId() const { return m_kpi.id; }
    const Kpi &kpi() const { return m_kpi; }
    void setLocale(const QLocale &locale) { m_locale = locale; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString lastError() const { return m_lastError; }

private:
    void reload();
    void apply(const WorkspaceChange &change);

    Workspace *m_workspace;
    Kpi m_kpi;
    QHash<qint64, QString> m_batchFiles;
    QLocale m_locale;
    QString m_lastError;
};

} // namespace Needle
