#include "automation/sourcescontroller.h"

#include "automation/datasourcesdialog.h"
#include "automation/sourceeditdialog.h"
#include "workspace/importcommand.h"
#include "workspace/workerjobs.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QAction>
#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace Needle {

SourcesController::SourcesController(QWidget *window, std::function<qint64()> currentKpi)
    : QObject(window), m_window(window), m_currentKpi(std::move(currentKpi))
{
    m_sourcesAction = new QAction(tr("Data &Sources..."), this);
    m_sourcesAction->setEnabled(false);
    connect(m_sourcesAction, &QAction::triggered, this, &SourcesController::showSources);
    m_kpiSourceAction = new QAction(tr("Data &Source..."), this);
    m_kpiSourceAction->setEnabled(false);
    connect(m_kpiSourceAction, &QAction::triggered, this, &SourcesController::showKpiSource);
    connect(&m_timer, &QTimer::timeout, this, &SourcesController::runDue);
    connect(&m_refresh, &QFutureWatcher<RefreshResult>::finished, this,
            &SourcesController::refreshDone);
    connect(&m_due, &QFutureWatcher<RunDueResult>::finished, this, &SourcesController::runDueDone);
}

SourcesController::~SourcesController()
{
    m_refresh.waitForFinished();
    m_due.waitForFinished();
}

bool SourcesController::isBusy() const
{
    return m_refresh.isRunning() || m_due.isRunning();
}

void SourcesController::setAutoRunInterval(int msecs)
{
    m_interval = msecs;
    m_timer.stop();
    if (m_interval > 0 && m_workspace && !m_workspace->filePath().isEmpty())
        m_timer.start(m_interval);
}

void SourcesController::setWorkspace(Workspace *workspace)
{
    m_refresh.waitForFinished();
    m_due.waitForFinished();
    m_workspace = workspace;
    const bool file = workspace && !workspace->filePath().isEmpty();
    m_sourcesAction->setEnabled(file);
    m_kpiSourceAction->setEnabled(file);
    m_timer.stop();
    if (file && m_interval > 0) {
        m_timer.start(m_interval);
        QTimer::singleShot(10000, this, &SourcesController::runDue);
    }
}

void SourcesController::showSources()
{
    if (!m_workspace)
        return;
    DataSourcesDialog dialog(m_workspace, this, m_window);
    dialog.exec();
}

void SourcesController::showKpiSource()
{
    if (!m_workspace)
        return;
    SourceEditDialog dialog(m_workspace, m_currentKpi ? m_currentKpi() : 0, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit finished();
}

void SourcesController::refreshNow(qint64 sourceId)
{
    if (!m_workspace || isBusy())
        return;
    std::optional<DataSource> source;
    for (const DataSource &s : WorkspaceReader(m_workspace).sources())
        if (s.id == sourceId)
            source = s;
    if (!source)
        return;
    const QString path = m_workspace->filePath();
    emit message(tr("Refreshing %1...").arg(source->name));
    // The worker opens its own connection: a connection belongs to the thread
    // that opened it.
    m_refresh.setFuture(QtConcurrent::run(
        [path, s = *source]() { return WorkerJobs::refreshSource(path, s, {}); }));
}

void SourcesController::refreshDone()
{
    const RefreshResult r = m_refresh.result();
    if (m_workspace && r.import.batchId > 0)
        ImportCommand::pushImported(m_workspace, r.import.batchId, r.source,
                                    !r.import.kpisCreated.isEmpty());
    if (r.ok())
        emit message(r.import.summary());
    else
        emit message(tr("Refreshing %1 failed: %2")
                         .arg(r.source, r.error.isEmpty() ? r.run.message : r.error));
    emit finished();
}

void SourcesController::runDue()
{
    if (!m_workspace || m_workspace->filePath().isEmpty() || isBusy())
        return;
    RunDueOptions options;
    options.needleProgram = QCoreApplication::applicationFilePath();
    const QString path = m_workspace->filePath();
    m_due.setFuture(
        QtConcurrent::run([path, options]() { return JobRunner::runDue(path, options); }));
}

void SourcesController::runDueDone()
{
    const RunDueResult r = m_due.result();
    bool written = false;
    QStringList failed;
    for (const JobRun &run : r.runs) {
        written = written || run.batchId > 0;
        if (!run.succeeded())
            failed << tr("%1 failed: %2").arg(run.job, run.message);
    }
    if (!r.error.isEmpty())
        failed << r.error;
    if (m_workspace && written) {
        WorkspaceChange change;
        change.addReset(WorkspaceChange::Record::Import);
        change.addReset(WorkspaceChange::Record::Kpi);
        change.addReset(WorkspaceChange::Record::Value);
        change.addReset(WorkspaceChange::Record::Source);
        m_workspace->notifyChanged(change);
    }
    if (!failed.isEmpty())
        emit message(failed.join(QStringLiteral("; ")));
    else if (!r.runs.isEmpty())
        emit message(tr("%n scheduled job(s) ran.", nullptr, int(r.runs.size())));
    if (!r.runs.isEmpty())
        emit finished();
}

} // namespace Needle
