#include "import/fastxml.h"

#include <algorithm>
#include <cstring>

namespace Needle {

namespace {

struct Spaces
{
    bool of[256] = {};
    constexpr Spaces() { of[int(' ')] = of[int('\t')] = of[int('\n')] = of[int('\r')] = true; }
};
constexpr Spaces spaces;

bool isSpace(char c)
{
    return spaces.of[uchar(c)];
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Byte classes: 1 name character, 2 needs a look in text and attribute values ('&', '<',
// '>', control characters, quotes, non-ASCII), 3 ':' (in qualified names).
struct Classes
{
    uchar of[256] = {};
    constexpr Classes()
    {
        for (int c = 'a'; c <= 'z'; ++c)
            of[c] = 1;
        for (int c = 'A'; c <= 'Z'; ++c)
            of[c] = 1;
        for (int c = '0'; c <= '9'; ++c)
            of[c] = 1;
        of[int('_')] = of[int('-')] = of[int('.')] = 1;
        for (int c = 0; c < 0x20; ++c)
            of[c] = 2;
        for (int c = 0x80; c < 0x100; ++c)
            of[c] = 2;
        of[int('&')] = of[int('<')] = of[int('>')] = of[int('"')] = of[int('\'')] = 2;
        of[int(':')] = 3;
    }
};
constexpr Classes classes;

bool isXmlChar(uint u)
{
    return u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u <= 0xD7FF)
        || (u >= 0xE000 && u <= 0xFFFD) || (u >= 0x10000 && u <= 0x10FFFF);
}

// Checks one UTF-8 sequence starting at p (a byte >= 0x80); advances p past it.
bool utf8Sequence(const char *&p, const char *end)
{
    const auto *s = reinterpret_cast<const uchar *>(p);
    const qptrdiff left = end - p;
    uint u;
    int n;
    if (s[0] >= 0xC2 && s[0] <= 0xDF) {
        u = s[0] & 0x1F;
        n = 2;
    } else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        u = s[0] & 0x0F;
        n = 3;
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        u = s[0] & 0x07;
        n = 4;
    } else {
        return false;
    }
    if (left < n)
        return false;
    for (int i = 1; i < n; ++i) {
        if ((s[i] & 0xC0) != 0x80)
            return false;
        u = (u << 6) | (s[i] & 0x3F);
    }
    if ((n == 3 && u < 0x800) || (n == 4 && u < 0x10000) || !isXmlChar(u))
        return false;
    p += n;
    return true;
}

// An entity or character reference at p ('&'); its code point in *u. Advances p past ';'.
bool reference(const char *&p, const char *end, uint *u)
{
    const char *semi = static_cast<const char *>(std::memchr(p, ';', qMin<qptrdiff>(end - p, 12)));
    if (!semi)
        return false;
    const QByteArrayView body(p + 1, semi - p - 1);
    if (body == "amp")
        *u = '&';
    else if (body == "lt")
        *u = '<';
    else if (body == "gt")
        *u = '>';
    else if (body == "quot")
        *u = '"';
    else if (body == "apos")
        *u = '\'';
    else if (body.size() >= 2 && body.at(0) == '#') {
        const bool hex = body.at(1) == 'x';
        const QByteArrayView digits = body.sliced(hex ? 2 : 1);
        if (digits.isEmpty() || digits.size() > 7)
            return false;
        uint v = 0;
        for (char c : digits) {
            int d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            else
                return false;
            v = v * (hex ? 16 : 10) + uint(d);
        }
        if (!isXmlChar(v))
            return false;
        *u = v;
    } else {
        return false;
    }
    p = semi + 1;
    return true;
}

} // namespace

FastXml::FastXml(QByteArrayView data, bool checked)
    : m_begin(data.data()), m_p(data.data()), m_end(data.data() + data.size()), m_checked(checked)
{
    if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_p += 3;
    if (m_end - m_p >= 6 && std::memcmp(m_p, "<?xml", 5) == 0 && isSpace(m_p[5]) && !declaration())
        m_failed = true;
}

FastXml::FastXml(Source source, qint64 chunk)
    : m_begin(nullptr), m_p(nullptr), m_end(nullptr), m_source(std::move(source)),
      m_chunk(qMax<qint64>(chunk, 1)), m_eof(false)
{
    // The first chunk in, at least the 9 bytes of a BOM and "<?xml "; a declaration is read
    // whole (it is short).
    while (!m_eof && !m_sourceFailed && m_end - m_p < 9)
        refill();
    const char *start =
        m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0 ? m_p + 3 : m_p;
    if (m_end - start >= 5 && std::memcmp(start, "<?xml", 5) == 0)
        while (!m_eof && !m_sourceFailed && m_end - m_p < 256)
            refill();
    if (m_sourceFailed) {
        m_failed = true;
        return;
    }
    if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_p += 3;
    if (m_end - m_p >= 6 && std::memcmp(m_p, "<?xml", 5) == 0 && isSpace(m_p[5]) && !declaration())
        m_failed = true;
}

// The names the open elements and the prefixes in scope point to are copied out of the window
// before it moves (a few short names per refill).
void FastXml::keepNames()
{
    const char *from = m_buffer.constData();
    const char *to = from + m_buffer.size();
    auto keep = [&](QByteArrayView *v) {
        if (v->isEmpty() || v->data() < from || v->data() >= to)
            return;
        m_names.emplace_back(v->toByteArray());
        *v = m_names.back();
    };
    for (Open &o : m_open) {
        const qsizetype localAt = o.local.data() - o.qualified.data();
        keep(&o.qualified);
        o.local = o.qualified.sliced(localAt);
    }
    for (QByteArrayView &p : m_prefixes)
        keep(&p);
}

// Moves the window on to m_p (two bytes before it are kept for the look back at "]]>") and
// reads at least one more chunk; false when the source is exhausted or failed, or the token
// at m_p would be longer than maxWindow.
bool FastXml::refill()
{
    if (m_eof || m_sourceFailed || m_end - m_p >= maxWindow)
        return false;
    keepNames();
    char *base = m_buffer.data();
    const char *keep = m_p ? m_p - qMin<qptrdiff>(m_p - m_begin, 2) : nullptr;
    const qsizetype kept = keep ? m_end - keep : 0;
    if (keep) {
        m_linesBefore += std::count(static_cast<const char *>(base), keep, '\n');
        std::memmove(base, keep, size_t(kept));
    }
    const qptrdiff at = keep ? m_p - keep : 0;
    const qsizetype want = qMax<qsizetype>(kept + m_chunk, 2 * kept);
    if (m_buffer.size() < want)
        m_buffer.resize(want);
    base = m_buffer.data();
    qsizetype filled = kept;
    while (filled < want) {
        const qint64 n = m_source(base + filled, m_buffer.size() - filled);
        if (n < 0) {
            m_sourceFailed = true;
            return false;
        }
        if (n == 0) {
            m_eof = true;
            break;
        }
        filled += n;
    }
    m_begin = base;
    m_p = base + at;
    m_end = base + filled;
    return true;
}

FastXml::Token FastXml::unsupported()
{
    m_failed = true;
    return Token::Unsupported;
}

qint64 FastXml::lineNumber() const
{
    qint64 lines = 1 + m_linesBefore;
    for (const char *p = m_begin; p < m_p; ++p)
        lines += *p == '\n';
    return lines;
}

// <?xml version="1.0" encoding="UTF-8" standalone="yes"?>: version 1.0 and UTF-8 only.
bool FastXml::declaration()
{
    const char *close = nullptr;
    for (const char *p = m_p; p + 1 < m_end && p - m_p < 200; ++p)
        if (p[0] == '?' && p[1] == '>') {
            close = p;
            break;
        }
    if (!close)
        return false;
    const QByteArrayView decl(m_p + 6, close - m_p - 6);
    const QByteArray lower = decl.toByteArray().toLower();
    const qsizetype version = lower.indexOf("version");
    if (version < 0
        || (lower.indexOf("\"1.0\"", version) < 0 && lower.indexOf("'1.0'", version) < 0))
        return false;
    const qsizetype encoding = lower.indexOf("encoding");
    if (encoding >= 0 && lower.indexOf("\"utf-8\"", encoding) < 0
        && lower.indexOf("'utf-8'", encoding) < 0)
        return false;
    for (char c : decl)
        if (c == '<' || c == '>' || c == '&' || uchar(c) >= 0x80)
            return false;
    m_p = close + 2;
    return true;
}

// qualified is what scanQualified read: name characters with at most one colon.
bool FastXml::checkName(QByteArrayView qualified, qsizetype colon, bool attribute) const
{
    if (qualified.isEmpty() || !isNameStart(qualified.at(0)))
        return false;
    const char *d = qualified.data();
    if (colon < 0)
        return true;
    if (colon + 1 == qualified.size() || !isNameStart(d[colon + 1]))
        return false;
    const QByteArrayView prefix = qualified.first(colon);
    if (sameBytes(prefix, "xml") || (attribute && sameBytes(prefix, "xmlns")))
        return true;
    for (const QByteArrayView &p : m_prefixes)
        if (sameBytes(p, prefix))
            return true;
    return false;
}

// Scans text (stop '<') or an attribute value (stop: its quote), checking characters,
// references and UTF-8. p ends on the stop character.
bool FastXml::scanValue(const char *&p, char stop, bool attribute)
{
    if (m_checked) {
        // Values are mostly short: a plain loop first, memchr for long ones.
        const char *shortEnd = m_end - p > 32 ? p + 32 : m_end;
        while (p < shortEnd && *p != stop)
            ++p;
        if (p < shortEnd)
            return true;
        const void *at = std::memchr(p, stop, m_end - p);
        p = at ? static_cast<const char *>(at) : m_end;
        return at || !attribute;
    }
    while (p < m_end) {
        while (p < m_end && classes.of[uchar(*p)] != 2)
            ++p;
        if (p >= m_end)
            break;
        const char c = *p;
        if (c == stop)
            return true;
        const uchar u = uchar(c);
        if (u >= 0x80) {
            if (!utf8Sequence(p, m_end))
                return false;
            continue;
        }
        if (c == '&') {
            uint code;
            if (!reference(p, m_end, &code))
                return false;
            continue;
        }
        if ((u < 0x20 && !isSpace(c)) || (attribute && c == '<'))
            return false;
        if (!attribute && c == '>' && p - 2 >= m_begin && p[-1] == ']' && p[-2] == ']')
            return false; // "]]>" is not allowed in text
        ++p;
    }
    return !attribute && stop == '<';
}

// A qualified name from p: name characters with at most one colon (*colon, else null).
// False when it has two colons. p ends on the first byte after it.
static bool scanQualified(const char *&p, const char *end, const char **colon)
{
    *colon = nullptr;
    for (; p < end; ++p) {
        const uchar k = classes.of[uchar(*p)];
        if (k == 1)
            continue;
        if (k != 3)
            break;
        if (*colon)
            return false;
        *colon = p;
    }
    return true;
}

bool FastXml::startTag()
{
    const char *p = m_p + 1;
    const char *nameFrom = p;
    const char *nameColon;
    if (!scanQualified(p, m_end, &nameColon))
        return false;
    const QByteArrayView qualified(nameFrom, p - nameFrom);
    const qsizetype colon = nameColon ? nameColon - nameFrom : -1;
    m_attributeCount = 0;
    const int prefixesBefore = int(m_prefixes.size());
    bool empty = false;
    for (;;) {
        const char *spaceFrom = p;
        while (p < m_end && isSpace(*p))
            ++p;
        if (p >= m_end)
            return false;
        if (*p == '>') {
            ++p;
            break;
        }
        if (*p == '/') {
            if (p + 1 >= m_end || p[1] != '>')
                return false;
            p += 2;
            empty = true;
            break;
        }
        if (p == spaceFrom)
            return false; // attributes need white space before them
        const char *attrFrom = p;
        const char *attrColon;
        if (!scanQualified(p, m_end, &attrColon))
            return false;
        const QByteArrayView attrName(attrFrom, p - attrFrom);
        const qsizetype aColon = attrColon ? attrColon - attrFrom : -1;
        while (p < m_end && isSpace(*p))
            ++p;
        if (p >= m_end || *p != '=')
            return false;
        ++p;
        while (p < m_end && isSpace(*p))
            ++p;
        if (p >= m_end || (*p != '"' && *p != '\''))
            return false;
        const char quote = *p++;
        const char *valueFrom = p;
        // Plain bytes here; scanValue looks at the first one that needs a look.
        while (p < m_end && classes.of[uchar(*p)] != 2)
            ++p;
        if ((p >= m_end || *p != quote) && !scanValue(p, quote, true))
            return false;
        const QByteArrayView value(valueFrom, p - valueFrom);
        ++p;
        const QByteArrayView local = aColon < 0 ? attrName : attrName.sliced(aColon + 1);
        if (!m_checked) {
            for (qsizetype i = 0; i < m_attributeCount; ++i)
                if (sameBytes(m_attributes[i].local, local))
                    return false; // a repeated (or possibly repeated) attribute
            if (aColon == 5 && sameBytes(attrName.first(5), "xmlns")) {
                if (value.isEmpty())
                    return false;
                m_prefixes.append(local);
            }
        }
        addAttribute(Attribute{attrName, local, value});
    }
    if (!m_checked) {
        // Prefixes an element declares count for its own name and attributes. (A name
        // without a colon needs only a look at its first character.)
        if (colon < 0 ? qualified.isEmpty() || !isNameStart(qualified.front())
                      : !checkName(qualified, colon, false))
            return false;
        for (qsizetype i = 0; i < m_attributeCount; ++i) {
            const Attribute &a = m_attributes[i];
            if (a.local.size() == a.name.size()
                    ? a.name.isEmpty() || !isNameStart(a.name.front())
                    : !checkName(a.name, a.name.size() - a.local.size() - 1, true))
                return false;
        }
    }
    if (m_open.size() >= maxDepth || (m_open.isEmpty() && m_rootDone))
        return false;
    m_name = colon < 0 ? qualified : qualified.sliced(colon + 1);
    m_open.append(Open{qualified, m_name, prefixesBefore});
    m_pendingEnd = empty;
    m_p = p;
    return true;
}

bool FastXml::endTag()
{
    // The name must be the open element's: compared in place, then white space and '>'.
    if (m_open.isEmpty())
        return false;
    const Open &top = m_open.last();
    const char *p = m_p + 2;
    const qsizetype n = top.qualified.size();
    if (m_end - p <= n || !sameBytes(QByteArrayView(p, n), top.qualified))
        return false;
    p += n;
    while (p < m_end && isSpace(*p))
        ++p;
    if (p >= m_end || *p != '>')
        return false;
    m_p = p + 1;
    m_name = top.local;
    if (m_prefixes.size() != top.prefixes)
        m_prefixes.resize(top.prefixes);
    m_open.removeLast();
    m_rootDone = m_rootDone || m_open.isEmpty();
    return true;
}

FastXml::Token FastXml::next()
{
    if (m_failed)
        return Token::Unsupported;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        if (m_prefixes.size() != m_open.last().prefixes)
            m_prefixes.resize(m_open.last().prefixes);
        m_open.removeLast();
        m_rootDone = m_rootDone || m_open.isEmpty();
        return Token::EndElement;
    }
    for (;;) {
        const char *from = m_p;
        const qsizetype prefixes = m_prefixes.size();
        const Token t = token();
        if (m_eof || m_final
            || !(t == Token::Unsupported || (t == Token::Characters && m_p >= m_end)))
            return t;
        // Streaming: the token may go on past the window. Read more, then read it again.
        m_failed = false;
        m_p = from;
        m_prefixes.resize(prefixes);
        if (!refill())
            return unsupported();
    }
}

FastXml::Token FastXml::token()
{
    if (m_p >= m_end) // (streaming: the end of the window, not of the document)
        return m_eof && m_rootDone && m_open.isEmpty() ? Token::EndDocument : unsupported();
    if (*m_p != '<') {
        const char *from = m_p;
        const char *p = m_p;
        while (p < m_end && classes.of[uchar(*p)] != 2)
            ++p;
        if ((p >= m_end || *p != '<') && !scanValue(p, '<', false))
            return unsupported();
        m_p = p;
        m_text = QByteArrayView(from, p - from);
        if (m_open.isEmpty()) { // outside the root element: white space only
            for (char c : m_text)
                if (!isSpace(c))
                    return unsupported();
            return token();
        }
        return Token::Characters;
    }
    if (m_p + 1 >= m_end)
        return unsupported();
    if (m_p[1] == '/')
        return endTag() ? Token::EndElement : unsupported();
    if (m_p[1] == '!' || m_p[1] == '?') {
        m_final = true;
        return unsupported(); // comments, CDATA, DOCTYPE, processing instructions
    }
    return startTag() ? Token::StartElement : unsupported();
}

bool FastXml::isPlain(QByteArrayView raw)
{
    for (char c : raw)
        if (uchar(c) >= 0x80 || c == '&' || c == '\r' || c == '\t' || c == '\n')
            return false;
    return true;
}

void FastXml::decode(QByteArrayView raw, bool attribute, QString *out)
{
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '&' && *p != '\r' && !(attribute && (*p == '\t' || *p == '\n')))
            ++p;
        if (p > run)
            out->append(QString::fromUtf8(run, p - run));
        if (p >= end)
            break;
        if (*p == '&') {
            uint code = 0;
            if (!reference(p, end, &code))
                return; // not reached: the tokenizer checked every reference
            const char32_t c = code;
            out->append(QString::fromUcs4(&c, 1));
        } else if (*p == '\r') {
            ++p;
            if (p < end && *p == '\n')
                ++p;
            out->append(attribute ? u' ' : u'\n');
        } else {
            ++p;
            out->append(u' ');
        }
    }
}

} // namespace Needle
