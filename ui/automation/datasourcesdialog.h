#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace Needle {

class DataSourceModel;
class SourcesController;
class Workspace;

// File > Data Sources...: every source with its server, KPI, interval, last run
// and result (the failure's message as tool tip); Add..., Remove and Refresh
// Now.
class DataSourcesDialog : public QDialog
{
    Q_OBJECT
public:
    DataSourcesDialog(Workspace *workspace, SourcesController *controller,
                      QWidget *parent = nullptr);

    DataSourceModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *messageLabel() const { return m_message; }
    void reload();
    bool removeSelected();
    void refreshSelected();

private:
    qint64 selectedId() const;

    Workspace *m_workspace;
    SourcesController *m_controller;
    DataSourceModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
};

} // namespace Needle
