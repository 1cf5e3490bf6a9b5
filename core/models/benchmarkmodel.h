#pragma once

#include "domain/benchmark.h"
#include "domain/kpi.h"
#include "models/recordtablemodel.h"

#include <QLocale>

namespace Needle {

class Workspace;

// The benchmarks of one KPI. Read-only: the benchmark dialog edits through the workspace.
class BenchmarkModel : public RecordTableModel<Benchmark>
{
    Q_OBJECT
public:
    enum Column { LabelColumn, ValueColumn, SourceColumn, AsOfColumn, ColumnCount };

    explicit BenchmarkModel(Workspace *workspace, QObject *parent = nullptr);
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
