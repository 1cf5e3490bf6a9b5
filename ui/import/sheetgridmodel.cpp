#include "import/sheetgridmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace Needle {

namespace {
quint64 cellKey(qint64 row, int column)
{
    return (quint64(row) << 32) | quint32(column);
}
} // namespace

SheetGridModel::SheetGridModel(QObject *parent) : QAbstractTableModel(parent) {}

void SheetGridModel::setRows(const QVector<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_columns = 0;
    for (const Row &r : std::as_const(m_rows))
        m_columns = std::max(m_columns, int(r.size()));
    m_issues.clear();
    endResetModel();
}

void SheetGridModel::setMapping(const ColumnMapping *mapping)
{
    m_hasMapping = mapping != nullptr;
    if (mapping)
        m_mapping = *mapping;
    if (m_columns > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
    }
}

void SheetGridModel::setIssues(const ImportIssues &issues)
{
    m_issues.clear();
    for (const ImportIssue &issue : issues) {
        if (issue.row <= 0 || issue.column <= 0)
            continue;
        const quint64 key = cellKey(issue.row - 1, issue.column - 1);
        // An error outranks a warning in the same cell.
        if (!m_issues.contains(key) || issue.severity == ImportIssue::Severity::Error)
            m_issues.insert(key, issue);
    }
    if (m_columns > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
}

QString SheetGridModel::issueAt(int row, int column) const
{
    return m_issues.value(cellKey(row, column)).message;
}

int SheetGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SheetGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

// A number as the sheet shows it: percent cells as "2.41 %", currency cells with their code,
// other numbers with at most four decimals (the tool tip has the full precision).
QString SheetGridModel::numberText(const Cell &cell, const QLocale &locale)
{
    const auto shortNumber = [&locale](double v, int maxDecimals) {
        QString text = locale.toString(v, 'f', maxDecimals);
        const QString point = locale.decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(locale.zeroDigit()))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
        return text;
    };
    if (cell.format == QLatin1String("percent"))
        return tr("%1 %").arg(shortNumber(cell.number * 100, 2));
    if (cell.format.startsWith(QLatin1String("currency:")))
        return tr("%1 %2").arg(locale.toString(cell.number, 'f', 2), cell.format.mid(9));
    return shortNumber(cell.number, 4);
}

QString SheetGridModel::displayText(const Cell &cell)
{
    const QLocale locale;
    switch (cell.type) {
    case Cell::Type::Empty:
        return QString();
    case Cell::Type::Text:
    case Cell::Type::Error:
        return cell.text;
    case Cell::Type::Number:
        return numberText(cell, locale);
    case Cell::Type::Bool:
        return cell.boolean ? tr("TRUE") : tr("FALSE");
    case Cell::Type::Date:
        return locale.toString(cell.date, QLocale::ShortFormat);
    case Cell::Type::DateTime:
        return locale.toString(cell.dateTime, QLocale::ShortFormat);
    }
    return QString();
}

QVariant SheetGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const Cell cell = index.column() < row.size() ? row.at(index.column()) : Cell();
    const auto issue = m_issues.constFind(cellKey(index.row(), index.column()));
    const bool isHeader = m_hasMapping && index.row() == m_mapping.headerRow;
    const bool aboveHeader = m_hasMapping && index.row() < m_mapping.headerRow;
    const bool ignored = m_hasMapping && m_mapping.role(index.column()) == ColumnRole::Ignore;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(cell);
    case Qt::ToolTipRole:
        if (issue != m_issues.constEnd())
            return issue->message;
        if (cell.type == Cell::Type::Number) // the full precision behind the short text
            return QLocale().toString(cell.number, 'g', QLocale::FloatingPointShortest);
        return QVariant();
    case Qt::TextAlignmentRole:
        return cell.type == Cell::Type::Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant();
    case Qt::FontRole:
        if (isHeader) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::BackgroundRole:
        if (issue != m_issues.constEnd())
            return QBrush(issue->severity == ImportIssue::Severity::Error
                              ? QColor(0xf8, 0xc8, 0xc8)
                              : QColor(0xfb, 0xe7, 0xb0));
        return QVariant();
    case Qt::ForegroundRole:
        if (issue != m_issues.constEnd())
            return QBrush(QColor(0x20, 0x20, 0x20)); // readable on the tint in dark themes too
        if (ignored || aboveHeader)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant SheetGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1; // as spreadsheets number their rows
    const QString letter = ImportIssue::columnName(section + 1);
    if (!m_hasMapping || m_mapping.role(section) == ColumnRole::Ignore)
        return letter;
    return tr("%1: %2").arg(letter, displayName(m_mapping.role(section)));
}

} // namespace Needle
