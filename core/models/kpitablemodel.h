#pragma once

#include "domain/benchmark.h"
#include "domain/kpi.h"
#include "domain/measurement.h"
#include "domain/target.h"
#include "models/recordtablemodel.h"

#include <QLocale>
#include <optional>

namespace Needle {

class Workspace;

// One row of the KPI table: the definition and what the table shows beside it.
struct KpiRow
{
    Kpi kpi;
    QString ownerName;
    std::optional<Measurement> latest;
    std::optional<Target> target; // in force on the latest value's date (or today)
    QVector<Benchmark> benchmarks;
    Status status = Status::NoData;

    bool operator==(const KpiRow &o) const
    {
        return kpi == o.kpi && ownerName == o.ownerName && latest == o.latest
            && target == o.target && benchmarks == o.benchmarks && status == o.status;
    }
};

// All KPIs of the workspace (archived ones too; the filter proxy hides them), in id order.
// Follows the workspace's change signals row by row.
class KpiTableModel : public RecordTableModel<KpiRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, OwnerColumn, CategoryColumn, UnitColumn, LatestColumn,
                  TargetColumn, BenchmarkColumn, StatusColumn, ColumnCount };

    explicit KpiTableModel(Workspace *workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 kpiId) const;
    void setLocale(const QLocale &locale);
    void refresh(); // re-reads every row
    void refreshKpi(qint64 kpiId);

private:
    KpiRow makeRow(const Kpi &kpi) const;
    void refreshOwner(qint64 ownerId);

    Workspace *m_workspace;
    QLocale m_locale;
};

} // namespace Needle
