#pragma once

#include "report/reportcontent.h"
#include "report/reportoptions.h"

#include <QSqlDatabase>
#include <functional>

namespace Needle {

// Builds the dashboard snapshot: a cover (workspace, period, as-of date, when generated), a
// summary table of the chosen KPIs, then one section per KPI with its chart, definition,
// status, the period's anomaly verdicts and notes. Reads the workspace one KPI at a time, so
// memory holds the rolled-up series only.
class SnapshotBuilder
{
public:
    // progress(done, total) returns false to cancel (then build returns false, *errorMessage
    // empty). Unknown KPI keys are an error.
    using Progress = std::function<bool(int done, int total)>;
    static bool build(const QSqlDatabase &db, const QString &workspaceName,
                      const ReportOptions &options, ReportDocument *document, QString *errorMessage,
                      const Progress &progress = {});
};

} // namespace Needle
