#include "import/textdecoder.h"

namespace Needle::TextDecoder {

namespace {

// Windows-1252 0x80-0x9F; 0 marks the five bytes it leaves undefined.
const char16_t cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

// Length of the valid UTF-8 sequence at p (1-4), or 0 when it is invalid.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    int n;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0; // overlong
        else if (c == 0xED)
            hi = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (end - p < n || p[1] < lo || p[1] > hi)
        return 0;
    for (int i = 2; i < n; ++i)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    return n;
}

} // namespace

bool encodingFromName(const QString &name, Encoding *encoding)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_');
    if (n == QLatin1String("utf8"))
        *encoding = Encoding::Utf8;
    else if (n == QLatin1String("utf16le"))
        *encoding = Encoding::Utf16LE;
    else if (n == QLatin1String("utf16be"))
        *encoding = Encoding::Utf16BE;
    else if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252")
             || n == QLatin1String("latin1") || n == QLatin1String("iso88591"))
        *encoding = Encoding::Windows1252;
    else
        return false;
    return true;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    }
    return QString();
}

qint64 firstInvalidUtf8(const char *data, qint64 size, qint64 *multiByte)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const auto *end = p + size;
    qint64 multi = 0;
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8SequenceLength(p, end);
        if (n == 0) {
            if (multiByte)
                *multiByte = multi;
            return p - reinterpret_cast<const unsigned char *>(data);
        }
        ++multi;
        p += n;
    }
    if (multiByte)
        *multiByte = multi;
    return -1;
}

bool decode(const char *data, int size, Encoding encoding, QString *out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    bool ascii = true;
    for (int i = 0; i < size; ++i) {
        if (p[i] >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        // Into the string's own buffer when it has room (a reader reuses its cells row after
        // row): no allocation per cell.
        if (size > 0 && out->isDetached() && out->capacity() >= size) {
            out->resize(size);
            char16_t *d = reinterpret_cast<char16_t *>(out->data());
            for (int i = 0; i < size; ++i)
                d[i] = p[i];
        } else {
            *out = QString::fromLatin1(data, size);
        }
        return true;
    }
    if (encoding == Encoding::Windows1252) {
        QString s(size, Qt::Uninitialized);
        QChar *d = s.data();
        for (int i = 0; i < size; ++i) {
            const unsigned char c = p[i];
            if (c >= 0x80 && c < 0xA0) {
                if (cp1252High[c - 0x80] == 0)
                    return false;
                d[i] = QChar(cp1252High[c - 0x80]);
            } else {
                d[i] = QChar(char16_t(c));
            }
        }
        *out = s;
        return true;
    }
    if (firstInvalidUtf8(data, size) >= 0)
        return false;
    *out = QString::fromUtf8(data, size);
    return true;
}

qint64 lineAt(const char *data, qint64 offset)
{
    qint64 line = 1;
    for (qint64 i = 0; i < offset; ++i) {
        if (data[i] == '\n')
            ++line;
        else if (data[i] == '\r' && (i + 1 >= offset || data[i + 1] != '\n'))
            ++line;
    }
    return line;
}

bool utf16ToUtf8(const char *data, qint64 size, bool bigEndian, QByteArray *out, qint64 *badLine)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const qint64 units = size / 2;
    auto unitAt = [&](qint64 i) -> char16_t {
        return bigEndian ? char16_t(p[2 * i] << 8 | p[2 * i + 1])
                         : char16_t(p[2 * i + 1] << 8 | p[2 * i]);
    };
    qint64 line = 1;
    out->clear();
    out->reserve(size);
    QString chunk;
    chunk.reserve(8192);
    for (qint64 i = 0; i < units; ++i) {
        const char16_t u = unitAt(i);
        if (u == u'\n')
            ++line;
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 >= units || !QChar::isLowSurrogate(unitAt(i + 1))) {
                *badLine = line;
                return false;
            }
            chunk += QChar(u);
            chunk += QChar(unitAt(++i));
        } else if (QChar::isLowSurrogate(u)) {
            *badLine = line;
            return false;
        } else {
            chunk += QChar(u);
        }
        if (chunk.size() >= 8000) {
            out->append(chunk.toUtf8());
            chunk.clear();
        }
    }
    out->append(chunk.toUtf8());
    if (size % 2 != 0) {
        *badLine = line;
        return false;
    }
    return true;
}

Encoding guessUtf16(const char *data, qint64 size)
{
    const qint64 pairs = qMin(size, qint64(4096)) / 2;
    if (pairs < 2)
        return Encoding::Utf8;
    qint64 zeroEven = 0;
    qint64 zeroOdd = 0;
    for (qint64 i = 0; i < pairs; ++i) {
        zeroEven += data[2 * i] == 0;
        zeroOdd += data[2 * i + 1] == 0;
    }
    const qint64 few = pairs / 100;
    if (zeroOdd * 2 >= pairs && zeroEven <= few)
        return Encoding::Utf16LE;
    if (zeroEven * 2 >= pairs && zeroOdd <= few)
        return Encoding::Utf16BE;
    return Encoding::Utf8;
}

} // namespace Needle::TextDecoder
