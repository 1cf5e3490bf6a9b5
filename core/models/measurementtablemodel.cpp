#include "models/measurementtablemodel.h"

#include "domain/datetext.h"

#include "domain/valueformat.h"
#include "models/roles.h"
#include "storage/importrepository.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "workspace/workspace.h"

namespace Needle {

namespace {
qint64 dateKey(const Measurement &m)
{
    return m.date.toJulianDay();
}
} // namespace

MeasurementTableModel::MeasurementTableModel(Workspace *workspace, QObject *parent)
    : RecordTableModel<Measurement>(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::changed, this, &MeasurementTableModel::apply);
}

void MeasurementTableModel::apply(const WorkspaceChange &change)
{
    using R = WorkspaceChange::Record;
    using K = WorkspaceChange::Kind;
    if (m_kpi.id == 0)
        return;
    if (change.ids(R::Kpi, K::Removed).contains(m_kpi.id)) {
        setKpi(0);
        return;
    }
    if (change.isReset(R::Kpi) || change.ids(R::Kpi, K::Updated).contains(m_kpi.id)) {
        m_kpi = KpiRepository(m_workspace->connection()).byId(m_kpi.id).value_or(Kpi());
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    if (change.isReset(R::Value) || change.touches(R::Import)) {
        reload();
        return;
    }
    for (const WorkspaceChange::Part &p : change.parts) {
        if (p.record != R::Value || p.kpiId != m_kpi.id)
            continue;
        syncKeyRange(
            p.from.toJulianDay(), p.to.toJulianDay(),
            MeasurementRepository(m_workspace->connection()).measurements(m_kpi.id, p.from, p.to),
            dateKey);
    }
}

void MeasurementTableModel::setKpi(qint64 kpiId)
{
    m_kpi = KpiRepository(m_workspace->connection()).byId(kpiId).value_or(Kpi());
    resetRows({});
    reload();
}

void MeasurementTableModel::reload()
{
    if (m_kpi.id == 0) {
        syncRows({}, dateKey);
        return;
    }
    m_batchFiles.clear();
    for (const ImportBatch &b : ImportRepository(m_workspace->connection()).batches())
        m_batchFiles.insert(b.id, b.fileName);
    syncRows(MeasurementRepository(m_workspace->connection()).measurements(m_kpi.id), dateKey);
}

int MeasurementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasurementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Measurement &m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return DateText::day(m.date, m_locale);
        case ValueColumn:
            return ValueFormat::format(m_kpi, m.value, m_locale);
        case SourceColumn:
            if (m.batchId == 0)
                return tr("Typed in");
            return tr("%1, row %2").arg(m_batchFiles.value(m.batchId)).arg(m.sourceRow);
        case NoteColumn:
            return m.note;
        }
        break;
    case Qt::EditRole:
        if (index.column() == ValueColumn)
            return m.value;
        if (index.column() == DateColumn)
            return m.date;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KpiIdRole:
        return m.kpiId;
    case DateRole:
        return m.date;
    case ValueRole:
        return m.value;
    case BatchIdRole:
        return m.batchId;
    }
    return QVariant();
}

bool MeasurementTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok) {
        m_lastError = tr("\"%1\" is not a number.").arg(value.toString());
        return false;
    }
    const Measurement &m = m_rows.at(index.row());
    return m_workspace->setValue(m.kpiId, m.date, v, &m_lastError);
}

Qt::ItemFlags MeasurementTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn && !m_kpi.isComputed())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant MeasurementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Source");
    case NoteColumn:
        return tr("Note");
    }
    return QVariant();
}

} // namespace Needle
