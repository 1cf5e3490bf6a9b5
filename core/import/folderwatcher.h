#pragma once

#include "import/importer.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace Needle {

// Watches the workspace's folders (table watched_folder) and imports new or changed
// spreadsheets there in a background thread, each with its saved mapping (a file without one
// is not imported and says so), on its own connection to the workspace file. Files are picked
// up once they have stopped changing for the debounce interval; a file whose content was
// already imported is skipped. Every outcome is reported with fileImported, for the app to
// show and log; successful imports are undoable through Workspace's undo stack when the
// receiver pushes ImportCommand::pushImported.
class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FolderWatcher(const QString &workspacePath, QObject *parent = nullptr);
    ~FolderWatcher() override;

    void setFolders(const QStringList &folders); // usually ImportRepository::watchedFolders()
    QStringList folders() const { return m_watcher.directories(); }
    void setDebounceInterval(int msec) { m_debounce.setInterval(msec); }
    // Looks at every watched folder now (also done once when folders are set).
    void scanNow();
    bool isBusy() const { return m_running; }

    static bool isSpreadsheetName(const QString &fileName); // .csv .tsv .txt .xlsx .ods

    // Every import tried since the watcher started, newest first (the watched-folders
    // dialog's log): imported, already imported, or refused with the reason.
    struct Attempt
    {
        QDateTime at;
        QString path;
        ImportResult result;
    };
    const QVector<Attempt> &log() const { return m_log; }
    static constexpr int MaxLog = 200;

signals:
    void fileImported(const Needle::ImportResult &result, const QString &path);
    void busyChanged(bool busy);

private:
    void folderChanged();
    void startNext();
    void finished();

    QString m_workspacePath;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QHash<QString, QString> m_seen; // path -> size and time when last looked at
    QStringList m_queue;
    QFutureWatcher<ImportResult> m_future;
    QString m_current;
    bool m_running = false;
    std::atomic_bool m_cancel{false};
    QVector<Attempt> m_log;
};

} // namespace Needle
