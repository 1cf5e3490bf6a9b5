#pragma once

#include "pdf/reportpainter.h"
#include "report/reportoptions.h"

#include <QSqlDatabase>

namespace Needle {

// The charts of a report drawn by ui/charts, the code the app's KPI view uses: the KPI chart from
// the workspace (values, targets, benchmarks, notes) over the report's period, and the summary
// table's sparklines from the document's rolled-up series.
ReportPainter::ChartRenderer reportChartRenderer(const QSqlDatabase &db,
                                                 const ReportDocument &document,
                                                 const ReportOptions &options);

} // namespace Needle
