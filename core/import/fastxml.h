#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>
#include <cstring>
#include <deque>
#include <functional>

namespace Needle {

// A strict tokenizer for the plain subset of XML that spreadsheet parts use: an XML
// declaration (UTF-8), elements, attributes, text, the five predefined entities and character
// references, all in UTF-8 held in memory. Anything outside that subset (a DOCTYPE, comment,
// CDATA section, processing instruction, another encoding, nesting deeper than maxDepth) and
// anything not well-formed (mismatched tags, an undeclared namespace prefix, a bad entity,
// invalid UTF-8, control characters) gives Unsupported: the caller then reads the part with
// QXmlStreamReader, which rejects what must be rejected with its own message. A tokenizer
// that reaches EndDocument has seen a well-formed document.
// Equal byte strings, inline (the hot comparisons are with short literals).
inline bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.size() > 16)
        return std::memcmp(a.data(), b.data(), a.size()) == 0;
    for (qsizetype i = 0; i < a.size(); ++i) // short names: no call
        if (a.data()[i] != b.data()[i])
            return false;
    return true;
}

class FastXml
{
public:
    enum class Token { StartElement, EndElement, Characters, EndDocument, Unsupported };

    // checked: another FastXml has read the same data to EndDocument, so the checks of
    // characters, names and attributes are not made again.
    explicit FastXml(QByteArrayView data, bool checked = false);

    // Reads up to max more bytes into out: how many, 0 at the end, -1 on an error.
    using Source = std::function<qint64(char *out, qint64 max)>;
    // Streams the document from source through a window of about `chunk` bytes (memory stays
    // bounded whatever the size of the document). A token is always read whole: one that runs
    // past the window's end is read again once more bytes are in, the window growing up to
    // maxWindow for a long one (past that, Unsupported). The views a token gives stay valid
    // until the next call of next().
    explicit FastXml(Source source, qint64 chunk = 1 << 20);
    FastXml(const FastXml &) = delete;
    FastXml &operator=(const FastXml &) = delete;
    // The source failed (returned -1): the tokenizer stopped with Unsupported.
    bool sourceFailed() const { return m_sourceFailed; }

    Token next();

    // The current element's local name (StartElement, EndElement).
    QByteArrayView name() const { return m_name; }
    // The raw (undecoded) value of the attribute with this qualified name; false when absent.
    bool attribute(QByteArrayView qualifiedName, QByteArrayView *raw) const
    {
        for (qsizetype i = 0; i < m_attributeCount; ++i)
            if (sameBytes(m_attributes[i].name, qualifiedName)) {
                *raw = m_attributes[i].value;
                return true;
            }
        return false;
    }
    // The current element's attributes (StartElement) one by one, in document order.
    qsizetype attributeCount() const { return m_attributeCount; }
    QByteArrayView attributeName(qsizetype i) const { return m_attributes[i].name; }
    QByteArrayView attributeValue(qsizetype i) const { return m_attributes[i].value; }
    // The raw (undecoded) text of a Characters token; never empty.
    QByteArrayView rawText() const { return m_text; }
    // 1-based line of the current position, for messages.
    qint64 lineNumber() const;

    // Decodes raw text or an attribute value the tokenizer accepted: entities, line ends
    // (and, for attributes, white space as XML normalises it). Appends to out.
    static void decode(QByteArrayView raw, bool attribute, QString *out);
    // True when raw needs no decoding: ASCII without '&', CR, and (for attributes) tab or LF.
    static bool isPlain(QByteArrayView raw);

    static constexpr int maxDepth = 256;
    static constexpr qint64 maxWindow = 16 << 20; // streaming: the longest token

private:
    Token token();
    bool refill();
    void keepNames();
    Token unsupported();
    bool checkName(QByteArrayView qualified, qsizetype colon, bool attribute) const;
    bool scanValue(const char *&p, char stop, bool attribute);
    bool startTag();
    bool endTag();
    bool declaration();

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    QByteArrayView m_name;
    QByteArrayView m_text;
    struct Attribute
    {
        QByteArrayView name;
        QByteArrayView local;
        QByteArrayView value;
    };
    // The current element's attributes are the first m_attributeCount (the array is not
    // shrunk between elements: resizing a QVarLengthArray costs a call per element).
    QVarLengthArray<Attribute, 16> m_attributes;
    qsizetype m_attributeCount = 0;
    void addAttribute(const Attribute &a)
    {
        if (m_attributeCount < m_attributes.size())
            m_attributes[m_attributeCount] = a;
        else
            m_attributes.append(a);
        ++m_attributeCount;
    }
    struct Open
    {
        QByteArrayView qualified;
        QByteArrayView local;
        int prefixes; // declared prefixes before this element
    };
    QVarLengthArray<Open, 64> m_open;
    QVarLengthArray<QByteArrayView, 16> m_prefixes; // in scope
    bool m_pendingEnd = false; // an empty-element tag still owes its EndElement
    bool m_rootDone = false;
    bool m_failed = false;
    bool m_checked = false;
    // Streaming: the window [m_begin, m_end) of m_buffer; m_eof once the source is exhausted
    // (always, for a document in memory).
    Source m_source;
    QByteArray m_buffer;
    qint64 m_chunk = 0;
    bool m_eof = true;
    bool m_final = false; // Unsupported whatever follows (a comment, a DOCTYPE, ...)
    bool m_sourceFailed = false;
    qint64 m_linesBefore = 0; // line ends in bytes that left the window
    std::deque<QByteArray> m_names; // names of open elements and prefixes that left the window
};

} // namespace Needle
