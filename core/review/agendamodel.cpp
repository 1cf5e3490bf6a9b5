#include "review/agendamodel.h"

#include "review/reviewsession.h"
#include "storage/kpirepository.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QMimeData>
#include <QUndoStack>
#include <algorithm>

namespace Needle {

namespace {
QString clock(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

AgendaModel::AgendaModel(ReviewSession *session, QObject *parent)
    : QAbstractListModel(parent), m_session(session), m_current(session->currentIndex())
{
    reloadNames();
    connect(session, &ReviewSession::agendaChanged, this, [this] {
        if (m_editing)
            return;
        beginResetModel();
        m_current = m_session->currentIndex();
        endResetModel();
    });
    connect(session, &ReviewSession::currentChanged, this, [this](int index) {
        const int before = m_current;
        m_current = index;
        for (int row : {before, index})
            if (row >= 0 && row < rowCount())
                emit dataChanged(this->index(row), this->index(row));
    });
    Workspace *ws = session->workspace();
    connect(ws, &Workspace::changed, this, [this](const WorkspaceChange &change) {
        if (!change.touches(WorkspaceChange::Record::Kpi))
            return;
        reloadNames();
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
    });
}

QString AgendaModel::mimeType()
{
    return QStringLiteral("application/x-needle-agenda-rows");
}

void AgendaModel::reloadNames()
{
    m_names.clear();
    for (const Kpi &k : KpiRepository(m_session->workspace()->connection()).all())
        m_names.insert(k.id, k.name);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_session->itemCount();
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const AgendaItem &item = m_session->item(row);
    switch (role) {
    case Qt::DisplayRole: {
        // The number in front is the view's (AgendaDelegate): it is the row's place, not its data.
        QString text = tr("%1 — %2").arg(m_names.value(item.kpiId), reasonText(item));
        if (const int seconds = m_session->secondsOnItem(row); seconds > 0)
            text += QStringLiteral(" · ") + clock(seconds);
        if (item.skipped)
            text += tr(" (skipped)");
        return text;
    }
    case Qt::ToolTipRole:
        return item.skipped ? tr("%1 is skipped: the slides pass over it. Tick it to put it back.")
                                  .arg(m_names.value(item.kpiId))
                            : tr("%1: %2").arg(m_names.value(item.kpiId), reasonText(item));
    case Qt::CheckStateRole:
        return item.skipped ? Qt::Unchecked : Qt::Checked;
    case KpiIdRole:
        return item.kpiId;
    case SkippedRole:
        return item.skipped;
    case CurrentRole:
        return row == m_session->currentIndex();
    case SecondsRole:
        return m_session->secondsOnItem(row);
    case ReasonRole:
        return reasonText(item);
    }
    return QVariant();
}

bool AgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return setSkipped(index.row(), Qt::CheckState(value.toInt()) != Qt::Checked);
}

bool AgendaModel::setSkipped(int row, bool skipped)
{
    m_editing = true;
    const bool ok = m_session->setSkipped(row, skipped);
    m_editing = false;
    if (ok)
        emit dataChanged(index(row), index(row));
    return ok;
}

bool AgendaModel::addKpi(qint64 kpiId)
{
    const int existing = m_session->indexOf(kpiId);
    if (existing >= 0)
        return setSkipped(existing, false);
    const int at = rowCount() == 0 ? 0 : m_session->currentIndex() + 1;
    if (!KpiRepository(m_session->workspace()->connection()).byId(kpiId))
        return false;
    beginInsertRows(QModelIndex(), at, at);
    m_editing = true;
    const bool ok = m_session->addKpi(kpiId);
    m_editing = false;
    endInsertRows();
    // The item on screen may have moved down a row.
    if (ok && at + 1 < rowCount())
        emit dataChanged(index(at + 1), index(rowCount() - 1), {CurrentRole});
    return ok;
}

void AgendaModel::refreshTime()
{
    const int row = m_session->currentIndex();
    if (row >= 0 && row < rowCount())
        emit dataChanged(index(row), index(row), {Qt::DisplayRole, SecondsRole});
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land between items
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
        | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AgendaModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KpiIdRole, "kpiId");
    names.insert(SkippedRole, "skipped");
    names.insert(CurrentRole, "current");
    names.insert(SecondsRole, "seconds");
    names.insert(ReasonRole, "reason");
    return names;
}

bool AgendaModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                           const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    if (!beginMoveRows(QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(),
                       destinationChild))
        return false; // a move onto itself
    m_editing = true;
    const bool ok = m_session->moveItems(sourceRow, count, destinationChild);
    m_editing = false;
    m_current = m_session->currentIndex();
    endMoveRows();
    // The item on screen keeps its place only if nothing moved across it.
    if (ok)
        emit dataChanged(index(0), index(rowCount() - 1), {CurrentRole});
    return ok;
}

Qt::DropActions AgendaModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    QVector<int> rows;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && i.model() == this && !rows.contains(i.row()))
            rows << i.row();
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QByteArray encoded;
    QDataStream out(&encoded, QIODevice::WriteOnly);
    out << m_session->meeting().id << rows;
    auto *data = new QMimeData;
    data->setData(mimeType(), encoded);
    return data;
}

QVector<int> AgendaModel::droppedRows(const QMimeData *data) const
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    QByteArray encoded = data->data(mimeType());
    QDataStream in(&encoded, QIODevice::ReadOnly);
    qint64 meetingId = 0;
    QVector<int> rows;
    in >> meetingId >> rows;
    if (in.status() != QDataStream::Ok || meetingId != m_session->meeting().id || rows.isEmpty())
        return {};
    for (int r : rows)
        if (r < 0 || r >= rowCount())
            return {};
    return rows;
}

bool AgendaModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                  const QModelIndex &) const
{
    return action == Qt::MoveAction && !droppedRows(data).isEmpty();
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                               const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    const QVector<int> rows = droppedRows(data);
    if (action != Qt::MoveAction || rows.isEmpty())
        return false;
    // Dropped on an item: in front of it; past the end (or anywhere else): at the end.
    int destination = parent.isValid() ? parent.row() : row;
    if (destination < 0 || destination > rowCount())
        destination = rowCount();
    // Move each dropped item in turn, in their order, to where the drop landed: they end up
    // next to each other. Several items are one undo step.
    QUndoStack *stack = m_session->workspace()->undoStack();
    if (rows.size() > 1)
        stack->beginMacro(tr("Move %n KPIs on the agenda", nullptr, int(rows.size())));
    QVector<qint64> ids;
    for (int r : rows)
        ids << m_session->item(r).kpiId;
    for (qint64 id : ids) {
        const int from = m_session->indexOf(id);
        if (from != destination && from + 1 != destination)
            moveRows(QModelIndex(), from, 1, QModelIndex(), destination);
        destination = m_session->indexOf(id) + 1;
    }
    if (rows.size() > 1)
        stack->endMacro();
    // The rows have moved. A view that removes the source rows after a move finds no
    // removeRows here, so nothing else changes.
    return true;
}

} // namespace Needle
