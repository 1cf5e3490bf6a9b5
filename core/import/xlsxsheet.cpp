// XlsxReader: streaming one worksheet's rows (see xlsxreader.h).
#include "import/xlsxcells.h"
#include "import/xlsxreader.h"

#include "import/fastxml.h"
#include "import/xmlguard.h"

#include <QCoreApplication>
#include <QLocale>
#include <QXmlStreamReader>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

namespace Needle {

namespace {

qint64 inMemoryLimit = XlsxReader::maxInMemorySheet;
qint64 chunkSize = XlsxReader::streamChunk;

// The start of the first "<mergeCells" (any prefix, the '<' at most 31 bytes before the name)
// in data from `from`, or -1. A name at the very start of the searched bytes ends the search
// (so did the chunked search this replaces).
qsizetype findMergeCells(QByteArrayView data, qsizetype from)
{
    const QByteArrayView region = data.sliced(from);
    qsizetype at = region.indexOf("mergeCells");
    while (at > 0) {
        qsizetype lt = at - 1;
        while (lt >= 0 && region.at(lt) != '<' && at - lt < 32)
            --lt;
        if (lt >= 0 && region.at(lt) == '<')
            return from + lt;
        at = region.indexOf("mergeCells", at + 1);
    }
    return -1;
}

// Finds the <mergeCells> element near the end of a sheet without parsing the whole XML; the
// bytes are read anyway to check the entry's checksum and size before any row is parsed. A
// part of at most maxWhole bytes is kept whole in *whole (emptied when it is larger): it is
// read straight into it and searched there. *mergeXml gets the last 32 MB from <mergeCells on.
bool scanMergeXml(QIODevice *device, QByteArray *mergeXml, QByteArray *whole, qint64 maxWhole,
                  bool *tooLarge)
{
    constexpr qsizetype step = 1 << 16;
    constexpr qsizetype overlap = 48; // a name split between two reads is still found
    constexpr qsizetype maxMergeXml = 32 << 20;
    qsizetype mergeAt = -1; // in *whole
    QByteArray carry;
    for (;;) {
        const qsizetype old = whole->size();
        if (whole->capacity() < old + step) // doubling, but never past what may be kept
            whole->reserve(
                qMax(qMin(2 * whole->capacity(), qsizetype(maxWhole) + step), old + step));
        whole->resize(old + step);
        const qint64 n = device->read(whole->data() + old, step);
        whole->resize(n > 0 ? old + n : old);
        if (n < 0)
            return false;
        if (n == 0) {
            if (mergeAt >= 0)
                *mergeXml = whole->mid(qMax(mergeAt, whole->size() - maxMergeXml));
            return true;
        }
        if (mergeAt < 0)
            mergeAt = findMergeCells(*whole, qMax<qsizetype>(0, old - overlap));
        if (whole->size() > maxWhole) { // too large to keep: go on with the bytes as they come
            if (mergeAt >= 0)
                *mergeXml = whole->mid(qMax(mergeAt, whole->size() - maxMergeXml));
            else
                carry = whole->right(overlap);
            *whole = QByteArray();
            *tooLarge = true;
            break;
        }
    }
    char buffer[step];
    for (;;) {
        const qint64 n = device->read(buffer, sizeof buffer);
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        if (!mergeXml->isEmpty()) {
            mergeXml->append(buffer, n);
            if (mergeXml->size() > maxMergeXml)
                mergeXml->remove(0, mergeXml->size() - maxMergeXml);
            continue;
        }
        QByteArray chunk = carry;
        chunk.append(buffer, n);
        const qsizetype lt = findMergeCells(chunk, 0);
        if (lt >= 0)
            *mergeXml = chunk.mid(lt);
        carry = chunk.right(overlap);
    }
}

// Inflates a part on a worker thread a few chunks ahead of the parser, so that reading a large
// sheet costs about the larger of inflating and parsing it, not their sum. The device is used
// by the worker alone until the object is destroyed.
class InflateAhead
{
public:
    InflateAhead(QIODevice *device, qint64 chunk) : m_device(device), m_chunk(chunk)
    {
        m_worker = std::thread([this] { run(); });
    }
    ~InflateAhead()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_worker.join();
    }
    InflateAhead(const InflateAhead &) = delete;
    InflateAhead &operator=(const InflateAhead &) = delete;

    // What the device's read would give: up to max bytes, 0 at the end, -1 on an error.
    qint64 read(char *out, qint64 max)
    {
        if (m_at == m_current.size()) {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
            if (m_ready.empty())
                return m_failed ? -1 : 0;
            m_current = std::move(m_ready.front());
            m_ready.pop_front();
            m_at = 0;
            lock.unlock();
            m_changed.notify_all();
        }
        const qint64 n = qMin<qint64>(max, m_current.size() - m_at);
        std::memcpy(out, m_current.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }

private:
    // Reads chunks until the end, an error or the stop, keeping at most four ahead.
    void run()
    {
        bool done = false;
        while (!done) {
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(lock, [this] { return m_ready.size() < 4 || m_stop; });
                if (m_stop)
                    break;
            }
            QByteArray chunk(m_chunk, Qt::Uninitialized);
            qint64 filled = 0;
            qint64 n = 1;
            while (filled < m_chunk && n > 0) {
                n = m_device->read(chunk.data() + filled, m_chunk - filled);
                filled += qMax<qint64>(n, 0);
            }
            std::lock_guard<std::mutex> lock(m_mutex);
            if (filled > 0) {
                chunk.truncate(filled);
                m_ready.push_back(std::move(chunk));
            }
            done = n <= 0;
            m_failed = n < 0;
            m_changed.notify_all();
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    QIODevice *m_device;
    qint64 m_chunk;
    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_ready; // inflated, not yet read
    bool m_finished = false;
    bool m_failed = false;
    bool m_stop = false;
    QByteArray m_current; // being read (the reading thread's own)
    qsizetype m_at = 0;
};

// [A-Z]{1,3}[0-9]{1,7} at p, followed by `next`; p is moved past `next`.
bool rangeEnd(const char *&p, const char *end, char next)
{
    const char *from = p;
    while (p < end && *p >= 'A' && *p <= 'Z' && p - from < 3)
        ++p;
    const char *digits = p;
    while (p < end && *p >= '0' && *p <= '9' && p - digits < 7)
        ++p;
    if (digits == from || p == digits || p >= end || *p != next)
        return false;
    ++p;
    return true;
}

// ref="A1:C3" at p: the two references in *first and *second, and the end of the match.
bool rangeAt(const char *p, const char *end, QByteArrayView *first, QByteArrayView *second,
             const char **matchEnd)
{
    if (end - p < 5 || std::memcmp(p, "ref=\"", 5) != 0)
        return false;
    const char *a = p + 5;
    const char *q = a;
    if (!rangeEnd(q, end, ':'))
        return false;
    const char *b = q;
    if (!rangeEnd(q, end, '"'))
        return false;
    *first = QByteArrayView(a, b - 1 - a);
    *second = QByteArrayView(b, q - 1 - b);
    *matchEnd = q;
    return true;
}

bool isWordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The ranges of <mergeCell ref="A1:C3"/> elements (any prefix), two references each, as the
// expression <(?:\w+:)?mergeCell\s[^>]*ref="([A-Z]{1,3}[0-9]{1,7}):([A-Z]{1,3}[0-9]{1,7})"
// finds them one after the other (the last ref="..." before the tag's '>'), in linear time:
// elements that share one '>' (a damaged part) share one scan for it and their ranges.
void mergeRefs(QByteArrayView xml, QVector<QByteArrayView> *refs)
{
    const char *begin = xml.data();
    const char *end = begin + xml.size();
    const char *pos = begin; // matches start here or later
    const char *scannedTo = nullptr; // the '>' (or end) of the last scanned stretch
    const char *last = nullptr; // the last range in that stretch
    QByteArrayView lastFirst, lastSecond;
    const char *lastEnd = nullptr;
    for (qsizetype from = 0;;) {
        const qsizetype at = xml.indexOf("mergeCell", from);
        if (at < 0)
            return;
        from = at + 1;
        const char *name = begin + at;
        const char *lt = name - 1;
        if (lt >= begin && *lt == ':') { // a prefix: word characters after '<'
            --lt;
            while (lt >= pos && isWordByte(*lt))
                --lt;
            if (lt + 2 > name - 1)
                continue; // an empty prefix
        }
        const char c = name + 9 < end ? name[9] : '\0';
        if (lt < pos || *lt != '<'
            || !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'))
            continue;
        const char *content = name + 10;
        if (!scannedTo || content > scannedTo) {
            const void *gt = std::memchr(content, '>', end - content);
            scannedTo = gt ? static_cast<const char *>(gt) : end;
            last = nullptr;
            for (const char *r = content; r < scannedTo; ++r) {
                QByteArrayView f, s;
                const char *e;
                if (*r == 'r' && rangeAt(r, scannedTo, &f, &s, &e)) {
                    last = r;
                    lastFirst = f;
                    lastSecond = s;
                    lastEnd = e;
                }
            }
        }
        if (!last || last < content)
            continue;
        refs->append(lastFirst);
        refs->append(lastSecond);
        pos = lastEnd;
        from = lastEnd - begin;
    }
}

} // namespace

void XlsxReader::setStreamingForTests(qint64 maxInMemory, qint64 chunk)
{
    inMemoryLimit = maxInMemory > 0 ? maxInMemory : maxInMemorySheet;
    chunkSize = chunk > 0 ? chunk : streamChunk;
}

bool XlsxReader::readMerges(const Sheet &sheet, QVector<MergeRange> *merges, QByteArray *whole,
                            bool *tooLarge, ImportIssues *issues)
{
    QString error;
    auto device = m_zip.stream(sheet.part, &error);
    QByteArray mergeXml;
    if (device && !scanMergeXml(device.get(), &mergeXml, whole, inMemoryLimit, tooLarge))
        error = ZipPackage::streamError(device.get());
    if (!error.isEmpty()) {
        issues->append(issue(sheet.info.name, 0, 0, error));
        return false;
    }
    qint64 cells = 0;
    QVector<QByteArrayView> refs;
    mergeRefs(mergeXml, &refs);
    for (qsizetype n = 0; n + 1 < refs.size(); n += 2) {
        const QString from = QString::fromLatin1(refs.at(n));
        const QString to = QString::fromLatin1(refs.at(n + 1));
        qint64 r1, c1, r2, c2;
        if (!XlsxCells::parseReference(from, &r1, &c1) || !XlsxCells::parseReference(to, &r2, &c2)
            || r1 < 1 || c1 < 1 || r2 < r1 || c2 < c1 || r2 > maxRows || c2 > maxColumns)
            continue;
        cells += (r2 - r1 + 1) * (c2 - c1 + 1);
        if (cells > 1000000 || merges->size() >= 100000) {
            issues->append(issue(sheet.info.name, 0, 0,
                                 QCoreApplication::translate(
                                     "Needle::XlsxReader",
                                     "the merged cells cover more than a million cells; they are "
                                     "read as they are stored, not filled"),
                                 ImportIssue::Severity::Warning));
            merges->clear();
            return true;
        }
        merges->append(MergeRange{r1 - 1, r2 - 1, int(c1 - 1), int(c2 - 1)});
    }
    return true;
}

bool XlsxReader::readRows(const QString &sheetName, const RowVisitor &visit, ImportIssues *issues)
{
    ImportIssues local;
    if (!issues)
        issues = &local;
    const Sheet *sheet = nullptr;
    for (const Sheet &s : m_sheets)
        if (s.info.name == sheetName || (sheetName.isEmpty() && !sheet))
            sheet = &s;
    if (!sheet) {
        issues->append(issue(
            QString(), 0, 0,
            QCoreApplication::translate("Needle::XlsxReader", "the workbook has no sheet \"%1\"")
                .arg(sheetName)));
        return false;
    }
    QVector<MergeRange> merges;
    QByteArray whole;
    bool tooLarge = false;
    if (!readMerges(*sheet, &merges, &whole, &tooLarge, issues))
        return false;
    qint64 delivered = -1;
    qint64 warnedThrough = -1;
    if (!whole.isEmpty() || tooLarge) {
        // A part too large to keep was checked to its end by readMerges; it is inflated again
        // and parsed a chunk at a time.
        QString error;
        std::unique_ptr<QIODevice> device = tooLarge ? m_zip.stream(sheet->part, &error) : nullptr;
        if (tooLarge && !device) {
            issues->append(issue(sheet->info.name, 0, 0, error));
            return false;
        }
        std::unique_ptr<InflateAhead> ahead =
            tooLarge ? std::make_unique<InflateAhead>(device.get(), chunkSize) : nullptr;
        std::unique_ptr<FastXml> xml = tooLarge
            ? std::make_unique<FastXml>(
                [&ahead](char *out, qint64 max) { return ahead->read(out, max); }, chunkSize)
            : std::make_unique<FastXml>(whole);
        RowSink sink(merges, visit);
        bool unsupported = false;
        const bool ok = readRowsFast(*sheet, *xml, sink, issues, &unsupported, &warnedThrough);
        if (!unsupported)
            return ok;
        delivered = sink.delivered();
    }
    whole = QByteArray();
    // The part is read again from its start by the other parser, which gives the same rows
    // and issues where the fast one read: the rows the visitor has seen are not passed again,
    // and the warnings of the rows the fast parser finished are not repeated.
    RowSink sink(merges, visit, delivered);
    if (warnedThrough < 0)
        return readRowsXml(*sheet, sink, issues);
    ImportIssues again;
    const bool ok = readRowsXml(*sheet, sink, &again);
    for (qsizetype n = 0; n < again.size(); ++n) {
        const ImportIssue &i = again.at(n);
        if (i.row == 0 || i.row - 1 > warnedThrough || (!ok && n == again.size() - 1))
            issues->append(i); // (the last one says why the read failed)
    }
    return ok;
}

bool XlsxReader::readRowsXml(const Sheet &sheet, RowSink &sink, ImportIssues *issues)
{
    const QString name = sheet.info.name;
    QString error;
    auto device = m_zip.stream(sheet.part, &error);
    if (!device) {
        issues->append(issue(name, 0, 0, error));
        return false;
    }
    QXmlStreamReader xml(device.get());
    auto fail = [&](qint64 row, int column, const QString &message) {
        issues->append(issue(name, row, column, message));
        return false;
    };

    Row row;
    bool stopped = false;
    qint64 rowInProgress = 0; // 1-based, for errors inside a row
    while (!stopped && XmlGuard::next(xml)) {
        if (!xml.isStartElement() || xml.name() != u"row")
            continue;
        qint64 index = 0;
        qint64 errorRow = 0;
        const RowSink::Start start =
            sink.startRow(xml.attributes().value(QLatin1String("r")), &index, &error, &errorRow);
        if (start == RowSink::Start::Error)
            return fail(errorRow, 0, error);
        if (start == RowSink::Start::Stopped)
            return true;
        row.clear();
        rowInProgress = index + 1;
        int column = 0;
        while (XmlGuard::next(xml)) {
            if (xml.isEndElement() && xml.name() == u"row")
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes a = xml.attributes();
            if (!checkReference(name, index, a.value(QLatin1String("r")), &column, issues))
                return false;
            CellData in;
            in.type = a.value(QLatin1String("t"));
            in.style = XlsxCells::styleIndex(a.value(QLatin1String("s")));
            QString value;
            while (XmlGuard::next(xml)) {
                if (xml.isEndElement() && xml.name() == u"c")
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"v") {
                    value = XmlGuard::text(xml, maxCellLength);
                    in.hasValue = true;
                } else if (xml.name() == u"f") {
                    in.formula = true;
                    xml.skipCurrentElement();
                } else if (xml.name() == u"is") {
                    int depth = 1;
                    while (depth > 0 && XmlGuard::next(xml)) {
                        if (xml.isStartElement()) {
                            if (xml.name() == u"t")
                                in.inlineText += XmlGuard::text(xml, maxCellLength);
                            else if (xml.name() == u"rPh" || xml.name() == u"rPr")
                                xml.skipCurrentElement();
                            else if (++depth > 32)
                                xml.raiseError(QCoreApplication::translate(
                                    "Needle::XlsxReader", "elements are nested too deeply"));
                        } else if (xml.isEndElement()) {
                            --depth;
                        }
                    }
                    in.hasValue = true;
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (xml.hasError())
                break;
            in.value = value;
            Cell cell;
            if (!makeCell(name, index, column, in, &cell, issues))
                return false;
            if (cell.isEmpty())
                continue;
            if (row.size() < column)
                row.resize(column);
            row[column - 1] = std::move(cell);
        }
        if (xml.hasError())
            break;
        stopped = !sink.endRow(index, row);
        rowInProgress = 0;
    }
    if (xml.hasError() && !stopped) {
        issues->append(issue(name, rowInProgress, 0, xmlError(sheet.part, xml, device.get())));
        return false;
    }
    return true;
}

} // namespace Needle
