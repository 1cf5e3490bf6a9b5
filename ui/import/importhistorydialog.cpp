#include "import/importhistorydialog.h"

#include "workspace/undobatchcommand.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Needle {

namespace {
enum Column {
    IdColumn,
    FileColumn,
    SheetColumn,
    TimeColumn,
    RowsColumn,
    ValuesColumn,
    StateColumn
};
}

ImportHistoryDialog::ImportHistoryDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Import History"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 7);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Imports"));
    m_table->setHorizontalHeaderLabels({tr("Batch"), tr("File"), tr("Sheet"), tr("Imported"),
                                        tr("Rows read"), tr("Values written"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_undo = buttons->addButton(tr("&Undo Import"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ImportHistoryDialog::selectionChanged);
    // Edit > Undo and Redo while the dialog is open change the states shown.
    connect(m_workspace, &Workspace::changed, this, [this](const WorkspaceChange &change) {
        if (change.touches(WorkspaceChange::Record::Import))
            reload();
    });
    connect(m_workspace, &Workspace::editFailed, this,
            [this](const QString &message) { m_message->setText(message); });
    resize(820, 420);
    reload();
}

void ImportHistoryDialog::reload()
{
    const qint64 selected = m_table->currentRow() >= 0
        ? m_table->item(m_table->currentRow(), IdColumn)->data(Qt::UserRole).toLongLong()
        : 0;
    QString error;
    const QVector<ImportBatch> batches = WorkspaceReader(m_workspace).importBatches(&error);
    if (!error.isEmpty())
        m_message->setText(error);
    const QLocale locale;
    m_table->setRowCount(int(batches.size()));
    for (int r = 0; r < batches.size(); ++r) {
        const ImportBatch &b = batches.at(r);
        auto set = [&](int column, const QString &text, bool number = false) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (b.undone)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, column, item);
            return item;
        };
        set(IdColumn, QString::number(b.id), true)->setData(Qt::UserRole, b.id);
        set(FileColumn, b.fileName);
        set(SheetColumn, b.sheet);
        set(TimeColumn, locale.toString(b.importedAt.toLocalTime(), QLocale::ShortFormat));
        set(RowsColumn, locale.toString(b.rowsRead), true);
        set(ValuesColumn, locale.toString(b.valuesWritten), true);
        set(StateColumn, b.undone ? tr("Undone") : tr("Imported"))->setData(Qt::UserRole, b.undone);
        if (b.id == selected)
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
    selectionChanged();
}

void ImportHistoryDialog::selectionChanged()
{
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && !m_table->selectedItems().isEmpty();
    m_undo->setEnabled(selected && !m_table->item(row, StateColumn)->data(Qt::UserRole).toBool());
}

bool ImportHistoryDialog::undoSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    const qint64 id = m_table->item(row, IdColumn)->data(Qt::UserRole).toLongLong();
    const QString file = m_table->item(row, FileColumn)->text();
    m_message->clear();
    if (m_table->item(row, StateColumn)->data(Qt::UserRole).toBool()) {
        m_message->setText(tr("Import %1 of %2 is already undone.").arg(id).arg(file));
        return false;
    }
    auto *command = new UndoBatchCommand(m_workspace, id, file);
    m_workspace->undoStack()->push(command); // runs redo(): the batch is taken back
    reload();
    const auto batch = WorkspaceReader(m_workspace).importBatch(id);
    const bool done = batch && batch->undone; // else editFailed has shown why
    if (done)
        m_message->setText(
            tr("Import %1 of %2 was undone; Edit > Undo writes it again.").arg(id).arg(file));
    return done;
}

} // namespace Needle
