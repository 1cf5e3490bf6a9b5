#pragma once

#include "import/spreadsheetreader.h"

#include <QSqlQuery>
#include <QStringList>

namespace Needle {

// A query's result as the import engine reads a sheet: a header row of column
// names, then one row per result row, streamed forward from the live query.
// Bound to one KPI, a first column "kpi" holding its key is put in front, so
// the result reads as the long layout.
class QueryReader : public SpreadsheetReader
{
public:
    QueryReader(QSqlQuery *query, const QString &sheetName, const QString &boundKpiKey);

    QString formatName() const override { return QStringLiteral("query"); }
    QVector<SheetInfo> sheets() const override;
    bool readRows(const QString &sheet, const RowVisitor &visit, ImportIssues *issues) override;

    QStringList header() const; // as the first row gives it
    static Cell toCell(const QVariant &value);

private:
    QSqlQuery *m_query;
    QString m_sheet;
    QString m_kpiKey;
};

} // namespace Needle
