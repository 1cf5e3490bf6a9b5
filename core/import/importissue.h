#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Needle {

// A problem found while reading or importing: where it is (file, sheet, 1-based row and
// column; 0 when it does not apply) and what it is, as a translated sentence.
struct ImportIssue
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString file;
    QString sheet;
    qint64 row = 0;
    int column = 0;
    QString message;

    // "file.xlsx, sheet Data, row 12, column C: message"
    QString toString() const;
    static QString severityName(Severity s); // "error", "warning", "info" (JSON, not translated)
    static QString columnName(int column); // 1 -> "A", 27 -> "AA"
    // {"severity", "file", "sheet", "row", "column", "message"}: the column as its letters,
    // and null for a sheet, row or column that does not apply (import and inspect --json).
    QJsonObject toJson() const;
};

using ImportIssues = QVector<ImportIssue>;

bool hasErrors(const ImportIssues &issues);

} // namespace Needle
