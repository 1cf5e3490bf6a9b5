#include "pdf/reportpainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

namespace Needle {

namespace {

const QColor Ink(0x22, 0x22, 0x22);
const QColor Muted(0x55, 0x55, 0x55);
const QColor RuleColor(0xa0, 0xa0, 0xa0);
const QColor BandColor(0xe6, 0xe6, 0xe6);

struct StyleSpec
{
    qreal points;
    bool bold;
};

StyleSpec specOf(TextStyle style)
{
    switch (style) {
    case TextStyle::Title:
        return {26, true};
    case TextStyle::Subtitle:
        return {15, false};
    case TextStyle::Heading:
        return {14, true};
    case TextStyle::Subheading:
        return {10.5, true};
    case TextStyle::Body:
        return {9.5, false};
    case TextStyle::Small:
        return {8, false};
    case TextStyle::TableHeader:
        return {8, true};
    case TextStyle::TableCell:
        return {8, false};
    }
    return {9.5, false};
}

constexpr int StyleCount = int(TextStyle::TableCell) + 1;

} // namespace

ReportPainter::ReportPainter(const QString &family, QPdfWriter *writer, ChartRenderer charts)
    : m_family(family), m_writer(writer), m_scale(qreal(Resolution) / 72.0),
      m_charts(std::move(charts))
{
    for (int i = 0; i < StyleCount; ++i) {
        const StyleSpec spec = specOf(TextStyle(i));
        QFont f(m_family);
        f.setPointSizeF(spec.points);
        f.setBold(spec.bold);
        f.setKerning(true);
        // Any letter spacing makes Qt shape without ligatures: "ff" stays two letters, so
        // pdftotext and a viewer's search find "Off track" and "Traffic".
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // device pixels: 0.003 pt
        f.setHintingPreference(QFont::PreferNoHinting);
        m_fonts << f;
        m_metrics << QFontMetricsF(f, writer);
    }
}

QFont ReportPainter::font(TextStyle style) const
{
    return m_fonts.at(int(style));
}

qreal ReportPainter::width(TextStyle style, const QString &text) const
{
    return m_metrics.at(int(style)).horizontalAdvance(text) / m_scale;
}

qreal ReportPainter::lineHeight(TextStyle style) const
{
    return m_metrics.at(int(style)).height() / m_scale * 1.18;
}

QRectF ReportPainter::device(const QRectF &r) const
{
    return QRectF(r.x() * m_scale, r.y() * m_scale, r.width() * m_scale, r.height() * m_scale);
}

void ReportPainter::paintText(QPainter *p, const PlacedItem &item) const
{
    p->setFont(font(item.style));
    p->setPen(item.style == TextStyle::Small ? Muted : Ink);
    const Qt::Alignment align =
        Qt::AlignVCenter | (item.alignRight ? Qt::AlignRight : Qt::AlignLeft);
    p->drawText(device(item.rect), int(align) | Qt::TextSingleLine, item.text);
}

// Each status has its own shape so the page reads in grey too; the word stands beside it.
void ReportPainter::paintStatusIcon(QPainter *p, const PlacedItem &item) const
{
    const QRectF r = device(item.rect).adjusted(1, 1, -1, -1);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QPen outline(QColor(0x20, 0x20, 0x20), 0.6 * m_scale);
    p->setPen(outline);
    switch (item.status) {
    case Status::OnTrack:
        p->setBrush(QColor(0x2e, 0x7d, 0x32));
        p->drawEllipse(r);
        break;
    case Status::AtRisk: {
        QPainterPath path;
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.bottomRight());
        path.lineTo(r.bottomLeft());
        path.closeSubpath();
        p->setBrush(QColor(0xf2, 0xb7, 0x05));
        p->drawPath(path);
        break;
    }
    case Status::OffTrack:
        p->setBrush(QColor(0xc6, 0x28, 0x28));
        p->drawRect(
            r.adjusted(r.width() * 0.05, r.height() * 0.05, -r.width() * 0.05, -r.height() * 0.05));
        break;
    case Status::NoTarget:
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(Muted, 0.9 * m_scale));
        p->drawEllipse(
            r.adjusted(r.width() * 0.1, r.height() * 0.1, -r.width() * 0.1, -r.height() * 0.1));
        break;
    case Status::NoData:
        p->setBrush(Muted);
        p->setPen(Qt::NoPen);
        p->drawRect(
            QRectF(r.left(), r.center().y() - r.height() * 0.1, r.width(), r.height() * 0.2));
        break;
    }
    p->restore();
}

void ReportPainter::paintFooter(QPainter *p, const ReportLayout &layout, int page,
                                const ReportDocument &document) const
{
    const QRectF r = layout.footerRect;
    p->setPen(QPen(RuleColor, 0.5 * m_scale));
    p->drawLine(device(QRectF(r.left(), r.top(), r.width(), 0)).topLeft(),
                device(QRectF(r.left(), r.top(), r.width(), 0)).topRight());
    PlacedItem left;
    left.rect = QRectF(r.left(), r.top() + 2, r.width() * 0.75, r.height() - 2);
    left.text = document.footer;
    left.style = TextStyle::Small;
    paintText(p, left);
    PlacedItem right = left;
    right.rect = QRectF(r.left() + r.width() * 0.75, r.top() + 2, r.width() * 0.25, r.height() - 2);
    right.text = QCoreApplication::translate("Needle::Report", "Page %1 of %2")
                     .arg(page + 1)
                     .arg(layout.pages.size());
    right.alignRight = true;
    paintText(p, right);
}

void ReportPainter::paintPage(QPainter *p, const ReportLayout &layout, int page,
                              const ReportDocument &document) const
{
    for (const PlacedItem &item : layout.pages.at(page).items) {
        switch (item.kind) {
        case PlacedItem::Kind::Text:
            paintText(p, item);
            break;
        case PlacedItem::Kind::Rule:
            p->setPen(QPen(RuleColor, 0.5 * m_scale));
            p->drawLine(device(item.rect).topLeft(), device(item.rect).topRight());
            break;
        case PlacedItem::Kind::Band:
            p->fillRect(device(item.rect), BandColor);
            break;
        case PlacedItem::Kind::StatusIcon:
            paintStatusIcon(p, item);
            break;
        case PlacedItem::Kind::Sparkline:
        case PlacedItem::Kind::Chart:
            if (m_charts) {
                p->save();
                m_charts(p, device(item.rect), item.kpiId,
                         item.kind == PlacedItem::Kind::Sparkline);
                p->restore();
            }
            break;
        }
    }
    if (page > 0)
        paintFooter(p, layout, page, document);
}

} // namespace Needle
