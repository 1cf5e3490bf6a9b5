#pragma once

#include <QWidget>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace Needle {

class ActionItemModel;
class Workspace;

// Review > Action items: every action item across meetings, filtered by owner and by state
// (open, overdue, done, all); ticking one marks it done (undoable).
class ActionItemsWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ActionItemsWindow(Workspace *workspace, QWidget *parent = nullptr);

    ActionItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *ownerFilter() const { return m_owner; }
    QComboBox *stateFilter() const { return m_state; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void fillOwners();

    Workspace *m_workspace;
    ActionItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_owner;
    QComboBox *m_state;
};

} // namespace Needle
