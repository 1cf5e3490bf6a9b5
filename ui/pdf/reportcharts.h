#pragma once

#include "pdf/reportpainter.h"
#include "report/chartdata.h"
#include "report/reportoptions.h"

namespace Needle {

// The charts of a report drawn by ui/charts, the code the app's KPI view uses: the KPI chart from
// the workspace (values, targets, benchmarks, notes; read through `charts`, see chartDataSource)
// over the report's period, and the summary table's sparklines from the document's series.
ReportPainter::ChartRenderer reportChartRenderer(const ChartDataSource &charts,
                                                 const ReportDocument &document,
                                                 const ReportOptions &options);

} // namespace Needle
