#pragma once

#include "import/cell.h"
#include "import/columnmapping.h"
#include "import/importissue.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QHash>

namespace Needle {

// The first rows of a sheet as the readers see them, for the wizard's grids: columns are
// headed A, B, C... and, once a mapping is chosen, by what each column means; the header row
// is shown in bold, ignored columns greyed out, and cells with an error in red with the
// message as tool tip.
class SheetGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit SheetGridModel(QObject *parent = nullptr);

    void setRows(const QVector<Row> &rows);
    void setMapping(const ColumnMapping *mapping); // null: no mapping shown
    void setIssues(const ImportIssues &issues); // errors and warnings with a row and column
    QString issueAt(int row, int column) const; // 0-based sheet row and column

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString displayText(const Cell &cell);
    static QString numberText(const Cell &cell, const QLocale &locale);

private:
    QVector<Row> m_rows;
    int m_columns = 0;
    bool m_hasMapping = false;
    ColumnMapping m_mapping;
    QHash<quint64, ImportIssue> m_issues; // (row << 32 | column), 0-based
};

} // namespace Needle
