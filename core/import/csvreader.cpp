#include "import/csvreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <cstring>
#include <vector>

namespace Needle {

namespace {

// Splits RFC 4180 records. Fields point into the data, or into a per-field buffer when
// quotes had to be undone; they stay valid until the next call.
class RecordSplitter
{
public:
    enum Result { Record, End, UnclosedQuote, TooManyColumns, TooLarge };
    struct Field
    {
        const char *data;
        qint64 size;
    };

    RecordSplitter(const char *data, qint64 size, qint64 pos, char delimiter)
        : m_data(data), m_size(size), m_pos(pos), m_delimiter(delimiter)
    {}

    std::vector<Field> fields;
    qint64 recordLine = 1; // where the last record began
    qint64 badLine = 1; // UnclosedQuote: where the quote opened
    qint64 line = 1;

    Result next()
    {
        fields.clear();
        recordLine = line;
        if (m_pos >= m_size)
            return End;
        for (;;) {
            if (fields.size() >= size_t(CsvReader::maxColumns))
                return TooManyColumns;
            Field f;
            if (m_data[m_pos] == '"') {
                const Result r = quoted(&f);
                if (r != Record)
                    return r;
            } else {
                qint64 j = m_pos;
                while (j < m_size && !isEnd(m_data[j]))
                    ++j;
                f = {m_data + m_pos, j - m_pos};
                m_pos = j;
            }
            if (f.size > 4 * qint64(CsvReader::maxCellLength))
                return TooLarge;
            fields.push_back(f);
            if (m_pos >= m_size)
                return Record;
            const char c = m_data[m_pos++];
            if (c == m_delimiter) {
                if (m_pos >= m_size) {
                    fields.push_back({m_data + m_pos, 0});
                    return Record;
                }
                continue;
            }
            if (c == '\r' && m_pos < m_size && m_data[m_pos] == '\n')
                ++m_pos;
            ++line;
            return Record;
        }
    }

private:
    bool isEnd(char c) const { return c == m_delimiter || c == '\n' || c == '\r'; }

    void countLines(qint64 from, qint64 to)
    {
        for (qint64 i = from; i < to; ++i)
            if (m_data[i] == '\n'
                || (m_data[i] == '\r' && (i + 1 >= m_size || m_data[i + 1] != '\n')))
                ++line;
    }

    QByteArray &scratch()
    {
        if (m_scratch.size() <= fields.size())
            m_scratch.resize(fields.size() + 1);
        QByteArray &b = m_scratch[fields.size()];
        b.clear();
        return b;
    }

    Result quoted(Field *f)
    {
        badLine = line;
        const qint64 start = ++m_pos;
        qint64 segment = start;
        QByteArray *buf = nullptr;
        for (;;) {
            const void *q = std::memchr(m_data + m_pos, '"', size_t(m_size - m_pos));
            if (!q)
                return UnclosedQuote;
            const qint64 qi = static_cast<const char *>(q) - m_data;
            countLines(m_pos, qi);
            if (qi + 1 < m_size && m_data[qi + 1] == '"') { // a doubled quote
                if (!buf)
                    buf = &scratch();
                buf->append(m_data + segment, qi + 1 - segment);
                if (buf->size() > 4 * qint64(CsvReader::maxCellLength))
                    return TooLarge;
                m_pos = segment = qi + 2;
                continue;
            }
            m_pos = qi + 1;
            qint64 j = m_pos; // text after the closing quote is kept, as spreadsheets do
            while (j < m_size && !isEnd(m_data[j]))
                ++j;
            if (j > m_pos && !buf) {
                buf = &scratch();
                buf->append(m_data + start, qi - start);
                segment = qi;
            }
            if (buf) {
                buf->append(m_data + segment, qi - segment);
                buf->append(m_data + m_pos, j - m_pos);
                *f = {buf->constData(), buf->size()};
            } else {
                *f = {m_data + start, qi - start};
            }
            m_pos = j;
            return Record;
        }
    }

    const char *m_data;
    qint64 m_size;
    qint64 m_pos;
    char m_delimiter;
    std::vector<QByteArray> m_scratch;
};

} // namespace

char CsvReader::detectDelimiter(const char *data, qint64 size)
{
    const qint64 sample = qMin<qint64>(size, 64 * 1024);
    static const char candidates[] = {'\t', ';', ',', '|'};
    char best = ',';
    double bestScore = 0;
    for (char d : candidates) {
        RecordSplitter s(data, sample, 0, d);
        std::vector<int> counts;
        while (counts.size() < 200 && s.next() == RecordSplitter::Record) {
            if (s.fields.size() == 1 && s.fields[0].size == 0)
                continue; // an empty line
            counts.push_back(int(s.fields.size()));
        }
        if (counts.size() > 1 && sample < size)
            counts.pop_back(); // the sample may have cut the last record
        if (counts.empty())
            continue;
        // The most frequent field count, and how many records have it.
        int mode = 0;
        int modeCount = 0;
        for (int c : counts) {
            const int n = int(std::count(counts.begin(), counts.end(), c));
            if (n > modeCount || (n == modeCount && c > mode)) {
                mode = c;
                modeCount = n;
            }
        }
        if (mode < 2)
            continue;
        const double score = 1000.0 * modeCount / counts.size() + qMin(mode, 500) / 1000.0;
        if (score > bestScore + 1e-9) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

std::unique_ptr<CsvReader> CsvReader::open(const QString &path, const ReaderOptions &options,
                                           ImportIssues *issues)
{
    std::unique_ptr<CsvReader> r(new CsvReader);
    r->m_path = path;
    r->m_fileName = QFileInfo(path).fileName();
    auto fail = [&](const QString &message) {
        if (issues)
            issues->append(r->issue(0, 0, message));
        return nullptr;
    };
    r->m_file.setFileName(path);
    if (!r->m_file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Needle::CsvReader", "cannot be opened: %1")
                        .arg(r->m_file.errorString()));
    const qint64 fileSize = r->m_file.size();
    if (fileSize == 0)
        return fail(QCoreApplication::translate("Needle::CsvReader", "the file is empty"));
    // Read, not memory-mapped: a mapped file that another program truncates meanwhile kills
    // the process with SIGBUS; a read file that changed is an error with a message.
    r->m_buffer = r->m_file.readAll();
    r->m_file.close();
    if (r->m_buffer.size() != fileSize)
        return fail(QCoreApplication::translate(
                        "Needle::CsvReader",
                        "the file changed while it was read (%1 bytes expected, %2 read); "
                        "import it again once it is complete")
                        .arg(fileSize)
                        .arg(r->m_buffer.size()));
    const char *data = r->m_buffer.constData();
    qint64 size = fileSize;

    using TextDecoder::Encoding;
    bool bom = true;
    Encoding encoding = Encoding::Utf8;
    if (size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        size -= 3;
    } else if (size >= 2 && std::memcmp(data, "\xFF\xFE", 2) == 0) {
        encoding = Encoding::Utf16LE;
        data += 2;
        size -= 2;
    } else if (size >= 2 && std::memcmp(data, "\xFE\xFF", 2) == 0) {
        encoding = Encoding::Utf16BE;
        data += 2;
        size -= 2;
    } else {
        bom = false;
        // UTF-16 without a byte-order mark: text whose every other byte is zero.
        encoding = TextDecoder::guessUtf16(data, size);
    }
    if (size == 0)
        return fail(QCoreApplication::translate(
            "Needle::CsvReader", "the file holds only a byte-order mark and no data"));
    if (!options.csvEncoding.isEmpty()
        && !TextDecoder::encodingFromName(options.csvEncoding, &encoding))
        return fail(QCoreApplication::translate(
                        "Needle::CsvReader",
                        "Needle cannot read the encoding \"%1\"; choose UTF-8, UTF-16LE, "
                        "UTF-16BE or Windows-1252")
                        .arg(options.csvEncoding));

    if (encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE) {
        QByteArray utf8;
        qint64 badLine = 0;
        if (!TextDecoder::utf16ToUtf8(data, size, encoding == Encoding::Utf16BE, &utf8, &badLine))
            return fail(
                QCoreApplication::translate("Needle::CsvReader", "line %1 is not valid %2 text")
                    .arg(badLine)
                    .arg(TextDecoder::encodingName(encoding)));
        r->m_buffer = utf8;
        data = r->m_buffer.constData();
        size = r->m_buffer.size();
    } else if (std::memchr(data, 0, size_t(size))) {
        return fail(QCoreApplication::translate("Needle::CsvReader",
                                                "this is a binary file, not CSV text"));
    } else if (options.csvEncoding.isEmpty() && !bom) {
        qint64 multiByte = 0;
        const qint64 bad = TextDecoder::firstInvalidUtf8(data, size, &multiByte);
        if (bad >= 0 && multiByte > 0)
            return fail(QCoreApplication::translate(
                            "Needle::CsvReader",
                            "line %1 holds bytes that are not valid UTF-8, while the rest of the "
                            "file before it is UTF-8; choose the file's encoding")
                            .arg(TextDecoder::lineAt(data, bad)));
        if (bad >= 0) {
            encoding = Encoding::Windows1252;
            if (issues) {
                issues->append(
                    r->issue(0, 0,
                             QCoreApplication::translate("Needle::CsvReader",
                                                         "the file is not UTF-8; it is read as "
                                                         "Windows-1252")));
                issues->last().severity = ImportIssue::Severity::Info;
            }
        }
    }
    r->m_encoding = encoding;
    r->m_data = data;
    r->m_size = size;

    // Excel's "sep=;" hint line.
    if (size >= 5 && qstrnicmp(data, "sep=", 4) == 0
        && (size == 5 || data[5] == '\n' || data[5] == '\r')) {
        r->m_delimiter = data[4];
        r->m_start = 5;
        if (r->m_start < size && data[r->m_start] == '\r')
            ++r->m_start;
        if (r->m_start < size && data[r->m_start] == '\n')
            ++r->m_start;
    }
    if (!options.csvDelimiter.isNull()) {
        const QChar d = options.csvDelimiter;
        if (d.unicode() >= 128 || d == u'"' || d == u'\n' || d == u'\r')
            return fail(
                QCoreApplication::translate(
                    "Needle::CsvReader", "\"%1\" cannot separate CSV fields; choose , ; | or tab")
                    .arg(d));
        r->m_delimiter = char(d.unicode());
    } else if (r->m_start == 0) {
        r->m_delimiter = detectDelimiter(data, size);
    }
    return r;
}

QVector<SheetInfo> CsvReader::sheets() const
{
    return {SheetInfo{QFileInfo(m_path).completeBaseName(), QStringLiteral("visible")}};
}

ImportIssue CsvReader::issue(qint64 row, int column, const QString &message) const
{
    ImportIssue i;
    i.file = m_fileName;
    i.row = row;
    i.column = column;
    i.message = message;
    return i;
}

bool CsvReader::readRows(const QString &sheet, const RowVisitor &visit, ImportIssues *issues)
{
    auto fail = [&](qint64 row, int column, const QString &message) {
        if (issues)
            issues->append(issue(row, column, message));
        return false;
    };
    if (!sheet.isEmpty() && sheet != sheets().constFirst().name)
        return fail(
            0, 0,
            QCoreApplication::translate("Needle::CsvReader", "a CSV file has no sheet \"%1\"")
                .arg(sheet));
    RecordSplitter splitter(m_data, m_size, m_start, m_delimiter);
    if (m_start > 0)
        splitter.line = 2;
    qint64 index = 0;
    qint64 firstEmpty = -1; // the first of a run of empty rows not passed on yet
    Row row;
    for (;; ++index) {
        const RecordSplitter::Result result = splitter.next();
        switch (result) {
        case RecordSplitter::End:
            return true;
        case RecordSplitter::UnclosedQuote:
            return fail(
                index + 1, int(splitter.fields.size()) + 1,
                QCoreApplication::translate("Needle::CsvReader",
                                            "the quoted field starting on line %1 is never closed")
                    .arg(splitter.badLine));
        case RecordSplitter::TooManyColumns:
            return fail(
                index + 1, 0,
                QCoreApplication::translate("Needle::CsvReader", "the row has more than %1 columns")
                    .arg(maxColumns));
        case RecordSplitter::TooLarge:
            return fail(index + 1, int(splitter.fields.size()) + 1,
                        QCoreApplication::translate("Needle::CsvReader",
                                                    "the cell holds more than %1 characters")
                            .arg(maxCellLength));
        case RecordSplitter::Record:
            break;
        }
        int last = int(splitter.fields.size()) - 1;
        while (last >= 0 && splitter.fields[size_t(last)].size == 0)
            --last;
        row.resize(last + 1);
        for (int c = 0; c <= last; ++c) {
            const RecordSplitter::Field &f = splitter.fields[size_t(c)];
            Cell &cell = row[c];
            cell.type = f.size ? Cell::Type::Text : Cell::Type::Empty;
            if (!TextDecoder::decode(f.data, int(f.size), m_encoding, &cell.text))
                return fail(index + 1, c + 1,
                            QCoreApplication::translate(
                                "Needle::CsvReader",
                                "line %1 holds bytes that are not valid %2; choose the file's "
                                "encoding")
                                .arg(splitter.recordLine)
                                .arg(TextDecoder::encodingName(m_encoding)));
            if (cell.text.size() > maxCellLength)
                return fail(index + 1, c + 1,
                            QCoreApplication::translate("Needle::CsvReader",
                                                        "the cell holds more than %1 characters")
                                .arg(maxCellLength));
        }
        if (row.isEmpty()) {
            if (firstEmpty < 0)
                firstEmpty = index;
            continue;
        }
        if (firstEmpty >= 0) {
            for (qint64 e = firstEmpty; e < index; ++e)
                if (!visit(e, Row()))
                    return true;
            firstEmpty = -1;
        }
        if (!visit(index, row))
            return true;
    }
}

} // namespace Needle
