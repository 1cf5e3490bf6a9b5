#include "automation/datasourcesdialog.h"

#include "automation/sourceeditdialog.h"
#include "automation/sourcescontroller.h"
#include "models/datasourcemodel.h"
#include "models/roles.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Needle {

DataSourcesDialog::DataSourcesDialog(Workspace *workspace, SourcesController *controller,
                                     QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_controller(controller)
{
    setWindowTitle(tr("Data Sources"));
    auto *layout = new QVBoxLayout(this);
    m_model = new DataSourceModel(this);
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Data sources"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *add = buttons->addButton(tr("&Add..."), QDialogButtonBox::ActionRole);
    QPushButton *remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    QPushButton *refresh = buttons->addButton(tr("Refresh &Now"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, [this] {
        SourceEditDialog dialog(m_workspace, 0, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    connect(remove, &QPushButton::clicked, this, &DataSourcesDialog::removeSelected);
    connect(refresh, &QPushButton::clicked, this, &DataSourcesDialog::refreshSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(controller, &SourcesController::message, m_message, &QLabel::setText);
    connect(controller, &SourcesController::finished, this, &DataSourcesDialog::reload);
    layout->addWidget(buttons);
    resize(820, 360);
    reload();
}

void DataSourcesDialog::reload()
{
    const qint64 selected = selectedId();
    m_model->reload(m_workspace);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->source(row).id == selected || (selected == 0 && row == 0))
            m_view->selectRow(row);
}

qint64 DataSourcesDialog::selectedId() const
{
    const QModelIndexList rows =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.constFirst().data(IdRole).toLongLong();
}

bool DataSourcesDialog::removeSelected()
{
    const qint64 id = selectedId();
    QString error;
    if (id == 0 || !m_workspace->removeSource(id, &error)) {
        m_message->setText(error);
        return false;
    }
    m_message->setText(tr("The source was removed; the values it wrote stay (File > Import "
                          "History undoes them)."));
    reload();
    return true;
}

void DataSourcesDialog::refreshSelected()
{
    const qint64 id = selectedId();
    if (id > 0)
        m_controller->refreshNow(id);
}

} // namespace Needle
