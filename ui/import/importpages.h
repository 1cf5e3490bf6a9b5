#pragma once

#include "import/importtask.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QTableWidget;

namespace Needle {

class ImportWizard;
class NewKpiPanel;
class PreviewModel;
class SheetGridModel;

// Choose the file; it is opened and its sheets listed in the background as soon as it is
// chosen, and what it is (or why it cannot be read) is said on the page.
class FilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FilePage(ImportWizard *wizard);
    ~FilePage() override;
    void setPath(const QString &path);
    bool isComplete() const override;
    int nextId() const override;
    QLabel *statusLabel() const { return m_status; }

private:
    void browse();
    void peekFinished();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_status;
    QFutureWatcher<SheetPeek> m_watcher;
    QString m_pending; // a path chosen while another was being read
    bool m_reading = false; // until the worker's result has arrived
};

// Choose the sheet (skipped for a file with one sheet), with its first rows shown.
class SheetPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SheetPage(ImportWizard *wizard);
    ~SheetPage() override;
    void initializePage() override;
    bool isComplete() const override;
    void selectSheet(const QString &name);
    QListWidget *sheetList() const { return m_sheets; }

private:
    void peekFinished();

    ImportWizard *m_wizard;
    QListWidget *m_sheets;
    QTableView *m_grid;
    SheetGridModel *m_model;
    QLabel *m_status;
    QFutureWatcher<SheetPeek> m_watcher;
    bool m_reading = false;
};

// Layout and column mapping, detected and preselected, every choice correctable, with the
// sheet shown as the mapping reads it.
class MappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit MappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    void setRole(int column, int role); // ColumnRole
    QTableWidget *columnTable() const { return m_columns; }
    QComboBox *layoutBox() const { return m_layout; }

private:
    void layoutChosen();
    void headerRowChosen(int row);
    void showMapping();

    ImportWizard *m_wizard;
    QComboBox *m_layout;
    QSpinBox *m_headerRow;
    QComboBox *m_numbers;
    QComboBox *m_dates;
    QLabel *m_detected;
    QLabel *m_missing;
    QTableWidget *m_columns;
    QTableView *m_grid;
    SheetGridModel *m_model;
    bool m_updating = false;
};

// The values as they will be stored: counts, a table with errors in their cells, every issue,
// the unknown KPI names to create or match (with the guessed definitions), and "Import valid
// rows only". Checking runs in the background.
class PreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreviewPage(ImportWizard *wizard);
    ~PreviewPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    void replan();
    QTableView *previewTable() const { return m_table; }
    PreviewModel *previewModel() const { return m_model; }
    QLabel *countsLabel() const { return m_counts; }
    QCheckBox *skipInvalidBox() const { return m_skipInvalid; }
    NewKpiPanel *newKpiPanel() const { return m_newKpis; }
    QListWidget *issueList() const { return m_issues; }

private:
    void planFinished();
    void showPlan();

    ImportWizard *m_wizard;
    QLabel *m_counts;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableView *m_table;
    PreviewModel *m_model;
    QListWidget *m_issues;
    QWidget *m_bottom; // the issue list and the KPIs to create
    NewKpiPanel *m_newKpis;
    QSplitter *m_splitter;
    bool m_sized = false; // the splitter made room for the names to decide on
    QCheckBox *m_skipInvalid;
    QFutureWatcher<ImportPlan> m_watcher;
    bool m_planned = false;
    bool m_planning = false;
};

// The import itself, in a worker thread, with progress and cancel; then what it did.
class RunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RunPage(ImportWizard *wizard);
    ~RunPage() override;
    void initializePage() override;
    bool isComplete() const override;
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }

private:
    void runFinished();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QListWidget *m_issues;
    QFutureWatcher<ImportResult> m_watcher;
    bool m_done = false;
};

} // namespace Needle
