#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Needle {

class FolderWatcher;
class Workspace;

// File > Watched Folders: the folders of this workspace whose new or changed spreadsheets are
// imported in the background (with their saved mapping, or as they are when they need no
// questions). Add, remove, pause (untick); below, every file tried since Needle started, with
// what happened or why it was refused.
class WatchedFoldersDialog : public QDialog
{
    Q_OBJECT
public:
    // watcher: whose log of attempts is shown (none: no log).
    explicit WatchedFoldersDialog(Workspace *workspace, QWidget *parent = nullptr,
                                  const FolderWatcher *watcher = nullptr);

    QListWidget *list() const { return m_list; }
    QTableWidget *logTable() const { return m_log; }
    bool addFolder(const QString &path); // false with the reason shown
    bool removeSelected();

signals:
    void foldersChanged();

private:
    void reload();
    void browse();
    void showLog(const FolderWatcher *watcher);

    Workspace *m_workspace;
    QListWidget *m_list;
    QPushButton *m_remove;
    QLabel *m_message;
    QTableWidget *m_log;
};

} // namespace Needle
