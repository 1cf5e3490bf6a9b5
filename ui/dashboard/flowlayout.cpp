#include "dashboard/flowlayout.h"

#include <QWidget>

namespace Needle {

FlowLayout::FlowLayout(QWidget *parent, int horizontalSpacing, int verticalSpacing)
    : QLayout(parent), m_hSpace(horizontalSpacing), m_vSpace(verticalSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0, height = 0, visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width();
        height = std::max(height, hint.height());
        ++visible;
    }
    const QMargins m = contentsMargins();
    return QSize(width + std::max(0, visible - 1) * m_hSpace + m.left() + m.right(),
                 height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int available = std::max(1, area.width());
    // Break into lines by size hints (an item wider than the line gets a line of its own).
    QList<QList<QLayoutItem *>> lines(1);
    int x = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int w = std::min(item->sizeHint().width(), available);
        if (!lines.last().isEmpty() && x + m_hSpace + w > available) {
            lines.append(QList<QLayoutItem *>());
            x = 0;
        }
        x += (lines.last().isEmpty() ? 0 : m_hSpace) + w;
        lines.last().append(item);
    }
    int y = area.top();
    for (const QList<QLayoutItem *> &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        int used = 0, expanding = 0, height = 0;
        for (QLayoutItem *item : line) {
            used += std::min(item->sizeHint().width(), available);
            height = std::max(height, item->sizeHint().height());
            if (item->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        used += m_hSpace * int(line.size() - 1);
        int extra = std::max(0, available - used);
        int left = area.left();
        for (QLayoutItem *item : line) {
            int w = std::min(item->sizeHint().width(), available);
            if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                const int share = extra / expanding;
                w += share;
                extra -= share;
                --expanding;
            }
            if (apply)
                item->setGeometry(QRect(left, y + (height - item->sizeHint().height()) / 2, w,
                                        item->sizeHint().height()));
            left += w + m_hSpace;
        }
        y += height + m_vSpace;
    }
    const QMargins m = contentsMargins();
    return std::max(0, y - m_vSpace - area.top()) + m.top() + m.bottom();
}

} // namespace Needle
