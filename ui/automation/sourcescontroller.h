#pragma once

#include "sources/jobrunner.h"
#include "sources/refresher.h"
#include "workspace/workspace.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QAction;
class QWidget;

namespace Needle {

// The app's side of data sources and automation: File > Data Sources..., KPI >
// Data Source..., refreshing a source in the background (the batch goes on the
// undo stack like an import), and running the workspace's due jobs while it is
// open (at open, then every few minutes), as run-due does. Failures are
// reported through message(), for the status bar: never a dialog that blocks.
class SourcesController : public QObject
{
    Q_OBJECT
public:
    SourcesController(QWidget *window, std::function<qint64()> currentKpi);
    ~SourcesController() override;

    QAction *sourcesAction() const { return m_sourcesAction; }
    QAction *kpiSourceAction() const { return m_kpiSourceAction; }
    Workspace *workspace() const { return m_workspace; }
    bool isBusy() const;
    // How often the open app runs due jobs; 0: never (tests). Default 5 minutes.
    void setAutoRunInterval(int msecs);

public slots:
    void setWorkspace(Needle::Workspace *workspace);
    void showSources();
    void showKpiSource();
    void refreshNow(qint64 sourceId);
    void runDue();

signals:
    void message(const QString &text);
    void finished(); // a refresh or a run of due jobs ended (the sources' last
                     // runs changed)

private:
    void refreshDone();
    void runDueDone();

    QWidget *m_window;
    std::function<qint64()> m_currentKpi;
    QPointer<Workspace> m_workspace;
    QAction *m_sourcesAction;
    QAction *m_kpiSourceAction;
    QTimer m_timer;
    int m_interval = 5 * 60 * 1000;
    QFutureWatcher<RefreshResult> m_refresh;
    QFutureWatcher<RunDueResult> m_due;
};

} // namespace Needle
