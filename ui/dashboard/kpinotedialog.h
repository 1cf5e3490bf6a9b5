#pragma once

#include "domain/reviewnote.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace Needle {

class Workspace;

// Adds or edits a review note about one KPI: kind (note, decision, action item), the period it
// is about, the text, and for action items the owner, due date and done flag. Saving goes
// through the workspace (one undo step); on failure the dialog stays open with the reason.
class KpiNoteDialog : public QDialog
{
    Q_OBJECT
public:
    KpiNoteDialog(Workspace *workspace, const ReviewNote &note, QWidget *parent = nullptr);

    ReviewNote note() const;

public slots:
    void accept() override;

private:
    void updateActionFields();

    Workspace *m_workspace;
    ReviewNote m_note;
    QComboBox *m_kind;
    QDateEdit *m_period;
    QPlainTextEdit *m_text;
    QComboBox *m_owner;
    QDateEdit *m_due;
    QCheckBox *m_done;
    QLabel *m_error;
};

} // namespace Needle
