#pragma once

#include "domain/datasource.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace Needle {

class Workspace;

// The workspace's data sources with their last run, for File > Data Sources:
// name, server, KPI (empty: the query names them), interval, last run and its
// result. IdRole gives the source's id; the result column's tool tip holds the
// run's message. Read only.
class DataSourceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ServerColumn,
        KpiColumn,
        EveryColumn,
        LastRunColumn,
        ResultColumn,
        ColumnCount
    };

    explicit DataSourceModel(QObject *parent = nullptr);

    void reload(const QSqlDatabase &db);
    void reload(const Workspace *workspace);
    DataSource source(int row) const { return m_rows.at(row).source; }
    std::optional<JobRun> lastRun(int row) const { return m_rows.at(row).last; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString everyText(qint64 seconds); // "every 15 min", "by hand"
    static QString outcomeText(JobRun::Outcome outcome); // translated

private:
    struct Row
    {
        DataSource source;
        QString kpiKey;
        std::optional<JobRun> last;
    };
    QVector<Row> m_rows;
};

} // namespace Needle
