#pragma once

#include "import/importer.h"
#include "sources/refresher.h"

#include <QString>

namespace Needle {

class Workspace;

// The app's imports and refreshes, run in a worker thread on a connection of their own to
// the workspace file (a connection belongs to the thread that opened it). The caller tells
// the Workspace what was written afterwards (ImportCommand::pushImported).
namespace WorkerJobs {

ImportPlan planImport(const QString &workspacePath, const QString &userName, const QString &path,
                      const ImportOptions &options, const ImportProgress &progress);
ImportResult runImport(const QString &workspacePath, const QString &userName,
                       const ImportPlan &plan, const ImportProgress &progress);
RefreshResult refreshSource(const QString &workspacePath, const DataSource &source,
                            const RefreshOptions &options);

// A source's query tried on the open workspace without writing (a dry run), on its thread.
RefreshResult tryRefresh(const Workspace *workspace, const DataSource &source);

} // namespace WorkerJobs

} // namespace Needle
