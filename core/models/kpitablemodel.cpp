#include "models/kpitablemodel.h"

#include "analysis/status.h"
#include "domain/valueformat.h"
#include "models/roles.h"
#include "storage/benchmarkrepository.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/ownerrepository.h"
#include "storage/targetrepository.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace Needle {

namespace {
qint64 kpiIdOf(const KpiRow &r)
{
    return r.kpi.id;
}

QString targetText(const KpiRow &r, const QLocale &locale)
{
    if (!r.target)
        return QString();
    if (r.target->isBand())
        return KpiTableModel::tr("%1 to %2")
            .arg(ValueFormat::format(r.kpi, *r.target->low, locale),
                 ValueFormat::format(r.kpi, *r.target->high, locale));
    return ValueFormat::format(r.kpi, r.target->value.value_or(0), locale);
}
} // namespace

KpiTableModel::KpiTableModel(Workspace *workspace, QObject *parent)
    : RecordTableModel<KpiRow>(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::kpiAdded, this, [this] { refresh(); });
    connect(workspace, &Workspace::kpiRemoved, this, [this] { refresh(); });
    connect(workspace, &Workspace::kpiChanged, this, &KpiTableModel::refreshKpi);
    connect(workspace, &Workspace::kpisReset, this, &KpiTableModel::refresh);
    connect(workspace, &Workspace::valuesReset, this, &KpiTableModel::refresh);
    connect(workspace, &Workspace::valuesChanged, this,
            [this](qint64 kpiId) { refreshKpi(kpiId); });
    connect(workspace, &Workspace::targetsChanged, this, &KpiTableModel::refreshKpi);
    connect(workspace, &Workspace::benchmarksChanged, this, &KpiTableModel::refreshKpi);
    connect(workspace, &Workspace::ownerChanged, this, &KpiTableModel::refreshOwner);
    connect(workspace, &Workspace::ownerRemoved, this, &KpiTableModel::refreshOwner);
    refresh();
}

KpiRow KpiTableModel::makeRow(const Kpi &kpi) const
{
    const QSqlDatabase db = m_workspace->connection();
    KpiRow row;
    row.kpi = kpi;
    if (kpi.ownerId > 0) {
        if (const auto owner = OwnerRepository(db).byId(kpi.ownerId))
            row.ownerName = owner->name;
    }
    row.latest = MeasurementRepository(db).latest(kpi.id);
    const QDate on = row.latest ? row.latest->date : QDate::currentDate();
    row.target = TargetRepository(db).inForce(kpi.id, on);
    row.benchmarks = BenchmarkRepository(db).forKpi(kpi.id);
    row.status = row.latest ? statusOf(row.latest->value, row.target, kpi.direction)
                            : Status::NoData;
    return row;
}

void KpiTableModel::refresh()
{
    QVector<Kpi> kpis = KpiRepository(m_workspace->connection()).all();
    std::sort(kpis.begin(), kpis.end(), [](const Kpi &a, const Kpi &b) { return a.id < b.id; });
    QVector<KpiRow> fresh;
    fresh.reserve(kpis.size());
    for (const Kpi &k : kpis)
        fresh << makeRow(k);
    syncRows(fresh, kpiIdOf);
}

void KpiTableModel::refreshKpi(qint64 kpiId)
{
    const int row = rowOf(kpiId);
    const std::optional<Kpi> kpi = KpiRepository(m_workspace->connection()).byId(kpiId);
    if (row < 0 || !kpi) {
        refresh();
        return;
    }
    const KpiRow fresh = makeRow(*kpi);
    if (fresh == m_rows.at(row))
        return;
    m_rows[row] = fresh;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void KpiTableModel::refreshOwner(qint64 ownerId)
{
    for (const KpiRow &r : std::as_const(m_rows))
        if (r.kpi.ownerId == ownerId)
            refreshKpi(r.kpi.id);
}

int KpiTableModel::rowOf(qint64 kpiId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).kpi.id == kpiId)
            return i;
    return -1;
}

void KpiTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const KpiRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.kpi.name;
        case OwnerColumn:
            return r.ownerName;
        case CategoryColumn:
            return displayName(r.kpi.category);
        case UnitColumn:
            return r.kpi.unit == Unit::Currency ? r.kpi.currency : displayName(r.kpi.unit);
        case LatestColumn:
            return r.latest ? ValueFormat::format(r.kpi, r.latest->value, m_locale) : QString();
        case TargetColumn:
            return targetText(r, m_locale);
        case BenchmarkColumn:
            return r.benchmarks.isEmpty()
                ? QString()
                : tr("%1 (%2)").arg(ValueFormat::format(r.kpi, r.benchmarks.first().value,
                                                        m_locale),
                                    r.benchmarks.first().label);
        case StatusColumn:
            return displayName(r.status);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return r.kpi.description;
        break;
    case IdRole:
    case KpiIdRole:
        return r.kpi.id;
    case KeyRole:
        return r.kpi.key;
    case CategoryRole:
        return storageName(r.kpi.category);
    case OwnerIdRole:
        return r.kpi.ownerId;
    case StatusRole:
        return storageName(r.status);
    case LatestValueRole:
        return r.latest ? QVariant(r.latest->value) : QVariant();
    case LatestDateRole:
        return r.latest ? QVariant(r.latest->date) : QVariant();
    case TargetValueRole:
        return r.target && r.target->value ? QVariant(*r.target->value) : QVariant();
    case BenchmarkValueRole:
        return r.benchmarks.isEmpty() ? QVariant() : QVariant(r.benchmarks.first().value);
    case UnitRole:
        return storageName(r.kpi.unit);
    case DirectionRole:
        return storageName(r.kpi.direction);
    case OmtmRole:
        return r.kpi.omtm;
    case ArchivedRole:
        return r.kpi.archived;
    case TagsRole:
        return r.kpi.tags;
    case ComputedRole:
        return r.kpi.isComputed();
    }
    return QVariant();
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("KPI");
    case OwnerColumn:
        return tr("Owner");
    case CategoryColumn:
        return tr("Category");
    case UnitColumn:
        return tr("Unit");
    case LatestColumn:
        return tr("Latest");
    case TargetColumn:
        return tr("Target");
    case BenchmarkColumn:
        return tr("Benchmark");
    case StatusColumn:
        return tr("Status");
    }
    return QVariant();
}

QHash<int, QByteArray> KpiTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KpiIdRole, "kpiId");
    names.insert(KeyRole, "key");
    names.insert(StatusRole, "status");
    names.insert(LatestValueRole, "latestValue");
    return names;
}

} // namespace Needle
