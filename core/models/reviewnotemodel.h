#pragma once

#include "domain/reviewnote.h"
#include "models/recordtablemodel.h"

#include <QLocale>

namespace Needle {

class Workspace;

// Notes, decisions and action items: all of them, or those of one meeting or one KPI. The
// done flag of action items is checkable; the change goes through the undo stack.
class ReviewNoteModel : public RecordTableModel<ReviewNote>
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        TextColumn,
        KpiColumn,
        OwnerColumn,
        DueColumn,
        DoneColumn,
        CreatedColumn,
        ColumnCount
    };
    enum class Scope { All, Meeting, Kpi };

    explicit ReviewNoteModel(Workspace *workspace, QObject *parent = nullptr);
    void setScope(Scope scope, qint64 id = 0);
    void setToday(const QDate &today); // for "overdue"; defaults to the current date

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString lastError() const { return m_lastError; }
    void reload();

private:
    Workspace *m_workspace;
    Scope m_scope = Scope::All;
    qint64 m_scopeId = 0;
    QDate m_today;
    QHash<qint64, QString> m_kpiNames;
    QHash<qint64, QString> m_ownerNames;
    QLocale m_locale;
    QString m_lastError;
};

} // namespace Needle
