#pragma once

#include "report/reportcontent.h"
#include "pdf/reportpainter.h"
#include "report/reportoptions.h"

#include <QByteArray>
#include <QString>
#include <functional>

class QPainter;

namespace Needle {

// Writes a ReportDocument as a PDF: lays it out in the built-in DejaVu Sans (embedded, so
// the text is selectable and the file looks the same everywhere), paints every page with a
// footer and page numbers, charts from ui/charts as vectors, and the contents page. The file
// is written through OutputFile: a failure or a cancel leaves no file behind, and a workspace,
// device or folder is never written over.
class PdfExporter
{
public:
    using Progress = std::function<bool(int done, int total)>; // false: cancel

    // `charts` draws the charts and sparklines (see reportChartRenderer); without it the
    // document's chart blocks stay empty.
    static bool write(const ReportDocument &document, const ReportOptions &options,
                      const ReportPainter::ChartRenderer &charts, const QString &path,
                      QString *errorMessage, const Progress &progress = {});
    // The same PDF in memory; empty with *errorMessage set on failure or cancel.
    static QByteArray render(const ReportDocument &document, const ReportOptions &options,
                             const ReportPainter::ChartRenderer &charts, QString *errorMessage,
                             const Progress &progress = {});
    // The font family the reports use, registered on first call.
    static QString fontFamily();
};

} // namespace Needle
