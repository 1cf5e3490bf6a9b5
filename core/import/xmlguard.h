#pragma once

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace Needle::XmlGuard {

// Reads the next token of an OOXML or ODF part, refusing any DOCTYPE: internal entities can
// blow up quadratically and external ones must never be fetched, and neither format needs
// one. False at the end of the document or on an error (QXmlStreamReader::hasError()).
inline bool next(QXmlStreamReader &xml)
{
    if (xml.readNext() == QXmlStreamReader::DTD) {
        xml.raiseError(QCoreApplication::translate(
            "Needle::XmlGuard", "it contains a DOCTYPE declaration, which Needle refuses"));
        return false;
    }
    return !xml.atEnd() && !xml.hasError();
}

// The text of the current element and its descendants, stopping with an error when it grows
// past maxLength characters or nests deeper than maxDepth.
inline QString text(QXmlStreamReader &xml, int maxLength, int maxDepth = 32)
{
    QString out;
    int depth = 1;
    while (depth > 0 && next(xml)) {
        if (xml.isStartElement()) {
            if (++depth > maxDepth) {
                xml.raiseError(QCoreApplication::translate("Needle::XmlGuard",
                                                           "elements are nested too deeply"));
                break;
            }
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters()) {
            out += xml.text();
            if (out.size() > maxLength) {
                xml.raiseError(QCoreApplication::translate("Needle::XmlGuard",
                                                           "a cell holds more than %1 "
                                                           "characters")
                                   .arg(maxLength));
                break;
            }
        }
    }
    return out;
}

} // namespace Needle::XmlGuard
