#include "import/importpages.h"

#include "import/importwizard.h"
#include "import/newkpipanel.h"
#include "import/previewmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Needle {

namespace {

void showProgress(QProgressBar *bar, qint64 done, qint64 total)
{
    if (total <= 0) {
        bar->setRange(0, 0); // busy until the size is known
        return;
    }
    // Scaled to per mille so that row counts beyond int still fit.
    bar->setRange(0, 1000);
    bar->setValue(int(done * 1000 / total));
}

QListWidgetItem *issueItem(const ImportIssue &issue)
{
    auto *item = new QListWidgetItem(issue.toString());
    item->setForeground(issue.severity == ImportIssue::Severity::Error ? QColor(0xb0, 0x00, 0x20)
                                                                       : QColor(0x80, 0x50, 0x00));
    item->setData(Qt::UserRole, issue.row);
    return item;
}

} // namespace

PreviewPage::PreviewPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(tr("Preview"));
    setSubTitle(
        tr("The values as they will be stored. Nothing is written until you choose Import."));
    setCommitPage(true);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("previewCounts"));
    m_counts->setWordWrap(true);
    top->addWidget(m_counts, 1);
    m_progress = new QProgressBar;
    m_cancel = new QPushButton(tr("&Stop"));
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    layout->addLayout(top);

    m_splitter = new QSplitter(Qt::Vertical);
    QSplitter *splitter = m_splitter;
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("Values to import"));
    m_model = new PreviewModel(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    splitter->addWidget(m_table);
    m_bottom = new QWidget;
    auto *bottomLayout = new QHBoxLayout(m_bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_issues = new QListWidget;
    m_issues->setObjectName(QStringLiteral("issueList"));
    m_issues->setAccessibleName(tr("Problems found"));
    m_issues->setWordWrap(true);
    bottomLayout->addWidget(m_issues, 1);
    // In a widget of its own, so the issue list takes the whole width while it is hidden.
    m_newKpis = new NewKpiPanel(m_wizard);
    bottomLayout->addWidget(m_newKpis, 1);
    splitter->addWidget(m_bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    m_skipInvalid = new QCheckBox(tr("Import &valid rows only (skip the rows with errors)"));
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalid"));
    layout->addWidget(m_skipInvalid);

    connect(m_cancel, &QPushButton::clicked, m_wizard, &ImportWizard::cancelWork);
    connect(&m_watcher, &QFutureWatcher<ImportPlan>::finished, this, &PreviewPage::planFinished);
    connect(m_skipInvalid, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->setSkipInvalid(on);
        replan();
    });
    connect(m_newKpis, &NewKpiPanel::changed, this, &PreviewPage::replan);
    connect(m_issues, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 row = item->data(Qt::UserRole).toLongLong();
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->index(r, PreviewModel::RowColumn).data().toLongLong() == row) {
                m_table->selectRow(r);
                m_table->scrollTo(m_model->index(r, 0));
                break;
            }
        }
    });
}

PreviewPage::~PreviewPage()
{
    m_watcher.waitForFinished();
}

void PreviewPage::initializePage()
{
    QSignalBlocker block(m_skipInvalid);
    m_skipInvalid->setChecked(m_wizard->skipInvalid());
    m_sized = false;
    replan();
}

void PreviewPage::cleanupPage()
{
    if (m_planning) {
        m_wizard->cancelWork();
        m_watcher.waitForFinished();
        m_planning = false;
        m_wizard->setBusy(false);
    }
}

void PreviewPage::replan()
{
    if (m_planning) {
        // A choice changed while checking: stop that check (its result is dropped with the
        // watcher's pending signals) and check again.
        m_wizard->cancelWork();
        m_watcher.waitForFinished();
        m_wizard->setBusy(false);
    }
    m_planning = true;
    m_planned = false;
    m_counts->setText(
        tr("Checking %1...").arg(m_wizard->peek().path.section(QLatin1Char('/'), -1)));
    m_progress->show();
    m_cancel->show();
    showProgress(m_progress, 0, 0);
    m_wizard->setBusy(true);
    emit completeChanged();
    const ImportProgress progress = m_wizard->progressFor(
        this, [this](qint64 done, qint64 total) { showProgress(m_progress, done, total); });
    m_watcher.setFuture(ImportTask::plan(m_wizard->workspacePath(), m_wizard->userName(),
                                         m_wizard->peek().path, m_wizard->options(), progress));
}

void PreviewPage::planFinished()
{
    m_planning = false;
    m_wizard->setBusy(false);
    m_progress->hide();
    m_cancel->hide();
    ImportPlan plan = m_watcher.result();
    m_wizard->setPlan(plan);
    m_planned = !plan.cancelled;
    showPlan();
    emit completeChanged();
}

void PreviewPage::showPlan()
{
    const ImportPlan &plan = m_wizard->plan();
    const QVector<Kpi> existing = m_wizard->existingKpis();
    QVector<Kpi> kpis = existing;
    for (const NewKpi &k : plan.kpisToCreate) // as they will be created
        kpis << k.toKpi();
    m_model->setKpis(kpis);
    m_model->setPlan(plan);
    m_table->resizeColumnsToContents();
    if (plan.cancelled) {
        m_counts->setText(tr("Checking was stopped. Go back, or change a choice to check again."));
        return;
    }
    QStringList parts;
    parts << tr("%n row(s) read", nullptr, int(plan.rowsRead))
          << tr("%n new value(s)", nullptr, int(plan.newValues))
          << tr("%n changed", nullptr, int(plan.changedValues))
          << tr("%n unchanged", nullptr, int(plan.unchangedValues));
    if (plan.invalidRows > 0)
        parts << tr("%n row(s) with errors", nullptr, int(plan.invalidRows));
    QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (plan.hasErrors() && !plan.canImport())
        text += QLatin1Char(' ')
            + tr("Fix the errors in the file, change the mapping, or import "
                 "the valid rows only.");
    else if (plan.newValues + plan.changedValues == 0)
        text += QLatin1Char(' ') + tr("Importing changes nothing: every value is already stored.");
    if (plan.preview.size() < plan.rowsRead)
        text += QLatin1Char(' ')
            + tr("The table shows the first %n value(s).", nullptr, int(plan.preview.size()));
    m_counts->setText(text);

    m_issues->clear();
    for (const ImportIssue &issue : plan.issues)
        m_issues->addItem(issueItem(issue));
    m_issues->setVisible(!plan.issues.isEmpty());

    // The names the file uses that the workspace lacks: create, leave out or match each.
    m_newKpis->showPlan(plan, existing);
    m_newKpis->setVisible(!m_newKpis->isEmpty());
    // Nothing to list: the table takes the page. Names to decide on: nearly half of it.
    m_bottom->setVisible(!plan.issues.isEmpty() || !m_newKpis->isEmpty());
    if (!m_sized && !m_newKpis->isEmpty()) {
        m_sized = true;
        const int total = m_splitter->height();
        m_splitter->setSizes({total * 11 / 20, total * 9 / 20});
    }
}

bool PreviewPage::isComplete() const
{
    const ImportPlan &plan = m_wizard->plan();
    return m_planned && !m_planning && plan.isReadable() && plan.canImport();
}

RunPage::RunPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(tr("Import"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *row = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_cancel = new QPushButton(tr("&Cancel import"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    m_issues = new QListWidget;
    m_issues->setAccessibleName(tr("Problems found"));
    layout->addWidget(m_issues, 1);
    connect(m_cancel, &QPushButton::clicked, m_wizard, &ImportWizard::cancelWork);
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, &RunPage::runFinished);
}

RunPage::~RunPage()
{
    m_watcher.waitForFinished();
}

void RunPage::initializePage()
{
    m_done = false;
    m_issues->clear();
    m_issues->hide();
    m_summary->setText(tr("Importing %1...").arg(m_wizard->plan().fileName));
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    showProgress(m_progress, 0, 0);
    m_wizard->setBusy(true);
    const ImportProgress progress = m_wizard->progressFor(
        this, [this](qint64 done, qint64 total) { showProgress(m_progress, done, total); });
    m_watcher.setFuture(ImportTask::run(m_wizard->workspacePath(), m_wizard->userName(),
                                        m_wizard->plan(), progress));
}

void RunPage::runFinished()
{
    const ImportResult result = m_watcher.result();
    m_wizard->setResult(result);
    m_progress->hide();
    m_cancel->hide();
    m_done = true;
    switch (result.outcome) {
    case ImportResult::Outcome::Imported:
        // Nothing written: nothing to undo, but the mapping is kept for the next file.
        m_summary->setText(result.summary() + QLatin1Char('\n')
                           + (result.batchId > 0
                                  ? tr("Edit > Undo or the import history take it back.")
                                  : tr("The column mapping is remembered for the next file "
                                       "like this one.")));
        break;
    case ImportResult::Outcome::Cancelled:
        m_summary->setText(tr("The import was cancelled. Nothing was written."));
        break;
    default:
        m_summary->setText(tr("Nothing was written.") + QLatin1Char(' ') + result.summary());
        break;
    }
    for (const ImportIssue &issue : result.issues)
        m_issues->addItem(issueItem(issue));
    m_issues->setVisible(!result.issues.isEmpty());
    m_wizard->setBusy(false);
    emit m_wizard->imported(result);
    emit completeChanged();
}

bool RunPage::isComplete() const
{
    return m_done;
}

} // namespace Needle
