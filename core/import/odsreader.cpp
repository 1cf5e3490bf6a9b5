#include "import/odsreader.h"

#include "import/xmlguard.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace Needle {

namespace {

const QString tableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString officeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString styleNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString calcextNs =
    QStringLiteral("urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0");

qint64 repeatCount(const QXmlStreamAttributes &a, const char *name)
{
    const QStringView v = a.value(tableNs, QLatin1String(name));
    if (v.isEmpty())
        return 1;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok && n >= 1 ? qMin<qint64>(n, qint64(1) << 40) : 1;
}

// The text of a <text:p>: spans and links are followed, <text:s>, <text:tab> and
// <text:line-break> become their characters, annotations are left out.
QString paragraphText(QXmlStreamReader &xml, int maxLength)
{
    QString out;
    int depth = 1;
    while (depth > 0 && XmlGuard::next(xml)) {
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"s") {
                const int count = qBound(
                    1, xml.attributes().value(textNs, QLatin1String("c")).toInt(), maxLength);
                out += QString(count, u' ');
                xml.skipCurrentElement();
            } else if (name == u"tab") {
                out += u'\t';
                xml.skipCurrentElement();
            } else if (name == u"line-break") {
                out += u'\n';
                xml.skipCurrentElement();
            } else if (name == u"annotation" || name == u"note") {
                xml.skipCurrentElement();
            } else if (++depth > 32) {
                xml.raiseError(QCoreApplication::translate("Needle::OdsReader",
                                                           "elements are nested too deeply"));
            }
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters()) {
            out += xml.text();
        }
        if (out.size() > maxLength)
            xml.raiseError(QCoreApplication::translate("Needle::OdsReader",
                                                       "a cell holds more than %1 characters")
                               .arg(maxLength));
    }
    return out;
}

// "PT13H30M00S" as a fraction of a day.
std::optional<double> parseDuration(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^(-)?P(?:(\\d+)D)?T?(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?$"));
    const QRegularExpressionMatch m = re.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const double seconds = m.capturedView(2).toDouble() * 86400
        + m.capturedView(3).toDouble() * 3600 + m.capturedView(4).toDouble() * 60
        + m.capturedView(5).toDouble();
    return (m.capturedView(1).isEmpty() ? 1 : -1) * seconds / 86400.0;
}

struct Merge
{
    qint64 top, bottom, left, right;
    Cell value;
};

} // namespace

std::unique_ptr<OdsReader> OdsReader::open(const QString &path, ImportIssues *issues)
{
    std::unique_ptr<OdsReader> r(new OdsReader);
    r->m_fileName = QFileInfo(path).fileName();
    QString error;
    auto fail = [&]() {
        if (issues)
            issues->append(r->issue(QString(), 0, 0, error));
        return nullptr;
    };
    if (!r->m_zip.open(path, &error))
        return fail();
    QByteArray manifest;
    if (r->m_zip.contains(QStringLiteral("META-INF/manifest.xml"))
        && r->m_zip.read(QStringLiteral("META-INF/manifest.xml"), 16 << 20, &manifest, &error)
        && manifest.contains("encryption-data")) {
        error = QCoreApplication::translate(
            "Needle::OdsReader",
            "the file is password-protected (encrypted); save it without a "
            "password and import it again");
        return fail();
    }
    auto device = r->m_zip.stream(QStringLiteral("content.xml"), &error);
    if (!device)
        return fail();
    QXmlStreamReader xml(device.get());
    QSet<QString> hiddenStyles;
    QString styleName;
    while (XmlGuard::next(xml)) {
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"style" && xml.namespaceUri() == styleNs) {
            styleName = a.value(styleNs, QLatin1String("name")).toString();
        } else if (xml.name() == u"table-properties"
                   && a.value(tableNs, QLatin1String("display")) == u"false") {
            hiddenStyles.insert(styleName);
        } else if (xml.name() == u"table" && xml.namespaceUri() == tableNs) {
            const bool hidden =
                hiddenStyles.contains(a.value(tableNs, QLatin1String("style-name")).toString());
            r->m_sheets.append(
                SheetInfo{a.value(tableNs, QLatin1String("name")).toString(),
                          hidden ? QStringLiteral("hidden") : QStringLiteral("visible")});
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError() || !ZipPackage::drain(device.get())) {
        error = r->xmlError(xml, device.get());
        return fail();
    }
    if (r->m_sheets.isEmpty()) {
        error = QCoreApplication::translate("Needle::OdsReader",
                                            "the document has no spreadsheet table");
        return fail();
    }
    return r;
}

ImportIssue OdsReader::issue(const QString &sheet, qint64 row, int column, const QString &message,
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

QString OdsReader::xmlError(const QXmlStreamReader &xml, const QIODevice *device) const
{
    const QString zipError = ZipPackage::streamError(device);
    if (!zipError.isEmpty())
        return zipError;
    return QCoreApplication::translate("Needle::OdsReader",
                                       "the part content.xml cannot be read: %1 (line %2)")
        .arg(xml.errorString())
        .arg(xml.lineNumber());
}

bool OdsReader::readRows(const QString &sheetName, const RowVisitor &visit, ImportIssues *issues)
{
    ImportIssues local;
    if (!issues)
        issues = &local;
    QString name = sheetName.isEmpty() ? m_sheets.constFirst().name : sheetName;
    QString error;
    auto device = m_zip.stream(QStringLiteral("content.xml"), &error);
    if (!device) {
        issues->append(issue(name, 0, 0, error));
        return false;
    }
    QXmlStreamReader xml(device.get());
    while (XmlGuard::next(xml)) {
        if (xml.isStartElement() && xml.name() == u"table" && xml.namespaceUri() == tableNs
            && xml.attributes().value(tableNs, QLatin1String("name")) == name)
            return readTable(xml, name, visit, issues);
    }
    if (xml.hasError())
        issues->append(issue(name, 0, 0, xmlError(xml, device.get())));
    else
        issues->append(issue(
            QString(), 0, 0,
            QCoreApplication::translate("Needle::OdsReader", "the document has no sheet \"%1\"")
                .arg(sheetName)));
    return false;
}

bool OdsReader::readTable(QXmlStreamReader &xml, const QString &name, const RowVisitor &visit,
                          ImportIssues *issues)
{
    const QLocale c = QLocale::c();
    qint64 rowIndex = 0;
    qint64 firstEmpty = -1;
    QVector<Merge> merges;
    qint64 mergedCells = 0;
    Row row;
    auto fail = [&](qint64 r, int column, const QString &message) {
        issues->append(issue(name, r, column, message));
        return false;
    };
    while (XmlGuard::next(xml)) {
        if (xml.isEndElement() && xml.name() == u"table" && xml.namespaceUri() == tableNs)
            return true;
        if (!xml.isStartElement())
            continue;
        const QStringView element = xml.name();
        if (element == u"table-header-rows" || element == u"table-row-group"
            || element == u"table-rows")
            continue; // rows inside
        if (element != u"table-row") {
            xml.skipCurrentElement();
            continue;
        }
        const qint64 rowRepeat = repeatCount(xml.attributes(), "number-rows-repeated");
        for (int m = merges.size() - 1; m >= 0; --m)
            if (merges.at(m).bottom < rowIndex)
                merges.remove(m);
        row.clear();
        qint64 column = 0;
        while (XmlGuard::next(xml)) {
            if (xml.isEndElement() && xml.name() == u"table-row")
                break;
            if (!xml.isStartElement())
                continue;
            const bool covered = xml.name() == u"covered-table-cell";
            if (!covered && xml.name() != u"table-cell") {
                xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes a = xml.attributes();
            const qint64 repeat = repeatCount(a, "number-columns-repeated");
            Cell cell;
            if (covered) {
                xml.skipCurrentElement();
            } else {
                QString text;
                bool paragraphs = false;
                while (XmlGuard::next(xml)) {
                    if (xml.isEndElement() && xml.name() == u"table-cell")
                        break;
                    if (!xml.isStartElement())
                        continue;
                    if (xml.name() == u"p" && xml.namespaceUri() == textNs) {
                        if (paragraphs)
                            text += u'\n';
                        paragraphs = true;
                        text += paragraphText(xml, maxCellLength);
                        if (text.size() > maxCellLength)
                            xml.raiseError(
                                QCoreApplication::translate("Needle::OdsReader",
                                                            "a cell holds more than %1 characters")
                                    .arg(maxCellLength));
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                if (xml.hasError())
                    break;
                const QStringView type = a.value(officeNs, QLatin1String("value-type"));
                const int col1 = int(qMin<qint64>(column + 1, maxColumns + 1));
                bool ok = true;
                if (a.value(calcextNs, QLatin1String("value-type")) == u"error") {
                    cell.type = Cell::Type::Error;
                    cell.text = text;
                } else if (type == u"float" || type == u"percentage" || type == u"currency") {
                    cell =
                        Cell::ofNumber(c.toDouble(a.value(officeNs, QLatin1String("value")), &ok));
                    if (type == u"percentage")
                        cell.format = QStringLiteral("percent");
                    else if (type == u"currency")
                        cell.format = QStringLiteral("currency:")
                            + a.value(officeNs, QLatin1String("currency")).toString();
                } else if (type == u"date") {
                    const QString v = a.value(officeNs, QLatin1String("date-value")).toString();
                    const QDateTime dt = QDateTime::fromString(v, Qt::ISODateWithMs);
                    const QDate d = v.contains(u'T') ? QDate() : QDate::fromString(v, Qt::ISODate);
                    ok = dt.isValid() || d.isValid();
                    if (d.isValid() || (dt.isValid() && dt.time() == QTime(0, 0))) {
                        cell.type = Cell::Type::Date;
                        cell.date = d.isValid() ? d : dt.date();
                    } else if (dt.isValid()) {
                        cell.type = Cell::Type::DateTime;
                        cell.dateTime = QDateTime(dt.date(), dt.time(), Qt::UTC);
                    }
                } else if (type == u"time") {
                    const auto days = parseDuration(a.value(officeNs, QLatin1String("time-value")));
                    ok = days.has_value();
                    cell = Cell::ofNumber(days.value_or(0));
                    cell.format = QStringLiteral("time");
                } else if (type == u"boolean") {
                    cell.type = Cell::Type::Bool;
                    cell.boolean = a.value(officeNs, QLatin1String("boolean-value")) == u"true";
                } else if (type == u"string" || (type.isEmpty() && !text.isEmpty())) {
                    const QStringView stringValue =
                        a.value(officeNs, QLatin1String("string-value"));
                    cell = Cell::ofText(stringValue.isEmpty() ? text : stringValue.toString());
                    if (cell.text.isEmpty())
                        cell = Cell();
                } else if (a.hasAttribute(tableNs, QLatin1String("formula"))) {
                    issues->append(issue(name, rowIndex + 1, col1,
                                         QCoreApplication::translate(
                                             "Needle::OdsReader",
                                             "the formula has no saved result; open and save "
                                             "the file in a spreadsheet program to compute it"),
                                         ImportIssue::Severity::Warning));
                }
                if (!ok)
                    return fail(rowIndex + 1, col1,
                                QCoreApplication::translate("Needle::OdsReader",
                                                            "the %1 cell holds no valid value")
                                    .arg(type));
                // Clamped to the sheet's limits so that the product cannot overflow.
                const qint64 rows = qMin(repeatCount(a, "number-rows-spanned"), maxRows);
                const qint64 columns =
                    qMin(repeatCount(a, "number-columns-spanned"), qint64(maxColumns));
                if ((rows > 1 || columns > 1) && !cell.isEmpty() && mergedCells <= 1000000) {
                    mergedCells += rows * columns;
                    if (mergedCells <= 1000000)
                        merges.append(Merge{rowIndex, rowIndex + rows - 1, column,
                                            column + columns - 1, cell});
                }
            }
            if (covered) {
                for (const Merge &m : std::as_const(merges))
                    if (m.top <= rowIndex && rowIndex <= m.bottom && m.left <= column
                        && column <= m.right)
                        cell = m.value;
            }
            if (!cell.isEmpty()) {
                if (column + repeat > maxColumns)
                    return fail(rowIndex + 1, 0,
                                QCoreApplication::translate("Needle::OdsReader",
                                                            "a cell lies beyond column %1")
                                    .arg(maxColumns));
                row.resize(int(column + repeat));
                for (qint64 k = 0; k < repeat; ++k)
                    row[int(column + k)] = cell;
            }
            // Past the last column only whether a value follows matters (it is an error):
            // clamped, millions of empty repeats cannot overflow the count.
            column = qMin(column + repeat, qint64(maxColumns) + 1);
        }
        if (xml.hasError())
            break;
        while (!row.isEmpty() && row.constLast().isEmpty())
            row.removeLast();
        if (row.isEmpty()) { // empty rows, however many, cost nothing
            if (firstEmpty < 0)
                firstEmpty = rowIndex;
            rowIndex = qMin(rowIndex + rowRepeat, maxRows + 1); // as column above
            continue;
        }
        if (rowIndex + rowRepeat > maxRows)
            return fail(qMin(rowIndex + 1, maxRows + 1), 0,
                        QCoreApplication::translate("Needle::OdsReader", "a row lies beyond row %1")
                            .arg(maxRows));
        if (firstEmpty >= 0) {
            for (qint64 e = firstEmpty; e < rowIndex; ++e)
                if (!visit(e, Row()))
                    return true;
            firstEmpty = -1;
        }
        for (qint64 k = 0; k < rowRepeat; ++k, ++rowIndex)
            if (!visit(rowIndex, row))
                return true;
    }
    issues->append(issue(name, rowIndex + 1, 0, xmlError(xml, xml.device())));
    return false;
}

} // namespace Needle
