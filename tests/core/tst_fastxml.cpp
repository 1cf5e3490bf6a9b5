#include "import/fastxml.h"
#include "import/zippackage.h"

#include <QtTest>

using namespace Needle;

// The fast XLSX sheet tokenizer: it accepts only well-formed documents of its plain subset and
// says Unsupported for everything else, so that QXmlStreamReader reads (and rejects) those.
class TestFastXml : public QObject
{
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void decode_data();
    void decode();
    void realSheets_data();
    void realSheets();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void longToken();
};

// The document's tokens as a string: <name, </name, "text"; "!" for Unsupported. With
// withLine, the line the tokenizer stopped on last.
static QString tokens(FastXml &x, bool withLine = false)
{
    QString out;
    const QString line = withLine ? QStringLiteral(" @") : QString();
    for (;;) {
        const FastXml::Token t = x.next();
        if (t == FastXml::Token::EndDocument)
            return withLine ? out + line + QString::number(x.lineNumber()) : out;
        if (t == FastXml::Token::Unsupported)
            return out + u'!' + (withLine ? line + QString::number(x.lineNumber()) : QString());
        if (t == FastXml::Token::StartElement)
            out += u'<' + QString::fromUtf8(x.name().toByteArray());
        else if (t == FastXml::Token::EndElement)
            out += QStringLiteral("</") + QString::fromUtf8(x.name().toByteArray());
        else
            out += u'"' + QString::fromUtf8(x.rawText().toByteArray()) + u'"';
    }
}

static QString tokens(const QByteArray &xml, bool withLine = false)
{
    FastXml x(xml);
    return tokens(x, withLine);
}

// The same document streamed through windows of `first` bytes (the first one ends there); the
// source hands out at most `step` bytes a call.
static QString streamed(const QByteArray &xml, qint64 first, qint64 step, bool withLine = false)
{
    qint64 at = 0;
    FastXml x(
        [&](char *out, qint64 max) {
            const qint64 n = qMin(qMin(max, step), xml.size() - at);
            std::memcpy(out, xml.constData() + at, size_t(n));
            at += n;
            return n;
        },
        first);
    return tokens(x, withLine);
}

void TestFastXml::accepts_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");
    const QString row = QStringLiteral("<row<c<v\"1\"</v</c</row");
    QTest::newRow("plain") << QByteArray("<row><c><v>1</v></c></row>") << row;
    QTest::newRow("declaration, BOM, empty element") << QByteArray(
        "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        "<row r=\"1\"><c r='A1' s=\"1\"/></row>\n") << QStringLiteral("<row<c</c</row");
    QTest::newRow("declared prefix")
        << QByteArray("<x:row xmlns:x=\"urn:a\" xml:space=\"preserve\"><x:c/></x:row>")
        << QStringLiteral("<row<c</c</row");
    QTest::newRow("entities and UTF-8") << QByteArray("<t>a&amp;b &#x20AC; \xE2\x82\xAC</t>")
                                        << QStringLiteral("<t\"a&amp;b &#x20AC; \u20AC\"</t");
    QTest::newRow("DOCTYPE") << QByteArray("<!DOCTYPE x [<!ENTITY a \"b\">]><x/>")
                             << QStringLiteral("!");
    QTest::newRow("comment") << QByteArray("<row><!-- x --></row>") << QStringLiteral("<row!");
    QTest::newRow("CDATA") << QByteArray("<v><![CDATA[1]]></v>") << QStringLiteral("<v!");
    QTest::newRow("processing instruction") << QByteArray("<?php x?><row/>") << QStringLiteral("!");
    QTest::newRow("UTF-16 declared")
        << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-16\"?><row/>") << QStringLiteral("!");
    QTest::newRow("mismatched end tag")
        << QByteArray("<row><c></row>") << QStringLiteral("<row<c!");
    QTest::newRow("unclosed root") << QByteArray("<row><c/>") << QStringLiteral("<row<c</c!");
    QTest::newRow("two roots") << QByteArray("<a/><b/>") << QStringLiteral("<a</a!");
    QTest::newRow("text outside the root") << QByteArray("x<a/>") << QStringLiteral("!");
    QTest::newRow("undeclared prefix") << QByteArray("<x:row/>") << QStringLiteral("!");
    QTest::newRow("prefix out of scope")
        << QByteArray("<a><b xmlns:x=\"u\"/><x:c/></a>") << QStringLiteral("<a<b</b!");
    QTest::newRow("repeated attribute")
        << QByteArray("<c r=\"A1\" r=\"A2\"/>") << QStringLiteral("!");
    QTest::newRow("unknown entity") << QByteArray("<v>&nbsp;</v>") << QStringLiteral("<v!");
    QTest::newRow("character reference to NUL")
        << QByteArray("<v>&#0;</v>") << QStringLiteral("<v!");
    QTest::newRow("control character") << QByteArray("<v>\x01</v>") << QStringLiteral("<v!");
    QTest::newRow("invalid UTF-8") << QByteArray("<v>\xC3\x28</v>") << QStringLiteral("<v!");
    QTest::newRow("overlong UTF-8") << QByteArray("<v>\xE0\x80\xAF</v>") << QStringLiteral("<v!");
    QTest::newRow("< in an attribute") << QByteArray("<c r=\"<\"/>") << QStringLiteral("!");
    QTest::newRow("]]> in text") << QByteArray("<v>]]></v>") << QStringLiteral("<v!");
    QTest::newRow("attributes without space")
        << QByteArray("<c r=\"A1\"s=\"1\"/>") << QStringLiteral("!");
    QByteArray deep;
    for (int i = 0; i <= FastXml::maxDepth; ++i)
        deep += "<a>";
    QTest::newRow("nesting past the limit")
        << deep << QString(QStringLiteral("<a").repeated(FastXml::maxDepth) + u'!');
}

void TestFastXml::accepts()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    QCOMPARE(tokens(xml), expected);
    // Streamed through small windows, split everywhere: the same tokens.
    for (qint64 chunk = 1; chunk <= 9; ++chunk)
        QCOMPARE(streamed(xml, chunk, chunk), expected);
}

void TestFastXml::decode_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("attribute");
    QTest::addColumn<QString>("expected");
    QTest::newRow("entities") << QByteArray("&lt;a&gt; &amp; &quot;&apos;") << false
                              << QStringLiteral("<a> & \"'");
    QTest::newRow("character references")
        << QByteArray("&#65;&#x20AC;&#x1F600;") << false << QStringLiteral("A\u20AC\U0001F600");
    QTest::newRow("UTF-8") << QByteArray("\xC3\xBC\xE2\x82\xAC") << false
                           << QStringLiteral("\u00FC\u20AC");
    QTest::newRow("line ends in text")
        << QByteArray("a\r\nb\rc\nd") << false << QStringLiteral("a\nb\nc\nd");
    QTest::newRow("white space in an attribute")
        << QByteArray("a\r\nb\tc\nd") << true << QStringLiteral("a b c d");
}

void TestFastXml::decode()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, attribute);
    QFETCH(QString, expected);
    QString out;
    FastXml::decode(raw, attribute, &out);
    QCOMPARE(out, expected);
    QCOMPARE(FastXml::isPlain(raw), false);
}

// The sheets LibreOffice and openpyxl wrote take the fast path (not the fallback).
void TestFastXml::realSheets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("part");
    QTest::newRow("LibreOffice") << QStringLiteral("libreoffice.xlsx")
                                 << QStringLiteral("xl/worksheets/sheet1.xml");
    QTest::newRow("LibreOffice, 1904")
        << QStringLiteral("libreoffice-1904.xlsx") << QStringLiteral("xl/worksheets/sheet1.xml");
    QTest::newRow("openpyxl") << QStringLiteral("openpyxl.xlsx")
                              << QStringLiteral("xl/worksheets/sheet1.xml");
    QTest::newRow("openpyxl, 1904")
        << QStringLiteral("openpyxl-1904.xlsx") << QStringLiteral("xl/worksheets/sheet1.xml");
}

void TestFastXml::realSheets()
{
    QFETCH(QString, file);
    QFETCH(QString, part);
    ZipPackage zip;
    QString error;
    QVERIFY2(zip.open(QStringLiteral(NEEDLE_TEST_DATA "/import/xlsx/") + file, &error),
             qPrintable(error));
    QByteArray xml;
    QVERIFY2(zip.read(part, 1 << 20, &xml, &error), qPrintable(error));
    const QString t = tokens(xml);
    QVERIFY2(!t.endsWith(u'!'), qPrintable(t.right(200)));
    QVERIFY(t.contains(QStringLiteral("<row<c<v")));
}

// A streamed document whose first window ends inside a tag, an attribute, a UTF-8 sequence, an
// entity, ... ('|' marks where): the same tokens and line numbers as the document in memory.
void TestFastXml::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("xml"); // with one '|' where the first window ends
    QTest::addColumn<QString>("expected");
    const QString row = QStringLiteral("<row<c<v\"12\"</v</c</row");
    QTest::newRow("a start tag split in its name")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"><|v>12</v></c></row>") << row;
    QTest::newRow("a start tag split before its '>'")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"|><v>12</v></c></row>") << row;
    QTest::newRow("an end tag split")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>12</v></c></ro|w>") << row;
    QTest::newRow("an attribute value split")
        << QByteArray("<row r=\"1\"><c r=\"A|1\" t=\"s\"><v>12</v></c></row>") << row;
    QTest::newRow("an attribute name split")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t|=\"s\"><v>12</v></c></row>") << row;
    QTest::newRow("text split") << QByteArray(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1|2</v></c></row>")
                                << row;
    QTest::newRow("a UTF-8 sequence split") << QByteArray("<v>abcd\xE2\x82|\xAC"
                                                          "b</v>")
                                            << QStringLiteral("<v\"abcd\u20ACb\"</v");
    QTest::newRow("a UTF-8 sequence split in an attribute")
        << QByteArray("<c r=\"ab\xC3|\xBC\"/>") << QStringLiteral("<c</c");
    QTest::newRow("an entity split")
        << QByteArray("<v>abc&am|p;b</v>") << QStringLiteral("<v\"abc&amp;b\"</v");
    QTest::newRow("a character reference split")
        << QByteArray("<v>x&#x20|AC;</v>") << QStringLiteral("<v\"x&#x20AC;\"</v");
    QTest::newRow("an entity split in an attribute")
        << QByteArray("<c r=\"x&q|uot;\"/>") << QStringLiteral("<c</c");
    QTest::newRow("a prefix declared before the split, used after")
        << QByteArray("<x:row xmlns:x=\"urn:a\"><x:c>|<x:v>1</x:v></x:c></x:row>")
        << QStringLiteral("<row<c<v\"1\"</v</c</row");
    QTest::newRow("open elements named before the split, closed after")
        << QByteArray("<worksheet><sheetData><row>|</row></sheetData></worksheet>")
        << QStringLiteral("<worksheet<sheetData<row</row</sheetData</worksheet");
    QTest::newRow("an undeclared prefix after the split")
        << QByteArray("<a><b xmlns:x=\"u\"/>|<x:c/></a>") << QStringLiteral("<a<b</b!");
    QTest::newRow("]]> split") << QByteArray("<v>abcd]]|></v>") << QStringLiteral("<v!");
    QTest::newRow("a comment after the split")
        << QByteArray("<row>\n\n\n\n|<!-- x --></row>") << QStringLiteral("<row\"\n\n\n\n\"!");
    QTest::newRow("line ends on both sides")
        << QByteArray("<a>\r\n<b/>\n|\n<c>x</c>\n</a>")
        << QStringLiteral("<a\"\r\n\"<b</b\"\n\n\"<c\"x\"</c\"\n\"</a");
    QTest::newRow("a declaration, the split in the root's name")
        << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<work|sheet/>")
        << QStringLiteral("<worksheet</worksheet");
}

void TestFastXml::chunkBoundaries()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    const qsizetype split = xml.indexOf('|');
    QVERIFY(split >= 9); // the first window holds at least 9 bytes (a BOM and "<?xml ")
    xml.remove(split, 1);
    QCOMPARE(tokens(xml), expected);
    const QString whole = tokens(xml, true);
    // The first window ends at the mark; the source hands out one byte a call or all at once.
    for (qint64 step : {qint64(1), qint64(3), qint64(xml.size())}) {
        QCOMPARE(streamed(xml, split, step), expected);
        QCOMPARE(streamed(xml, split, step, true), whole);
    }
}

// A token longer than the window: the window grows for it (up to maxWindow); a source that
// fails stops the tokenizer.
void TestFastXml::longToken()
{
    const QByteArray text(300000, 'x');
    const QByteArray xml = "<row><c r=\"" + text + "\"><v>" + text + "</v></c></row>";
    QCOMPARE(streamed(xml, 64, 1000),
             QStringLiteral("<row<c<v\"") + QString::fromLatin1(text)
                 + QStringLiteral("\"</v</c</row"));
    qint64 at = 0;
    FastXml failing(
        [&](char *out, qint64 max) -> qint64 {
            if (at >= 40)
                return -1;
            const qint64 n = qMin<qint64>(max, 10);
            std::memcpy(out, xml.constData() + at, size_t(n));
            at += n;
            return n;
        },
        16);
    QCOMPARE(tokens(failing), QStringLiteral("<row!"));
    QVERIFY(failing.sourceFailed());
}

QTEST_GUILESS_MAIN(TestFastXml)
#include "tst_fastxml.moc"
