#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>
#include <cstring>

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

private:
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
};

} // namespace Needle
