#include "review/actionitemswindow.h"

#include "review/actionitemmodel.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace Needle {

ActionItemsWindow::ActionItemsWindow(Workspace *workspace, QWidget *parent)
    : QWidget(parent, Qt::Window), m_workspace(workspace),
      m_model(new ActionItemModel(workspace, this)), m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Action items — %1").arg(workspace->displayName()));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActionItemModel::SortRole);

    m_owner = new QComboBox;
    m_owner->setAccessibleName(tr("Owner"));
    fillOwners();
    m_state = new QComboBox;
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("Open"), int(ActionItemModel::State::Open));
    m_state->addItem(tr("Overdue"), int(ActionItemModel::State::Overdue));
    m_state->addItem(tr("Done"), int(ActionItemModel::State::Done));
    m_state->addItem(tr("All"), int(ActionItemModel::State::Any));
    m_model->setStateFilter(ActionItemModel::State::Open);

    auto *filters = new QHBoxLayout;
    auto *ownerLabel = new QLabel(tr("&Owner:"));
    ownerLabel->setBuddy(m_owner);
    auto *stateLabel = new QLabel(tr("&Show:"));
    stateLabel->setBuddy(m_state);
    filters->addWidget(ownerLabel);
    filters->addWidget(m_owner);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addStretch();

    m_view = new QTableView;
    m_view->setAccessibleName(tr("Action items"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ActionItemModel::DueColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ActionItemModel::TextColumn,
                                                     QHeaderView::Stretch);
    m_view->resizeColumnsToContents();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_owner, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setOwnerFilter(m_owner->currentData().toLongLong()); });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStateFilter(ActionItemModel::State(m_state->currentData().toInt()));
    });
    connect(workspace, &Workspace::changed, this, [this](const WorkspaceChange &change) {
        if (change.touches(WorkspaceChange::Record::Owner))
            fillOwners();
    });
    resize(900, 420);
    restoreGeometry(QSettings().value(QStringLiteral("actionItems/geometry")).toByteArray());
}

void ActionItemsWindow::fillOwners()
{
    const qint64 current = m_owner->currentData().toLongLong();
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), qint64(0));
    for (const Owner &o : WorkspaceReader(m_workspace).owners())
        m_owner->addItem(o.name, o.id);
    const int at = m_owner->findData(current);
    m_owner->setCurrentIndex(at < 0 ? 0 : at);
    if (at < 0 && current != 0)
        m_model->setOwnerFilter(0);
}

void ActionItemsWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("actionItems/geometry"), saveGeometry());
    event->accept();
}

} // namespace Needle
