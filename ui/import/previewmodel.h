#pragma once

#include "import/importer.h"

#include <QAbstractTableModel>

namespace Needle {

// The preview of an import: one line per value as it will be stored (KPI, date, value, the
// value it replaces), with its sheet row and whether it is new, changed, unchanged or invalid.
// An invalid line is tinted and its faulty cell (KPI, date or value, found from the column the
// error names) is red, with the reason as tool tip.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RowColumn, KpiColumn, DateColumn, ValueColumn, PreviousColumn, StatusColumn, ColumnCount };

    explicit PreviewModel(QObject *parent = nullptr);

    void setPlan(const ImportPlan &plan);
    // The column of an invalid line that holds the error (KpiColumn, DateColumn, ValueColumn).
    int faultyColumn(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<PreviewRow> m_rows;
    ColumnMapping m_mapping;
};

} // namespace Needle
