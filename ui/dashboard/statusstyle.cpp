#include "dashboard/statusstyle.h"

#include "charts/palette.h"

#include <QFontMetrics>
#include <QPainter>

namespace Needle::StatusStyle {

QColor color(Status status, const QPalette &palette)
{
    return ChartPalette::fromWidgetPalette(palette).statusColor(status);
}

QColor goodColor(const QPalette &palette)
{
    return color(Status::OnTrack, palette);
}

QColor badColor(const QPalette &palette)
{
    return color(Status::OffTrack, palette);
}

int paintBadge(QPainter *p, const QRect &rect, Status status, const QPalette &palette)
{
    const QFontMetrics fm(p->font());
    const int size = fm.height() - 2;
    const QRectF icon(rect.left(), rect.center().y() - size / 2.0, size, size);
    paintStatusIcon(p, icon, status, ChartPalette::fromWidgetPalette(palette));
    const QString word = displayName(status);
    p->save();
    p->setPen(color(status, palette));
    const QRect text(rect.left() + size + 5, rect.top(), rect.width() - size - 5, rect.height());
    p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, word);
    p->restore();
    return size + 5 + fm.horizontalAdvance(word);
}

} // namespace Needle::StatusStyle
