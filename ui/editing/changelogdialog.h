#pragma once

#include "domain/changelogentry.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QHash>
#include <QLocale>

namespace Needle {

class Workspace;

// The change log of one KPI (or of the whole workspace), newest first: who changed which field
// of which record, when, from what to what. Re-read after every edit, undo and redo.
class ChangeLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        WhoColumn,
        WhatColumn,
        FieldColumn,
        FromColumn,
        ToColumn,
        ColumnCount
    };

    ChangeLogModel(Workspace *workspace, qint64 kpiId, QObject *parent = nullptr);
    void reload();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Workspace *m_workspace;
    qint64 m_kpiId;
    QVector<ChangeLogEntry> m_entries;
    QHash<qint64, QString> m_owners; // owner names for "owner_id" values
    QLocale m_locale;
};

class ChangeLogDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeLogDialog(Workspace *workspace, qint64 kpiId, const QString &kpiName,
                    QWidget *parent = nullptr);
    ChangeLogModel *model() const { return m_model; }

private:
    ChangeLogModel *m_model;
};

} // namespace Needle
