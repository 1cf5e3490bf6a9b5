// libFuzzer target: XLSX workbooks through XlsxReader (ZipPackage, relationships, workbook,
// styles and number formats, shared strings, sheets, merged cells). Stored entries get their
// checksums fixed first, so that mutated XML is parsed rather than refused as damaged. Each
// workbook is read twice: sheet parts in memory, then streamed through a small window.

#include "fuzzreader.h"

#include "import/xlsxreader.h"

using namespace Needle;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = NeedleFuzz::inputPath("xlsx");
    const QByteArray input =
        NeedleFuzz::withStoredChecksums(reinterpret_cast<const char *>(data), size);
    NeedleFuzz::writeInput(path, input.constData(), size_t(input.size()));
    ImportIssues issues;
    auto reader = XlsxReader::open(path, &issues);
    NeedleFuzz::checkOpened(reader != nullptr, issues);
    if (reader) {
        NeedleFuzz::readEverything(reader.get(), XlsxReader::maxColumns, XlsxReader::maxRows, true);
        // Again with every sheet part streamed through a window of 1-64 bytes (the way parts
        // over 64 MB are read), so that the streaming tokenizer meets the same mutations.
        XlsxReader::setStreamingForTests(1, 1 + qint64(size % 64));
        NeedleFuzz::readEverything(reader.get(), XlsxReader::maxColumns, XlsxReader::maxRows, true);
        XlsxReader::setStreamingForTests(0, 0);
    }
    return 0;
}
