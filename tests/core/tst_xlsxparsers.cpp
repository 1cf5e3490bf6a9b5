#include "import/celljson.h"
#include "import/fastxml.h"
#include "import/spreadsheetreader.h"
#include "import/xlsxcells.h"
#include "import/xlsxreader.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <quazip.h>
#include <quazipfile.h>
#include <charconv>
#include <cstring>
#include <random>

using namespace Needle;

// The two XLSX sheet parsers read the same: each sheet is written twice, once plain (the fast
// in-memory parser takes it) and once with a comment after the root element (which sends it
// to the QXmlStreamReader parser), and both must give the same rows, issues and result.
class TestXlsxParsers : public QObject
{
    Q_OBJECT
private slots:
    void sameResult_data();
    void sameResult();
    void numbers_data();
    void numbers();
    void randomNumbers();
    void damagedMergeCells();

private:
    QTemporaryDir m_dir;
};

static bool addEntry(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    file.write(data);
    file.close();
    return file.getZipError() == 0;
}

static bool writeWorkbook(const QString &path, const QByteArray &sheet)
{
    const QByteArray decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    bool ok =
        addEntry(
            zip, QStringLiteral("[Content_Types].xml"),
            decl
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  "<Default Extension=\"rels\" "
                  "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  "<Override PartName=\"/xl/workbook.xml\" "
                  "ContentType=\"application/"
                  "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                  "</Types>")
        && addEntry(zip, QStringLiteral("_rels/.rels"),
                    decl
                        + "<Relationships "
                          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                          "<Relationship Id=\"rId1\" Type=\""
                        + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
        && addEntry(zip, QStringLiteral("xl/workbook.xml"),
                    decl + "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel
                        + "\"><sheets>"
                          "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
        && addEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
                    decl
                        + "<Relationships "
                          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                          "<Relationship Id=\"rId1\" Type=\""
                        + rel
                        + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                          "<Relationship Id=\"rId2\" Type=\""
                        + rel
                        + "/styles\" Target=\"styles.xml\"/>"
                          "<Relationship Id=\"rId3\" Type=\""
                        + rel
                        + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                          "</Relationships>")
        && addEntry(
            zip, QStringLiteral("xl/styles.xml"),
            decl + "<styleSheet xmlns=\"" + main
                + "\"><numFmts count=\"1\">"
                  "<numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts><cellXfs count=\"4\">"
                  "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"22\"/><xf "
                  "numFmtId=\"164\"/>"
                  "</cellXfs></styleSheet>")
        && addEntry(zip, QStringLiteral("xl/sharedStrings.xml"),
                    decl + "<sst xmlns=\"" + main
                        + "\" count=\"2\" uniqueCount=\"2\"><si><t>kpi</t></si>"
                          "<si><t xml:space=\"preserve\"> a &amp; b </t></si></sst>")
        && addEntry(zip, QStringLiteral("xl/worksheets/sheet1.xml"), sheet);
    zip.close();
    return ok && zip.getZipError() == 0;
}

// Rows as JSON, then the issues, then whether readRows succeeded.
static QString readAll(const QString &path)
{
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(path, ReaderOptions(), &issues);
    if (!reader)
        return QStringLiteral("not opened: ") + issues.value(0).toString();
    QJsonArray rows;
    const bool ok = reader->readRows(
        QString(),
        [&](qint64 index, const Row &row) {
            rows.append(QString::number(index) + u'='
                        + QString::fromUtf8(
                            QJsonDocument(CellJson::toJson(row)).toJson(QJsonDocument::Compact)));
            return true;
        },
        &issues);
    QStringList out{QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))};
    for (const ImportIssue &i : std::as_const(issues))
        out << i.toString();
    out << (ok ? QStringLiteral("ok") : QStringLiteral("failed"));
    return out.join(u'\n');
}

void TestXlsxParsers::sameResult_data()
{
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<QString>("contains"); // something the result must hold
    QTest::newRow("shared strings, numbers, dates, percent") << QByteArray(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
        "<row r=\"2\"><c r=\"A2\"><v>-1.5E-3</v></c><c r=\"B2\" s=\"1\"><v>45351</v></c>"
        "<c r=\"C2\" s=\"2\"><v>45351.5625</v></c><c r=\"D2\" s=\"3\"><v>0.125</v></c></row>")
                                                             << QStringLiteral("2024-02-29");
    QTest::newRow("gaps, rows and cells without r, trailing empty cells")
        << QByteArray(
               "<row><c><v>1</v></c><c/><c><v>3</v></c></row><row r=\"4\"><c r=\"C4\"><v>4</v></c>"
               "<c r=\"D4\" t=\"s\"/></row><row><c><v>5</v></c></row>")
        << QStringLiteral("3=[null,null,4]");
    QTest::newRow("entities, references, line ends, UTF-8 in inline and formula strings")
        << QByteArray("<row r=\"1\"><c r=\"A1\" "
                      "t=\"inlineStr\"><is><t>a&lt;b&gt;&#x20AC;&#65;\r\nz \xC3\xBC</t></is></c>"
                      "<c r=\"B1\" t=\"str\"><f>A1&amp;\"\"</f><v>x&quot;y&apos;\tz</v></c></row>")
        << QStringLiteral("\u20AC");
    QTest::newRow("rich text with phonetic runs") << QByteArray(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>rich </t></r>"
        "<r><t>text</t></r><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></is></c></row>")
                                                  << QStringLiteral("rich text");
    QTest::newRow("booleans, errors, ISO dates, formula without a value")
        << QByteArray(
               "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"e\"><v>#N/A</v></c>"
               "<c r=\"C1\" t=\"d\"><v>2024-05-06T00:00:00</v></c><c r=\"D1\"><f>1/0</f></c></row>")
        << QStringLiteral("no saved result");
    QTest::newRow("prefixed elements") << QByteArray(
        "<x:row xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" r=\"1\">"
        "<x:c r=\"A1\"><x:v>7</x:v></x:c></x:row>")
                                       << QStringLiteral("0=[7]");
    QTest::newRow("merged cells") << QByteArray(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"3\"><c "
        "r=\"B3\"><v>2</v></c></row>"
        "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:A3\"/></mergeCells><sheetData>")
                                  << QStringLiteral("1=[\\\"kpi\\\"]");
    QTest::newRow("shared string out of range")
        << QByteArray("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" "
                      "t=\"s\"><v>9</v></c></row>")
        << QStringLiteral("the shared string 9 does not exist");
    QTest::newRow("cells out of order")
        << QByteArray("<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>")
        << QStringLiteral("out of order");
    QTest::newRow("rows out of order")
        << QByteArray("<row r=\"2\"><c><v>1</v></c></row><row r=\"1\"><c><v>2</v></c></row>")
        << QStringLiteral("out of order");
    QTest::newRow("not a number, phantom 1900-02-29")
        << QByteArray("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>60</v></c></row><row r=\"2\"><c "
                      "r=\"A2\"><v>1,5x</v></c></row>")
        << QStringLiteral("is not a number");
    QTest::newRow("warnings and empty rows on both sides of a give-up") << QByteArray(
        "<row r=\"2\"><c r=\"A2\"><f>1/0</f></c><c r=\"B2\" t=\"s\"><v>0</v></c></row>"
        "<row r=\"3\"/><row r=\"5\"><c r=\"A5\"><f>2/0</f></c><c r=\"C5\"><v>5</v></c></row>"
        "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"B2:B6\"/></mergeCells><sheetData>"
        "<row r=\"7\"><c r=\"A7\"><v>7</v></c></row>") << QStringLiteral("6=[7]");
    QTest::newRow("prefixed merged cells") << QByteArray(
        "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"B2\"><v>2</v></c></row>"
        "</sheetData><mergeCells count=\"1\"><x:mergeCell "
        "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ref=\"A1:A2\"/>"
        "</mergeCells><sheetData>") << QStringLiteral("1=[1,2]");
    QTest::newRow("text nested in a value")
        << QByteArray("<row r=\"1\"><c r=\"A1\"><v>1<x>2</x>3</v></c></row>")
        << QStringLiteral("0=[123]");
}

void TestXlsxParsers::sameResult()
{
    QFETCH(QByteArray, sheetData);
    QFETCH(QString, contains);
    const QByteArray decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    const QByteArray root =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData>";
    const QByteArray sheet = decl + root + sheetData + "</sheetData></worksheet>";
    // A comment before the root element: the fast parser gives up at once.
    const QByteArray slow =
        decl + "<!-- read by QXmlStreamReader -->" + root + sheetData + "</sheetData></worksheet>";
    // A comment after the first row, and one after the root element: the fast parser has
    // passed rows on (and given their warnings) when it gives up, and the other parser reads
    // the part again without passing them twice.
    QByteArray mid = sheet;
    const qsizetype firstRowEnd = mid.indexOf("</row>");
    mid.insert(firstRowEnd < 0 ? mid.size() : firstRowEnd + 6, "<!-- mid -->");
    const QByteArray end = sheet + "<!-- end -->";
    QVERIFY(FastXml(sheet).next() != FastXml::Token::Unsupported);
    QCOMPARE(FastXml(slow).next(), FastXml::Token::Unsupported);
    FastXml fast(sheet);
    FastXml::Token t;
    while ((t = fast.next()) != FastXml::Token::EndDocument && t != FastXml::Token::Unsupported) {
    }
    QCOMPARE(t, FastXml::Token::EndDocument);

    const QString tag =
        QString::fromLatin1(QTest::currentDataTag()).left(12).replace(u' ', u'_').remove(u',');
    auto read = [&](const QString &variant, const QByteArray &data) {
        const QString path = m_dir.filePath(tag + u'-' + variant + QStringLiteral(".xlsx"));
        if (!writeWorkbook(path, data))
            return QStringLiteral("cannot write ") + path;
        return readAll(path).replace(u'-' + variant + QStringLiteral(".xlsx"),
                                     QStringLiteral(".xlsx"));
    };
    const QString a = read(QStringLiteral("fast"), sheet);
    const QString b = read(QStringLiteral("slow"), slow);
    QCOMPARE(a.section(u'\n', 0, 0), b.section(u'\n', 0, 0)); // rows
    QCOMPARE(a.section(u'\n', 1), b.section(u'\n', 1)); // issues, result
    QCOMPARE(read(QStringLiteral("mid"), mid), b);
    QCOMPARE(read(QStringLiteral("end"), end), b);
    QVERIFY2(a.contains(contains), qPrintable(a));
    // Streamed (the way a part too large to keep in memory is read): the fast parser through
    // windows of a few bytes, so that tags, attributes, entities and UTF-8 sequences are split
    // everywhere, gives the same again; so does a streamed part it gives up half-way.
    for (qint64 chunk : {qint64(1), qint64(2), qint64(5), qint64(13), qint64(64)}) {
        XlsxReader::setStreamingForTests(1, chunk);
        const QString streamed = read(QStringLiteral("stream"), sheet);
        const QString streamedMid = read(QStringLiteral("mid"), mid);
        XlsxReader::setStreamingForTests(0, 0);
        QCOMPARE(streamed, a);
        QCOMPARE(streamedMid, b);
    }
}

// A damaged part whose <mergeCell tags lose their '>': tens of thousands of them share one, and
// finding their ranges must stay linear (a regular expression scanning to that '>' from every
// tag took minutes on a fuzzed file); the rows before the damage are read, then the error.
void TestXlsxParsers::damagedMergeCells()
{
    QByteArray sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c "
        "r=\"B2\"><v>2</v></c></row>"
        "</sheetData><mergeCells count=\"40001\"><mergeCell ref=\"A1:A2\"/>";
    for (int i = 0; i < 40000; ++i)
        sheet += "<mergeCell ref ref ";
    sheet += "/></mergeCells></worksheet>";
    const QString path = m_dir.filePath(QStringLiteral("damaged-merges.xlsx"));
    QVERIFY(writeWorkbook(path, sheet));
    const QString result = readAll(path);
    QVERIFY2(result.startsWith(QStringLiteral("[\"0=[1]\",\"1=[1,2]\"]")),
             qPrintable(result.left(200)));
    QVERIFY2(result.endsWith(QStringLiteral("failed")), qPrintable(result.right(200)));
}

// XlsxCells::parseNumber reads the usual spellings without std::from_chars; it must give
// the very double from_chars gives (bit for bit), and refuse what it refuses.
static QByteArray bits(double d)
{
    quint64 u;
    std::memcpy(&u, &d, sizeof u);
    return QByteArray::number(u, 16);
}

static QByteArray expected(const QByteArray &text)
{
    double d = 0;
    const auto [end, ec] = std::from_chars(text.constData(), text.constData() + text.size(), d);
    return ec == std::errc() && end == text.constData() + text.size() ? bits(d)
                                                                      : QByteArray("refused");
}

static QByteArray parsed(const QByteArray &text)
{
    double d = 0;
    return XlsxCells::parseNumber(QString::fromLatin1(text), &d) ? bits(d) : QByteArray("refused");
}

void TestXlsxParsers::numbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("integer") << QByteArray("43831");
    QTest::newRow("cents") << QByteArray("1234.56");
    QTest::newRow("ratio") << QByteArray("0.352981245612397");
    QTest::newRow("15 digits") << QByteArray("999999999999999");
    QTest::newRow("16 digits") << QByteArray("9007199254740993");
    QTest::newRow("17 significant digits") << QByteArray("0.30000000000000004");
    QTest::newRow("leading zeros") << QByteArray("000.000125");
    QTest::newRow("negative") << QByteArray("-17.25");
    QTest::newRow("negative zero") << QByteArray("-0");
    QTest::newRow("negative zero with a point") << QByteArray("-0.0");
    QTest::newRow("point last") << QByteArray("5.");
    QTest::newRow("point first") << QByteArray(".5");
    QTest::newRow("exponent") << QByteArray("-1.5E-3");
    QTest::newRow("large exponent") << QByteArray("1e308");
    QTest::newRow("two points") << QByteArray("1.2.3");
    QTest::newRow("minus alone") << QByteArray("-");
    QTest::newRow("point alone") << QByteArray(".");
    QTest::newRow("tiny") << QByteArray("0.000000000000001");
    QTest::newRow("22 digits after the point") << QByteArray("0.0000000000000000000001");
    QTest::newRow("23 digits after the point") << QByteArray("0.00000000000000000000001");
    QTest::newRow("15 significant digits after zeros") << QByteArray("0.000123456789012345");
    QTest::newRow("16 significant digits after zeros") << QByteArray("0.0001234567890123456");
}

void TestXlsxParsers::numbers()
{
    QFETCH(QByteArray, text);
    QCOMPARE(parsed(text), expected(text));
}

void TestXlsxParsers::randomNumbers()
{
    std::mt19937_64 random(20261204);
    for (int i = 0; i < 200000; ++i) {
        QByteArray text;
        if (random() % 4 == 0)
            text += '-';
        const int digits = 1 + int(random() % 17);
        const int point = int(random() % (digits + 1)); // digits before the point
        for (int d = 0; d < digits; ++d) {
            if (d == point && d > 0)
                text += '.';
            text += char('0' + random() % 10);
        }
        QCOMPARE(parsed(text), expected(text));
    }
    for (int i = 0; i < 100000; ++i) { // ratios: zeros after the point, then up to 17 digits
        QByteArray text = "0.";
        text += QByteArray(int(random() % 8), '0');
        const int digits = 1 + int(random() % 17);
        for (int d = 0; d < digits; ++d)
            text += char('0' + random() % 10);
        QCOMPARE(parsed(text), expected(text));
    }
}

QTEST_GUILESS_MAIN(TestXlsxParsers)
#include "tst_xlsxparsers.moc"
