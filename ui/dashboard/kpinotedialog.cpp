#include "dashboard/kpinotedialog.h"

#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Needle {

KpiNoteDialog::KpiNoteDialog(Workspace *workspace, const ReviewNote &note, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_note(note)
{
    setWindowTitle(note.id ? tr("Edit Note") : tr("Add Note"));
    m_kind = new QComboBox(this);
    for (NoteKind kind : {NoteKind::Note, NoteKind::Decision, NoteKind::ActionItem})
        m_kind->addItem(displayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(note.kind)));
    m_kind->setAccessibleName(tr("Kind"));
    m_period = new QDateEdit(note.period.isValid() ? note.period : QDate::currentDate(), this);
    m_period->setCalendarPopup(true);
    m_period->setAccessibleName(tr("Period"));
    m_text = new QPlainTextEdit(note.text, this);
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Text"));
    m_owner = new QComboBox(this);
    m_owner->addItem(tr("(nobody)"), qint64(0));
    const QVector<Owner> owners = WorkspaceReader(workspace).owners();
    for (const Owner &o : owners)
        m_owner->addItem(o.name, o.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(note.ownerId)));
    m_owner->setAccessibleName(tr("Owner"));
    m_due = new QDateEdit(note.dueDate.isValid() ? note.dueDate : QDate::currentDate().addDays(14),
                          this);
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Due date"));
    m_done = new QCheckBox(tr("Done"), this);
    m_done->setChecked(note.done);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Due:"), m_due);
    form->addRow(QString(), m_done);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &KpiNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &KpiNoteDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &KpiNoteDialog::updateActionFields);
    const auto updateSave = [this, buttons] {
        buttons->button(QDialogButtonBox::Save)
            ->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, updateSave);
    updateSave();
    updateActionFields();
    m_text->setFocus();
}

void KpiNoteDialog::updateActionFields()
{
    const bool action = NoteKind(m_kind->currentData().toInt()) == NoteKind::ActionItem;
    m_owner->setEnabled(action);
    m_due->setEnabled(action);
    m_done->setEnabled(action);
}

ReviewNote KpiNoteDialog::note() const
{
    ReviewNote n = m_note;
    n.kind = NoteKind(m_kind->currentData().toInt());
    n.period = m_period->date();
    n.text = m_text->toPlainText().trimmed();
    const bool action = n.kind == NoteKind::ActionItem;
    n.ownerId = action ? m_owner->currentData().toLongLong() : 0;
    n.dueDate = action ? m_due->date() : QDate();
    n.done = action && m_done->isChecked();
    if (n.author.isEmpty())
        n.author = m_workspace->userName();
    return n;
}

void KpiNoteDialog::accept()
{
    ReviewNote n = note();
    QString error;
    const bool ok = n.id ? m_workspace->updateNote(n, &error) : m_workspace->addNote(&n, &error);
    if (!ok) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    m_note = n;
    QDialog::accept();
}

} // namespace Needle
