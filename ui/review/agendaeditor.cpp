#include "review/agendaeditor.h"

#include "review/agendamodel.h"
#include "review/reviewsession.h"
#include "shell/shortcuts.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Needle {

void AgendaDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The number a presenter types to jump there.
    option->text = tr("%1. %2").arg(index.row() + 1).arg(option->text);
    if (index.data(AgendaModel::CurrentRole).toBool())
        option->font.setBold(true);
    if (index.data(AgendaModel::SkippedRole).toBool()) {
        option->palette.setColor(QPalette::Text, QColor(0x90, 0x90, 0x90));
        option->font.setItalic(true);
    }
}

AgendaEditor::AgendaEditor(ReviewSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AgendaModel(session, this))
{
    m_view = new QListView;
    m_view->setAccessibleName(tr("Agenda"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new AgendaDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setWordWrap(true);
    m_view->setToolTip(tr("Drag to reorder (or Alt+Up, Alt+Down); untick or press Delete to "
                          "skip; double-click or Enter to show it."));
    m_view->installEventFilter(this);

    m_up = new QPushButton(tr("Move &up"));
    m_down = new QPushButton(tr("Move do&wn"));
    m_skip = new QPushButton(tr("Sk&ip"));
    m_kpis = new QComboBox;
    m_kpis->setAccessibleName(tr("KPI to add"));
    m_kpis->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kpis->setMinimumContentsLength(14);
    m_add = new QPushButton(tr("&Add KPI"));
    m_add->setToolTip(tr("Adds the chosen KPI after the item on screen."));
    // Undo and redo of the whole workspace (agenda edits and captures alike), as in the main
    // window; the buttons stay short, their tooltips say what they undo.
    QUndoStack *stack = session->workspace()->undoStack();
    auto *undo = new QAction(tr("Undo"), this);
    undo->setShortcuts(Shortcuts::standardAnd(QKeySequence::Undo, {}));
    auto *redo = new QAction(tr("Redo"), this);
    redo->setShortcuts(Shortcuts::standardAnd(
        QKeySequence::Redo, {QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))}));
    for (QAction *a : {undo, redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(undo, &QAction::triggered, session->workspace(), &Workspace::undo);
    connect(redo, &QAction::triggered, session->workspace(), &Workspace::redo);
    auto follow = [stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
        undo->setToolTip(stack->canUndo() ? tr("Undo %1").arg(stack->undoText()) : QString());
        redo->setToolTip(stack->canRedo() ? tr("Redo %1").arg(stack->redoText()) : QString());
    };
    connect(stack, &QUndoStack::indexChanged, this, follow);
    connect(stack, &QUndoStack::cleanChanged, this, follow);
    follow();
    m_undo = new QToolButton;
    m_undo->setDefaultAction(undo);
    m_redo = new QToolButton;
    m_redo->setDefaultAction(redo);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_skip);
    buttons->addStretch();
    buttons->addWidget(m_undo);
    buttons->addWidget(m_redo);
    auto *adding = new QHBoxLayout;
    auto *addLabel = new QLabel(tr("&KPI:"));
    addLabel->setBuddy(m_kpis);
    adding->addWidget(addLabel);
    adding->addWidget(m_kpis, 1);
    adding->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(adding);

    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_skip, &QPushButton::clicked, this, &AgendaEditor::toggleSkipSelected);
    connect(m_add, &QPushButton::clicked, this, &AgendaEditor::addChosenKpi);
    connect(m_view, &QListView::doubleClicked, this,
            [this](const QModelIndex &index) { emit jumpRequested(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AgendaEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AgendaEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->setCurrentIndex(m_model->index(m_session->currentIndex(), 0));
        fillKpis();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AgendaEditor::fillKpis);
    Workspace *ws = session->workspace();
    connect(ws, &Workspace::changed, this, [this](const WorkspaceChange &change) {
        if (change.touches(WorkspaceChange::Record::Kpi))
            fillKpis();
    });
    fillKpis();
    m_view->setCurrentIndex(m_model->index(session->currentIndex(), 0));
    updateButtons();
}

int AgendaEditor::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

bool AgendaEditor::moveSelected(int delta)
{
    const int row = selectedRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return false;
    // moveRows takes the row in front of which the item goes.
    if (!m_model->moveRows(QModelIndex(), row, 1, QModelIndex(), delta > 0 ? to + 1 : to))
        return false;
    m_view->setCurrentIndex(m_model->index(to, 0));
    return true;
}

bool AgendaEditor::toggleSkipSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const bool ok = m_model->setSkipped(row, !m_session->item(row).skipped);
    updateButtons();
    return ok;
}

bool AgendaEditor::addChosenKpi()
{
    const qint64 id = m_kpis->currentData().toLongLong();
    if (id <= 0 || !m_model->addKpi(id))
        return false;
    m_view->setCurrentIndex(m_model->index(m_session->indexOf(id), 0));
    return true;
}

void AgendaEditor::fillKpis()
{
    const qint64 chosen = m_kpis->currentData().toLongLong();
    const QSignalBlocker block(m_kpis);
    m_kpis->clear();
    for (const Kpi &k : WorkspaceReader(m_session->workspace()).kpis())
        if (m_session->indexOf(k.id) < 0)
            m_kpis->addItem(k.archived ? tr("%1 (archived)").arg(k.name) : k.name, k.id);
    const int at = m_kpis->findData(chosen);
    m_kpis->setCurrentIndex(qMax(0, at));
    const bool any = m_kpis->count() > 0;
    m_kpis->setEnabled(any);
    m_add->setEnabled(any);
    if (!any)
        m_kpis->setPlaceholderText(tr("Every KPI is on the agenda"));
}

void AgendaEditor::updateButtons()
{
    const int row = selectedRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    m_skip->setEnabled(row >= 0);
    const bool skipped = row >= 0 && m_session->item(row).skipped;
    m_skip->setText(skipped ? tr("Put &back") : tr("Sk&ip"));
}

bool AgendaEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
        moveSelected(key->key() == Qt::Key_Up ? -1 : 1);
        return true;
    }
    if (mods != Qt::NoModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Delete:
        toggleSkipSelected();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selectedRow() >= 0)
            emit jumpRequested(selectedRow());
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        return false; // the list moves its selection
    case Qt::Key_Space:
        if (!m_presenterKeys) {
            toggleSkipSelected();
            return true;
        }
        break;
    default:
        break;
    }
    if (m_presenterKeys) {
        emit presenterKey(key->key(), mods);
        return true;
    }
    return false;
}

} // namespace Needle
