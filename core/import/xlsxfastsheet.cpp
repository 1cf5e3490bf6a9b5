// XlsxReader: the fast sheet parser, for a sheet part that FastXml reads to its end (the usual
// case: what Excel, LibreOffice and openpyxl write), held in memory or streamed in chunks. It reads
// what the QXmlStreamReader parser in xlsxsheet.cpp reads, with the same errors, without building a
// QString per element, attribute and value.
#include "import/fastxml.h"
#include "import/xlsxcells.h"

#include <QCoreApplication>

namespace Needle {

namespace {

// The bytes FastXml::isPlain refuses: non-ASCII, '&', CR, tab and LF.
struct NotPlain
{
    bool of[256] = {};
    constexpr NotPlain()
    {
        for (int c = 0x80; c < 0x100; ++c)
            of[c] = true;
        of[int('&')] = of[int('\r')] = of[int('\t')] = of[int('\n')] = true;
    }
};
constexpr NotPlain notPlain;

// Raw bytes as UTF-16: short plain ASCII widened into a buffer, anything else decoded.
class Text
{
public:
    QStringView set(QByteArrayView raw, bool attribute)
    {
        if (raw.size() <= qsizetype(std::size(m_small))) {
            // Widened while checking that it is plain (as FastXml::isPlain checks).
            const char *d = raw.data();
            qsizetype i = 0;
            for (; i < raw.size() && !notPlain.of[uchar(d[i])]; ++i)
                m_small[i] = char16_t(uchar(d[i]));
            if (i == raw.size())
                return QStringView(m_small, raw.size());
        }
        m_big.resize(0);
        FastXml::decode(raw, attribute, &m_big);
        return m_big;
    }
    QStringView set(const QString &text)
    {
        m_big = text;
        return m_big;
    }

private:
    char16_t m_small[64];
    QString m_big;
};

QStringView attribute(const FastXml &x, QByteArrayView name, Text *holder)
{
    QByteArrayView raw;
    return x.attribute(name, &raw) ? holder->set(raw, true) : QStringView();
}

} // namespace

bool XlsxReader::readRowsFast(const Sheet &sheet, FastXml &x, RowSink &sink, ImportIssues *issues,
                              bool *unsupported, qint64 *warnedThrough)
{
    // One pass reads and checks. Rows are passed on as they are read; the issues of a row
    // wait in `pending` until the row ends, so that a part given up half-way (a comment, a
    // processing instruction, ...) leaves issues only for the rows the visitor has seen.
    using Token = FastXml::Token;
    const QString name = sheet.info.name;
    qint64 index = 0;
    ImportIssues pending;
    auto flush = [&]() {
        issues->append(pending);
        pending.clear();
        return false;
    };
    auto giveUp = [&]() {
        *unsupported = true;
        return false;
    };
    auto xmlFail = [&](const QString &why) {
        pending.append(issue(name, index + 1, 0,
                             QCoreApplication::translate("Needle::XlsxReader",
                                                         "the part %1 cannot be read: %2 (line %3)")
                                 .arg(sheet.part, why)
                                 .arg(x.lineNumber())));
        return flush();
    };
    auto tooDeep = [&]() {
        return xmlFail(
            QCoreApplication::translate("Needle::XlsxReader", "elements are nested too deeply"));
    };
    // The text of the current element and its descendants, as XmlGuard::text reads it.
    // Unsupported in *t when the part is given up. (A token's bytes last only until the next
    // token when the part is streamed: the first text is widened at once.)
    QString joined;
    auto readText = [&](Text *holder, QStringView *out, Token *t) {
        int depth = 1;
        bool have = false;
        bool many = false;
        while (depth > 0) {
            *t = x.next();
            if (*t == Token::StartElement) {
                if (++depth > 32)
                    return xmlFail(QCoreApplication::translate("Needle::XmlGuard",
                                                               "elements are nested too deeply"));
            } else if (*t == Token::EndElement) {
                --depth;
            } else if (*t == Token::Characters) {
                if (!have) {
                    *out = holder->set(x.rawText(), false);
                    have = true;
                    continue;
                }
                if (!many) {
                    joined = out->toString();
                    many = true;
                }
                FastXml::decode(x.rawText(), false, &joined);
            } else {
                return false; // Unsupported (EndDocument cannot come inside an element)
            }
        }
        if (!have)
            *out = holder->set(QByteArrayView(), false);
        else if (many)
            *out = holder->set(joined);
        if (out->size() > maxCellLength)
            return xmlFail(QCoreApplication::translate("Needle::XmlGuard",
                                                       "a cell holds more than %1 characters")
                               .arg(maxCellLength));
        return true;
    };
    // Skips the rest of the current element; false when the part is given up.
    auto skip = [&]() {
        int depth = 1;
        while (depth > 0) {
            const Token t = x.next();
            if (t == Token::StartElement)
                ++depth;
            else if (t == Token::EndElement)
                --depth;
            else if (t != Token::Characters)
                return false;
        }
        return true;
    };

    Text rowRef, cellRef, cellType, cellStyle, value, inlinePart;
    Row row;
    QString error;
    for (Token t = x.next(); t != Token::EndDocument; t = x.next()) {
        if (t == Token::Unsupported)
            return giveUp();
        if (t != Token::StartElement || !sameBytes(x.name(), "row"))
            continue;
        qint64 errorRow = 0;
        const RowSink::Start start =
            sink.startRow(attribute(x, "r", &rowRef), &index, &error, &errorRow);
        if (start == RowSink::Start::Error) {
            issues->append(issue(name, errorRow, 0, error));
            return false;
        }
        if (start == RowSink::Start::Stopped)
            return true;
        row.resize(0);
        int column = 0;
        for (t = x.next(); !(t == Token::EndElement && sameBytes(x.name(), "row")); t = x.next()) {
            if (t == Token::Unsupported)
                return giveUp();
            if (t == Token::EndDocument)
                return xmlFail(QCoreApplication::translate("Needle::ZipPackage",
                                                           "the archive entry %1 is damaged")
                                   .arg(sheet.part));
            if (t != Token::StartElement)
                continue;
            if (!sameBytes(x.name(), "c")) {
                if (!skip())
                    return giveUp();
                continue;
            }
            // r, t and s in one look at the attributes (the tokenizer refuses repeated ones).
            QStringView ref;
            CellData in;
            QStringView style;
            for (qsizetype i = 0; i < x.attributeCount(); ++i) {
                const QByteArrayView attr = x.attributeName(i);
                if (attr.size() != 1)
                    continue;
                if (attr.front() == 'r')
                    ref = cellRef.set(x.attributeValue(i), true);
                else if (attr.front() == 't')
                    in.type = cellType.set(x.attributeValue(i), true);
                else if (attr.front() == 's')
                    style = cellStyle.set(x.attributeValue(i), true);
            }
            if (!checkReference(name, index, ref, &column, &pending))
                return flush();
            in.style = XlsxCells::styleIndex(style);
            for (t = x.next(); t != Token::EndElement; t = x.next()) {
                if (t == Token::Unsupported)
                    return giveUp();
                if (t != Token::StartElement)
                    continue;
                if (sameBytes(x.name(), "v")) {
                    if (!readText(&value, &in.value, &t))
                        return t == Token::Unsupported ? giveUp() : false;
                    in.hasValue = true;
                } else if (sameBytes(x.name(), "f")) {
                    in.formula = true;
                    if (!skip())
                        return giveUp();
                } else if (sameBytes(x.name(), "is")) {
                    int depth = 1;
                    while (depth > 0) {
                        t = x.next();
                        if (t == Token::StartElement) {
                            if (sameBytes(x.name(), "t")) {
                                QStringView part;
                                if (!readText(&inlinePart, &part, &t))
                                    return t == Token::Unsupported ? giveUp() : false;
                                in.inlineText += part;
                            } else if (sameBytes(x.name(), "rPh") || sameBytes(x.name(), "rPr")) {
                                if (!skip())
                                    return giveUp();
                            } else if (++depth > 32) {
                                return tooDeep();
                            }
                        } else if (t == Token::EndElement) {
                            --depth;
                        } else if (t != Token::Characters) {
                            return giveUp();
                        }
                    }
                    in.hasValue = true;
                } else if (!skip()) {
                    return giveUp();
                }
            }
            Cell cell;
            if (!makeCell(name, index, column, in, &cell, &pending))
                return flush();
            if (cell.isEmpty())
                continue;
            if (row.size() < column)
                row.resize(column);
            row[column - 1] = std::move(cell);
        }
        if (!pending.isEmpty())
            flush();
        *warnedThrough = index;
        if (!sink.endRow(index, row))
            return true;
    }
    return true;
}

} // namespace Needle
