#include "editing/changelogdialog.h"

#include "editing/changelogtext.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Needle {

ChangeLogModel::ChangeLogModel(Workspace *workspace, qint64 kpiId, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_kpiId(kpiId)
{
    // Every edit, undo and redo writes the log and moves the undo stack's index.
    connect(workspace->undoStack(), &QUndoStack::indexChanged, this, &ChangeLogModel::reload);
    reload();
}

void ChangeLogModel::reload()
{
    beginResetModel();
    m_entries = WorkspaceReader(m_workspace).changeLog(m_kpiId);
    m_owners.clear();
    for (const Owner &o : WorkspaceReader(m_workspace).owners())
        m_owners.insert(o.id, o.name);
    endResetModel();
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ChangeLogEntry &e = m_entries.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case WhenColumn:
        return m_locale.toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return e.who;
    case WhatColumn:
        if (e.entity == QLatin1String("kpi"))
            return tr("Definition");
        if (e.entity == QLatin1String("target"))
            return tr("Target");
        if (e.entity == QLatin1String("benchmark"))
            return tr("Benchmark");
        if (e.entity == QLatin1String("value"))
            return tr("Value");
        if (e.entity == QLatin1String("note"))
            return tr("Note");
        if (e.entity == QLatin1String("owner"))
            return tr("Owner");
        return e.entity;
    case FieldColumn:
        if (e.field == QLatin1String("created"))
            return tr("created");
        if (e.field == QLatin1String("deleted"))
            return tr("deleted");
        return ChangeLogText::field(e.entity, e.field);
    case FromColumn:
    case ToColumn: {
        const QString &stored = index.column() == FromColumn ? e.oldValue : e.newValue;
        if (e.field == QLatin1String("created") || e.field == QLatin1String("deleted"))
            return ChangeLogText::record(e.entity, stored, m_owners, m_locale);
        return ChangeLogText::value(e.entity, e.field, stored, m_owners, m_locale);
    }
    }
    return QVariant();
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case FieldColumn:
        return tr("Field");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    }
    return QVariant();
}

ChangeLogDialog::ChangeLogDialog(Workspace *workspace, qint64 kpiId, const QString &kpiName,
                                 QWidget *parent)
    : QDialog(parent), m_model(new ChangeLogModel(workspace, kpiId, this))
{
    setWindowTitle(tr("Change log: %1").arg(kpiName));
    auto *table = new QTableView;
    table->setAccessibleName(tr("Change log"));
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(820, 420);
}

} // namespace Needle
