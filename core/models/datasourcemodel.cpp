#include "models/datasourcemodel.h"

#include "models/roles.h"
#include "storage/kpirepository.h"
#include "workspace/workspace.h"
#include "storage/sourcerepository.h"

#include <QLocale>

namespace Needle {

DataSourceModel::DataSourceModel(QObject *parent) : QAbstractTableModel(parent) {}

void DataSourceModel::reload(const Workspace *workspace)
{
    reload(workspace->connection());
}

void DataSourceModel::reload(const QSqlDatabase &db)
{
    beginResetModel();
    m_rows.clear();
    SourceRepository repo(db);
    KpiRepository kpis(db);
    for (const DataSource &s : repo.sources()) {
        Row row;
        row.source = s;
        if (s.kpiId > 0) {
            const auto kpi = kpis.byId(s.kpiId);
            row.kpiKey = kpi ? kpi->key : QString();
        }
        row.last = repo.lastSourceRun(s.id);
        m_rows << row;
    }
    endResetModel();
}

int DataSourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DataSourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DataSourceModel::everyText(qint64 seconds)
{
    if (seconds <= 0)
        return tr("by hand");
    if (seconds % 604800 == 0)
        return tr("every %1 w").arg(seconds / 604800);
    if (seconds % 86400 == 0)
        return tr("every %1 d").arg(seconds / 86400);
    if (seconds % 3600 == 0)
        return tr("every %1 h").arg(seconds / 3600);
    return tr("every %1 min").arg(qMax<qint64>(1, seconds / 60));
}

QString DataSourceModel::outcomeText(JobRun::Outcome outcome)
{
    switch (outcome) {
    case JobRun::Outcome::Written:
        return tr("Values written");
    case JobRun::Outcome::Unchanged:
        return tr("Nothing new");
    case JobRun::Outcome::Rejected:
        return tr("Rejected");
    case JobRun::Outcome::Failed:
        break;
    }
    return tr("Failed");
}

QVariant DataSourceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.source.id;
    if (role == Qt::ToolTipRole)
        return index.column() == ResultColumn && r.last ? QVariant(r.last->message) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r.source.name;
    case ServerColumn:
        return r.source.url;
    case KpiColumn:
        return r.kpiKey.isEmpty() ? tr("(named in the query)") : r.kpiKey;
    case EveryColumn:
        return everyText(r.source.intervalSeconds);
    case LastRunColumn:
        return r.last ? QLocale().toString(r.last->startedAt.toLocalTime(), QLocale::ShortFormat)
                      : tr("never");
    case ResultColumn:
        return r.last ? outcomeText(r.last->outcome) : QString();
    default:
        return {};
    }
}

QVariant DataSourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ServerColumn:
        return tr("Server");
    case KpiColumn:
        return tr("KPI");
    case EveryColumn:
        return tr("Refreshed");
    case LastRunColumn:
        return tr("Last run");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace Needle
