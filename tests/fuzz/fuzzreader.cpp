#include "fuzzreader.h"

#include "import/celljson.h"
#include "import/valueparser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Needle;

namespace NeedleFuzz {

QString inputPath(const char *suffix)
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/needle-fuzz-XXXXXX"));
    if (!dir.isValid())
        contractBroken("cannot create a temporary folder for the inputs");
    return dir.filePath(QStringLiteral("input.") + QString::fromLatin1(suffix));
}

void writeInput(const QString &path, const char *data, size_t size)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        contractBroken("cannot write the input file");
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size - done);
        if (n <= 0) {
            ::close(fd);
            contractBroken("cannot write the input file");
        }
        done += size_t(n);
    }
    ::close(fd);
}

namespace {

quint32 crc32(const char *data, size_t size)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    quint32 c = 0xFFFFFFFFu;
    for (size_t i = 0; i < size; ++i)
        c = table[(c ^ quint8(data[i])) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

quint32 le16(const char *p)
{
    return quint32(quint8(p[0])) | quint32(quint8(p[1])) << 8;
}

quint32 le32(const char *p)
{
    return le16(p) | le16(p + 2) << 16;
}

void put32(char *p, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        p[i] = char((v >> (8 * i)) & 0xFF);
}

} // namespace

QByteArray withStoredChecksums(const char *data, size_t size)
{
    QByteArray out(data, qsizetype(size));
    const qint64 n = qint64(size);
    if (n < 22 || std::memcmp(data, "PK", 2) != 0)
        return out;
    // The end of central directory record: the last PK\5\6 within the final 64 KB + 22.
    qint64 eocd = -1;
    for (qint64 i = n - 22; i >= 0 && i >= n - 22 - 65535; --i)
        if (std::memcmp(data + i, "PK\x05\x06", 4) == 0) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        return out;
    char *d = out.data();
    const quint32 entries = le16(d + eocd + 10);
    qint64 pos = le32(d + eocd + 16);
    for (quint32 e = 0; e < entries; ++e) {
        if (pos < 0 || pos + 46 > n || std::memcmp(d + pos, "PK\x01\x02", 4) != 0)
            break;
        char *central = d + pos;
        const quint32 method = le16(central + 10);
        const quint32 compressed = le32(central + 20);
        const quint32 uncompressed = le32(central + 24);
        const qint64 local = le32(central + 42);
        pos += 46 + qint64(le16(central + 28)) + le16(central + 30) + le16(central + 32);
        if (method != 0 || compressed != uncompressed || local + 30 > n
            || std::memcmp(d + local, "PK\x03\x04", 4) != 0)
            continue;
        const qint64 start = local + 30 + qint64(le16(d + local + 26)) + le16(d + local + 28);
        if (start + qint64(compressed) > n)
            continue;
        const quint32 crc = crc32(d + start, compressed);
        put32(central + 16, crc);
        put32(d + local + 14, crc);
    }
    return out;
}

void contractBroken(const char *what)
{
    std::fprintf(stderr, "needle-fuzz: reader contract broken: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

namespace {

// NEEDLE_FUZZ_VERBOSE=1 prints what each input gave (to see what a corpus reaches).
bool verbose()
{
    static const bool on = qEnvironmentVariableIsSet("NEEDLE_FUZZ_VERBOSE");
    return on;
}

void checkIssues(const ImportIssues &issues)
{
    for (const ImportIssue &i : issues) {
        if (i.message.isEmpty())
            contractBroken("an issue without a message");
        if (i.file.isEmpty())
            contractBroken("an issue that does not name the file");
        if (i.row < 0 || i.column < 0)
            contractBroken("an issue with a negative row or column");
        (void)i.toString();
    }
}

void touch(const Cell &cell, bool parseValues)
{
    (void)CellJson::toJson(cell);
    (void)CellJson::toText(cell);
    if (!parseValues || cell.type != Cell::Type::Text)
        return;
    QString why;
    (void)ValueParser::parseNumber(cell.text, ValueParser::NumberLocale::Unknown, &why);
    (void)ValueParser::parseNumber(cell.text, ValueParser::NumberLocale::DecimalComma, &why);
    (void)ValueParser::parseDate(cell.text, ValueParser::DateOrder::Unknown, &why);
    (void)ValueParser::parseDate(cell.text, ValueParser::DateOrder::MonthDayYear, &why);
}

} // namespace

void checkOpened(bool opened, const ImportIssues &issues)
{
    checkIssues(issues);
    if (verbose() && !opened)
        std::fprintf(stderr, "needle-fuzz: not opened: %s\n",
                     qUtf8Printable(issues.constLast().toString()));
    if (!opened && !hasErrors(issues))
        contractBroken("open() failed without an error issue");
}

void readEverything(SpreadsheetReader *reader, int maxColumns, qint64 maxRows, bool parseValues)
{
    const QVector<SheetInfo> sheets = reader->sheets();
    if (sheets.isEmpty())
        contractBroken("an opened reader has no sheet");
    QStringList names;
    for (const SheetInfo &s : sheets) {
        if (s.state != u"visible" && s.state != u"hidden" && s.state != u"veryHidden")
            contractBroken("a sheet state that is not visible, hidden or veryHidden");
        if (!names.contains(s.name))
            names << s.name;
    }
    names << QString(); // the default (first) sheet
    for (const QString &name : std::as_const(names)) {
        ImportIssues issues;
        qint64 last = -1;
        QStringList columnSamples;
        const bool ok = reader->readRows(
            name,
            [&](qint64 row, const Row &cells) {
                if (row != last + 1)
                    contractBroken("rows not passed in order, one by one from 0");
                if (row >= maxRows)
                    contractBroken("a row beyond the reader's row limit");
                if (cells.size() > maxColumns)
                    contractBroken("a row with more columns than the reader's limit");
                last = row;
                for (const Cell &c : cells)
                    touch(c, parseValues);
                if (parseValues && !cells.isEmpty() && cells.constFirst().type == Cell::Type::Text
                    && columnSamples.size() < 50)
                    columnSamples << cells.constFirst().text;
                return true;
            },
            &issues);
        checkIssues(issues);
        if (!ok && !hasErrors(issues))
            contractBroken("readRows() failed without an error issue");
        if (verbose())
            std::fprintf(stderr, "needle-fuzz: sheet \"%s\": %lld rows, %s%s\n",
                         qUtf8Printable(name), last + 1, ok ? "ok" : "failed: ",
                         ok ? "" : qUtf8Printable(issues.constLast().toString()));
        if (parseValues) {
            (void)ValueParser::detectNumberFormat(columnSamples);
            (void)ValueParser::detectDateOrder(columnSamples);
        }
    }
    // A sheet that does not exist is an error, not a crash.
    ImportIssues issues;
    const bool ok = reader->readRows(
        QStringLiteral("\x01no such sheet"), [](qint64, const Row &) { return true; }, &issues);
    checkIssues(issues);
    if (ok || !hasErrors(issues))
        contractBroken("reading a missing sheet did not fail with an error");
}

} // namespace NeedleFuzz
