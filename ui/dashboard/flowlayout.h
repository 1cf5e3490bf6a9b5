#pragma once

#include <QLayout>
#include <QList>

namespace Needle {

// Lays its items out left to right and starts a new line when the next one does not fit, so a
// bar of controls wraps in a narrow window instead of forcing it wide. Items whose horizontal
// size policy expands share the room left on their line (a text field grows; a right-aligned
// label moves to the right edge).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int horizontalSpacing = 12,
                        int verticalSpacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const; // returns the height used

    QList<QLayoutItem *> m_items;
    int m_hSpace;
    int m_vSpace;
};

} // namespace Needle
