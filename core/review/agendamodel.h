#pragma once

#include "models/roles.h"

#include <QAbstractListModel>
#include <QHash>

namespace Needle {

class ReviewSession;

// A meeting's agenda as a list a view can show and edit: one row per item ("Churn — Off track ·
// 2:05"; the view puts the item's number in front), checked while it is on the agenda (unchecking
// skips it). Rows move with moveRows and by drag and drop (the rows travel as MIME data within the
// same meeting); add appends a KPI after the current item. Every change goes through the
// ReviewSession, so it is saved at once and can be undone. Colours and fonts are the view's:
// SkippedRole, CurrentRole.
class AgendaModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum ItemRole {
        SkippedRole = FirstFreeRole + 70, // bool
        CurrentRole, // bool: the item on screen
        SecondsRole, // int: time spent on the item
        ReasonRole, // QString: why it is on the agenda, in words
    };

    explicit AgendaModel(ReviewSession *session, QObject *parent = nullptr);

    ReviewSession *session() const { return m_session; }
    static QString mimeType();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    bool setSkipped(int row, bool skipped);
    bool addKpi(qint64 kpiId); // after the current item; an item already there is un-skipped
    // Emits dataChanged for the current row, whose time runs (a view's clock calls it).
    void refreshTime();

private:
    QVector<int> droppedRows(const QMimeData *data) const; // empty: not ours
    void reloadNames();

    ReviewSession *m_session;
    QHash<qint64, QString> m_names;
    bool m_editing = false; // a change of ours: the session's agendaChanged needs no reset
    int m_current = -1;
};

} // namespace Needle
