#include "import/watchedfoldersdialog.h"

#include "storage/importrepository.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Needle {

WatchedFoldersDialog::WatchedFoldersDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Watched Folders"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("New or changed spreadsheets in these folders are imported in the "
                                "background, each with the mapping saved when a file of the same "
                                "shape was imported with the wizard. Results appear in the status "
                                "bar and the import history. Untick a folder to pause it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("folderList"));
    m_list->setAccessibleName(tr("Watched folders"));
    layout->addWidget(m_list, 1);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *add = buttons->addButton(tr("&Add Folder..."), QDialogButtonBox::ActionRole);
    m_remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &WatchedFoldersDialog::browse);
    connect(m_remove, &QPushButton::clicked, this, &WatchedFoldersDialog::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        QString error;
        const bool enabled = item->checkState() == Qt::Checked;
        if (!ImportRepository(m_workspace->connection())
                 .setWatchedFolderEnabled(item->data(Qt::UserRole).toLongLong(), enabled, &error))
            m_message->setText(error);
        emit foldersChanged();
    });
    resize(560, 360);
    reload();
}

void WatchedFoldersDialog::reload()
{
    QSignalBlocker block(m_list);
    m_list->clear();
    for (const WatchedFolder &f : ImportRepository(m_workspace->connection()).watchedFolders()) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(f.path), m_list);
        item->setData(Qt::UserRole, f.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(f.enabled ? Qt::Checked : Qt::Unchecked);
        if (!QFileInfo(f.path).isDir())
            item->setToolTip(tr("This folder does not exist at the moment."));
    }
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void WatchedFoldersDialog::browse()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Watch Folder"));
    if (!path.isEmpty())
        addFolder(path);
}

bool WatchedFoldersDialog::addFolder(const QString &path)
{
    m_message->clear();
    if (!QFileInfo(path).isDir()) {
        m_message->setText(tr("%1 is not a folder.").arg(path));
        return false;
    }
    WatchedFolder folder;
    folder.path = QFileInfo(path).absoluteFilePath();
    QString error;
    if (!ImportRepository(m_workspace->connection()).addWatchedFolder(&folder, &error)) {
        m_message->setText(error);
        return false;
    }
    reload();
    emit foldersChanged();
    return true;
}

bool WatchedFoldersDialog::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    QString error;
    if (!ImportRepository(m_workspace->connection())
             .removeWatchedFolder(item->data(Qt::UserRole).toLongLong(), &error)) {
        m_message->setText(error);
        return false;
    }
    reload();
    emit foldersChanged();
    return true;
}

} // namespace Needle
