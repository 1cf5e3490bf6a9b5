#include "dashboard/statusstyle.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace Needle::StatusStyle {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

// Okabe and Ito's palette, told apart by people with every common colour-vision deficiency;
// the light variants keep the contrast on dark backgrounds.
QColor color(Status status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case Status::OnTrack:
        return dark ? QColor(0x3d, 0xc4, 0x9c) : QColor(0x00, 0x86, 0x62);
    case Status::AtRisk:
        return dark ? QColor(0xf0, 0xb4, 0x2a) : QColor(0xb0, 0x70, 0x00);
    case Status::OffTrack:
        return dark ? QColor(0xff, 0x8a, 0x4c) : QColor(0xc2, 0x4e, 0x00);
    case Status::NoTarget:
    case Status::NoData:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QColor goodColor(const QPalette &palette)
{
    return color(Status::OnTrack, palette);
}

QColor badColor(const QPalette &palette)
{
    return color(Status::OffTrack, palette);
}

void paintIcon(QPainter *p, const QRectF &r, Status status, const QPalette &palette)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor c = color(status, palette);
    const QColor on = palette.color(QPalette::Base);
    QPen mark(on, std::max(1.5, r.width() / 7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPointF m = r.center();
    const double w = r.width(), h = r.height();
    switch (status) {
    case Status::OnTrack: // a circle with a check
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawEllipse(r);
        p->setPen(mark);
        p->drawPolyline(QPolygonF({QPointF(r.left() + w * 0.27, m.y()),
                                   QPointF(r.left() + w * 0.44, r.top() + h * 0.68),
                                   QPointF(r.left() + w * 0.74, r.top() + h * 0.32)}));
        break;
    case Status::AtRisk: { // a triangle with an exclamation mark
        QPainterPath path;
        path.moveTo(m.x(), r.top());
        path.lineTo(r.right(), r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawPath(path);
        p->setPen(mark);
        p->drawLine(QPointF(m.x(), r.top() + h * 0.38), QPointF(m.x(), r.top() + h * 0.68));
        p->drawPoint(QPointF(m.x(), r.top() + h * 0.84));
        break;
    }
    case Status::OffTrack: { // a square with a cross (a stop sign's shape)
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawRoundedRect(r, w * 0.15, h * 0.15);
        p->setPen(mark);
        const double k = 0.3;
        p->drawLine(QPointF(r.left() + w * k, r.top() + h * k),
                    QPointF(r.right() - w * k, r.bottom() - h * k));
        p->drawLine(QPointF(r.right() - w * k, r.top() + h * k),
                    QPointF(r.left() + w * k, r.bottom() - h * k));
        break;
    }
    case Status::NoTarget: // a ring with a dash
    case Status::NoData:
        p->setPen(QPen(c, std::max(1.2, w / 9)));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(r.adjusted(w * 0.06, h * 0.06, -w * 0.06, -h * 0.06));
        p->drawLine(QPointF(r.left() + w * 0.3, m.y()), QPointF(r.right() - w * 0.3, m.y()));
        break;
    }
    p->restore();
}

int paintBadge(QPainter *p, const QRect &rect, Status status, const QPalette &palette)
{
    const QFontMetrics fm(p->font());
    const int size = fm.height() - 2;
    const QRectF icon(rect.left(), rect.center().y() - size / 2.0, size, size);
    paintIcon(p, icon, status, palette);
    const QString word = displayName(status);
    p->save();
    p->setPen(color(status, palette));
    const QRect text(rect.left() + size + 5, rect.top(), rect.width() - size - 5, rect.height());
    p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, word);
    p->restore();
    return size + 5 + fm.horizontalAdvance(word);
}

} // namespace Needle::StatusStyle
