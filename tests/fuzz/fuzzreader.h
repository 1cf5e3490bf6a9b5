#pragma once

// Shared by the libFuzzer targets of the import readers: the input written to a file (the
// readers take a path), and a reader driven through every sheet, row and cell while the
// contract of SpreadsheetReader is checked. A broken contract aborts, which libFuzzer reports
// as a crash with the input that caused it.

#include "import/spreadsheetreader.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace NeedleFuzz {

// A file in a private temporary folder, named input.<suffix>, rewritten for each input.
QString inputPath(const char *suffix);
void writeInput(const QString &path, const char *data, size_t size);

// When data is a ZIP archive, a copy in which every stored (uncompressed) entry carries the
// CRC-32 of its bytes in its local and central headers, so that a mutated XML part is parsed
// to its end rather than refused for its checksum. Returns data unchanged otherwise.
QByteArray withStoredChecksums(const char *data, size_t size);

// Aborts with a message on stderr: a broken reader contract.
[[noreturn]] void contractBroken(const char *what);

// Checks what an open() returned: a reader, or null with an error naming the file.
void checkOpened(bool opened, const Needle::ImportIssues &issues);

// Reads every sheet (by name, the default sheet, and a missing one), checking that rows come
// in order without gaps and within the limits, that a failure is described by an error issue,
// and turning every cell into JSON and text as `needle inspect` does. With parseValues, text
// cells also go through the number and date parsers the importer uses.
void readEverything(Needle::SpreadsheetReader *reader, int maxColumns, qint64 maxRows,
                    bool parseValues);

} // namespace NeedleFuzz
