#pragma once

#include "import/spreadsheetreader.h"
#include "import/zippackage.h"

class QXmlStreamReader;

namespace Needle {

// OpenDocument spreadsheets (.ods): the tables of content.xml, streamed. Repeated rows and
// columns are never materialised when empty; cells are typed by office:value-type (float,
// percentage, currency, date, time, boolean, string); covered cells of a merged range repeat
// the value of its top-left cell.
class OdsReader : public SpreadsheetReader
{
public:
    static std::unique_ptr<OdsReader> open(const QString &path, ImportIssues *issues);

    QString formatName() const override { return QStringLiteral("ods"); }
    QVector<SheetInfo> sheets() const override { return m_sheets; }
    bool readRows(const QString &sheet, const RowVisitor &visit, ImportIssues *issues) override;

    static constexpr int maxCellLength = 1 << 20; // characters
    static constexpr int maxColumns = 16384;
    static constexpr qint64 maxRows = 1048576;

private:
    OdsReader() = default;
    ImportIssue issue(const QString &sheet, qint64 row, int column, const QString &message,
                      ImportIssue::Severity severity = ImportIssue::Severity::Error) const;
    QString xmlError(const QXmlStreamReader &xml, const QIODevice *device) const;
    bool readTable(QXmlStreamReader &xml, const QString &name, const RowVisitor &visit,
                   ImportIssues *issues);

    QString m_fileName;
    ZipPackage m_zip;
    QVector<SheetInfo> m_sheets;
};

} // namespace Needle
