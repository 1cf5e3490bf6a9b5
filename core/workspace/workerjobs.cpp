#include "workspace/workerjobs.h"

#include "storage/database.h"
#include "workspace/workspace.h"

#include <QFileInfo>

namespace Needle::WorkerJobs {

namespace {
ImportIssue issueFor(const QString &fileName, const QString &message)
{
    ImportIssue issue;
    issue.file = fileName;
    issue.message = message;
    return issue;
}
} // namespace

ImportPlan planImport(const QString &workspacePath, const QString &userName, const QString &path,
                      const ImportOptions &options, const ImportProgress &progress)
{
    QString error;
    const auto db = Database::open(workspacePath, Database::Mode::OpenExisting, &error);
    if (!db) {
        ImportPlan plan;
        plan.filePath = path;
        plan.fileName = QFileInfo(path).fileName();
        plan.issues << issueFor(plan.fileName, error);
        return plan;
    }
    Importer importer(db->connection());
    importer.setUserName(userName);
    return importer.plan(path, options, progress);
}

ImportResult runImport(const QString &workspacePath, const QString &userName,
                       const ImportPlan &plan, const ImportProgress &progress)
{
    QString error;
    const auto db = Database::open(workspacePath, Database::Mode::OpenExisting, &error);
    if (!db) {
        ImportResult result;
        result.outcome = ImportResult::Outcome::Failed;
        result.fileName = plan.fileName;
        result.issues << issueFor(plan.fileName, error);
        return result;
    }
    Importer importer(db->connection());
    importer.setUserName(userName);
    return importer.run(plan, progress);
}

RefreshResult refreshSource(const QString &workspacePath, const DataSource &source,
                            const RefreshOptions &options)
{
    QString error;
    const auto db = Database::open(workspacePath, Database::Mode::OpenExisting, &error);
    if (!db) {
        RefreshResult r;
        r.source = source.name;
        r.error = error;
        return r;
    }
    return Refresher(db->connection()).refresh(source, options);
}

RefreshResult tryRefresh(const Workspace *workspace, const DataSource &source)
{
    RefreshOptions options;
    options.dryRun = true;
    options.createKpis = source.kpiId == 0;
    return Refresher(workspace->connection()).refresh(source, options);
}

} // namespace Needle::WorkerJobs
