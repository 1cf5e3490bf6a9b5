#pragma once

#include "domain/reviewnote.h"
#include "models/recordtablemodel.h"
#include "models/roles.h"

#include <QLocale>

namespace Needle {

class Workspace;

// One action item with the names the list shows beside it.
struct ActionItemRow
{
    ReviewNote note;
    QString kpiName;
    QString ownerName;
    QString meetingTitle;
    QDate meetingDate;
    bool overdue = false;

    bool operator==(const ActionItemRow &o) const
    {
        return note == o.note && kpiName == o.kpiName && ownerName == o.ownerName
            && meetingTitle == o.meetingTitle && meetingDate == o.meetingDate
            && overdue == o.overdue;
    }
};

// Action items across every meeting, filtered by owner, KPI and state (open, done, overdue),
// ordered by due date (undated last). Marking one done is an undoable workspace edit.
class ActionItemModel : public RecordTableModel<ActionItemRow>
{
    Q_OBJECT
public:
    enum Column {
        TextColumn,
        KpiColumn,
        OwnerColumn,
        DueColumn,
        StateColumn,
        MeetingColumn,
        ColumnCount
    };
    enum class State { Any, Open, Done, Overdue };
    enum ItemRole { SortRole = FirstFreeRole + 60 }; // a value that sorts right per column

    explicit ActionItemModel(Workspace *workspace, QObject *parent = nullptr);

    void setOwnerFilter(qint64 ownerId); // 0: everyone
    void setKpiFilter(qint64 kpiId); // 0: every KPI
    void setStateFilter(State state);
    void setToday(const QDate &today);
    qint64 ownerFilter() const { return m_ownerId; }
    State stateFilter() const { return m_state; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString lastError() const { return m_lastError; }
    void reload();

private:
    Workspace *m_workspace;
    qint64 m_ownerId = 0;
    qint64 m_kpiId = 0;
    State m_state = State::Any;
    QDate m_today;
    QLocale m_locale;
    QString m_lastError;
};

} // namespace Needle
