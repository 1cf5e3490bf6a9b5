// XlsxReader: the fast sheet parser, for a sheet part held in memory that FastXml reads to its
// end (the usual case: what Excel, LibreOffice and openpyxl write). It reads what the
// QXmlStreamReader parser in xlsxsheet.cpp reads, with the same errors, without building a
// QString per element, attribute and value.
#include "import/fastxml.h"
#include "import/xlsxcells.h"

#include <QCoreApplication>

namespace Needle {

namespace {

// Raw bytes as UTF-16: short plain ASCII widened into a buffer, anything else decoded.
class Text
{
public:
    QStringView set(QByteArrayView raw, bool attribute)
    {
        if (raw.size() <= qsizetype(std::size(m_small)) && FastXml::isPlain(raw)) {
            for (qsizetype i = 0; i < raw.size(); ++i)
                m_small[i] = char16_t(uchar(raw[i]));
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

QStringView attribute(const FastXml &x, const char *name, Text *holder)
{
    QByteArrayView raw;
    return x.attribute(name, &raw) ? holder->set(raw, true) : QStringView();
}

// Skips the rest of the current element.
void skip(FastXml &x)
{
    int depth = 1;
    while (depth > 0) {
        const FastXml::Token t = x.next();
        if (t == FastXml::Token::StartElement)
            ++depth;
        else if (t == FastXml::Token::EndElement)
            --depth;
        else if (t != FastXml::Token::Characters)
            return;
    }
}

} // namespace

bool XlsxReader::readRowsFast(const Sheet &sheet, QByteArrayView xml, RowSink &sink,
                              ImportIssues *issues, bool *unsupported)
{
    {
        // Rows are passed on as they are read, so the whole part is checked first: a part
        // this parser cannot take is read by the other one from its start.
        FastXml check(xml);
        for (FastXml::Token t = check.next(); t != FastXml::Token::EndDocument; t = check.next())
            if (t == FastXml::Token::Unsupported) {
                *unsupported = true;
                return false;
            }
    }
    using Token = FastXml::Token;
    const QString name = sheet.info.name;
    FastXml x(xml, true);
    qint64 index = 0;
    auto xmlFail = [&](const QString &why) {
        issues->append(issue(name, index + 1, 0,
                             QCoreApplication::translate("Needle::XlsxReader", "the part %1 cannot be read: %2 (line %3)")
                                 .arg(sheet.part, why)
                                 .arg(x.lineNumber())));
        return false;
    };
    // Not reached: the check above read the whole part.
    const QString damaged = QCoreApplication::translate("Needle::ZipPackage", "the archive entry %1 is damaged").arg(sheet.part);
    auto tooDeep = [&]() {
        return xmlFail(QCoreApplication::translate("Needle::XlsxReader", "elements are nested too deeply"));
    };
    // The text of the current element and its descendants, as XmlGuard::text reads it.
    QString joined;
    auto readText = [&](Text *holder, QStringView *out) {
        int depth = 1;
        QByteArrayView first;
        bool many = false;
        while (depth > 0) {
            const Token t = x.next();
            if (t == Token::StartElement) {
                if (++depth > 32)
                    return xmlFail(QCoreApplication::translate("Needle::XmlGuard", "elements are nested too deeply"));
            } else if (t == Token::EndElement) {
                --depth;
            } else if (t == Token::Characters) {
                if (first.isNull() && !many) {
                    first = x.rawText();
                    continue;
                }
                if (!many) {
                    joined.resize(0);
                    FastXml::decode(first, false, &joined);
                    many = true;
                }
                FastXml::decode(x.rawText(), false, &joined);
            } else {
                return xmlFail(damaged);
            }
        }
        *out = many ? holder->set(joined) : holder->set(first, false);
        if (out->size() > maxCellLength)
            return xmlFail(QCoreApplication::translate("Needle::XmlGuard", "a cell holds more than %1 characters").arg(maxCellLength));
        return true;
    };

    Text rowRef, cellRef, cellType, cellStyle, value, inlinePart;
    Row row;
    QString error;
    for (Token t = x.next(); t != Token::EndDocument; t = x.next()) {
        if (t == Token::Unsupported)
            return xmlFail(damaged);
        if (t != Token::StartElement || x.name() != "row")
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
        for (t = x.next(); !(t == Token::EndElement && x.name() == "row"); t = x.next()) {
            if (t == Token::EndDocument || t == Token::Unsupported)
                return xmlFail(damaged);
            if (t != Token::StartElement)
                continue;
            if (x.name() != "c") {
                skip(x);
                continue;
            }
            if (!checkReference(name, index, attribute(x, "r", &cellRef), &column, issues))
                return false;
            CellData in;
            in.type = attribute(x, "t", &cellType);
            in.style = attribute(x, "s", &cellStyle).toInt();
            for (t = x.next(); t != Token::EndElement; t = x.next()) {
                if (t == Token::EndDocument || t == Token::Unsupported)
                    return xmlFail(damaged);
                if (t != Token::StartElement)
                    continue;
                if (x.name() == "v") {
                    if (!readText(&value, &in.value))
                        return false;
                    in.hasValue = true;
                } else if (x.name() == "f") {
                    in.formula = true;
                    skip(x);
                } else if (x.name() == "is") {
                    int depth = 1;
                    while (depth > 0) {
                        t = x.next();
                        if (t == Token::StartElement) {
                            if (x.name() == "t") {
                                QStringView part;
                                if (!readText(&inlinePart, &part))
                                    return false;
                                in.inlineText += part;
                            } else if (x.name() == "rPh" || x.name() == "rPr") {
                                skip(x);
                            } else if (++depth > 32) {
                                return tooDeep();
                            }
                        } else if (t == Token::EndElement) {
                            --depth;
                        } else if (t != Token::Characters) {
                            return xmlFail(damaged);
                        }
                    }
                    in.hasValue = true;
                } else {
                    skip(x);
                }
            }
            Cell cell;
            if (!makeCell(name, index, column, in, &cell, issues))
                return false;
            if (cell.isEmpty())
                continue;
            if (row.size() < column)
                row.resize(column);
            row[column - 1] = std::move(cell);
        }
        if (!sink.endRow(index, row))
            return true;
    }
    return true;
}

} // namespace Needle
