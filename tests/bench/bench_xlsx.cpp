// XLSX read speed: a seeded 100,000-row long-layout workbook (kpi key as a shared string, date
// as a number formatted with numFmt 14, value, an occasional note), written as Excel writes it
// (shared strings, styles, workbook relationships), read cell by cell through the same
// SpreadsheetReader interface the importer and `needle inspect` use, side by side with
// Python's openpyxl in read-only mode iterating the same cells (iter_rows(values_only=True)).
// With --import, `needle import --create-kpis` of the file into a new workspace is timed too
// (wall time, peak memory) against inflating the sheet part alone with
// `unzip -p FILE xl/worksheets/sheet1.xml > /dev/null`, in turn, `--runs` times, medians.
// With --ods the file is an ODS laid out as LibreOffice writes one (content.xml is the part
// inflated); only with --import.
// Usage: bench_xlsx [--rows N] [--runs N] [--python PATH] [--keep DIR] [--import] [--ods]
//                   [--needle PATH] [--baseline PATH]

#include "import/spreadsheetreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <random>

using namespace Needle;

namespace {

// What the generator wrote, to check that every reader saw all of it.
struct Written
{
    qint64 rows = 0; // data rows, without the header
    qint64 cells = 0; // non-empty cells, header included
    qint64 dates = 0;
};

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile file(&zip);
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(2026, 11, 24), QTime(9, 0));
    if (!file.open(QIODevice::WriteOnly, info))
        return false;
    const bool ok = file.write(data) == data.size();
    file.close();
    return ok && file.getZipError() == 0;
}

QByteArray xmlEscape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// Excel's own package layout: content types, package and workbook relationships, the
// workbook, styles with the built-in date format 14 on cellXfs 1, shared strings, one sheet.
bool writeXlsx(const QString &path, qint64 rows, Written *written)
{
    std::mt19937_64 random(20261204);
    std::normal_distribution<double> noise(0, 1);
    std::uniform_real_distribution<double> unit(0, 1);

    const int kpis = 50;
    const qint64 days = (rows + kpis - 1) / kpis;
    QStringList strings{QStringLiteral("kpi"), QStringLiteral("date"), QStringLiteral("value"),
                        QStringLiteral("note")};
    const int firstKpi = int(strings.size());
    for (int k = 0; k < kpis; ++k)
        strings << QStringLiteral("product_kpi_%1").arg(k, 3, 10, QLatin1Char('0'));
    const int firstNote = int(strings.size());
    strings << QStringLiteral("campaign launch") << QStringLiteral("data outage, estimated")
            << QStringLiteral("holiday") << QStringLiteral("pricing change")
            << QStringLiteral("tracking fixed <see ticket & log>");
    const int notes = int(strings.size()) - firstNote;

    QByteArray sheet;
    sheet.reserve(int(rows * 180 + 4096));
    sheet += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
             "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
             "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
             "mc:Ignorable=\"x14ac xr xr2 xr3\" "
             "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\" "
             "xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\" "
             "xmlns:xr2=\"http://schemas.microsoft.com/office/spreadsheetml/2015/revision2\" "
             "xmlns:xr3=\"http://schemas.microsoft.com/office/spreadsheetml/2016/revision3\" "
             "xr:uid=\"{5B1C3F4E-2A8D-4C57-9E0B-7D1F2A3C4B5E}\">";
    sheet += "<dimension ref=\"A1:D" + QByteArray::number(rows + 1)
        + "\"/>"
          "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
          "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
          "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
          "<sheetFormatPr defaultRowHeight=\"15\" x14ac:dyDescent=\"0.25\"/>"
          "<cols><col min=\"1\" max=\"1\" width=\"16.7109375\" customWidth=\"1\"/>"
          "<col min=\"2\" max=\"2\" width=\"10.7109375\" customWidth=\"1\"/>"
          "<col min=\"3\" max=\"3\" width=\"12.7109375\" customWidth=\"1\"/>"
          "<col min=\"4\" max=\"4\" width=\"24.7109375\" customWidth=\"1\"/></cols><sheetData>";
    sheet += "<row r=\"1\" spans=\"1:4\" x14ac:dyDescent=\"0.25\">"
             "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
             "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>";
    qint64 references = 4;
    written->cells = 4;

    QVector<double> level(kpis);
    for (int k = 0; k < kpis; ++k)
        level[k] = 100.0 * (k + 1);
    const qint64 firstSerial = QDate(1899, 12, 30).daysTo(QDate(2020, 1, 1));
    qint64 r = 1;
    for (qint64 d = 0; d < days && r <= rows; ++d) {
        const QByteArray serial = QByteArray::number(firstSerial + d);
        for (int k = 0; k < kpis && r <= rows; ++k) {
            ++r;
            const QByteArray n = QByteArray::number(r);
            level[k] = std::max(0.0, level[k] * 1.0004 + noise(random) * (k + 1));
            // Counts, amounts with cents and ratios, as the source tools export them.
            QByteArray value;
            if (k % 3 == 0)
                value = QByteArray::number(std::round(level[k]), 'f', 0);
            else if (k % 3 == 1)
                value = QByteArray::number(std::round(level[k] * 100) / 100, 'g', 15);
            else
                value = QByteArray::number(level[k] / (level[k] + 1000.0), 'g', 15);
            sheet += "<row r=\"" + n + "\" spans=\"1:4\" x14ac:dyDescent=\"0.25\"><c r=\"A" + n
                + "\" t=\"s\"><v>" + QByteArray::number(firstKpi + k) + "</v></c><c r=\"B" + n
                + "\" s=\"1\"><v>" + serial + "</v></c><c r=\"C" + n + "\"><v>" + value
                + "</v></c>";
            written->cells += 3;
            references += 1;
            if (unit(random) < 0.05) {
                sheet += "<c r=\"D" + n + "\" t=\"s\"><v>"
                    + QByteArray::number(firstNote + int(unit(random) * notes) % notes)
                    + "</v></c>";
                written->cells += 1;
                references += 1;
            }
            sheet += "</row>";
            ++written->dates;
        }
    }
    written->rows = r - 1;
    sheet += "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" "
             "header=\"0.3\" footer=\"0.3\"/></worksheet>";

    QByteArray sst =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
        + QByteArray::number(references + written->rows) + "\" uniqueCount=\""
        + QByteArray::number(strings.size()) + "\">";
    for (const QString &s : std::as_const(strings))
        sst += "<si><t>" + xmlEscape(s) + "</t></si>";
    sst += "</sst>";

    const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/"
        ">"
        "<Override PartName=\"/xl/theme/theme1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        "<Override PartName=\"/xl/sharedStrings.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" "
        "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "<Override PartName=\"/docProps/app.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        "</Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId3\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "extended-properties\" Target=\"docProps/app.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
        "core-properties\" Target=\"docProps/core.xml\"/>"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "officeDocument\" Target=\"xl/workbook.xml\"/>"
        "</Relationships>";
    const QByteArray app =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<Properties "
        "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
        "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        "<Application>Microsoft "
        "Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
        "<TitlesOfParts><vt:vector size=\"1\" baseType=\"lpstr\"><vt:lpstr>KPI "
        "values</vt:lpstr></vt:vector></TitlesOfParts>"
        "<AppVersion>16.0300</AppVersion></Properties>";
    const QByteArray core =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<cp:coreProperties "
        "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        "<dc:creator>bench_xlsx</dc:creator><dcterms:created "
        "xsi:type=\"dcterms:W3CDTF\">2026-11-24T09:00:00Z</dcterms:created>"
        "</cp:coreProperties>";
    const QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<fileVersion appName=\"xl\" lastEdited=\"7\" lowestEdited=\"7\" rupBuild=\"27328\"/>"
        "<workbookPr defaultThemeVersion=\"166925\"/>"
        "<bookViews><workbookView xWindow=\"-120\" yWindow=\"-120\" windowWidth=\"29040\" "
        "windowHeight=\"15840\"/></bookViews>"
        "<sheets><sheet name=\"KPI values\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
        "<calcPr calcId=\"191029\"/></workbook>";
    const QByteArray workbookRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId3\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" "
        "Target=\"theme/theme1.xml\"/>"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId4\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "</Relationships>";
    const QByteArray theme =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office "
        "Theme\">"
        "<a:themeElements><a:clrScheme name=\"Office\"><a:dk1><a:sysClr val=\"windowText\" "
        "lastClr=\"000000\"/></a:dk1>"
        "<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1></a:clrScheme>"
        "<a:fontScheme name=\"Office\"><a:majorFont><a:latin typeface=\"Calibri "
        "Light\"/></a:majorFont>"
        "<a:minorFont><a:latin "
        "typeface=\"Calibri\"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>";
    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        "mc:Ignorable=\"x14ac\" "
        "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">"
        "<fonts count=\"1\" x14ac:knownFonts=\"1\"><font><sz val=\"11\"/><color theme=\"1\"/>"
        "<name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font></fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
        "borderId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" "
        "xfId=\"0\"/>"
        "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/></cellXfs>"
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" "
        "builtinId=\"0\"/></cellStyles>"
        "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" "
        "defaultPivotStyle=\"PivotStyleLight16\"/>"
        "</styleSheet>";

    QFile::remove(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const bool ok = addEntry(zip, QStringLiteral("[Content_Types].xml"), contentTypes)
        && addEntry(zip, QStringLiteral("_rels/.rels"), rels)
        && addEntry(zip, QStringLiteral("docProps/app.xml"), app)
        && addEntry(zip, QStringLiteral("docProps/core.xml"), core)
        && addEntry(zip, QStringLiteral("xl/workbook.xml"), workbook)
        && addEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels)
        && addEntry(zip, QStringLiteral("xl/theme/theme1.xml"), theme)
        && addEntry(zip, QStringLiteral("xl/styles.xml"), styles)
        && addEntry(zip, QStringLiteral("xl/worksheets/sheet1.xml"), sheet)
        && addEntry(zip, QStringLiteral("xl/sharedStrings.xml"), sst);
    zip.close();
    return ok && zip.getZipError() == 0;
}

// The same long layout as LibreOffice Calc 7.4 saves it in an ODS file: content.xml with its
// namespaces, automatic styles, a date style, and one table:table-row per row whose cells
// carry office:value-type, the value and the displayed text (<text:p>), as LibreOffice writes
// them.
bool writeOds(const QString &path, qint64 rows, Written *written)
{
    std::mt19937_64 random(20261204);
    std::normal_distribution<double> noise(0, 1);
    const int kpis = 50;
    QByteArray xml;
    xml.reserve(int(qMin<qint64>(rows * 720 + 8192, qint64(1) << 30)));
    xml +=
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\" "
        "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" "
        "office:version=\"1.3\"><office:scripts/><office:font-face-decls/>"
        "<office:automatic-styles><style:style style:name=\"co1\" style:family=\"table-column\">"
        "<style:table-column-properties fo:break-before=\"auto\" style:column-width=\"0.889in\"/>"
        "</style:style><style:style style:name=\"ro1\" style:family=\"table-row\">"
        "<style:table-row-properties style:row-height=\"0.178in\" fo:break-before=\"auto\" "
        "style:use-optimal-row-height=\"true\"/></style:style><style:style style:name=\"ta1\" "
        "style:family=\"table\" style:master-page-name=\"Default\"><style:table-properties "
        "table:display=\"true\" style:writing-mode=\"lr-tb\"/></style:style>"
        "<number:date-style style:name=\"N37\" number:automatic-order=\"true\"><number:month "
        "number:style=\"long\"/><number:text>/</number:text><number:day number:style=\"long\"/>"
        "<number:text>/</number:text><number:year/></number:date-style><style:style "
        "style:name=\"ce1\" style:family=\"table-cell\" style:parent-style-name=\"Default\" "
        "style:data-style-name=\"N37\"/></office:automatic-styles><office:body>"
        "<office:spreadsheet><table:calculation-settings table:automatic-find-labels=\"false\"/>"
        "<table:table table:name=\"KPI values\" table:style-name=\"ta1\"><table:table-column "
        "table:style-name=\"co1\" table:number-columns-repeated=\"3\" "
        "table:default-cell-style-name=\"Default\"/><table:table-row table:style-name=\"ro1\">";
    for (const char *h : {"kpi", "date", "value"})
        xml += QByteArray("<table:table-cell office:value-type=\"string\" "
                          "calcext:value-type=\"string\"><text:p>")
            + h + "</text:p></table:table-cell>";
    xml += "</table:table-row>";
    written->cells = 3;
    QVector<double> level(kpis);
    for (int k = 0; k < kpis; ++k)
        level[k] = 100.0 * (k + 1);
    qint64 r = 0;
    for (qint64 d = 0; r < rows; ++d) {
        const QDate date = QDate(2020, 1, 1).addDays(d);
        const QByteArray iso = date.toString(Qt::ISODate).toLatin1();
        const QByteArray shown = date.toString(QStringLiteral("MM/dd/yy")).toLatin1();
        for (int k = 0; k < kpis && r < rows; ++k, ++r) {
            level[k] = std::max(0.0, level[k] * 1.0004 + noise(random) * (k + 1));
            const QByteArray value = QByteArray::number(std::round(level[k] * 100) / 100, 'g', 15);
            xml += "<table:table-row table:style-name=\"ro1\"><table:table-cell "
                   "office:value-type=\"string\" calcext:value-type=\"string\"><text:p>product_kpi_"
                + QByteArray::number(k).rightJustified(3, '0')
                + "</text:p></table:table-cell><table:table-cell table:style-name=\"ce1\" "
                  "office:value-type=\"date\" office:date-value=\""
                + iso + "\" calcext:value-type=\"date\"><text:p>" + shown
                + "</text:p></table:table-cell><table:table-cell office:value-type=\"float\" "
                  "office:value=\""
                + value + "\" calcext:value-type=\"float\"><text:p>" + value
                + "</text:p></table:table-cell></table:table-row>";
            written->cells += 3;
            ++written->dates;
        }
    }
    written->rows = r;
    xml += "</table:table><table:named-expressions/></office:spreadsheet></office:body>"
           "</office:document-content>";
    const QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
        "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" "
        "manifest:version=\"1.3\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" "
        "manifest:media-type=\"text/xml\"/></manifest:manifest>";
    QFile::remove(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const bool ok =
        addEntry(zip, QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        && addEntry(zip, QStringLiteral("content.xml"), xml)
        && addEntry(zip, QStringLiteral("META-INF/manifest.xml"), manifest);
    zip.close();
    return ok && zip.getZipError() == 0;
}

struct Counted
{
    qint64 rows = 0;
    qint64 cells = 0;
    qint64 dates = 0;
    double sum = 0;
};

// Opens the file and reads every cell of its first sheet, as the importer does.
bool readWithNeedle(const QString &path, Counted *counted, QString *error)
{
    ImportIssues issues;
    const auto reader = SpreadsheetReader::open(path, ReaderOptions(), &issues);
    if (!reader || reader->sheets().isEmpty()) {
        *error = issues.isEmpty() ? QStringLiteral("cannot open") : issues.constFirst().message;
        return false;
    }
    Counted c;
    const bool ok = reader->readRows(
        reader->sheets().constFirst().name,
        [&](qint64, const Row &row) {
            ++c.rows;
            for (const Cell &cell : row) {
                if (cell.isEmpty())
                    continue;
                ++c.cells;
                if (cell.type == Cell::Type::Date)
                    ++c.dates;
                else if (cell.type == Cell::Type::Number)
                    c.sum += cell.number;
            }
            return true;
        },
        &issues);
    if (!ok) {
        *error = issues.isEmpty() ? QStringLiteral("read failed") : issues.constFirst().message;
        return false;
    }
    *counted = c;
    return true;
}

// openpyxl's read-only mode, the way its documentation iterates a large sheet: best of `runs`
// in-process times (load_workbook + iter_rows(values_only=True) over every cell), so that the
// interpreter's start-up is not counted against it.
const char *openpyxlScript = R"(import sys, time
import openpyxl
path, runs = sys.argv[1], int(sys.argv[2])
best = None
for _ in range(runs):
    t = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True)
    ws = wb.worksheets[0]
    rows = cells = dates = 0
    for row in ws.iter_rows(values_only=True):
        rows += 1
        for v in row:
            if v is not None:
                cells += 1
                if hasattr(v, 'year'):
                    dates += 1
    wb.close()
    e = time.perf_counter() - t
    best = e if best is None else min(best, e)
print(best, rows, cells, dates, openpyxl.__version__)
)";

struct Timed
{
    double wall = -1; // seconds; -1: failed
    qint64 peakKiB = -1;
    QString error;
};

// A command under /usr/bin/time: its wall time (our clock) and peak memory.
Timed timed(const QString &program, const QStringList &args)
{
    Timed t;
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("time"));
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral("/usr/bin/time"),
            QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), report,
                        program}
                + args);
    if (!p.waitForStarted()) {
        t.error = QStringLiteral("/usr/bin/time cannot be started");
        return t;
    }
    p.waitForFinished(-1);
    const double wall = clock.nsecsElapsed() / 1e9;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        t.error = program + QStringLiteral(": ")
            + QString::fromUtf8(p.readAllStandardError()).trimmed().right(400);
        return t;
    }
    t.wall = wall;
    QFile f(report);
    if (f.open(QIODevice::ReadOnly))
        t.peakKiB = f.readAll().trimmed().split('\n').last().toLongLong();
    return t;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? -1 : n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

// needle import (new workspace) against unzip -p of the sheet part, in turn; medians.
int importSideBySide(QTextStream &out, const QString &path, const QString &part, const QString &dir,
                     int runs, const QString &needle, const QString &baseline)
{
    QVector<double> unzip, fresh, freshPeak, old, oldPeak, ratio, oldRatio;
    const QString ws = dir + QStringLiteral("/bench.needle");
    auto importOnce = [&](const QString &binary, QVector<double> *wall, QVector<double> *peak) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(ws + suffix);
        Timed r = timed(binary, {QStringLiteral("new"), ws});
        if (r.wall >= 0)
            r = timed(binary,
                      {QStringLiteral("import"), ws, path, QStringLiteral("--create-kpis")});
        if (r.wall < 0) {
            out << binary << " failed: " << r.error << Qt::endl;
            return false;
        }
        *wall << r.wall;
        *peak << r.peakKiB / 1024.0;
        return true;
    };
    for (int run = 0; run < runs; ++run) {
        const Timed u = timed(QStringLiteral("unzip"), {QStringLiteral("-p"), path, part});
        if (u.wall < 0) {
            out << "unzip failed: " << u.error << Qt::endl;
            return 1;
        }
        unzip << u.wall;
        if (!baseline.isEmpty()) {
            if (!importOnce(baseline, &old, &oldPeak))
                return 1;
            oldRatio << old.last() / u.wall;
        }
        if (!importOnce(needle, &fresh, &freshPeak))
            return 1;
        ratio << fresh.last() / u.wall;
        out << "round " << run + 1 << ": unzip -p " << part << ' '
            << QString::number(u.wall, 'f', 3) << " s, needle import "
            << QString::number(fresh.last(), 'f', 3) << " s ("
            << QString::number(freshPeak.last(), 'f', 0) << " MB)"
            << (baseline.isEmpty() ? QString()
                                   : QStringLiteral(", baseline %1 s (%2 MB)")
                                         .arg(QString::number(old.last(), 'f', 3),
                                              QString::number(oldPeak.last(), 'f', 0)))
            << Qt::endl;
    }
    out << "medians of " << runs << ": unzip -p " << part << ' '
        << QString::number(median(unzip), 'f', 3) << " s; needle import "
        << QString::number(median(fresh), 'f', 3) << " s, peak "
        << QString::number(median(freshPeak), 'f', 0) << " MB; needle / unzip (median of the "
        << "per-round ratios) " << QString::number(median(ratio), 'f', 2) << "x (goal <= 3)"
        << Qt::endl;
    if (!baseline.isEmpty())
        out << "baseline import " << QString::number(median(old), 'f', 3) << " s, peak "
            << QString::number(median(oldPeak), 'f', 0) << " MB, baseline / unzip "
            << QString::number(median(oldRatio), 'f', 2) << "x" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    qint64 rows = 100000;
    int runs = 5;
    QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
        ? QStringLiteral("/usr/bin/python3")
        : QStringLiteral("python3");
    QString keep;
    bool import = false;
    QString needle = QStringLiteral(NEEDLE_BINARY);
    QString baseline;
    QStringList args = app.arguments();
    import = args.removeAll(QStringLiteral("--import")) > 0;
    const bool ods = args.removeAll(QStringLiteral("--ods")) > 0;
    if (ods && !import) {
        out << "--ods is measured with --import only" << Qt::endl;
        return 2;
    }
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--needle"))
            needle = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--baseline"))
            baseline = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--rows"))
            rows = qMax<qint64>(1, args.at(i + 1).toLongLong());
        else if (args.at(i) == QLatin1String("--runs"))
            runs = qMax(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--python"))
            python = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }
    auto loadAverage = [] {
        QFile f(QStringLiteral("/proc/loadavg"));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2)
                                           : QStringLiteral("?");
    };
    out << "load average before: " << loadAverage() << Qt::endl;

    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    const QString path =
        dir + (ods ? QStringLiteral("/values.ods") : QStringLiteral("/values.xlsx"));
    Written written;
    QElapsedTimer t;
    t.start();
    if (!(ods ? writeOds(path, rows, &written) : writeXlsx(path, rows, &written))) {
        out << "cannot write " << path << Qt::endl;
        return 1;
    }
    out << "rows: " << written.rows << " data rows + header, " << written.cells
        << " non-empty cells, file " << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 1)
        << " MB, generated in " << t.elapsed() << " ms" << Qt::endl;

    if (import)
        return importSideBySide(out, path,
                                ods ? QStringLiteral("content.xml")
                                    : QStringLiteral("xl/worksheets/sheet1.xml"),
                                dir, runs, needle, baseline);

    double needleTime = -1;
    Counted counted;
    for (int run = 0; run < runs; ++run) {
        QString error;
        t.start();
        if (!readWithNeedle(path, &counted, &error)) {
            out << "needle failed: " << error << Qt::endl;
            return 1;
        }
        const double seconds = t.nsecsElapsed() / 1e9;
        needleTime = needleTime < 0 ? seconds : std::min(needleTime, seconds);
    }
    out << "needle (SpreadsheetReader::open + readRows, every cell): "
        << QString::number(needleTime, 'f', 3) << " s, best of " << runs << " (" << counted.rows
        << " rows, " << counted.cells << " cells, " << counted.dates << " dates)" << Qt::endl;
    if (counted.rows != written.rows + 1 || counted.cells != written.cells
        || counted.dates != written.dates) {
        out << "needle MISREAD the file: expected " << written.rows + 1 << " rows, "
            << written.cells << " cells, " << written.dates << " dates" << Qt::endl;
        return 1;
    }

    const int pyRuns = std::max(1, std::min(runs, 3));
    QProcess p;
    p.start(
        python,
        {QStringLiteral("-c"), QString::fromLatin1(openpyxlScript), path, QString::number(pyRuns)});
    if (!p.waitForStarted()) {
        out << "openpyxl: skipped, " << python << " cannot be started" << Qt::endl;
        return 0;
    }
    p.waitForFinished(-1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitCode() != 0) {
        if (err.contains(QLatin1String("No module named 'openpyxl'")))
            out << "openpyxl: skipped, not installed for " << python
                << " (Debian package python3-openpyxl)" << Qt::endl;
        else
            out << "openpyxl: failed: " << err.trimmed() << Qt::endl;
        return 0;
    }
    const QStringList fields = QString::fromUtf8(p.readAllStandardOutput()).trimmed().split(u' ');
    const double py = fields.value(0).toDouble();
    out << "openpyxl " << fields.value(4) << " (" << python
        << ", load_workbook(read_only=True) + iter_rows(values_only=True), every cell): "
        << QString::number(py, 'f', 3) << " s, best of " << pyRuns << " (" << fields.value(1)
        << " rows, " << fields.value(2) << " cells, " << fields.value(3) << " dates)" << Qt::endl;
    if (fields.value(2).toLongLong() != written.cells
        || fields.value(3).toLongLong() != written.dates)
        out << "openpyxl saw different cells than were written" << Qt::endl;
    const double ratio = py / needleTime;
    out << "ratio: needle is " << QString::number(ratio, 'f', 1) << "x faster than openpyxl ("
        << (ratio >= 10 ? "target met" : "target NOT met") << ": at least 10x)" << Qt::endl;
    out << "load average after: " << loadAverage() << Qt::endl;
    return 0;
}
