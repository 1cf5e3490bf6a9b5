#include "charts/palette.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Needle {

namespace {
// Okabe & Ito (2008), "Color Universal Design".
const QColor kOrange(0xE6, 0x9F, 0x00);
const QColor kSkyBlue(0x56, 0xB4, 0xE9);
const QColor kGreen(0x00, 0x9E, 0x73);
const QColor kYellow(0xF0, 0xE4, 0x42);
const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kVermillion(0xD5, 0x5E, 0x00);
const QColor kPurple(0xCC, 0x79, 0xA7);

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}
} // namespace

ChartPalette ChartPalette::light()
{
    ChartPalette p;
    p.isDark = false;
    p.background = QColor(0xFF, 0xFF, 0xFF);
    p.plotBackground = QColor(0xFF, 0xFF, 0xFF);
    p.foreground = QColor(0x20, 0x24, 0x2A);
    p.mutedForeground = QColor(0x5F, 0x66, 0x70);
    p.grid = QColor(0xE3, 0xE6, 0xEA);
    p.values = kBlue;
    p.target = QColor(0x00, 0x7A, 0x59); // the green, darkened for contrast on white
    p.targetBand = withAlpha(kGreen, 40);
    p.benchmarks = {kPurple.darker(125), QColor(0x55, 0x55, 0x55), kOrange.darker(120)};
    p.forecast = kSkyBlue.darker(115);
    p.forecastBand = withAlpha(kSkyBlue, 55);
    p.anomaly = kVermillion;
    p.note = QColor(0x6B, 0x4E, 0x00);
    p.onTrack = QColor(0x00, 0x7A, 0x59);
    p.atRisk = QColor(0xB3, 0x6B, 0x00);
    p.offTrack = kVermillion;
    p.neutral = QColor(0x7A, 0x80, 0x88);
    return p;
}

ChartPalette ChartPalette::dark()
{
    ChartPalette p;
    p.isDark = true;
    p.background = QColor(0x1E, 0x21, 0x26);
    p.plotBackground = QColor(0x1E, 0x21, 0x26);
    p.foreground = QColor(0xE6, 0xE8, 0xEB);
    p.mutedForeground = QColor(0xA0, 0xA6, 0xAE);
    p.grid = QColor(0x36, 0x3B, 0x42);
    p.values = kSkyBlue;
    p.target = kGreen.lighter(125);
    p.targetBand = withAlpha(kGreen, 60);
    p.benchmarks = {kPurple, QColor(0xC8, 0xC8, 0xC8), kOrange};
    p.forecast = kSkyBlue.lighter(130);
    p.forecastBand = withAlpha(kSkyBlue, 60);
    p.anomaly = QColor(0xFF, 0x7A, 0x33);
    p.note = kYellow;
    p.onTrack = kGreen.lighter(120);
    p.atRisk = kOrange;
    p.offTrack = QColor(0xFF, 0x7A, 0x33);
    p.neutral = QColor(0x9A, 0xA0, 0xA8);
    return p;
}

ChartPalette ChartPalette::fromWidgetPalette(const QPalette &palette)
{
    return forDark(palette.color(QPalette::Window).lightness() < 128);
}

QColor ChartPalette::statusColor(Status status) const
{
    switch (status) {
    case Status::OnTrack:
        return onTrack;
    case Status::AtRisk:
        return atRisk;
    case Status::OffTrack:
        return offTrack;
    case Status::NoTarget:
    case Status::NoData:
        break;
    }
    return neutral;
}

void paintStatusIcon(QPainter *painter, const QRectF &rect, Status status,
                     const ChartPalette &palette)
{
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF r(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const QRectF inner = r.adjusted(side * 0.06, side * 0.06, -side * 0.06, -side * 0.06);
    const QColor colour = palette.statusColor(status);
    const QColor mark = palette.isDark ? QColor(0x1E, 0x21, 0x26) : QColor(Qt::white);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen markPen(mark, side * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (status) {
    case Status::OnTrack: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(inner);
        painter->setPen(markPen);
        QPainterPath check;
        check.moveTo(r.left() + side * 0.28, r.top() + side * 0.52);
        check.lineTo(r.left() + side * 0.44, r.top() + side * 0.68);
        check.lineTo(r.left() + side * 0.72, r.top() + side * 0.34);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(check);
        break;
    }
    case Status::AtRisk: {
        QPainterPath tri;
        tri.moveTo(r.center().x(), inner.top());
        tri.lineTo(inner.right(), inner.bottom() - side * 0.04);
        tri.lineTo(inner.left(), inner.bottom() - side * 0.04);
        tri.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPath(tri);
        painter->setPen(markPen);
        painter->drawLine(QPointF(r.center().x(), r.top() + side * 0.36),
                          QPointF(r.center().x(), r.top() + side * 0.62));
        painter->drawPoint(QPointF(r.center().x(), r.top() + side * 0.78));
        break;
    }
    case Status::OffTrack: {
        QPainterPath diamond;
        diamond.moveTo(r.center().x(), inner.top());
        diamond.lineTo(inner.right(), r.center().y());
        diamond.lineTo(r.center().x(), inner.bottom());
        diamond.lineTo(inner.left(), r.center().y());
        diamond.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPath(diamond);
        painter->setPen(markPen);
        const qreal d = side * 0.16;
        painter->drawLine(r.center() + QPointF(-d, -d), r.center() + QPointF(d, d));
        painter->drawLine(r.center() + QPointF(-d, d), r.center() + QPointF(d, -d));
        break;
    }
    case Status::NoTarget:
        painter->setPen(QPen(colour, side * 0.1));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(inner.adjusted(side * 0.05, side * 0.05, -side * 0.05, -side * 0.05));
        painter->drawLine(QPointF(r.left() + side * 0.32, r.center().y()),
                          QPointF(r.right() - side * 0.32, r.center().y()));
        break;
    case Status::NoData:
        painter->setPen(QPen(colour, side * 0.1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(inner.adjusted(side * 0.05, side * 0.05, -side * 0.05, -side * 0.05));
        break;
    }
    painter->restore();
}

QIcon statusIcon(Status status, const ChartPalette &palette, int size)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(size, size) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintStatusIcon(&painter, QRectF(0, 0, size, size), status, palette);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Needle
