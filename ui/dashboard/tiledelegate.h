#pragma once

#include <QStyledItemDelegate>

class QListView;

namespace Needle {

// Paints the dashboard's items: tiles, the large "one metric that matters" tile and the group
// headers, which span the view's width so the grid breaks its rows there.
class TileDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TileDelegate(QListView *view);

    static QSize tileSize(const QFont &font);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                     const QModelIndex &index) const;
    void paintTile(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                   bool large) const;
    int fullWidth() const;

    QListView *m_view;
};

} // namespace Needle
