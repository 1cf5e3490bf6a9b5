#pragma once

#include "domain/kpi.h"
#include "import/importer.h"

#include <QHash>

#include <QAbstractTableModel>

namespace Needle {

// The preview of an import: one line per value as it will be stored (KPI, date, value, the
// value it replaces), with its sheet row and whether it is new, changed, unchanged or invalid.
// Only the faulty cell of an invalid line (KPI, date or value: the one whose sheet column an
// issue of the plan names) is coloured, with an icon and the issue's message as tool tip: red
// for an error, amber for a warning (an error on a row that "valid rows only" skips). The other
// cells keep their normal look; the row column carries the same icon as a marker, for the lines
// that are invalid only because another cell of their sheet row is (a wide sheet's other values).
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RowColumn,
        KpiColumn,
        DateColumn,
        ValueColumn,
        PreviousColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        // On the faulty cell only: int(ImportIssue::Severity) of the issue that names it.
        IssueSeverityRole = Qt::UserRole + 1,
    };

    explicit PreviewModel(QObject *parent = nullptr);

    // The workspace's KPIs, so that values read as each KPI formats them (unit, decimals); the
    // tool tip keeps the full precision. KPIs the plan creates use the unit it guessed.
    void setKpis(const QVector<Kpi> &kpis);
    void setPlan(const ImportPlan &plan);
    // The column of an invalid line that holds the error (KpiColumn, DateColumn, ValueColumn), or
    // -1: a valid line, or one invalid only because of another cell of its sheet row.
    int faultyColumn(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // What a line's faulty cell or row marker shows: the issue that names the cell, if any.
    struct LineIssue
    {
        int column = -1; // PreviewModel column of the faulty cell, -1: none in this line
        ImportIssue::Severity severity = ImportIssue::Severity::Error;
        QString message;
    };
    int modelColumn(const PreviewRow &p) const;
    QVariant issueData(const LineIssue &issue, int role) const;

    QString valueText(const PreviewRow &p, double value) const;

    QHash<QString, Kpi> m_kpis; // by key
    QVector<PreviewRow> m_rows;
    QVector<LineIssue> m_issues; // per line
    ColumnMapping m_mapping;
};

} // namespace Needle
