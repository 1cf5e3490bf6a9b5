#include "review/presentationwidget.h"

#include "review/agendaeditor.h"
#include "review/agendamodel.h"
#include "review/capturepanel.h"
#include "review/meetingsummary.h"
#include "review/reviewsession.h"
#include "review/slidewidget.h"
#include "workspace/workspace.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace Needle {

namespace {
QString clock(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

PresentationWidget::PresentationWidget(ReviewSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tick(new QTimer(this)),
      m_messageTimer(new QTimer(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(p);

    m_position = new QLabel;
    m_timer = new QLabel;
    m_message = new QLabel;
    m_message->setStyleSheet(QStringLiteral("color: #006b3c; font-weight: bold;"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_position);
    header->addStretch();
    header->addWidget(m_message);
    header->addStretch();
    header->addWidget(m_timer);

    m_slide = new SlideWidget(session->workspace());
    m_capture = new CapturePanel(session);
    m_hint = new QLabel(slideKeys());
    m_hint->setStyleSheet(QStringLiteral("color: #707070;"));
    auto *slidePage = new QWidget;
    auto *slideLayout = new QVBoxLayout(slidePage);
    slideLayout->setContentsMargins(0, 0, 0, 0);
    slideLayout->addWidget(m_slide, 1);
    slideLayout->addWidget(m_capture);

    m_agendaModel = new AgendaModel(session, this);
    m_agenda = new QListView;
    m_agenda->setModel(m_agendaModel);
    m_agenda->setItemDelegate(new AgendaDelegate(m_agenda));
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->setDragDropMode(QAbstractItemView::InternalMove); // reorder with the mouse too
    m_agenda->setDefaultDropAction(Qt::MoveAction);
    m_agenda->setFocusPolicy(Qt::NoFocus);
    m_summary = new QTextBrowser;
    m_summary->setFocusPolicy(Qt::NoFocus);
    auto *black = new QWidget;
    black->setAutoFillBackground(true);
    QPalette bp = black->palette();
    bp.setColor(QPalette::Window, Qt::black);
    black->setPalette(bp);

    m_pages = new QStackedWidget;
    m_pages->addWidget(slidePage);
    m_pages->addWidget(m_agenda);
    m_pages->addWidget(m_summary);
    m_pages->addWidget(black);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_hint);

    connect(session, &ReviewSession::currentChanged, this, [this] {
        refreshSlide();
        refreshAgenda();
    });
    connect(session, &ReviewSession::agendaChanged, this, &PresentationWidget::updateHeader);
    connect(m_agendaModel, &QAbstractItemModel::modelReset, this,
            &PresentationWidget::refreshAgenda);
    connect(session, &ReviewSession::captured, this, [this] { refreshSlide(); });
    connect(session, &ReviewSession::verdictRecorded, this, [this] { refreshSlide(); });
    connect(m_capture, &CapturePanel::saved, this, &PresentationWidget::showMessage);
    connect(m_capture, &CapturePanel::closed, this, [this] { setFocus(); });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &PresentationWidget::updateHeader);
    connect(m_tick, &QTimer::timeout, m_agendaModel, &AgendaModel::refreshTime);
    m_tick->start();
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(2500);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QLabel::clear);
    connect(m_messageTimer, &QTimer::timeout, this, [this] { m_leaveArmed = false; });
    refreshSlide();
    refreshAgenda();
}

QString PresentationWidget::slideKeys()
{
    return tr("→ next · ← previous · number + Enter jump · G agenda · N note · "
              "D decision · A action item · V verdict · B black · Esc leave");
}

QString PresentationWidget::agendaKeys()
{
    return tr("↑ ↓ choose · Enter show · Alt+↑ Alt+↓ move · Delete skip or put back · "
              "G or Esc back to the slide");
}

QString PresentationWidget::timerText() const
{
    return tr("Meeting %1 · this KPI %2")
        .arg(clock(m_session->elapsedSeconds()),
             clock(m_session->secondsOnItem(m_session->currentIndex())));
}

void PresentationWidget::updateHeader()
{
    QString position = tr("%1 / %2").arg(m_session->currentIndex() + 1).arg(m_session->itemCount());
    if (!m_typed.isEmpty())
        position += tr("   go to %1…").arg(m_typed);
    m_position->setText(position);
    m_timer->setText(timerText());
}

void PresentationWidget::refreshSlide()
{
    if (m_session->itemCount() > 0)
        m_slide->showSlide(buildSlideContent(m_session->workspace(), m_session->meeting(),
                                             m_session->currentKpiId()),
                           m_session->meeting());
    updateHeader();
}

void PresentationWidget::refreshAgenda()
{
    m_agenda->setCurrentIndex(m_agendaModel->index(m_session->currentIndex(), 0));
}

int PresentationWidget::agendaRow() const
{
    return m_agenda->currentIndex().isValid() ? m_agenda->currentIndex().row() : -1;
}

void PresentationWidget::setAgendaRow(int row)
{
    const int rows = m_agendaModel->rowCount();
    if (rows > 0)
        m_agenda->setCurrentIndex(m_agendaModel->index(qBound(0, row, rows - 1), 0));
}

void PresentationWidget::refreshSummary()
{
    QString error;
    const std::optional<MeetingSummary> summary =
        MeetingSummary::build(m_session->workspace()->connection(), m_session->meeting().id,
                              QDate::currentDate(), &error);
    QString text = summary ? summary->toText() : error;
    if (m_session->isRunning())
        text +=
            QStringLiteral("\n\n") + tr("*Enter closes the meeting; ← goes back to the last KPI.*");
    m_summary->setMarkdown(text);
}

QString PresentationWidget::summaryText() const
{
    return m_summary->toPlainText();
}

void PresentationWidget::showPage(Page page)
{
    if (page == Page::Black && m_page != Page::Black)
        m_beforeBlack = m_page;
    if (page == Page::Summary)
        refreshSummary();
    m_page = page;
    m_pages->setCurrentIndex(int(page));
    m_hint->setVisible(page != Page::Black);
    m_hint->setText(page == Page::Agenda ? agendaKeys() : slideKeys());
    if (page != Page::Slide)
        m_capture->hide();
    emit pageChanged(page);
}

void PresentationWidget::showMessage(const QString &message)
{
    m_message->setText(message);
    m_messageTimer->start(2500);
}

void PresentationWidget::forward()
{
    if (m_page == Page::Summary)
        return;
    if (!m_session->next())
        showPage(Page::Summary);
    else
        showPage(Page::Slide);
}

void PresentationWidget::back()
{
    if (m_page == Page::Summary || m_page == Page::Agenda) {
        showPage(Page::Slide);
        return;
    }
    m_session->previous();
}

void PresentationWidget::openCapture(int mode)
{
    showPage(Page::Slide);
    m_capture->open(CapturePanel::Mode(mode), m_slide->content());
    window()->activateWindow(); // typed from the presenter view's keyboard too
}

bool PresentationWidget::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    // While an entry is being written, keys from elsewhere (the presenter view) must not move
    // the slide under it: the entry belongs to the KPI it was started on. Esc closes the panel.
    if (m_capture->isVisible()) {
        if (key == Qt::Key_Escape) {
            m_capture->hide();
            setFocus();
        }
        return true;
    }
    if (key != Qt::Key_Escape)
        m_leaveArmed = false;
    // On the agenda: Alt+Up and Alt+Down move the chosen item.
    if (m_page == Page::Agenda && (modifiers & ~Qt::KeypadModifier) == Qt::AltModifier
        && (key == Qt::Key_Up || key == Qt::Key_Down)) {
        const int row = agendaRow();
        const int to = row + (key == Qt::Key_Up ? -1 : 1);
        if (row >= 0 && to >= 0 && to < m_agendaModel->rowCount()
            && m_agendaModel->moveRows(QModelIndex(), row, 1, QModelIndex(),
                                       to > row ? to + 1 : to))
            setAgendaRow(to);
        return true;
    }
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if (m_page == Page::Black) {
        // Any key brings the picture back; only B (and .) does nothing more.
        showPage(m_beforeBlack);
        if (key == Qt::Key_B || key == Qt::Key_Period || key == Qt::Key_Escape)
            return true;
    }
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        m_typed += QChar(u'0' + (key - Qt::Key_0));
        updateHeader();
        return true;
    }
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_typed.isEmpty()) {
            const int index = m_typed.toInt() - 1;
            m_typed.clear();
            if (m_session->jumpTo(index))
                showPage(Page::Slide);
            else
                showMessage(tr("There is no item %1 on the agenda.").arg(index + 1));
            updateHeader();
        } else if (m_page == Page::Agenda) {
            if (m_session->jumpTo(agendaRow()))
                showPage(Page::Slide);
        } else if (m_page == Page::Summary) {
            QString error;
            if (m_session->isRunning() && !m_session->finish(&error)) {
                showMessage(error);
                return true;
            }
            emit meetingClosed();
        } else {
            forward();
        }
        return true;
    case Qt::Key_Backspace:
        if (!m_typed.isEmpty()) {
            m_typed.chop(1);
            updateHeader();
            return true;
        }
        back();
        return true;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        forward();
        return true;
    case Qt::Key_Down:
        if (m_page == Page::Agenda)
            setAgendaRow(agendaRow() + 1);
        else
            forward();
        return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        back();
        return true;
    case Qt::Key_Up:
        if (m_page == Page::Agenda)
            setAgendaRow(agendaRow() - 1);
        else
            back();
        return true;
    case Qt::Key_Home:
        for (int i = 0; i < m_session->itemCount(); ++i)
            if (!m_session->item(i).skipped && m_session->jumpTo(i))
                break;
        showPage(Page::Slide);
        return true;
    case Qt::Key_B:
    case Qt::Key_Period:
        showPage(Page::Black);
        return true;
    case Qt::Key_G:
        showPage(m_page == Page::Agenda ? Page::Slide : Page::Agenda);
        setAgendaRow(m_session->currentIndex());
        return true;
    case Qt::Key_Delete:
        if (m_page == Page::Agenda && agendaRow() >= 0)
            m_agendaModel->setSkipped(agendaRow(), !m_session->item(agendaRow()).skipped);
        return m_page == Page::Agenda;
    case Qt::Key_N:
        openCapture(int(CapturePanel::Mode::Note));
        return true;
    case Qt::Key_D:
        openCapture(int(CapturePanel::Mode::Decision));
        return true;
    case Qt::Key_A:
        openCapture(int(CapturePanel::Mode::Action));
        return true;
    case Qt::Key_V:
        openCapture(int(CapturePanel::Mode::Verdict));
        return true;
    case Qt::Key_Escape:
        if (!m_typed.isEmpty()) {
            m_typed.clear();
            updateHeader();
        } else if (m_page != Page::Slide) {
            showPage(Page::Slide);
        } else if (!m_leaveArmed) {
            // One stray Esc does not end the meeting on the room's screen: say what a
            // second one does.
            m_leaveArmed = true;
            m_message->setText(tr("Press Esc again to leave. The meeting stays open: Review > "
                                  "Resume meeting continues where it was."));
            m_messageTimer->start(5000);
        } else {
            m_leaveArmed = false;
            emit leaveRequested();
        }
        return true;
    }
    return false;
}

void PresentationWidget::keyPressEvent(QKeyEvent *event)
{
    // Keys the capture panel's fields leave alone (Up, Down) must not move the slide.
    const bool capturing = m_capture->isVisible() && m_capture->isAncestorOf(focusWidget());
    if (capturing || !handleKey(event->key(), event->modifiers()))
        QWidget::keyPressEvent(event);
}

} // namespace Needle

namespace Needle {

void PresentationWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The clock and the position read from across the room, like the slide.
    QFont f = font();
    f.setPixelSize(qBound(12, height() / 40, 36));
    for (QLabel *label : {m_position, m_timer, m_message})
        label->setFont(f);
    f.setPixelSize(qBound(10, height() / 70, 20));
    m_hint->setFont(f);
    // The agenda overview and the summary are read from across the room too.
    f.setPixelSize(qBound(12, height() / 40, 30));
    m_agenda->setFont(f);
    m_summary->setFont(f);
    m_summary->document()->setDefaultFont(f);
}

void PresentationWidget::closeEvent(QCloseEvent *event)
{
    // Closed by the window manager: the same as Esc (the meeting stays open).
    event->accept();
    emit leaveRequested();
}

} // namespace Needle
