#pragma once

#include "import/cell.h"
#include "import/importissue.h"

#include <QString>
#include <QVector>
#include <functional>
#include <memory>

namespace Needle {

struct SheetInfo
{
    QString name;
    QString state; // "visible", "hidden", "veryHidden"
};

// Options a user can force; by default everything is detected.
struct ReaderOptions
{
    QChar csvDelimiter; // null: detect among , ; tab |
    QString csvEncoding; // empty: detect (UTF-8, UTF-16 with BOM, else Windows-1252)
};

// Reads one spreadsheet file (CSV/TSV, XLSX or ODS), streaming its rows. No UI, no workspace.
// Every problem is an ImportIssue naming the file, sheet, row and column; a reader never
// throws, crashes or hangs on a hostile file.
class SpreadsheetReader
{
public:
    virtual ~SpreadsheetReader() = default;

    // Opens the file, recognising the format by its content (not its name). Null on failure,
    // with the reason in issues ("report.xlsx is a legacy Excel .xls file", ...).
    static std::unique_ptr<SpreadsheetReader> open(const QString &path,
                                                   const ReaderOptions &options,
                                                   ImportIssues *issues);

    virtual QString formatName() const = 0; // "csv", "xlsx", "ods"
    virtual QVector<SheetInfo> sheets() const = 0; // CSV: one sheet named after the file

    // Calls visit for each row of the sheet in order with its 0-based index; empty rows between
    // values are passed as empty rows, trailing empty rows are not. visit returns false to
    // stop. Returns false on a fatal error (described in issues).
    using RowVisitor = std::function<bool(qint64 row, const Row &cells)>;
    virtual bool readRows(const QString &sheet, const RowVisitor &visit, ImportIssues *issues) = 0;
};

} // namespace Needle
