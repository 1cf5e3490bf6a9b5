#include "report/reportlayout.h"

#include "report/textwrap.h"

#include <algorithm>

namespace Needle {

namespace {
constexpr qreal FooterHeight = 22;
constexpr qreal CellPadding = 3;
constexpr qreal ParagraphGap = 5;
constexpr qreal HeadingGapBefore = 14;
constexpr qreal HeadingGapAfter = 5;
constexpr qreal ContentsNumberWidth = 40;
} // namespace

ReportLayout::ReportLayout(const QPageLayout &pageLayout, const TextMeasurer &measurer)
    : m_pageLayout(pageLayout), m_measurer(measurer)
{
    pageSize = pageLayout.fullRectPoints().size();
    const QRectF paint = pageLayout.paintRectPoints();
    bodyRect = paint.adjusted(0, 0, 0, -FooterHeight);
    footerRect =
        QRectF(paint.left(), paint.bottom() - FooterHeight + 6, paint.width(), FooterHeight - 6);
}

qreal ReportLayout::chartHeight() const
{
    return std::min(bodyRect.height() * 0.42, bodyRect.width() * 0.5);
}

void ReportLayout::newPage()
{
    pages.append(LaidOutPage());
    m_y = bodyRect.top();
}

qreal ReportLayout::remaining() const
{
    return bodyRect.bottom() - m_y;
}

void ReportLayout::ensureSpace(qreal height)
{
    // A block taller than a whole page starts at the top of one and flows on from there.
    if (height > remaining() && m_y > bodyRect.top() + 0.5)
        newPage();
}

void ReportLayout::placeLines(const QString &text, TextStyle style, qreal indent)
{
    const qreal lh = m_measurer.lineHeight(style);
    const qreal width = bodyRect.width() - indent;
    const QStringList lines =
        TextWrap::wrap(text, width, [&](const QString &s) { return m_measurer.width(style, s); });
    for (const QString &line : lines) {
        ensureSpace(lh);
        PlacedItem item;
        item.kind = PlacedItem::Kind::Text;
        item.rect = QRectF(bodyRect.left() + indent, m_y, width, lh);
        item.text = line;
        item.style = style;
        pages.last().items << item;
        m_y += lh;
    }
}

QVector<qreal> ReportLayout::columnWidths(const ReportTable &table) const
{
    int columns = table.headers.size();
    for (const auto &row : table.rows)
        columns = std::max(columns, int(row.size()));
    QVector<qreal> weights = table.weights;
    weights.resize(columns);
    qreal total = 0;
    for (qreal &w : weights) {
        if (w <= 0)
            w = 1;
        total += w;
    }
    QVector<qreal> widths;
    for (qreal w : std::as_const(weights))
        widths << bodyRect.width() * w / total;
    return widths;
}

qreal ReportLayout::placeRow(const QVector<ReportCell> &cells, const QVector<qreal> &widths,
                             TextStyle style, bool measureOnly, bool plain)
{
    const qreal lh = m_measurer.lineHeight(style);
    const qreal iconSize = lh * 0.8;
    qreal height = lh;
    QVector<QStringList> wrapped;
    for (int c = 0; c < widths.size(); ++c) {
        const ReportCell cell = c < cells.size() ? cells.at(c) : ReportCell();
        qreal textWidth = widths.at(c) - 2 * CellPadding;
        if (cell.status)
            textWidth -= iconSize + CellPadding;
        QStringList lines =
            TextWrap::wrap(cell.text, std::max<qreal>(textWidth, 4),
                           [&](const QString &s) { return m_measurer.width(style, s); });
        if (cell.sparklineKpiId)
            height = std::max(height, lh * 1.5);
        height = std::max(height, lh * lines.size());
        wrapped << lines;
    }
    height += 2 * CellPadding;
    if (measureOnly)
        return height;

    LaidOutPage &page = pages.last();
    if (style == TextStyle::TableHeader) {
        PlacedItem band;
        band.kind = PlacedItem::Kind::Band;
        band.rect = QRectF(bodyRect.left(), m_y, bodyRect.width(), height);
        page.items << band;
    }
    qreal x = bodyRect.left();
    for (int c = 0; c < widths.size(); ++c) {
        const ReportCell cell = c < cells.size() ? cells.at(c) : ReportCell();
        qreal textLeft = x + CellPadding;
        if (cell.status) {
            PlacedItem icon;
            icon.kind = PlacedItem::Kind::StatusIcon;
            icon.status = *cell.status;
            icon.rect =
                QRectF(textLeft, m_y + CellPadding + (lh - iconSize) / 2, iconSize, iconSize);
            page.items << icon;
            textLeft += iconSize + CellPadding;
        }
        if (cell.sparklineKpiId) {
            PlacedItem spark;
            spark.kind = PlacedItem::Kind::Sparkline;
            spark.kpiId = cell.sparklineKpiId;
            spark.rect = QRectF(x + CellPadding, m_y + CellPadding, widths.at(c) - 2 * CellPadding,
                                height - 2 * CellPadding);
            page.items << spark;
        }
        qreal y = m_y + CellPadding;
        for (const QString &line : wrapped.at(c)) {
            if (!line.isEmpty()) {
                PlacedItem text;
                text.kind = PlacedItem::Kind::Text;
                text.rect = QRectF(textLeft, y, x + widths.at(c) - CellPadding - textLeft, lh);
                text.text = line;
                text.style = style;
                text.alignRight = cell.alignRight;
                page.items << text;
            }
            y += lh;
        }
        x += widths.at(c);
    }
    m_y += height;
    if (!plain) {
        PlacedItem rule;
        rule.kind = PlacedItem::Kind::Rule;
        rule.rect = QRectF(bodyRect.left(), m_y, bodyRect.width(), 0);
        page.items << rule;
    }
    return height;
}

void ReportLayout::placeTable(const ReportTable &table)
{
    const QVector<qreal> widths = columnWidths(table);
    const bool plain = table.headers.isEmpty();
    QVector<ReportCell> header;
    for (const QString &h : table.headers) {
        ReportCell cell;
        cell.text = h;
        header << cell;
    }
    for (int c = 0; c < header.size() && !table.rows.isEmpty(); ++c)
        header[c].alignRight = c < table.rows.first().size() && table.rows.first().at(c).alignRight;
    const qreal headerHeight =
        plain ? 0 : placeRow(header, widths, TextStyle::TableHeader, true, false);
    bool headerPlaced = false;
    for (const auto &row : table.rows) {
        const qreal h = placeRow(row, widths, table.cellStyle, true, plain);
        const bool breaks =
            h + (headerPlaced ? 0 : headerHeight) > remaining() && m_y > bodyRect.top() + 0.5;
        if (breaks) {
            newPage();
            headerPlaced = false;
        }
        if (!plain && !headerPlaced) {
            placeRow(header, widths, TextStyle::TableHeader, false, false);
            headerPlaced = true;
        }
        placeRow(row, widths, table.cellStyle, false, plain);
    }
    m_y += ParagraphGap;
}

void ReportLayout::placeChart(qint64 kpiId)
{
    const qreal h = chartHeight();
    ensureSpace(h);
    PlacedItem chart;
    chart.kind = PlacedItem::Kind::Chart;
    chart.kpiId = kpiId;
    chart.rect = QRectF(bodyRect.left(), m_y, bodyRect.width(), h);
    pages.last().items << chart;
    m_y += h + ParagraphGap;
}

qreal ReportLayout::blockHeight(const ReportBlock &block) const
{
    const TextStyle style = block.style;
    const qreal width = bodyRect.width();
    auto lines = [&](const QString &text) {
        return int(TextWrap::wrap(text, width, [&](const QString &s) {
                       return m_measurer.width(style, s);
                   }).size());
    };
    switch (block.kind) {
    case ReportBlock::Kind::Heading:
        return HeadingGapBefore + m_measurer.lineHeight(style) * lines(block.text)
            + HeadingGapAfter;
    case ReportBlock::Kind::Subheading:
        return HeadingGapBefore / 2 + m_measurer.lineHeight(style) * lines(block.text)
            + HeadingGapAfter;
    case ReportBlock::Kind::Paragraph:
        return m_measurer.lineHeight(style) * lines(block.text) + ParagraphGap;
    case ReportBlock::Kind::Chart:
        return chartHeight() + ParagraphGap;
    case ReportBlock::Kind::Table:
    case ReportBlock::Kind::PageBreak:
        break;
    }
    return 0;
}

void ReportLayout::placeHeading(const ReportBlock &block, const QVector<ReportBlock> &following)
{
    // Kept with what follows: with the paragraphs up to its chart, or with a few lines of text;
    // a heading never ends a page.
    qreal keep = blockHeight(block);
    for (const ReportBlock &next : following) {
        const qreal h = blockHeight(next);
        if (h <= 0)
            keep += 4 * m_measurer.lineHeight(TextStyle::TableCell);
        else
            keep += h;
        if (h <= 0 || next.kind == ReportBlock::Kind::Chart
            || next.kind == ReportBlock::Kind::Heading)
            break;
    }
    ensureSpace(std::min(keep, bodyRect.height()));
    if (m_y > bodyRect.top() + 0.5)
        m_y += block.kind == ReportBlock::Kind::Heading ? HeadingGapBefore : HeadingGapBefore / 2;
    if (block.inContents) {
        ContentsEntry entry;
        entry.title = block.text;
        entry.page = int(pages.size()) - 1;
        entry.y = m_y;
        contents << entry;
    }
    placeLines(block.text, block.style);
    if (block.kind == ReportBlock::Kind::Heading) {
        PlacedItem rule;
        rule.kind = PlacedItem::Kind::Rule;
        rule.rect = QRectF(bodyRect.left(), m_y + 1, bodyRect.width(), 0);
        pages.last().items << rule;
    }
    m_y += HeadingGapAfter;
}

void ReportLayout::placeCover(const ReportDocument &document)
{
    newPage();
    m_y = bodyRect.top() + bodyRect.height() * 0.28;
    placeLines(document.coverTitle, TextStyle::Title);
    m_y += 6;
    if (!document.coverSubtitle.isEmpty())
        placeLines(document.coverSubtitle, TextStyle::Subtitle);
    m_y += 24;
    ReportTable facts;
    facts.weights = {1, 2.6};
    facts.cellStyle = TextStyle::Body;
    for (const auto &[label, value] : document.coverFacts) {
        ReportCell l;
        l.text = label;
        ReportCell v;
        v.text = value;
        facts.rows.append({l, v});
    }
    placeTable(facts);
}

int ReportLayout::contentsPageCount(const ReportDocument &document) const
{
    // Every contents page leaves room for the title, as placeContents does.
    const qreal lh = m_measurer.lineHeight(TextStyle::Body);
    const qreal width = bodyRect.width() - ContentsNumberWidth;
    const qreal available =
        bodyRect.height() - m_measurer.lineHeight(TextStyle::Heading) - HeadingGapAfter;
    qreal y = 0;
    int count = 1;
    for (const ReportBlock &b : document.blocks) {
        if (!b.inContents)
            continue;
        const qreal h = lh
                * TextWrap::wrap(
                      b.text, width,
                      [&](const QString &s) { return m_measurer.width(TextStyle::Body, s); })
                      .size()
            + 2;
        if (y + h > available && y > 0) {
            ++count;
            y = 0;
        }
        y += h;
    }
    return count;
}

void ReportLayout::placeContents(int firstPage)
{
    const qreal lh = m_measurer.lineHeight(TextStyle::Body);
    const qreal width = bodyRect.width() - ContentsNumberWidth;
    int page = firstPage;
    m_y = bodyRect.top();
    for (ContentsEntry &entry : contents) {
        const QStringList lines = TextWrap::wrap(entry.title, width, [&](const QString &s) {
            return m_measurer.width(TextStyle::Body, s);
        });
        const qreal h = lh * lines.size() + 2;
        if (m_y + h > bodyRect.bottom() && m_y > bodyRect.top() + 0.5) {
            ++page;
            m_y = bodyRect.top();
        }
        LaidOutPage &p = pages[page];
        entry.contentsPage = page;
        entry.contentsRect = QRectF(bodyRect.left(), m_y, bodyRect.width(), lh * lines.size());
        for (int i = 0; i < lines.size(); ++i) {
            PlacedItem text;
            text.rect = QRectF(bodyRect.left(), m_y, width, lh);
            text.text = lines.at(i);
            p.items << text;
            if (i + 1 == lines.size()) {
                PlacedItem number;
                number.rect =
                    QRectF(bodyRect.right() - ContentsNumberWidth, m_y, ContentsNumberWidth, lh);
                number.text = QString::number(entry.page + 1);
                number.alignRight = true;
                p.items << number;
            }
            m_y += lh;
        }
        m_y += 2;
    }
}

void ReportLayout::layOut(const ReportDocument &document)
{
    pages.clear();
    contents.clear();
    placeCover(document);

    int contentsFirst = -1;
    if (!document.contentsTitle.isEmpty()) {
        contentsFirst = int(pages.size());
        const int count = contentsPageCount(document);
        for (int i = 0; i < count; ++i)
            newPage();
        PlacedItem title;
        title.rect = QRectF(bodyRect.left(), bodyRect.top(), bodyRect.width(),
                            m_measurer.lineHeight(TextStyle::Heading));
        title.text = document.contentsTitle;
        title.style = TextStyle::Heading;
        pages[contentsFirst].items << title;
    }

    newPage();
    for (int i = 0; i < document.blocks.size(); ++i) {
        const ReportBlock &block = document.blocks.at(i);
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
        case ReportBlock::Kind::Subheading:
            placeHeading(block, document.blocks.mid(i + 1, 4));
            break;
        case ReportBlock::Kind::Paragraph:
            placeLines(block.text, block.style);
            m_y += ParagraphGap;
            break;
        case ReportBlock::Kind::Table:
            placeTable(block.table);
            break;
        case ReportBlock::Kind::Chart:
            placeChart(block.kpiId);
            break;
        case ReportBlock::Kind::PageBreak:
            if (m_y > bodyRect.top() + 0.5)
                newPage();
            break;
        }
    }

    if (contentsFirst >= 0) {
        const qreal top = bodyRect.top();
        bodyRect.setTop(top + m_measurer.lineHeight(TextStyle::Heading) + HeadingGapAfter);
        placeContents(contentsFirst);
        bodyRect.setTop(top);
    }
}

} // namespace Needle
