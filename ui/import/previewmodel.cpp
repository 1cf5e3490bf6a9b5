#include "import/previewmodel.h"

#include "domain/valueformat.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>
#include <QStyle>

namespace Needle {

PreviewModel::PreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void PreviewModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_rows = plan.preview;
    m_mapping = plan.mapping;
    // The issues of the sheet rows shown: the one naming each cell, and the worst of each row.
    QHash<qint64, ImportIssue::Severity> rowSeverity;
    for (const PreviewRow &p : std::as_const(m_rows))
        if (p.status == PreviewRow::Status::Invalid)
            rowSeverity.insert(p.row, ImportIssue::Severity::Info);
    QHash<QPair<qint64, int>, int> cellIssue; // (sheet row, sheet column) -> index in issues
    for (int i = 0; i < plan.issues.size(); ++i) {
        const ImportIssue &issue = plan.issues.at(i);
        const auto row = rowSeverity.find(issue.row);
        if (row == rowSeverity.end() || issue.severity == ImportIssue::Severity::Info)
            continue;
        *row = std::min(*row, issue.severity); // Error < Warning < Info
        const QPair<qint64, int> cell(issue.row, issue.column);
        const auto known = cellIssue.constFind(cell);
        if (known == cellIssue.cend() || issue.severity < plan.issues.at(*known).severity)
            cellIssue.insert(cell, i);
    }
    m_issues = QVector<LineIssue>(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r) {
        const PreviewRow &p = m_rows.at(r);
        if (p.status != PreviewRow::Status::Invalid)
            continue;
        LineIssue &line = m_issues[r];
        line.message = p.message;
        const auto issue = cellIssue.constFind(qMakePair(p.row, p.column));
        if (issue != cellIssue.cend()) {
            line.column = modelColumn(p);
            line.severity = plan.issues.at(*issue).severity;
            line.message = plan.issues.at(*issue).message;
        } else {
            // Invalid for another cell's sake: marked as its row's worst issue.
            const ImportIssue::Severity worst = rowSeverity.value(p.row);
            line.severity = worst != ImportIssue::Severity::Info ? worst
                : plan.skipInvalid                               ? ImportIssue::Severity::Warning
                                                                 : ImportIssue::Severity::Error;
        }
    }
    endResetModel();
}

int PreviewModel::faultyColumn(int row) const
{
    return m_issues.at(row).column;
}

int PreviewModel::modelColumn(const PreviewRow &p) const
{
    const int column = p.column - 1; // 0-based sheet column
    switch (m_mapping.role(column)) {
    case ColumnRole::Kpi:
        return KpiColumn;
    case ColumnRole::Date:
        return DateColumn;
    case ColumnRole::Series: // a wide sheet's header names the KPI, a transposed one's the date
    case ColumnRole::Value:
    default:
        return p.date.isValid() || m_mapping.layout == ImportLayout::Long ? ValueColumn
                                                                          : DateColumn;
    }
}

QVariant PreviewModel::issueData(const LineIssue &issue, int role) const
{
    const bool error = issue.severity == ImportIssue::Severity::Error;
    switch (role) {
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                         : QStyle::SP_MessageBoxWarning);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        // Said in words too, not only by colour and icon.
        return error ? tr("Error: %1").arg(issue.message) : tr("Warning: %1").arg(issue.message);
    default:
        return QVariant();
    }
}

void PreviewModel::setKpis(const QVector<Kpi> &kpis)
{
    m_kpis.clear();
    for (const Kpi &k : kpis)
        m_kpis.insert(k.key, k);
}

QString PreviewModel::valueText(const PreviewRow &p, double value) const
{
    const QLocale locale;
    const auto kpi = m_kpis.constFind(p.kpiKey);
    if (kpi != m_kpis.constEnd())
        return ValueFormat::format(*kpi, value, locale);
    QString text = locale.toString(value, 'f', 4);
    while (text.contains(locale.decimalPoint()) && text.endsWith(locale.zeroDigit()))
        text.chop(1);
    if (text.endsWith(locale.decimalPoint()))
        text.chop(locale.decimalPoint().size());
    return text;
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
            return invalid && modelColumn(p) == DateColumn ? p.faultyText : QString();
        case ValueColumn:
            if (p.hasValue)
                return valueText(p, p.value);
            // the faulty text as read, when the value is what is wrong
            return invalid && modelColumn(p) == ValueColumn ? p.faultyText : QString();
        case PreviousColumn:
            return p.oldValue ? valueText(p, *p.oldValue) : QString();
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
    const bool faulty = invalid && index.column() == m_issues.at(index.row()).column;
    if (role == IssueSeverityRole)
        return faulty ? QVariant(int(m_issues.at(index.row()).severity)) : QVariant();
    if (role == Qt::DecorationRole || role == Qt::ToolTipRole
        || role == Qt::AccessibleDescriptionRole) {
        // The faulty cell, and the row column as the line's marker.
        if (faulty || (invalid && index.column() == RowColumn))
            return issueData(m_issues.at(index.row()), role);
        if (invalid && index.column() == StatusColumn && role == Qt::ToolTipRole)
            return p.message;
        if (role == Qt::ToolTipRole && index.column() == ValueColumn && p.hasValue)
            return locale.toString(p.value, 'g', QLocale::FloatingPointShortest);
        if (role == Qt::ToolTipRole && index.column() == PreviousColumn && p.oldValue)
            return locale.toString(*p.oldValue, 'g', QLocale::FloatingPointShortest);
        return QVariant();
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == ValueColumn || index.column() == PreviousColumn
            || index.column() == RowColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole) {
        if (faulty)
            return QBrush(m_issues.at(index.row()).severity == ImportIssue::Severity::Error
                              ? QColor(0xf0, 0x90, 0x90)
                              : QColor(0xf6, 0xd3, 0x8a));
        if (!invalid && p.status == PreviewRow::Status::Changed && index.column() >= ValueColumn)
            return QBrush(QColor(0xfb, 0xee, 0xc0));
        return QVariant();
    }
    if (role == Qt::ForegroundRole
        && (faulty || (p.status == PreviewRow::Status::Changed && index.column() >= ValueColumn)))
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
