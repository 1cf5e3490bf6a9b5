#include "editing/recordlistdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Needle {

RecordListDialog::RecordListDialog(QAbstractItemModel *model, const QString &listName,
                                   QWidget *parent)
    : QDialog(parent), m_table(new QTableView)
{
    m_table->setObjectName(QStringLiteral("records"));
    m_table->setAccessibleName(listName);
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto *add = new QPushButton(tr("&Add..."));
    add->setObjectName(QStringLiteral("add"));
    m_edit = new QPushButton(tr("&Edit..."));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_remove->setShortcut(QKeySequence::Delete);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, [this] { addRecord(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            editRecord(currentRow());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            editRecord(index.row());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            removeRecord(currentRow());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordListDialog::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordListDialog::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordListDialog::updateButtons);
    updateButtons();
    resize(720, 360);
}

int RecordListDialog::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void RecordListDialog::updateButtons()
{
    m_edit->setEnabled(currentRow() >= 0);
    m_remove->setEnabled(currentRow() >= 0);
}

QString RecordListDialog::lastError() const
{
    return m_error->text();
}

void RecordListDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace Needle
