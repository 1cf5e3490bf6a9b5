#include "pdf/pdfexporter.h"

#include "pdf/reportpainter.h"
#include "report/pdfamendment.h"
#include "report/reportlayout.h"
#include "io/outputfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>

static void initPdfFonts()
{
    Q_INIT_RESOURCE(pdffonts);
}

namespace Needle {

QString PdfExporter::fontFamily()
{
    static const QString family = [] {
        initPdfFonts();
        QString name;
        for (const char *file : {":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (name.isEmpty() && !families.isEmpty())
                name = families.first();
        }
        return name.isEmpty() ? QStringLiteral("DejaVu Sans") : name;
    }();
    return family;
}

QByteArray PdfExporter::render(const ReportDocument &document, const ReportOptions &options,
                               const ReportPainter::ChartRenderer &charts, QString *errorMessage,
                               const Progress &progress)
{
    QByteArray bytes;
    PdfAmendment amendment;
    amendment.author = document.author;
    amendment.subject = document.subject;
    amendment.keywords = document.keywords;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setResolution(ReportPainter::Resolution);
        // The layout keeps its own margins in page coordinates: the writer gets none, so the
        // painter's origin is the page's corner.
        QPageLayout page = options.pageLayout();
        page.setMinimumMargins(QMarginsF());
        page.setMargins(QMarginsF());
        writer.setPageLayout(page);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Needle %1").arg(QCoreApplication::applicationVersion()));

        ReportPainter painter(fontFamily(), &writer, charts);
        ReportLayout layout(options.pageLayout(), painter);
        layout.layOut(document);

        QPainter p;
        if (!p.begin(&writer)) {
            if (errorMessage)
                *errorMessage = QCoreApplication::translate("Needle::PdfExporter",
                                                            "The PDF could not be started.");
            return QByteArray();
        }
        const int total = int(layout.pages.size());
        for (int i = 0; i < total; ++i) {
            if (progress && !progress(i, total)) {
                p.end();
                if (errorMessage)
                    errorMessage->clear();
                return QByteArray();
            }
            if (i > 0)
                writer.newPage();
            painter.paintPage(&p, layout, i, document);
        }
        p.end();
        for (const ContentsEntry &entry : std::as_const(layout.contents)) {
            const PdfAmendment::Destination to{entry.page, std::max<qreal>(0, entry.y - 6)};
            amendment.outline.append({entry.title, to});
            if (entry.contentsPage >= 0)
                amendment.links.append({entry.contentsPage, entry.contentsRect, to});
        }
    }
    if (!amendment.apply(&bytes, errorMessage))
        return QByteArray();
    return bytes;
}

bool PdfExporter::write(const ReportDocument &document, const ReportOptions &options,
                        const ReportPainter::ChartRenderer &charts, const QString &path,
                        QString *errorMessage, const Progress &progress)
{
    QString error;
    const QByteArray bytes = render(document, options, charts, &error, progress);
    if (bytes.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    // Never over a workspace, its journal, a device or a folder; written whole or not at all.
    return OutputFile::write(path, bytes, {}, errorMessage);
}

} // namespace Needle
