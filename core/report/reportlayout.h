#pragma once

#include "report/reportcontent.h"

#include <QPageLayout>
#include <QRectF>
#include <QVector>

namespace Needle {

// Measures text in the fonts the painter will use, in points.
class TextMeasurer
{
public:
    virtual ~TextMeasurer() = default;
    virtual qreal width(TextStyle style, const QString &text) const = 0;
    virtual qreal lineHeight(TextStyle style) const = 0;
};

// One thing drawn at a place on a page, in points from the page's top left corner.
struct PlacedItem
{
    enum class Kind { Text, Rule, Band, StatusIcon, Sparkline, Chart };
    Kind kind = Kind::Text;
    QRectF rect;
    QString text;
    TextStyle style = TextStyle::Body;
    bool alignRight = false;
    Status status = Status::NoData;
    qint64 kpiId = 0;
};

struct LaidOutPage
{
    QVector<PlacedItem> items;
};

// A heading listed in the contents: where it landed, and where its contents line is.
struct ContentsEntry
{
    QString title;
    int page = 0; // 0-based index into pages
    qreal y = 0; // top of the heading on that page, in points
    int contentsPage = -1; // the contents line pointing here, for links
    QRectF contentsRect;
};

// Places a ReportDocument on pages: a cover page, the contents (when the document has a
// contents title), then the blocks. Text is wrapped, never cut; tables break between rows and
// repeat their header; a heading is kept with what follows; charts are never split.
class ReportLayout
{
public:
    ReportLayout(const QPageLayout &pageLayout, const TextMeasurer &measurer);

    void layOut(const ReportDocument &document);

    QVector<LaidOutPage> pages;
    QVector<ContentsEntry> contents;
    QSizeF pageSize; // points
    QRectF bodyRect; // the area blocks are placed in, points
    QRectF footerRect;

    qreal chartHeight() const;

private:
    void newPage();
    qreal remaining() const;
    void ensureSpace(qreal height);
    void placeLines(const QString &text, TextStyle style, qreal indent = 0);
    qreal blockHeight(const ReportBlock &block) const; // 0: not known in advance
    void placeHeading(const ReportBlock &block, const QVector<ReportBlock> &following);
    void placeTable(const ReportTable &table);
    qreal placeRow(const QVector<ReportCell> &cells, const QVector<qreal> &widths, TextStyle style,
                   bool measureOnly, bool plain);
    void placeChart(qint64 kpiId);
    void placeCover(const ReportDocument &document);
    int contentsPageCount(const ReportDocument &document) const;
    void placeContents(int firstPage);
    QVector<qreal> columnWidths(const ReportTable &table) const;

    QPageLayout m_pageLayout;
    const TextMeasurer &m_measurer;
    qreal m_y = 0;
};

} // namespace Needle
