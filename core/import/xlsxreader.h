#pragma once

#include "import/spreadsheetreader.h"
#include "import/xlsxformats.h"
#include "import/zippackage.h"

#include <QHash>

class QXmlStreamReader;

namespace Needle {

class FastXml;

// Office Open XML workbooks (.xlsx, .xlsm) read with QuaZip and QXmlStreamReader. Parts are
// found through the relationship files; cells are typed by their stored type and number
// format; formulas give their cached value; cells covered by a merged range repeat the value
// of its top-left cell.
class XlsxReader : public SpreadsheetReader
{
public:
    static std::unique_ptr<XlsxReader> open(const QString &path, ImportIssues *issues);

    QString formatName() const override { return QStringLiteral("xlsx"); }
    QVector<SheetInfo> sheets() const override;
    bool readRows(const QString &sheet, const RowVisitor &visit, ImportIssues *issues) override;

    bool uses1904() const { return m_date1904; }

    static constexpr int maxCellLength = 1 << 20; // characters
    static constexpr qint64 maxSharedStringChars = 64 << 20;
    static constexpr int maxSharedStrings = 8 << 20; // entries of the shared-string table
    static constexpr int maxColumns = 16384;
    static constexpr qint64 maxRows = 1048576;
    // A sheet part up to this size is inflated once and parsed in memory; a larger one is
    // inflated a second time and parsed in chunks of streamChunk bytes (both by the fast parser).
    static constexpr qint64 maxInMemorySheet = 64 << 20;
    static constexpr qint64 streamChunk = 1 << 20;
    // Tests: smaller limits, so that small parts are streamed through small chunks (0: the
    // constants above).
    static void setStreamingForTests(qint64 maxInMemory, qint64 chunk);

private:
    XlsxReader() = default;

    struct Relationship
    {
        QString type; // the last segment: "worksheet", "sharedStrings", ...
        QString target; // the part name, resolved
    };
    struct Sheet
    {
        SheetInfo info;
        QString part;
    };
    struct MergeRange
    {
        qint64 top, bottom;
        int left, right;
    };
    class RowSink; // xlsxcells.h
    // One <c> element's parts, as stored.
    struct CellData
    {
        QStringView type; // the t attribute
        int style = 0; // the s attribute
        QStringView value; // the text of <v>
        bool hasValue = false;
        bool formula = false;
        QString inlineText; // <is>
    };

    ImportIssue issue(const QString &sheet, qint64 row, int column, const QString &message,
                      ImportIssue::Severity severity = ImportIssue::Severity::Error) const;
    bool readRelationships(const QString &part, QHash<QString, Relationship> *rels, QString *error);
    bool readWorkbook(const QString &part, QString *error);
    bool readStyles(const QString &part, QString *error);
    bool readSharedStrings(const QString &part, QString *error);
    bool readMerges(const Sheet &sheet, QVector<MergeRange> *merges, QByteArray *whole,
                    bool *tooLarge, ImportIssues *issues);
    // Checks a cell reference against the row being read and the cell before it; the new
    // column (1-based) in *column, or false with an issue.
    bool checkReference(const QString &sheet, qint64 index, QStringView ref, int *column,
                        ImportIssues *issues) const;
    // Types one cell by its stored type and number format; false with an issue when the file
    // must be rejected (a warning alone keeps it).
    bool makeCell(const QString &sheet, qint64 index, int column, const CellData &in, Cell *cell,
                  ImportIssues *issues) const;
    // The two sheet parsers: a fast one for a well-formed plain part held in memory, and
    // QXmlStreamReader over the stream. The fast one checks the part as it reads it: true in
    // *unsupported when it met something it does not take (the other parser then reads the
    // part again), with the index of the last row whose issues it gave in *warnedThrough.
    bool readRowsFast(const Sheet &sheet, FastXml &xml, RowSink &sink, ImportIssues *issues,
                      bool *unsupported, qint64 *warnedThrough);
    bool readRowsXml(const Sheet &sheet, RowSink &sink, ImportIssues *issues);
    QString xmlError(const QString &part, const QXmlStreamReader &xml,
                     const QIODevice *device) const;

    QString m_fileName;
    ZipPackage m_zip;
    QVector<Sheet> m_sheets;
    // The shared strings one after the other, and where each ends: a table of millions of
    // short strings costs its characters plus 4 bytes each, not a QString apiece.
    QString m_sharedText;
    QVector<qint32> m_sharedEnds;
    // The first sharedCacheSize shared strings as QStrings, made when a cell first uses one, so
    // that the cells using it share one copy (a long sheet repeats a few keys many times).
    static constexpr int sharedCacheSize = 1 << 16;
    mutable QVector<QString> m_sharedCache;
    QVector<XlsxFormats::NumberFormat> m_styles; // by cellXfs index
    bool m_date1904 = false;
};

} // namespace Needle
