#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace Needle {

class Workspace;

// Settings > Watched Folders: the folders of this workspace whose new or changed spreadsheets
// are imported in the background with their saved mapping. Add, remove, pause (untick).
class WatchedFoldersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WatchedFoldersDialog(Workspace *workspace, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    bool addFolder(const QString &path); // false with the reason shown
    bool removeSelected();

signals:
    void foldersChanged();

private:
    void reload();
    void browse();

    Workspace *m_workspace;
    QListWidget *m_list;
    QPushButton *m_remove;
    QLabel *m_message;
};

} // namespace Needle
