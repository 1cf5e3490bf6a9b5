#pragma once

#include <QDialog>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTableView;

namespace Needle {

// A list of records (targets, benchmarks, owners) with Add, Edit and Remove. Every change is
// applied at once as an undoable workspace edit, so Close is the only way out; a refused edit
// shows its reason under the list.
class RecordListDialog : public QDialog
{
    Q_OBJECT
public:
    RecordListDialog(QAbstractItemModel *model, const QString &listName, QWidget *parent);

    QTableView *table() const { return m_table; }
    QString lastError() const;
    void showError(const QString &message);

    // Edits the record in the model's row, or a new one; subclasses ask with a form dialog.
    virtual bool addRecord() = 0;
    virtual bool editRecord(int row) = 0;
    virtual bool removeRecord(int row) = 0;

protected:
    int currentRow() const;

private:
    void updateButtons();

    QTableView *m_table;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace Needle
