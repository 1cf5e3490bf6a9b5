#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;

namespace Needle {

class DashboardModel;
struct Preferences;
class Workspace;
class WorkspaceAnalyzer;

// The dashboard page: the period and filter bar over a grid of KPI tiles that reflows with the
// width. Arrow keys move between tiles; Enter or a double click opens the KPI.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(Workspace *workspace, WorkspaceAnalyzer *analyzer = nullptr,
                           QWidget *parent = nullptr);

    DashboardModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    // The KPI of the selected tile; 0 when none is selected.
    qint64 currentKpiId() const;
    void selectKpi(qint64 kpiId);

    // The period, granularity and grouping, kept in QSettings under "dashboard/".
    void saveState() const;
    void restoreState();
    void applyPreferences(const Preferences &preferences); // number format, ISO dates

signals:
    void kpiActivated(qint64 kpiId);
    void currentKpiChanged(qint64 kpiId);

private:
    QWidget *createBar();
    void applyPeriod();
    void applyFilters();
    void fillChoices(); // owners and tags from the tiles
    void updateSummary();
    void restoreSelection(); // after the tiles were rebuilt

    DashboardModel *m_model;
    QListView *m_list;
    QComboBox *m_periodCombo;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QComboBox *m_granularityCombo;
    QComboBox *m_groupCombo;
    QLineEdit *m_textEdit;
    QComboBox *m_categoryCombo;
    QComboBox *m_ownerCombo;
    QComboBox *m_statusCombo;
    QComboBox *m_tagCombo;
    QLabel *m_summary;
    bool m_updating = false;
    qint64 m_keptKpi = 0; // selected before the tiles were rebuilt
};

} // namespace Needle
