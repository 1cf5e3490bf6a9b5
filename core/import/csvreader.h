#pragma once

#include "import/spreadsheetreader.h"
#include "import/textdecoder.h"

#include <QByteArray>
#include <QFile>

namespace Needle {

// CSV and TSV files (RFC 4180): the delimiter (, ; tab |) and the encoding are detected
// unless forced in ReaderOptions; Excel's "sep=;" first line is honoured. Cells are the raw
// text of each field. The file is memory-mapped, so large files cost little memory.
class CsvReader : public SpreadsheetReader
{
public:
    static std::unique_ptr<CsvReader> open(const QString &path, const ReaderOptions &options,
                                           ImportIssues *issues);

    QString formatName() const override { return QStringLiteral("csv"); }
    QVector<SheetInfo> sheets() const override;
    bool readRows(const QString &sheet, const RowVisitor &visit, ImportIssues *issues) override;

    QChar delimiter() const { return QChar::fromLatin1(m_delimiter); }
    TextDecoder::Encoding encoding() const { return m_encoding; }

    // The delimiter that splits the sample's records most consistently; ',' when none does.
    static char detectDelimiter(const char *data, qint64 size);

    static constexpr int maxCellLength = 1 << 20; // characters
    static constexpr int maxColumns = 16384;

private:
    CsvReader() = default;
    ImportIssue issue(qint64 row, int column, const QString &message) const;

    QString m_path;
    QString m_fileName;
    QFile m_file;
    QByteArray m_buffer; // the UTF-8 text when the file is UTF-16 or cannot be mapped
    const char *m_data = nullptr; // after the BOM
    qint64 m_size = 0;
    qint64 m_start = 0; // after the sep= line
    char m_delimiter = ',';
    TextDecoder::Encoding m_encoding = TextDecoder::Encoding::Utf8;
};

} // namespace Needle
