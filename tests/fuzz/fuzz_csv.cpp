// libFuzzer target: CSV/TSV text through SpreadsheetReader::open (which also recognises what
// a file really is: zip, PDF, legacy Office, HTML...) and through CsvReader with forced
// options; every cell goes through the importer's number and date parsers.

#include "fuzzreader.h"

#include "import/csvreader.h"

#include <limits>

using namespace Needle;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = NeedleFuzz::inputPath("csv");
    NeedleFuzz::writeInput(path, reinterpret_cast<const char *>(data), size);
    {
        ImportIssues issues;
        auto reader = SpreadsheetReader::open(path, ReaderOptions(), &issues);
        NeedleFuzz::checkOpened(reader != nullptr, issues);
        if (reader)
            NeedleFuzz::readEverything(reader.get(), CsvReader::maxColumns,
                                       std::numeric_limits<qint64>::max(), true);
    }
    // The options a user can force, picked by the last byte so that mutations reach each.
    static const char *const encodings[] = {"",         "UTF-8",  "Windows-1252", "UTF-16LE",
                                            "UTF-16BE", "latin1", "EBCDIC"};
    static const char16_t delimiters[] = {0, u',', u';', u'\t', u'|', u'"', u'\u00e9'};
    const unsigned pick = size ? data[size - 1] : 0;
    ReaderOptions options;
    options.csvEncoding = QString::fromLatin1(encodings[pick % 7]);
    if (const char16_t d = delimiters[(pick / 7) % 7])
        options.csvDelimiter = QChar(d);
    ImportIssues issues;
    auto reader = CsvReader::open(path, options, &issues);
    NeedleFuzz::checkOpened(reader != nullptr, issues);
    if (reader)
        NeedleFuzz::readEverything(reader.get(), CsvReader::maxColumns,
                                   std::numeric_limits<qint64>::max(), false);
    return 0;
}
