#pragma once

#include "import/importer.h"

#include <QFuture>
#include <QString>
#include <QVector>
#include <atomic>
#include <memory>

namespace Needle {

// What the wizard shows before anything is checked: the file's sheets and the first rows of
// one of them, read in a worker thread.
struct SheetPeek
{
    QString path;
    QString format; // empty: the file could not be read (see issues)
    QVector<SheetInfo> sheets;
    QString sheet;
    QVector<Row> rows; // up to MaxRows first rows of the sheet
    ImportIssues issues;

    static constexpr int MaxRows = 60;
    bool ok() const { return !format.isEmpty() && !hasErrors(issues); }
};

// The import's work in worker threads, each on its own connection to the workspace file (a
// connection belongs to its thread). Progress comes back through the callbacks (called from the
// worker thread); cancel stops the work and nothing is written.
namespace ImportTask {

QFuture<SheetPeek> peek(const QString &path, const QString &sheet);

QFuture<ImportPlan> plan(const QString &workspacePath, const QString &userName, const QString &path,
                         const ImportOptions &options, const ImportProgress &progress);

QFuture<ImportResult> run(const QString &workspacePath, const QString &userName,
                          const ImportPlan &plan, const ImportProgress &progress);

} // namespace ImportTask

} // namespace Needle
