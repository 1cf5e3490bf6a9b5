#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Needle {

class Workspace;

// File > Import History: every import batch of the workspace, newest first (file, sheet, when,
// rows read, values written, whether undone), and "Undo Import" for the selected batch, which
// restores exactly the values it replaced and is itself undoable with Edit > Undo.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(Workspace *workspace, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void reload();
    bool undoSelected(); // false with the reason shown when the batch cannot be undone

private:
    void selectionChanged();

    Workspace *m_workspace;
    QTableWidget *m_table;
    QPushButton *m_undo;
    QLabel *m_message;
};

} // namespace Needle
