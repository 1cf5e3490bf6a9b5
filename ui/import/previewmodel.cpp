#include "import/previewmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Needle {

PreviewModel::PreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void PreviewModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_rows = plan.preview;
    m_mapping = plan.mapping;
    endResetModel();
}

int PreviewModel::faultyColumn(int row) const
{
    const PreviewRow &p = m_rows.at(row);
    if (p.status != PreviewRow::Status::Invalid)
        return -1;
    const int column = p.column - 1; // 0-based sheet column
    switch (m_mapping.role(column)) {
    case ColumnRole::Kpi:
        return KpiColumn;
    case ColumnRole::Date:
        return DateColumn;
    case ColumnRole::Series: // a wide sheet's header names the KPI, a transposed one's the date
    case ColumnRole::Value:
    default:
        return p.date.isValid() || m_mapping.layout == ImportLayout::Long ? ValueColumn : DateColumn;
    }
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const PreviewRow &p = m_rows.at(index.row());
    const QLocale locale;
    const bool invalid = p.status == PreviewRow::Status::Invalid;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RowColumn:
            return p.row;
        case KpiColumn:
            if (p.kpiName.isEmpty())
                return p.kpiKey;
            return p.newKpi ? tr("%1 (new)").arg(p.kpiName) : p.kpiName;
        case DateColumn:
            if (p.date.isValid())
                return locale.toString(p.date, QLocale::ShortFormat);
            return invalid && faultyColumn(index.row()) == DateColumn ? p.faultyText : QString();
        case ValueColumn:
            if (p.hasValue)
                return locale.toString(p.value, 'g', 15);
            // the faulty text as read, when the value is what is wrong
            return invalid && faultyColumn(index.row()) == ValueColumn ? p.faultyText : QString();
        case PreviousColumn:
            return p.oldValue ? locale.toString(*p.oldValue, 'g', 15) : QString();
        case StatusColumn:
            switch (p.status) {
            case PreviewRow::Status::New:
                return tr("New");
            case PreviewRow::Status::Changed:
                return tr("Changed");
            case PreviewRow::Status::Unchanged:
                return tr("Unchanged");
            case PreviewRow::Status::Invalid:
                return p.message;
            }
        }
        return QVariant();
    }
    if (role == Qt::ToolTipRole && invalid)
        return p.message;
    if (role == Qt::TextAlignmentRole
        && (index.column() == ValueColumn || index.column() == PreviousColumn || index.column() == RowColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole) {
        if (invalid)
            return QBrush(index.column() == faultyColumn(index.row()) ? QColor(0xf0, 0x90, 0x90)
                                                                      : QColor(0xfb, 0xdc, 0xdc));
        if (p.status == PreviewRow::Status::Changed && index.column() >= ValueColumn)
            return QBrush(QColor(0xfb, 0xee, 0xc0));
        return QVariant();
    }
    if (role == Qt::ForegroundRole && (invalid || p.status == PreviewRow::Status::Changed)
        && (invalid || index.column() >= ValueColumn))
        return QBrush(QColor(0x20, 0x20, 0x20));
    return QVariant();
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case KpiColumn:
        return tr("KPI");
    case DateColumn:
        return tr("Date");
    case ValueColumn:
        return tr("Value");
    case PreviousColumn:
        return tr("Replaces");
    case StatusColumn:
        return tr("Status");
    }
    return QVariant();
}

} // namespace Needle
