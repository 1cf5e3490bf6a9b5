#pragma once

#include <QByteArray>
#include <QString>

namespace Needle::TextDecoder {

// The encodings a CSV file can be read in. UTF-16 files are converted to UTF-8 before parsing.
enum class Encoding { Utf8, Windows1252, Utf16LE, Utf16BE };

// "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252" (also "cp1252", "latin1", "ISO-8859-1");
// false for a name Needle does not read.
bool encodingFromName(const QString &name, Encoding *encoding);
QString encodingName(Encoding encoding);

// Strict UTF-8: overlong forms, surrogates and code points above U+10FFFF are invalid.
// Returns the offset of the first invalid byte, or -1 when all of data is valid; counts the
// multi-byte sequences seen before it in *multiByte when given.
qint64 firstInvalidUtf8(const char *data, qint64 size, qint64 *multiByte = nullptr);

// Decodes one field. False when it holds a byte the encoding does not define (UTF-8:
// invalid sequences; Windows-1252: 0x81, 0x8D, 0x8F, 0x90, 0x9D).
bool decode(const char *data, int size, Encoding encoding, QString *out);

// Converts UTF-16 (without its BOM) to UTF-8; on an unpaired surrogate or an odd length
// returns false with the 1-based line it is on in *badLine.
bool utf16ToUtf8(const char *data, qint64 size, bool bigEndian, QByteArray *out, qint64 *badLine);

// Utf16LE or Utf16BE when data looks like UTF-16 text without a byte-order mark (at least half
// of the first code units have a zero high byte, and almost none a zero low byte); else Utf8.
Encoding guessUtf16(const char *data, qint64 size);

// The 1-based line (LF, CRLF or CR ends) that byte offset lies on.
qint64 lineAt(const char *data, qint64 offset);

} // namespace Needle::TextDecoder
