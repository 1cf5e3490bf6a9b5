#include "report/reportlayout.h"
#include "report/textwrap.h"

#include <QtTest>

using namespace Needle;

namespace {

// Every character is one point wide, every line ten points high: wrapping and page breaks
// become arithmetic the test can check.
class FixedMeasurer : public TextMeasurer
{
public:
    qreal width(TextStyle, const QString &text) const override { return text.size(); }
    qreal lineHeight(TextStyle) const override { return 10; }
};

QPageLayout smallPage()
{
    // 200 x 300 points with 20-point margins: 160 wide, 238 high for blocks after the footer.
    return QPageLayout(QPageSize(QSizeF(200, 300), QPageSize::Point), QPageLayout::Portrait,
                       QMarginsF(20, 20, 20, 20), QPageLayout::Point);
}

QString allText(const ReportLayout &layout, int page)
{
    QStringList parts;
    for (const PlacedItem &item : layout.pages.at(page).items)
        if (item.kind == PlacedItem::Kind::Text)
            parts << item.text;
    return parts.join(QLatin1Char('|'));
}

} // namespace

// The report layout without a painter: wrapping, page breaks, tables, contents.
class TestReportLayout : public QObject
{
    Q_OBJECT
private slots:
    void wrap_data();
    void wrap();
    void longWordsAreBrokenNotCut();
    void tableBreaksBetweenRowsAndRepeatsHeader();
    void headingIsKeptWithWhatFollows();
    void contentsPointAtHeadings();
    void placedItemsStayOnThePage();
};

void TestReportLayout::wrap_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qreal>("width");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("fits") << QStringLiteral("Net revenue") << 20.0
                          << QStringList{QStringLiteral("Net revenue")};
    QTest::newRow("exact_fit") << QStringLiteral("abcd efgh") << 9.0
                               << QStringList{QStringLiteral("abcd efgh")};
    QTest::newRow("breaks_at_spaces")
        << QStringLiteral("one two three four") << 9.0
        << QStringList{QStringLiteral("one two"), QStringLiteral("three"), QStringLiteral("four")};
    QTest::newRow("long_word_split")
        << QStringLiteral("ab supercalifragilistic") << 8.0
        << QStringList{QStringLiteral("ab"), QStringLiteral("supercal"), QStringLiteral("ifragili"),
                       QStringLiteral("stic")};
    QTest::newRow("newlines_kept")
        << QStringLiteral("first\nsecond") << 50.0
        << QStringList{QStringLiteral("first"), QStringLiteral("second")};
    QTest::newRow("empty") << QString() << 10.0 << QStringList{QString()};
    QTest::newRow("narrower_than_a_character")
        << QStringLiteral("abc") << 0.5
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    // A surrogate pair is one grapheme: never split in two.
    QTest::newRow("emoji_not_split")
        << QStringLiteral("a\U0001F600b") << 1.0
        << QStringList{QStringLiteral("a"), QStringLiteral("\U0001F600"), QStringLiteral("b")};
}

void TestReportLayout::wrap()
{
    QFETCH(QString, text);
    QFETCH(qreal, width);
    QFETCH(QStringList, lines);
    const QStringList got = TextWrap::wrap(text, width, [](const QString &s) {
        // Counts graphemes roughly: a surrogate pair is one character wide.
        return qreal(s.toUcs4().size());
    });
    QCOMPARE(got, lines);
}

void TestReportLayout::longWordsAreBrokenNotCut()
{
    FixedMeasurer m;
    ReportLayout layout(smallPage(), m);
    ReportDocument doc;
    doc.coverTitle = QStringLiteral("Cover");
    const QString longName =
        QStringLiteral("Customer_acquisition_cost_by_marketing_channel_and_region_"
                       "weighted_by_the_number_of_new_paying_customers_in_the_month");
    ReportTable t;
    t.headers = {QStringLiteral("KPI"), QStringLiteral("Value")};
    t.rows.append(
        {ReportCell{longName, {}, 0, false}, ReportCell{QStringLiteral("42"), {}, 0, true}});
    doc.blocks << ReportBlock::heading(longName) << ReportBlock::tableBlock(t);
    layout.layOut(doc);
    QCOMPARE(layout.pages.size(), 2);
    // Every character of the name is on the page, in the heading and in the cell.
    QString joined;
    for (const PlacedItem &item : layout.pages.at(1).items)
        if (item.kind == PlacedItem::Kind::Text)
            joined += item.text;
    QCOMPARE(joined.count(longName), 2);
    for (const PlacedItem &item : layout.pages.at(1).items)
        if (item.kind == PlacedItem::Kind::Text)
            QVERIFY2(m.width(item.style, item.text) <= item.rect.width() + 0.001,
                     qPrintable(item.text));
}

void TestReportLayout::tableBreaksBetweenRowsAndRepeatsHeader()
{
    FixedMeasurer m;
    ReportLayout layout(smallPage(), m);
    ReportDocument doc;
    ReportTable t;
    t.headers = {QStringLiteral("KPI"), QStringLiteral("Value")};
    for (int i = 0; i < 40; ++i)
        t.rows.append({ReportCell{QStringLiteral("row%1").arg(i), {}, 0, false},
                       ReportCell{QString::number(i), {}, 0, true}});
    doc.blocks << ReportBlock::tableBlock(t);
    layout.layOut(doc);
    // Rows are 16 points high (10 + padding): 14 per page after the 16-point header.
    QVERIFY(layout.pages.size() >= 4);
    int rowsSeen = 0;
    for (int p = 1; p < layout.pages.size(); ++p) {
        const QString text = allText(layout, p);
        QVERIFY2(text.startsWith(QLatin1String("KPI|Value")), qPrintable(text));
        rowsSeen += int(text.count(QLatin1String("row")));
    }
    QCOMPARE(rowsSeen, 40);
}

void TestReportLayout::headingIsKeptWithWhatFollows()
{
    FixedMeasurer m;
    ReportLayout layout(smallPage(), m);
    ReportDocument doc;
    for (int i = 0; i < 20; ++i)
        doc.blocks << ReportBlock::paragraph(QStringLiteral("filler %1").arg(i));
    doc.blocks << ReportBlock::heading(QStringLiteral("Late heading")) << ReportBlock::chart(7);
    layout.layOut(doc);
    int headingPage = -1;
    int chartPage = -1;
    for (int p = 0; p < layout.pages.size(); ++p)
        for (const PlacedItem &item : layout.pages.at(p).items) {
            if (item.text == QLatin1String("Late heading"))
                headingPage = p;
            if (item.kind == PlacedItem::Kind::Chart)
                chartPage = p;
        }
    QVERIFY(headingPage > 1);
    QCOMPARE(chartPage, headingPage);
}

void TestReportLayout::contentsPointAtHeadings()
{
    FixedMeasurer m;
    ReportLayout layout(smallPage(), m);
    ReportDocument doc;
    doc.contentsTitle = QStringLiteral("Contents");
    for (int i = 0; i < 30; ++i) {
        doc.blocks << ReportBlock::heading(QStringLiteral("Section %1").arg(i));
        doc.blocks << ReportBlock::paragraph(QStringLiteral("text"));
    }
    layout.layOut(doc);
    QCOMPARE(layout.contents.size(), 30);
    // 30 entries at 12 points on pages of about 222: two contents pages after the cover.
    QCOMPARE(layout.contents.first().contentsPage, 1);
    QCOMPARE(layout.contents.last().contentsPage, 2);
    for (const ContentsEntry &e : layout.contents) {
        QVERIFY(allText(layout, e.page).contains(e.title));
        const QString line = allText(layout, e.contentsPage);
        QVERIFY(line.contains(e.title + QLatin1Char('|') + QString::number(e.page + 1)));
    }
}

void TestReportLayout::placedItemsStayOnThePage()
{
    FixedMeasurer m;
    ReportLayout layout(smallPage(), m);
    ReportDocument doc;
    doc.coverTitle = QStringLiteral("A cover title long enough to wrap over more than one line");
    doc.coverFacts = {{QStringLiteral("Workspace"), QStringLiteral("demo")}};
    for (int i = 0; i < 12; ++i) {
        doc.blocks << ReportBlock::heading(QStringLiteral("KPI %1").arg(i))
                   << ReportBlock::chart(i);
        doc.blocks << ReportBlock::paragraph(QString(300, QLatin1Char('x')));
    }
    layout.layOut(doc);
    for (const LaidOutPage &page : std::as_const(layout.pages))
        for (const PlacedItem &item : page.items)
            QVERIFY2(
                layout.bodyRect.adjusted(-0.01, -0.01, 0.01, 1.01).contains(item.rect.topLeft())
                    && layout.bodyRect.adjusted(-0.01, -0.01, 0.01, 1.01)
                           .contains(item.rect.bottomRight()),
                qPrintable(QStringLiteral("%1 at %2,%3 %4x%5")
                               .arg(item.text)
                               .arg(item.rect.x())
                               .arg(item.rect.y())
                               .arg(item.rect.width())
                               .arg(item.rect.height())));
}

QTEST_APPLESS_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
