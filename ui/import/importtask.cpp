#include "import/importtask.h"

#include "workspace/workerjobs.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Needle {

namespace ImportTask {

namespace {

SheetPeek peekNow(const QString &path, const QString &sheet)
{
    SheetPeek peek;
    peek.path = path;
    const auto reader = SpreadsheetReader::open(path, ReaderOptions(), &peek.issues);
    if (!reader)
        return peek;
    peek.sheets = reader->sheets();
    peek.sheet = sheet;
    if (peek.sheet.isEmpty()) {
        for (const SheetInfo &s : std::as_const(peek.sheets)) {
            if (s.state == QLatin1String("visible")) {
                peek.sheet = s.name;
                break;
            }
        }
        if (peek.sheet.isEmpty() && !peek.sheets.isEmpty())
            peek.sheet = peek.sheets.first().name;
    }
    const bool ok = reader->readRows(
        peek.sheet,
        [&](qint64 index, const Row &cells) {
            while (peek.rows.size() < index && peek.rows.size() < SheetPeek::MaxRows)
                peek.rows.append(Row());
            if (peek.rows.size() >= SheetPeek::MaxRows)
                return false;
            peek.rows.append(cells);
            return peek.rows.size() < SheetPeek::MaxRows;
        },
        &peek.issues);
    if (ok)
        peek.format = reader->formatName();
    return peek;
}

} // namespace

QFuture<SheetPeek> peek(const QString &path, const QString &sheet)
{
    return QtConcurrent::run([path, sheet] { return peekNow(path, sheet); });
}

QFuture<ImportPlan> plan(const QString &workspacePath, const QString &userName, const QString &path,
                         const ImportOptions &options, const ImportProgress &progress)
{
    return QtConcurrent::run(
        [=] { return WorkerJobs::planImport(workspacePath, userName, path, options, progress); });
}

QFuture<ImportResult> run(const QString &workspacePath, const QString &userName,
                          const ImportPlan &plan, const ImportProgress &progress)
{
    return QtConcurrent::run(
        [=] { return WorkerJobs::runImport(workspacePath, userName, plan, progress); });
}

} // namespace ImportTask

} // namespace Needle
