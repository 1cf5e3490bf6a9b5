#include "import/folderwatcher.h"

#include "storage/changelogrepository.h"
#include "storage/database.h"
#include "storage/importrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

namespace Needle {

namespace {

ImportResult rejected(const QString &path, const QString &message)
{
    ImportResult r;
    r.outcome = ImportResult::Outcome::Rejected;
    r.fileName = QFileInfo(path).fileName();
    r.issues << ImportIssue{ImportIssue::Severity::Error, r.fileName, QString(), 0, 0, message};
    return r;
}

// Runs in a worker thread, on its own connection to the workspace file.
ImportResult importInBackground(const QString &workspacePath, const QString &path,
                                const std::atomic_bool *cancel)
{
    QString error;
    const auto db = Database::open(workspacePath, Database::Mode::OpenExisting, &error);
    if (!db)
        return rejected(path, error);
    Importer importer(db->connection());
    importer.setUserName(QCoreApplication::translate("Needle::FolderWatcher", "watched folder"));
    ImportOptions options;
    options.saveMapping = false;
    options.previewLimit = 0;
    options.compareWithStored = false;
    ImportProgress progress;
    progress.cancel = cancel;
    const ImportPlan plan = importer.plan(path, options, progress);
    ImportResult result;
    ImportRepository repo(db->connection());
    if (plan.savedMappingId == 0 && plan.isReadable() && !plan.canImport()) {
        // A file that needs no questions is imported as the command line would; one that does
        // says what is wrong with it as read, and how to answer the questions once.
        result = Importer::dryRun(plan);
        result.issues.append(ImportIssue{
            ImportIssue::Severity::Error, plan.fileName, QString(), 0, 0,
            QCoreApplication::translate("Needle::FolderWatcher",
                                        "No saved mapping matches this file, and as read it has "
                                        "errors; import it once with File > Import... to choose "
                                        "what its columns mean.")});
    } else if (const std::optional<ImportBatch> done = repo.batchBySha(plan.sha256, plan.sheet)) {
        result.outcome = ImportResult::Outcome::Imported;
        result.fileName = plan.fileName;
        result.sheet = plan.sheet;
        result.issues << ImportIssue{
            ImportIssue::Severity::Info,
            plan.fileName,
            plan.sheet,
            0,
            0,
            QCoreApplication::translate("Needle::FolderWatcher", "Already imported as batch %1.")
                .arg(done->id)};
        return result;
    } else {
        result = importer.run(plan, progress);
    }
    if (!result.ok() && result.outcome != ImportResult::Outcome::Cancelled) {
        // Failures are logged in the workspace too: nobody may be looking when they happen.
        ChangeLogEntry entry;
        entry.at = QDateTime::currentDateTimeUtc();
        entry.who = QCoreApplication::translate("Needle::FolderWatcher", "watched folder");
        entry.entity = QStringLiteral("import");
        entry.field = QStringLiteral("rejected");
        QString first;
        for (const ImportIssue &i : std::as_const(result.issues))
            if (i.severity == ImportIssue::Severity::Error) {
                first = i.toString();
                break;
            }
        entry.newValue =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file"), path},
                                                        {QStringLiteral("error"), first}})
                                  .toJson(QJsonDocument::Compact));
        ChangeLogRepository(db->connection()).append(entry, &error);
    }
    return result;
}

QString stamp(const QFileInfo &info)
{
    return QStringLiteral("%1/%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

} // namespace

FolderWatcher::FolderWatcher(const QString &workspacePath, QObject *parent)
    : QObject(parent), m_workspacePath(workspacePath)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(2000);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::folderChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FolderWatcher::folderChanged);
    connect(&m_debounce, &QTimer::timeout, this, &FolderWatcher::scanNow);
    connect(&m_future, &QFutureWatcher<ImportResult>::finished, this, &FolderWatcher::finished);
}

FolderWatcher::~FolderWatcher()
{
    m_cancel = true;
    m_future.waitForFinished();
}

bool FolderWatcher::isSpreadsheetName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return !fileName.startsWith(QLatin1Char('.')) && !fileName.startsWith(QLatin1String("~$"))
        && (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")
            || suffix == QLatin1String("txt") || suffix == QLatin1String("xlsx")
            || suffix == QLatin1String("ods"));
}

void FolderWatcher::setFolders(const QStringList &folders)
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    for (const QString &f : folders)
        if (QFileInfo(f).isDir())
            m_watcher.addPath(f);
    m_debounce.start();
}

void FolderWatcher::folderChanged()
{
    m_debounce.start(); // a file being written changes many times: wait until it is quiet
}

void FolderWatcher::scanNow()
{
    for (const QString &folder : m_watcher.directories()) {
        const QFileInfoList files =
            QDir(folder).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &info : files) {
            if (!isSpreadsheetName(info.fileName()))
                continue;
            const QString path = info.absoluteFilePath();
            const QString now = stamp(info);
            if (m_seen.value(path) == now)
                continue;
            m_seen.insert(path, now);
            if (!m_watcher.files().contains(path))
                m_watcher.addPath(path); // changes to the file itself, not only new files
            if (!m_queue.contains(path) && path != m_current)
                m_queue << path;
        }
    }
    startNext();
}

void FolderWatcher::startNext()
{
    if (m_running || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    m_running = true;
    emit busyChanged(true);
    m_future.setFuture(
        QtConcurrent::run(importInBackground, m_workspacePath, m_current, &m_cancel));
}

void FolderWatcher::finished()
{
    const QString path = m_current;
    const ImportResult result = m_future.result();
    m_log.prepend(Attempt{QDateTime::currentDateTime(), path, result});
    if (m_log.size() > MaxLog)
        m_log.removeLast();
    m_current.clear();
    m_running = false;
    emit fileImported(result, path);
    if (m_queue.isEmpty())
        emit busyChanged(false);
    startNext();
}

} // namespace Needle
