#include "cli/commands.h"
#include "cli/uicommands.h"
#include "pdf/pdfexporter.h"
#include "pdf/reportcharts.h"
#include "report/minutesbuilder.h"
#include "report/snapshotbuilder.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"
#include "io/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Needle {

int runExportPdf(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out)
    if (cl.from.isValid() && cl.to.isValid() && cl.from > cl.to) {
        err << QCoreApplication::translate(
            "Needle::ExportPdf",
            "The period starts after it ends: --from must not be later than --to.")
            << Qt::endl;
        return ExitUsage;
    }
    QString error;
    // Refused before anything is read: OUT must not be the workspace (by any name), its
    // journal, another workspace, a device or a folder.
    if (!OutputFile::check(cl.output, {cl.workspace}, &error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    const auto ws = Workspace::openReadOnly(cl.workspace, &error);
    if (!ws) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    // Everything the PDF shows comes from one checked snapshot of the workspace.
    const WorkspaceReader snapshot(ws.get(), WorkspaceReader::Mode::Snapshot);
    if (!snapshot.snapshotHeld(&error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    ReportOptions options;
    options.from = cl.from;
    options.to = cl.to;
    options.kpiKeys = cl.kpis;
    options.meetingId = cl.meeting;
    options.locale = QLocale();
    options.pageSize = ReportOptions::defaultPageSize(options.locale);
    options = options.resolved();

    const QString name = QFileInfo(cl.workspace).completeBaseName();
    ReportDocument document;
    const bool built = options.meetingId > 0
        ? MinutesBuilder::build(ws->connection(), name, options, &document, &error)
        : SnapshotBuilder::build(ws->connection(), name, options, &document, &error);
    if (!built) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    if (!PdfExporter::write(
            document, options,
            reportChartRenderer(chartDataSource(ws->connection()), document, options), cl.output,
            &error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    return ExitOk;
}

} // namespace Needle
