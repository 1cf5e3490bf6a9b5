#include "models/benchmarkmodel.h"

#include "domain/datetext.h"

#include "domain/valueformat.h"
#include "models/roles.h"
#include "storage/benchmarkrepository.h"
#include "storage/kpirepository.h"
#include "workspace/workspace.h"

namespace Needle {

BenchmarkModel::BenchmarkModel(Workspace *workspace, QObject *parent)
    : RecordTableModel<Benchmark>(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::changed, this, [this](const WorkspaceChange &change) {
        using R = WorkspaceChange::Record;
        if (m_kpi.id == 0)
            return;
        if (change.ids(R::Kpi, WorkspaceChange::Kind::Removed).contains(m_kpi.id))
            setKpi(0);
        else if (change.isReset(R::Benchmark) || change.kpiIds(R::Benchmark).contains(m_kpi.id))
            reload();
    });
}

void BenchmarkModel::setKpi(qint64 kpiId)
{
    m_kpi = KpiRepository(m_workspace->connection()).byId(kpiId).value_or(Kpi());
    resetRows({});
    reload();
}

void BenchmarkModel::reload()
{
    syncRows(m_kpi.id ? BenchmarkRepository(m_workspace->connection()).forKpi(m_kpi.id)
                      : QVector<Benchmark>(),
             [](const Benchmark &b) { return b.id; });
}

int BenchmarkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenchmarkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Benchmark &b = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LabelColumn:
            return b.label;
        case ValueColumn:
            return ValueFormat::format(m_kpi, b.value, m_locale);
        case SourceColumn:
            return b.source;
        case AsOfColumn:
            return b.asOf.isValid() ? DateText::day(b.asOf, m_locale) : QString();
        }
    }
    switch (role) {
    case IdRole:
        return b.id;
    case KpiIdRole:
        return b.kpiId;
    case ValueRole:
        return b.value;
    case DateRole:
        return b.asOf;
    }
    return QVariant();
}

QVariant BenchmarkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case LabelColumn:
        return tr("Benchmark");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Source");
    case AsOfColumn:
        return tr("As of");
    }
    return QVariant();
}

} // namespace Needle
