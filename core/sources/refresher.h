#pragma once

#include "domain/datasource.h"
#include "import/importer.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

namespace Needle {

struct RefreshOptions
{
    QDate from; // invalid: backfill on the first refresh, else the look-back window
    QDate to; // invalid: no end
    bool createKpis = false;
    bool dryRun = false;
    QDateTime now; // the run time written to the log; invalid: the clock
};

struct RefreshResult
{
    QString source;
    ImportResult import; // the batch, counts and issues, as for a file
    JobRun run; // what the run log keeps (not written on a dry run)
    QString error; // the connection or query failed: why (also an issue of import)

    bool ok() const { return import.ok(); }
    QJsonObject toJson() const; // import's fields plus "source"
};

// Refreshes a data source: runs its query on the source database (see
// SourceConnection) for the window it needs and feeds the rows to the import
// engine as one batch, with the source's name, server and query hash as its
// provenance. Every run is logged in the workspace.
class Refresher
{
public:
    explicit Refresher(const QSqlDatabase &workspace) : m_db(workspace) {}

    RefreshResult refresh(const DataSource &source, const RefreshOptions &options);

    // The window's start for a refresh without --from: invalid (backfill
    // everything) when nothing the source wrote is stored, else the earliest,
    // over the KPIs it feeds, of the start of the period of its last value minus
    // lookbackPeriods of the KPI's cadence.
    QDate windowStart(const DataSource &source, QString *errorMessage) const;
    static QString queryHash(const QString &query);
    static QDate earliest() { return QDate(1000, 1, 1); } // :from of a backfill
    static QDate latest() { return QDate(9999, 12, 31); } // :to without an end

private:
    ImportPlan plan(class SourceConnection &connection, const DataSource &source,
                    const RefreshOptions &options, const QString &kpiKey);

    QSqlDatabase m_db;
};

} // namespace Needle
