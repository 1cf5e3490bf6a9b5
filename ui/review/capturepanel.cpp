#include "review/capturepanel.h"

#include "review/reviewsession.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace Needle {

CapturePanel::CapturePanel(ReviewSession *session, QWidget *parent)
    : QFrame(parent), m_session(session)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text = new QLineEdit;
    m_owner = new QComboBox;
    m_owner->setAccessibleName(tr("Owner"));
    m_due = new QDateEdit;
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Due date"));
    m_period = new QComboBox;
    m_period->setAccessibleName(tr("Flagged value"));
    m_verdict = new QComboBox;
    m_verdict->setAccessibleName(tr("Verdict"));
    for (Verdict v : {Verdict::Confirmed, Verdict::KnownCause, Verdict::NotAnomaly})
        m_verdict->addItem(displayName(v), int(v));
    m_error = new QLabel;
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_title);
    row->addWidget(m_period);
    row->addWidget(m_verdict);
    row->addWidget(m_text, 1);
    row->addWidget(m_owner);
    row->addWidget(m_due);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);
    hide();
}

void CapturePanel::open(Mode mode, const SlideContent &slide)
{
    m_mode = mode;
    const bool action = mode == Mode::Action;
    const bool verdict = mode == Mode::Verdict;
    switch (mode) {
    case Mode::Note:
        m_title->setText(tr("Note:"));
        m_text->setPlaceholderText(tr("What was said (Enter saves, Esc closes)"));
        break;
    case Mode::Decision:
        m_title->setText(tr("Decision:"));
        m_text->setPlaceholderText(tr("What was decided (Enter saves, Esc closes)"));
        break;
    case Mode::Action:
        m_title->setText(tr("Action item:"));
        m_text->setPlaceholderText(tr("What is to be done (Enter saves, Esc closes)"));
        break;
    case Mode::Verdict:
        m_title->setText(tr("Verdict:"));
        m_text->setPlaceholderText(tr("The explanation (Enter saves, Esc closes)"));
        break;
    }
    m_owner->setVisible(action);
    m_due->setVisible(action);
    m_period->setVisible(verdict);
    m_verdict->setVisible(verdict);
    if (action) {
        const WorkspaceReader read(m_session->workspace());
        m_owner->clear();
        m_owner->addItem(tr("Owner…"), qint64(0));
        for (const Owner &o : read.owners())
            m_owner->addItem(o.name, o.id);
        // The KPI's owner is the likely one.
        const std::optional<Kpi> kpi = read.kpi(slide.kpiId);
        const int at = kpi ? m_owner->findData(kpi->ownerId) : -1;
        m_owner->setCurrentIndex(at > 0 ? at : 0);
        m_due->setDate(QDate::currentDate().addDays(14));
    }
    if (verdict) {
        m_period->clear();
        const QLocale locale;
        for (const SlideAnomaly &a : slide.anomalies)
            m_period->addItem(
                tr("%1: %2").arg(locale.toString(a.period, QLocale::ShortFormat), a.reason),
                a.period);
        // Unjudged ones first: they are what the verdict is usually about.
        for (int i = 0; i < slide.anomalies.size(); ++i) {
            if (!slide.anomalies.at(i).judged) {
                m_period->setCurrentIndex(i);
                break;
            }
        }
    }
    m_text->clear();
    m_error->clear();
    m_error->hide();
    show();
    m_text->setFocus();
}

bool CapturePanel::save()
{
    QString error;
    bool ok = false;
    const QString text = m_text->text();
    QString message;
    switch (m_mode) {
    case Mode::Note:
        ok = m_session->addNote(text, &error);
        message = tr("Note saved");
        break;
    case Mode::Decision:
        ok = m_session->addDecision(text, &error);
        message = tr("Decision saved");
        break;
    case Mode::Action:
        ok = m_session->addActionItem(text, m_owner->currentData().toLongLong(), m_due->date(),
                                      &error);
        message = tr("Action item saved");
        break;
    case Mode::Verdict:
        if (m_period->count() == 0) {
            error = tr("Nothing is flagged on this KPI in the period under review.");
        } else {
            ok = m_session->judgeAnomaly(m_period->currentData().toDate(),
                                         Verdict(m_verdict->currentData().toInt()), text, &error);
        }
        message = tr("Verdict saved");
        break;
    }
    if (!ok) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    hide();
    emit saved(message);
    emit closed();
    return true;
}

void CapturePanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        save();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Needle
