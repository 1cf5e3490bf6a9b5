#pragma once

#include "analysis/rollup.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace Needle {

class KpiChartFeed;
class KpiChartView;
class KpiDefinitionPanel;
class KpiValuesTable;
class ReviewNoteModel;
class Workspace;

// The page of one KPI: its chart (values at a chosen granularity over a chosen period, targets,
// benchmarks, anomalies, forecast, notes) beside its definition, its values (editable, with
// paste) and its review notes (add, edit, remove). Everything follows the workspace as it
// changes; splitter positions and the last granularity and period are remembered.
class KpiView : public QWidget
{
    Q_OBJECT
public:
    // The periods the chart can show, counted back from today.
    enum class Period { Last90Days, Last12Months, YearToDate, Last3Years, All };
    Q_ENUM(Period)

    explicit KpiView(Workspace *workspace, QWidget *parent = nullptr);
    ~KpiView() override;

    // Below the width the chart and the details need side by side, they stack (chart on top),
    // so the KPI page never holds the window wider than either of them.
    QSize minimumSizeHint() const override;

    void setKpi(qint64 kpiId);
    qint64 kpiId() const { return m_kpiId; }

    void setGranularity(Granularity granularity);
    Granularity granularity() const;
    void setPeriod(Period period);
    Period period() const;
    // The day the period counts back from (default: today); for tests and snapshots.
    void setAsOf(const QDate &asOf);

    KpiChartView *chartView() const { return m_chartView; }
    KpiValuesTable *valuesTable() const { return m_values; }
    QPushButton *addValueButton() const { return m_addValue; }
    QTableView *notesTable() const { return m_notesTable; }
    ReviewNoteModel *noteModel() const { return m_noteModel; }
    KpiDefinitionPanel *definitionPanel() const { return m_definition; }

    static QDate periodStartFor(Period period, const QDate &asOf);

public slots:
    void addNote();
    void editNote();
    void removeNote();

signals:
    // An edit from this view was refused; the message says why.
    void editFailed(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int sideBySideWidth() const;
    void updateChartRequest();
    void saveState() const;
    void restoreState();
    QWidget *createToolbar();
    QWidget *createNotesTab();
    QWidget *createValuesTab();

    Workspace *m_workspace;
    qint64 m_kpiId = 0;
    QDate m_asOf;
    KpiChartFeed *m_feed;
    KpiChartView *m_chartView;
    KpiDefinitionPanel *m_definition;
    KpiValuesTable *m_values;
    ReviewNoteModel *m_noteModel;
    QTableView *m_notesTable = nullptr;
    QComboBox *m_granularity = nullptr;
    QComboBox *m_period = nullptr;
    QPushButton *m_resetZoom = nullptr;
    QPushButton *m_addValue = nullptr;
    QLabel *m_valuesHint = nullptr;
    QPushButton *m_editNote = nullptr;
    QPushButton *m_removeNote = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QSplitter *m_mainSplitter;
    QSplitter *m_sideSplitter;
    QTabWidget *m_tabs;
    QHash<qint64, Granularity> m_granularityByKpi; // chosen in this session
};

} // namespace Needle
