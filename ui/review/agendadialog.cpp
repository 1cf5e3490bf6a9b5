#include "review/agendadialog.h"

#include "domain/datetext.h"

#include "review/agendaeditor.h"
#include "review/reviewsession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Needle {

AgendaDialog::AgendaDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_session(new ReviewSession(workspace, this)), m_heading(new QLabel)
{
    setWindowTitle(tr("Agenda"));
    m_heading->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    m_editor = new AgendaEditor(m_session);
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *start = buttons->addButton(tr("&Start meeting"), QDialogButtonBox::ActionRole);
    connect(start, &QPushButton::clicked, this, [this] { done(StartResult); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 620);
}

bool AgendaDialog::open(qint64 meetingId, QString *errorMessage)
{
    if (!m_session->openAgenda(meetingId, errorMessage))
        return false;
    const ReviewMeeting &m = m_session->meeting();
    const QLocale locale;
    setWindowTitle(tr("Agenda — %1").arg(m.title));
    m_heading->setText(
        tr("<b>%1</b>, %2: the period from %3 to %4. Changes are saved as you make "
           "them.")
            .arg(m.title.toHtmlEscaped(), locale.toString(m.date, QLocale::LongFormat),
                 DateText::day(m.periodFrom, locale), DateText::day(m.periodTo, locale)));
    return true;
}

qint64 AgendaDialog::meetingId() const
{
    return m_session->meeting().id;
}

} // namespace Needle
