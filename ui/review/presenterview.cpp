#include "review/presenterview.h"

#include "review/agendaeditor.h"
#include "review/agendamodel.h"
#include "review/presentationwidget.h"
#include "review/reviewsession.h"
#include "review/slidewidget.h"
#include "workspace/workspacereader.h"
#include "workspace/workspace.h"

#include <QGridLayout>
#include <QListView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QTimer>

namespace Needle {

namespace {
QString clock(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

PresenterView::PresenterView(ReviewSession *session, PresentationWidget *presentation,
                             QWidget *parent)
    : QWidget(parent), m_session(session), m_presentation(presentation), m_tick(new QTimer(this))
{
    setWindowTitle(tr("Presenter view"));
    setFocusPolicy(Qt::StrongFocus);
    m_title = new QLabel;
    m_timer = new QLabel;
    QFont big = font();
    big.setPointSize(big.pointSize() * 2);
    big.setBold(true);
    m_timer->setFont(big);
    m_current = new QLabel;
    QFont medium = font();
    medium.setPointSize(medium.pointSize() * 3 / 2);
    m_current->setFont(medium);
    m_next = new QLabel;
    m_agenda = new AgendaEditor(session);
    m_agenda->setPresenterKeys(true);
    m_notes = new QListWidget;
    m_notes->setAccessibleName(tr("Notes on this KPI"));
    m_notes->setFocusPolicy(Qt::NoFocus);
    m_notes->setWordWrap(true);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_timer, 0, 1, Qt::AlignRight);
    grid->addWidget(m_current, 1, 0, 1, 2);
    grid->addWidget(m_next, 2, 0, 1, 2);
    grid->addWidget(heading(tr("Agenda")), 3, 0);
    grid->addWidget(heading(tr("On this KPI")), 3, 1);
    grid->addWidget(m_agenda, 4, 0);
    grid->addWidget(m_notes, 4, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(4, 1);

    connect(m_agenda, &AgendaEditor::jumpRequested, this, [this](int row) {
        // A number typed on the remote before Enter is the jump the presenter meant.
        if (!m_presentation->typedNumber().isEmpty()) {
            m_presentation->handleKey(Qt::Key_Return);
            return;
        }
        if (m_session->jumpTo(row))
            m_presentation->showPage(PresentationWidget::Page::Slide);
    });
    connect(m_agenda, &AgendaEditor::presenterKey, this,
            [this](int key, Qt::KeyboardModifiers mods) { m_presentation->handleKey(key, mods); });
    connect(session, &ReviewSession::currentChanged, this, &PresenterView::refresh);
    // The agenda's selection follows the item on screen (the presenter may still pick another
    // to move or jump to).
    const auto followCurrent = [this] {
        m_agenda->view()->setCurrentIndex(m_agenda->model()->index(m_session->currentIndex(), 0));
    };
    connect(session, &ReviewSession::currentChanged, this, followCurrent);
    followCurrent();
    connect(session, &ReviewSession::agendaChanged, this, &PresenterView::refresh);
    connect(session, &ReviewSession::captured, this, &PresenterView::refresh);
    connect(session, &ReviewSession::verdictRecorded, this, &PresenterView::refresh);
    connect(presentation, &PresentationWidget::pageChanged, this, &PresenterView::refresh);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &PresenterView::updateTimer);
    connect(m_tick, &QTimer::timeout, m_agenda->model(), &AgendaModel::refreshTime);
    m_tick->start();
    refresh();
}

QString PresenterView::timerText() const
{
    return tr("%1 · this KPI %2")
        .arg(clock(m_session->elapsedSeconds()),
             clock(m_session->secondsOnItem(m_session->currentIndex())));
}

void PresenterView::updateTimer()
{
    m_timer->setText(timerText());
}

void PresenterView::refresh()
{
    const WorkspaceReader kpis(m_session->workspace());
    m_title->setText(m_session->meeting().title);
    const int current = m_session->currentIndex();
    const std::optional<Kpi> kpi = kpis.kpi(m_session->currentKpiId());
    QString onScreen = tr("Now: %1. %2").arg(current + 1).arg(kpi ? kpi->name : QString());
    switch (m_presentation->page()) {
    case PresentationWidget::Page::Black:
        onScreen += tr(" (screen black)");
        break;
    case PresentationWidget::Page::Agenda:
        onScreen += tr(" (agenda shown)");
        break;
    case PresentationWidget::Page::Summary:
        onScreen = tr("Now: the summary");
        break;
    case PresentationWidget::Page::Slide:
        break;
    }
    m_current->setText(onScreen);
    QString next = tr("Next: the summary");
    for (int i = current + 1; i < m_session->itemCount(); ++i) {
        if (!m_session->item(i).skipped) {
            const std::optional<Kpi> k = kpis.kpi(m_session->item(i).kpiId);
            next = tr("Next: %1. %2").arg(i + 1).arg(k ? k->name : QString());
            break;
        }
    }
    m_next->setText(next);

    m_notes->clear();
    for (const ReviewNote &n : m_session->notesOnCurrent())
        m_notes->addItem(tr("%1: %2").arg(displayName(n.kind), n.text));
    const SlideContent &slide = m_presentation->slide()->content();
    for (const QString &line : slide.sinceLastMeeting)
        m_notes->addItem(line);
    for (const SummaryEntry &e : slide.openActionItems)
        m_notes->addItem(tr("Open: %1 (%2)").arg(e.note.text, e.ownerName));
    if (m_notes->count() == 0)
        m_notes->addItem(tr("Nothing yet. N note, D decision, A action item, V verdict."));
    updateTimer();
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    if (!m_presentation->handleKey(event->key(), event->modifiers()))
        QWidget::keyPressEvent(event);
}

} // namespace Needle
