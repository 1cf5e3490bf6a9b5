#include "import/xlsxreader.h"

#include "import/xmlguard.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace Needle {

namespace {

QString relsPartOf(const QString &part)
{
    const int slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1)
        + QStringLiteral(".rels");
}

// A relationship target as a part name: relative to the source part's folder unless absolute.
QString resolve(const QString &sourcePart, const QString &target)
{
    QString path = target.startsWith(u'/')
        ? target.mid(1)
        : sourcePart.left(sourcePart.lastIndexOf(u'/') + 1) + target;
    QStringList out;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == QLatin1String(".."))
            out.removeLast();
        else if (segment != QLatin1String("."))
            out << segment;
    }
    return out.join(u'/');
}

bool isTrue(QStringView v)
{
    return v == u"1" || v == u"true";
}

} // namespace

std::unique_ptr<XlsxReader> XlsxReader::open(const QString &path, ImportIssues *issues)
{
    std::unique_ptr<XlsxReader> r(new XlsxReader);
    r->m_fileName = QFileInfo(path).fileName();
    QString error;
    auto fail = [&]() {
        if (issues)
            issues->append(r->issue(QString(), 0, 0, error));
        return nullptr;
    };
    if (!r->m_zip.open(path, &error))
        return fail();
    QHash<QString, Relationship> rels;
    if (!r->readRelationships(QString(), &rels, &error))
        return fail();
    QString workbook;
    for (const Relationship &rel : std::as_const(rels))
        if (rel.type == QLatin1String("officeDocument"))
            workbook = rel.target;
    if (workbook.isEmpty() || !r->m_zip.contains(workbook)) {
        error = QCoreApplication::translate(
            "Needle::XlsxReader", "the package has no workbook part; it is not an Excel workbook");
        return fail();
    }
    if (!r->readWorkbook(workbook, &error))
        return fail();
    return r;
}

QVector<SheetInfo> XlsxReader::sheets() const
{
    QVector<SheetInfo> out;
    for (const Sheet &s : m_sheets)
        out << s.info;
    return out;
}

ImportIssue XlsxReader::issue(const QString &sheet, qint64 row, int column, const QString &message,
                              ImportIssue::Severity severity) const
{
    ImportIssue i;
    i.severity = severity;
    i.file = m_fileName;
    i.sheet = sheet;
    i.row = row;
    i.column = column;
    i.message = message;
    return i;
}

QString XlsxReader::xmlError(const QString &part, const QXmlStreamReader &xml,
                             const QIODevice *device) const
{
    const QString zipError = ZipPackage::streamError(device);
    if (!zipError.isEmpty())
        return zipError;
    return QCoreApplication::translate("Needle::XlsxReader",
                                       "the part %1 cannot be read: %2 (line %3)")
        .arg(part, xml.errorString())
        .arg(xml.lineNumber());
}

bool XlsxReader::readRelationships(const QString &part, QHash<QString, Relationship> *rels,
                                   QString *error)
{
    const QString relsPart = relsPartOf(part);
    QByteArray data;
    if (!m_zip.read(relsPart, 16 << 20, &data, error))
        return false;
    QXmlStreamReader xml(data);
    while (XmlGuard::next(xml)) {
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (a.value(QLatin1String("TargetMode")) == u"External")
            continue;
        const QString type = a.value(QLatin1String("Type")).toString().section(u'/', -1);
        rels->insert(
            a.value(QLatin1String("Id")).toString(),
            Relationship{type, resolve(part, a.value(QLatin1String("Target")).toString())});
    }
    if (xml.hasError()) {
        *error = xmlError(relsPart, xml, nullptr);
        return false;
    }
    return true;
}

bool XlsxReader::readWorkbook(const QString &part, QString *error)
{
    QHash<QString, Relationship> rels;
    if (!readRelationships(part, &rels, error))
        return false;
    QByteArray data;
    if (!m_zip.read(part, 64 << 20, &data, error))
        return false;
    QXmlStreamReader xml(data);
    while (XmlGuard::next(xml)) {
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"workbookPr") {
            m_date1904 = isTrue(a.value(QLatin1String("date1904")));
        } else if (xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &attr : a)
                if (attr.name() == u"id" && !attr.namespaceUri().isEmpty())
                    id = attr.value().toString();
            const Relationship rel = rels.value(id);
            if (rel.type != QLatin1String("worksheet"))
                continue; // chart and dialog sheets hold no cells
            if (!m_zip.contains(rel.target)) {
                *error = QCoreApplication::translate("Needle::XlsxReader",
                                                     "the sheet %1 has no part %2 in the package")
                             .arg(a.value(QLatin1String("name")), rel.target);
                return false;
            }
            // Only the states the format defines; anything else is read as the default.
            QString state = a.value(QLatin1String("state")).toString();
            if (state != QLatin1String("hidden") && state != QLatin1String("veryHidden"))
                state = QStringLiteral("visible");
            m_sheets.append(
                Sheet{SheetInfo{a.value(QLatin1String("name")).toString(), state}, rel.target});
        }
    }
    if (xml.hasError()) {
        *error = xmlError(part, xml, nullptr);
        return false;
    }
    if (m_sheets.isEmpty()) {
        *error = QCoreApplication::translate("Needle::XlsxReader", "the workbook has no worksheet");
        return false;
    }
    for (const Relationship &rel : std::as_const(rels)) {
        if (rel.type == QLatin1String("styles") && m_zip.contains(rel.target)
            && !readStyles(rel.target, error))
            return false;
        if (rel.type == QLatin1String("sharedStrings") && m_zip.contains(rel.target)
            && !readSharedStrings(rel.target, error))
            return false;
    }
    return true;
}

bool XlsxReader::readStyles(const QString &part, QString *error)
{
    QByteArray data;
    if (!m_zip.read(part, 64 << 20, &data, error))
        return false;
    QXmlStreamReader xml(data);
    QHash<int, QString> custom;
    bool inCellXfs = false;
    while (XmlGuard::next(xml)) {
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"numFmt") {
            custom.insert(a.value(QLatin1String("numFmtId")).toInt(),
                          a.value(QLatin1String("formatCode")).toString());
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.name() == u"xf" && inCellXfs) {
            if (m_styles.size() >= 1 << 20) {
                *error =
                    QCoreApplication::translate(
                        "Needle::XlsxReader", "the part %1 defines more than a million cell styles")
                        .arg(part);
                return false;
            }
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            m_styles.append(XlsxFormats::classify(id, custom.value(id)));
        }
    }
    if (xml.hasError()) {
        *error = xmlError(part, xml, nullptr);
        return false;
    }
    return true;
}

bool XlsxReader::readSharedStrings(const QString &part, QString *error)
{
    auto device = m_zip.stream(part, error);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    qint64 chars = 0;
    while (XmlGuard::next(xml)) {
        if (!xml.isStartElement() || xml.name() != u"si")
            continue;
        // Rich-text runs are joined; phonetic runs (rPh) are reading aids, not text.
        QString text;
        int depth = 1;
        while (depth > 0 && XmlGuard::next(xml)) {
            if (xml.isStartElement()) {
                if (xml.name() == u"rPh" || xml.name() == u"rPr" || xml.name() == u"phoneticPr") {
                    xml.skipCurrentElement();
                } else if (xml.name() == u"t") {
                    text += XmlGuard::text(xml, maxCellLength);
                    if (text.size() > maxCellLength)
                        xml.raiseError(QCoreApplication::translate(
                                           "Needle::XlsxReader",
                                           "a shared string holds more than %1 characters")
                                           .arg(maxCellLength));
                } else if (++depth > 32) {
                    xml.raiseError(QCoreApplication::translate("Needle::XlsxReader",
                                                               "elements are nested too deeply"));
                }
            } else if (xml.isEndElement()) {
                --depth;
            }
        }
        chars += text.size();
        if (chars > maxSharedStringChars) {
            *error =
                QCoreApplication::translate(
                    "Needle::XlsxReader", "the shared strings hold more than %1 million characters")
                    .arg(maxSharedStringChars >> 20);
            return false;
        }
        if (m_sharedEnds.size() >= maxSharedStrings) {
            *error =
                QCoreApplication::translate("Needle::XlsxReader",
                                            "the shared strings hold more than %1 million entries")
                    .arg(maxSharedStrings >> 20);
            return false;
        }
        m_sharedText += text;
        m_sharedEnds.append(qint32(m_sharedText.size()));
    }
    if (xml.hasError() || !ZipPackage::drain(device.get())) {
        *error = xmlError(part, xml, device.get());
        return false;
    }
    return true;
}

} // namespace Needle
