// Workspace settings that are written at once, not through the undo stack: data sources and
// watched folders.

#include "workspace/workspace.h"

#include "storage/importrepository.h"
#include "storage/sourcerepository.h"

namespace Needle {

bool Workspace::writeSetting(const std::function<bool(QString *)> &write,
                             WorkspaceChange::Record record, WorkspaceChange::Kind kind,
                             const qint64 *id, QString *errorMessage)
{
    Write tx(this);
    if (!tx.begin(errorMessage) || !write(errorMessage))
        return false;
    WorkspaceChange change;
    change.add(record, kind, *id);
    noteChange(change);
    return tx.commit(errorMessage);
}

bool Workspace::addSource(DataSource *source, QString *errorMessage)
{
    SourceRepository repo(connection());
    if (repo.sourceByName(source->name)) {
        if (errorMessage)
            *errorMessage = tr("There is already a source named \"%1\".").arg(source->name);
        return false;
    }
    source->id = 0;
    return writeSetting([&](QString *err) { return repo.insertSource(source, err); },
                        WorkspaceChange::Record::Source, WorkspaceChange::Kind::Inserted,
                        &source->id, errorMessage);
}

bool Workspace::removeSource(qint64 id, QString *errorMessage)
{
    return writeSetting(
        [&](QString *err) { return SourceRepository(connection()).removeSource(id, err); },
        WorkspaceChange::Record::Source, WorkspaceChange::Kind::Removed, &id, errorMessage);
}

bool Workspace::addWatchedFolder(WatchedFolder *folder, QString *errorMessage)
{
    folder->id = 0;
    return writeSetting(
        [&](QString *err) { return ImportRepository(connection()).addWatchedFolder(folder, err); },
        WorkspaceChange::Record::Folder, WorkspaceChange::Kind::Inserted, &folder->id,
        errorMessage);
}

bool Workspace::setWatchedFolderEnabled(qint64 id, bool enabled, QString *errorMessage)
{
    return writeSetting(
        [&](QString *err) {
            return ImportRepository(connection()).setWatchedFolderEnabled(id, enabled, err);
        },
        WorkspaceChange::Record::Folder, WorkspaceChange::Kind::Updated, &id, errorMessage);
}

bool Workspace::removeWatchedFolder(qint64 id, QString *errorMessage)
{
    return writeSetting(
        [&](QString *err) { return ImportRepository(connection()).removeWatchedFolder(id, err); },
        WorkspaceChange::Record::Folder, WorkspaceChange::Kind::Removed, &id, errorMessage);
}

} // namespace Needle
