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
};

// The document's tokens as a string: <name, </name, "text"; "!" for Unsupported.
static QString tokens(const QByteArray &xml)
{
    FastXml x(xml);
    QString out;
    for (;;) {
        const FastXml::Token t = x.next();
        if (t == FastXml::Token::EndDocument)
            return out;
        if (t == FastXml::Token::Unsupported)
            return out + u'!';
        if (t == FastXml::Token::StartElement)
            out += u'<' + QString::fromUtf8(x.name().toByteArray());
        else if (t == FastXml::Token::EndElement)
            out += QStringLiteral("</") + QString::fromUtf8(x.name().toByteArray());
        else
            out += u'"' + QString::fromUtf8(x.rawText().toByteArray()) + u'"';
    }
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

QTEST_GUILESS_MAIN(TestFastXml)
#include "tst_fastxml.moc"
