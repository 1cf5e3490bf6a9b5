#include "import/watchedfoldersdialog.h"

#include "import/folderwatcher.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Needle {

WatchedFoldersDialog::WatchedFoldersDialog(Workspace *workspace, QWidget *parent,
                                           const FolderWatcher *watcher)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Watched Folders"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("New or changed spreadsheets in these folders are imported in the "
                                "background, each with the mapping saved when a file of the same "
                                "shape was imported with the wizard, or as it is when it needs no "
                                "questions. Results appear in the status bar, the import history "
                                "and the log below. Untick a folder to pause it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("folderList"));
    m_list->setAccessibleName(tr("Watched folders"));
    layout->addWidget(m_list, 1);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *logLabel = new QLabel(tr("Files tried since Needle started:"));
    layout->addWidget(logLabel);
    m_log = new QTableWidget(0, 3);
    m_log->setObjectName(QStringLiteral("watchLog"));
    m_log->setAccessibleName(tr("Files tried since Needle started"));
    m_log->setHorizontalHeaderLabels({tr("When"), tr("File"), tr("What happened")});
    m_log->verticalHeader()->hide();
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setWordWrap(true);
    layout->addWidget(m_log, 1);
    showLog(watcher);
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
        if (!m_workspace->setWatchedFolderEnabled(item->data(Qt::UserRole).toLongLong(), enabled,
                                                  &error))
            m_message->setText(error);
        emit foldersChanged();
    });
    resize(720, 520);
    reload();
}

void WatchedFoldersDialog::showLog(const FolderWatcher *watcher)
{
    const QVector<FolderWatcher::Attempt> log =
        watcher ? watcher->log() : QVector<FolderWatcher::Attempt>();
    m_log->setRowCount(int(log.size()));
    for (int r = 0; r < log.size(); ++r) {
        const FolderWatcher::Attempt &a = log.at(r);
        const QString what = a.result.ok() || a.result.reason().isEmpty()
            ? a.result.summary()
            : tr("Not imported: %1").arg(a.result.reason());
        const QStringList cells{QLocale().toString(a.at.time(), QLocale::ShortFormat),
                                QDir::toNativeSeparators(a.path), what};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_log->setItem(r, c, item);
        }
    }
    m_log->resizeColumnToContents(0);
    m_log->resizeColumnToContents(1);
    m_log->setColumnWidth(1, std::min(m_log->columnWidth(1), 220));
    m_log->resizeRowsToContents();
}

void WatchedFoldersDialog::reload()
{
    QSignalBlocker block(m_list);
    m_list->clear();
    for (const WatchedFolder &f : WorkspaceReader(m_workspace).watchedFolders()) {
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
    if (!m_workspace->addWatchedFolder(&folder, &error)) {
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
    if (!m_workspace->removeWatchedFolder(item->data(Qt::UserRole).toLongLong(), &error)) {
        m_message->setText(error);
        return false;
    }
    reload();
    emit foldersChanged();
    return true;
}

} // namespace Needle
