#include "dashboard/tiledelegate.h"

#include "charts/sparkline.h"
#include "dashboard/dashboardmodel.h"
#include "dashboard/statusstyle.h"

#include <QApplication>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

namespace Needle {

namespace {

constexpr int Margin = 12;

QFont scaled(const QFont &base, double factor, bool bold)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(int(f.pixelSize() * factor));
    f.setBold(bold);
    return f;
}

QColor secondaryText(const QPalette &palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlphaF(0.68f);
    return c;
}

// A badge for overdue action items: a clock (the shape says "late" without the colour) and
// the words, right-aligned in rect and vertically centred; returns the width used.
int overdueBadgeWidth(const QFontMetrics &fm, const QString &text)
{
    return 8 + (fm.height() - 4) + 5 + fm.horizontalAdvance(text) + 8;
}

int paintOverdueBadge(QPainter *p, const QRect &rect, const QString &text, const QPalette &pal)
{
    const QFontMetrics fm(p->font());
    const int h = fm.height() + 4;
    const int icon = fm.height() - 4;
    const int w = overdueBadgeWidth(fm, text);
    const QRectF badge(rect.right() - w, rect.center().y() - h / 2.0, w, h);
    const QColor c = StatusStyle::color(Status::OffTrack, pal);
    QColor fill = c;
    fill.setAlphaF(0.15f);
    p->setPen(QPen(c, 1));
    p->setBrush(fill);
    p->drawRoundedRect(badge, h / 2.0, h / 2.0);
    const QRectF clock(badge.left() + 8, badge.center().y() - icon / 2.0, icon, icon);
    p->setPen(QPen(pal.color(QPalette::Text), 1.4));
    p->setBrush(Qt::NoBrush);
    p->drawEllipse(clock);
    const QPointF c0 = clock.center();
    p->drawLine(c0, QPointF(c0.x(), clock.top() + icon * 0.22));
    p->drawLine(c0, QPointF(clock.right() - icon * 0.25, c0.y()));
    p->drawText(QRectF(clock.right() + 5, badge.top(), w - icon - 21, h),
                Qt::AlignLeft | Qt::AlignVCenter, text);
    return w;
}

// Text on at most two lines: as many words as fit the first, the rest on the second (elided
// when even that is too long).
QStringList wrapTwoLines(const QFontMetrics &fm, const QString &text, int firstWidth,
                         int secondWidth)
{
    if (fm.horizontalAdvance(text) <= firstWidth)
        return {text};
    const QStringList words = text.split(QLatin1Char(' '));
    QString first;
    int used = 0;
    for (; used < words.size(); ++used) {
        const QString next =
            first.isEmpty() ? words.at(used) : first + QLatin1Char(' ') + words.at(used);
        if (fm.horizontalAdvance(next) > firstWidth)
            break;
        first = next;
    }
    if (used == 0) // one long word: elide it on one line
        return {fm.elidedText(text, Qt::ElideRight, firstWidth)};
    const QString rest = words.mid(used).join(QLatin1Char(' '));
    return {first, fm.elidedText(rest, Qt::ElideRight, secondWidth)};
}

} // namespace

TileDelegate::TileDelegate(QListView *view) : QStyledItemDelegate(view), m_view(view) {}

QSize TileDelegate::tileSize(const QFont &font)
{
    const QFontMetrics fm(font);
    return QSize(fm.averageCharWidth() * 42, fm.height() * 11);
}

int TileDelegate::fullWidth() const
{
    // The view lays out in its viewport; leave room for the spacing and a scroll bar that may
    // appear, or the row would not fit and the view would scroll sideways.
    const int scroll = m_view->verticalScrollBar()->isVisible()
        ? 0
        : m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return std::max(200, m_view->viewport()->width() - 2 * m_view->spacing() - scroll - 1);
}

QSize TileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto kind = DashboardModel::Kind(index.data(DashboardModel::KindRole).toInt());
    const QSize tile = tileSize(option.font);
    const QFontMetrics fm(option.font);
    switch (kind) {
    case DashboardModel::Kind::Header:
        return QSize(fullWidth(), fm.height() * 2 + 4);
    case DashboardModel::Kind::Omtm:
        return QSize(fullWidth(), tile.height() + fm.height() * 3);
    case DashboardModel::Kind::Tile:
        break;
    }
    // Stretch the tiles so that each row fills the width: as many as fit at the minimum size.
    const int cell = tile.width() + 2 * m_view->spacing();
    const int columns = std::max(1, (fullWidth() + 2 * m_view->spacing()) / cell);
    const int width = (fullWidth() + 2 * m_view->spacing()) / columns - 2 * m_view->spacing();
    return QSize(std::min(width, tile.width() * 2), tile.height());
}

void TileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const auto kind = DashboardModel::Kind(index.data(DashboardModel::KindRole).toInt());
    painter->save();
    if (kind == DashboardModel::Kind::Header)
        paintHeader(painter, option, index);
    else
        paintTile(painter, option, index, kind == DashboardModel::Kind::Omtm);
    painter->restore();
}

void TileDelegate::paintHeader(QPainter *p, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const QRect r = option.rect.adjusted(2, 0, -2, 0);
    p->setFont(scaled(option.font, 1.15, true));
    p->setPen(option.palette.color(QPalette::Active, QPalette::Text));
    const QString title = index.data(Qt::DisplayRole).toString();
    const QFontMetrics fm(p->font());
    p->drawText(r.adjusted(0, 0, 0, -4), Qt::AlignLeft | Qt::AlignBottom, title);
    p->setFont(option.font);
    QPalette active = option.palette;
    active.setCurrentColorGroup(QPalette::Active);
    p->setPen(secondaryText(active));
    const int count = index.data(DashboardModel::GroupCountRole).toInt();
    p->drawText(r.adjusted(fm.horizontalAdvance(title) + 10, 0, 0, -5),
                Qt::AlignLeft | Qt::AlignBottom, DashboardModel::tr("KPIs: %n", nullptr, count));
    p->setPen(QPen(active.color(QPalette::Mid), 1));
    p->drawLine(r.bottomLeft(), r.bottomRight());
}

void TileDelegate::paintTile(QPainter *p, const QStyleOptionViewItem &option,
                             const QModelIndex &index, bool large) const
{
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const auto status = [&] {
        Status s = Status::NoData;
        parse(index.data(StatusRole).toString(), &s);
        return s;
    }();

    // Card: base colour, a status-coloured strip on the left, a highlight ring when current.
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    p->fillPath(path, pal.color(QPalette::Base));
    p->save();
    p->setClipPath(path);
    p->fillRect(QRectF(card.left(), card.top(), 5, card.height()), StatusStyle::color(status, pal));
    p->restore();
    QPen border(selected || focused ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                selected || focused ? 2.5 : 1);
    p->setPen(border);
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);

    const QRect r = option.rect.adjusted(Margin + 4, Margin - 2, -Margin, -Margin + 2);
    const QFont base = option.font;
    const QFontMetrics fmBase(base);
    int y = r.top();

    // Line 1: an "OMTM" label on the large tile, then the name, and the anomaly badge.
    if (large) {
        p->setFont(scaled(base, 0.85, true));
        p->setPen(pal.color(QPalette::Highlight));
        p->drawText(QRect(r.left(), y, r.width(), fmBase.height()),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    DashboardModel::tr("ONE METRIC THAT MATTERS"));
        y += fmBase.height();
    }
    const QFont nameFont = scaled(base, large ? 1.25 : 1.0, true);
    const QFontMetrics fmName(nameFont);
    int badgeWidth = 0;
    const int anomalies = index.data(DashboardModel::AnomalyCountRole).toInt();
    if (anomalies > 0) {
        p->setFont(scaled(base, 0.85, true));
        const QString text = DashboardModel::tr("⚠ %n", nullptr, anomalies);
        const QFontMetrics fmBadge(p->font());
        badgeWidth = fmBadge.horizontalAdvance(text) + 12;
        const QRect badge(r.right() - badgeWidth, y + (fmName.height() - fmBadge.height() - 4) / 2,
                          badgeWidth, fmBadge.height() + 4);
        const QColor c = StatusStyle::color(Status::AtRisk, pal);
        p->setPen(QPen(c, 1));
        QColor fill = c;
        fill.setAlphaF(0.15f);
        p->setBrush(fill);
        p->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
        p->setPen(pal.color(QPalette::Text));
        p->drawText(badge, Qt::AlignCenter, text);
        badgeWidth += 6;
    }
    p->setFont(nameFont);
    p->setPen(pal.color(QPalette::Text));
    const QString name = index.data(Qt::DisplayRole).toString();
    // A long name wraps onto a second line (elided only past that; the tool tip has it whole).
    const QStringList nameLines = wrapTwoLines(fmName, name, r.width() - badgeWidth, r.width());
    for (int i = 0; i < nameLines.size(); ++i) {
        p->drawText(
            QRect(r.left(), y, i == 0 ? r.width() - badgeWidth : r.width(), fmName.height()),
            Qt::AlignLeft | Qt::AlignVCenter, nameLines.at(i));
        y += fmName.height();
    }
    y += 2;

    // The large tile puts its sparkline on the right half; small tiles at the bottom.
    const int textWidth = large ? r.width() / 2 : r.width();
    const QFont valueFont = scaled(base, large ? 2.6 : 1.8, true);
    const QFontMetrics fmValue(valueFont);
    // Overdue action items: a badge at the right of the value line (of the left half).
    // The value comes first: in a narrow tile the badge keeps only the clock and the count.
    const QString value = index.data(DashboardModel::ValueTextRole).toString();
    int overdueWidth = 0;
    QString overdue = index.data(DashboardModel::OverdueActionTextRole).toString();
    if (!overdue.isEmpty()) {
        p->setFont(scaled(base, 0.85, true));
        const QFontMetrics fmBadge(p->font());
        if (fmValue.horizontalAdvance(value) + 6 + overdueBadgeWidth(fmBadge, overdue) > textWidth)
            overdue = m_view->locale().toString(
                index.data(DashboardModel::OverdueActionCountRole).toInt());
        overdueWidth =
            paintOverdueBadge(p, QRect(r.left(), y, textWidth, fmValue.height()), overdue, pal) + 6;
    }
    p->setFont(valueFont);
    p->setPen(pal.color(QPalette::Text));
    p->drawText(QRect(r.left(), y, textWidth - overdueWidth, fmValue.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                fmValue.elidedText(value, Qt::ElideRight, textWidth - overdueWidth));
    y += fmValue.height();

    const QFont small = scaled(base, 0.9, false);
    const QFontMetrics fmSmall(small);
    const int badgeHeight = fmBase.height() + 2;
    const int sparkHeight = large ? 0 : int(badgeHeight * 1.7);
    const int textBottom = r.bottom() - (large ? badgeHeight : sparkHeight) - 2;
    p->setFont(small);
    auto line = [&](const QString &text, const QColor &color) {
        if (text.isEmpty() || y + fmSmall.height() > textBottom)
            return;
        p->setPen(color);
        p->drawText(QRect(r.left(), y, textWidth, fmSmall.height()),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    fmSmall.elidedText(text, Qt::ElideRight, textWidth));
        y += fmSmall.height();
    };
    line(index.data(DashboardModel::PeriodTextRole).toString(), secondaryText(pal));
    const int goodness = index.data(DashboardModel::ChangeGoodnessRole).toInt();
    line(index.data(DashboardModel::ChangeTextRole).toString(),
         goodness > 0       ? StatusStyle::goodColor(pal)
             : goodness < 0 ? StatusStyle::badColor(pal)
                            : secondaryText(pal));
    const QString error = index.data(DashboardModel::ErrorRole).toString();
    if (!error.isEmpty())
        line(error, StatusStyle::badColor(pal));
    line(index.data(DashboardModel::TargetTextRole).toString(), secondaryText(pal));
    line(index.data(DashboardModel::BenchmarkTextRole).toString(), secondaryText(pal));

    // Status badge at the bottom left; the sparkline beside it (or on the right half).
    p->setFont(scaled(base, 0.95, true));
    const QRect statusRect(r.left(), r.bottom() - badgeHeight, r.width(), badgeHeight);
    int used = 0;
    if (index.data(StatusRole).isValid()) {
        used = StatusStyle::paintBadge(p, statusRect, status, pal);
    } else { // the analysis has not arrived: "pending", no status of its own
        const QString pending = index.data(DashboardModel::StatusTextRole).toString();
        p->drawText(statusRect, Qt::AlignLeft | Qt::AlignVCenter, pending);
        used = p->fontMetrics().horizontalAdvance(pending);
    }

    const QVariantList values = index.data(DashboardModel::SparklineRole).toList();
    QRectF spark;
    if (large)
        spark = QRectF(r.left() + r.width() / 2 + Margin, r.top() + fmBase.height() + 4,
                       r.width() / 2 - Margin, r.height() - fmBase.height() - 4);
    else
        spark = QRectF(r.left() + used + 14, r.bottom() - sparkHeight, r.width() - used - 14,
                       sparkHeight);
    QVector<double> points;
    points.reserve(values.size());
    for (const QVariant &v : values)
        points << v.toDouble();
    const QVariant target = index.data(DashboardModel::SparklineTargetRole);
    SparklineStyle style = sparklineStyle(ChartPalette::fromWidgetPalette(pal));
    style.lastPoint = StatusStyle::color(status, pal);
    paintSparkline(p, spark, points, style,
                   target.isValid() ? std::optional<double>(target.toDouble()) : std::nullopt);
}

} // namespace Needle
