#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

class QComboBox;
class QListView;
class QPushButton;
class QToolButton;

namespace Needle {

class AgendaModel;
class ReviewSession;

// Numbers the agenda's items, shows the item on screen in bold and skipped items greyed out.
class AgendaDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// Edits a meeting's agenda, before the meeting or during it: drag an item to reorder it, or
// Alt+Up / Alt+Down; untick it, Delete or Space to skip it (and again to bring it back); add a
// KPI that is not on the agenda after the current item. Ctrl+Z / Ctrl+Shift+Z undo and redo.
// Each change is written to the workspace at once through the session.
class AgendaEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaEditor(ReviewSession *session, QWidget *parent = nullptr);

    AgendaModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QComboBox *kpiBox() const { return m_kpis; }
    QPushButton *addButton() const { return m_add; }

    // In the presenter view the keys a presenter remote sends (space, arrows left and right,
    // Page Up/Down, B, Esc, digits) go to the slides even while the agenda has the focus;
    // Delete skips there.
    void setPresenterKeys(bool on) { m_presenterKeys = on; }

    int selectedRow() const;
    bool moveSelected(int delta); // -1 up, +1 down; the item stays selected
    bool toggleSkipSelected();
    bool addChosenKpi();

signals:
    void jumpRequested(int row); // double-click or Enter on an item
    void presenterKey(int key, Qt::KeyboardModifiers modifiers);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillKpis();
    void updateButtons();

    ReviewSession *m_session;
    AgendaModel *m_model;
    QListView *m_view;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_skip;
    QComboBox *m_kpis;
    QPushButton *m_add;
    QToolButton *m_undo;
    QToolButton *m_redo;
    bool m_presenterKeys = false;
};

} // namespace Needle
