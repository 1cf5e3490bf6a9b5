// libFuzzer target: OpenDocument spreadsheets through OdsReader (ZipPackage, manifest,
// content.xml tables, repeated rows and columns, value types, merged cells). Stored entries
// get their checksums fixed first, so that mutated XML is parsed rather than refused.

#include "fuzzreader.h"

#include "import/odsreader.h"

using namespace Needle;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = NeedleFuzz::inputPath("ods");
    const QByteArray input =
        NeedleFuzz::withStoredChecksums(reinterpret_cast<const char *>(data), size);
    NeedleFuzz::writeInput(path, input.constData(), size_t(input.size()));
    ImportIssues issues;
    auto reader = OdsReader::open(path, &issues);
    NeedleFuzz::checkOpened(reader != nullptr, issues);
    if (reader)
        NeedleFuzz::readEverything(reader.get(), OdsReader::maxColumns, OdsReader::maxRows, true);
    return 0;
}
