// XlsxReader: streaming one worksheet's rows (see xlsxreader.h).
#include "import/xlsxreader.h"

#include "import/xmlguard.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <cstring>

namespace Needle {

namespace {

// "B12" -> column 2, row 12 (1-based); false when malformed. Either part may be absent
// (0) for a reference that has only the other. Values beyond the limits are returned as is.
bool parseReference(QStringView ref, qint64 *row, qint64 *column)
{
    qint64 c = 0;
    qint64 r = 0;
    int i = 0;
    while (i < ref.size() && ref[i] >= u'A' && ref[i] <= u'Z' && i < 4)
        c = c * 26 + (ref[i++].unicode() - u'A' + 1);
    if (i < ref.size() && ref[i] == u'$')
        ++i;
    const int digitsFrom = i;
    while (i < ref.size() && ref[i] >= u'0' && ref[i] <= u'9' && i - digitsFrom < 10)
        r = r * 10 + (ref[i++].unicode() - u'0');
    if (i != ref.size() || (c == 0 && r == 0))
        return false;
    *row = r;
    *column = c;
    return true;
}

// Finds the <mergeCells> element near the end of a sheet without parsing the whole XML; the
// bytes are read anyway to check the entry's checksum and size before any row is parsed.
bool scanMergeXml(QIODevice *device, QByteArray *mergeXml)
{
    QByteArray carry;
    char buffer[1 << 16];
    for (;;) {
        const qint64 n = device->read(buffer, sizeof buffer);
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        if (!mergeXml->isEmpty()) {
            mergeXml->append(buffer, n);
            if (mergeXml->size() > (32 << 20))
                mergeXml->remove(0, mergeXml->size() - (32 << 20));
            continue;
        }
        QByteArray chunk = carry + QByteArray::fromRawData(buffer, int(n));
        int at = chunk.indexOf("mergeCells");
        while (at > 0) {
            int lt = at - 1;
            while (lt >= 0 && chunk.at(lt) != '<' && at - lt < 32)
                --lt;
            if (lt >= 0 && chunk.at(lt) == '<') {
                *mergeXml = chunk.mid(lt);
                break;
            }
            at = chunk.indexOf("mergeCells", at + 1);
        }
        carry = chunk.right(48);
    }
}

} // namespace

bool XlsxReader::readMerges(const Sheet &sheet, QVector<MergeRange> *merges,
                            ImportIssues *issues)
{
    QString error;
    auto device = m_zip.stream(sheet.part, &error);
    QByteArray mergeXml;
    if (device && !scanMergeXml(device.get(), &mergeXml))
        error = ZipPackage::streamError(device.get());
    if (!error.isEmpty()) {
        issues->append(issue(sheet.info.name, 0, 0, error));
        return false;
    }
    static const QRegularExpression re(QStringLiteral(
        "<(?:\\w+:)?mergeCell\\s[^>]*ref=\"([A-Z]{1,3}[0-9]{1,7}):([A-Z]{1,3}[0-9]{1,7})\""));
    qint64 cells = 0;
    auto it = re.globalMatch(QString::fromUtf8(mergeXml));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        qint64 r1, c1, r2, c2;
        if (!parseReference(m.capturedView(1), &r1, &c1)
            || !parseReference(m.capturedView(2), &r2, &c2) || r1 < 1 || c1 < 1
            || r2 < r1 || c2 < c1 || r2 > maxRows || c2 > maxColumns)
            continue;
        cells += (r2 - r1 + 1) * (c2 - c1 + 1);
        if (cells > 1000000 || merges->size() >= 100000) {
            issues->append(issue(sheet.info.name, 0, 0,
                                 QCoreApplication::translate("Needle::XlsxReader", "the merged cells cover more than a million cells; they are "
                                    "read as they are stored, not filled"),
                                 ImportIssue::Severity::Warning));
            merges->clear();
            return true;
        }
        merges->append(MergeRange { r1 - 1, r2 - 1, int(c1 - 1), int(c2 - 1) });
    }
    return true;
}

bool XlsxReader::readRows(const QString &sheetName, const RowVisitor &visit, ImportIssues *issues)
{
    ImportIssues local;
    if (!issues)
        issues = &local;
    const Sheet *sheet = nullptr;
    for (const Sheet &s : m_sheets)
        if (s.info.name == sheetName || (sheetName.isEmpty() && !sheet))
            sheet = &s;
    if (!sheet) {
        issues->append(issue(QString(), 0, 0, QCoreApplication::translate("Needle::XlsxReader", "the workbook has no sheet \"%1\"").arg(sheetName)));
        return false;
    }
    const QString name = sheet->info.name;
    QVector<MergeRange> merges;
    if (!readMerges(*sheet, &merges, issues))
        return false;
    QVector<Cell> mergeValues(merges.size());

    QString error;
    auto device = m_zip.stream(sheet->part, &error);
    if (!device) {
        issues->append(issue(name, 0, 0, error));
        return false;
    }
    QXmlStreamReader xml(device.get());
    const QLocale c = QLocale::c();

    qint64 next = 0; // the next row index to pass on
    qint64 firstEmpty = -1; // the first of a run of empty rows not passed on yet
    bool stopped = false;
    auto applyMerges = [&](qint64 index, Row &row) {
        for (int m = 0; m < merges.size(); ++m) {
            const MergeRange &range = merges.at(m);
            if (index < range.top || index > range.bottom)
                continue;
            if (index == range.top)
                mergeValues[m] = range.left < row.size() ? row.at(range.left) : Cell();
            const Cell &value = mergeValues.at(m);
            if (value.isEmpty())
                continue;
            if (row.size() <= range.right)
                row.resize(range.right + 1);
            for (int col = range.left; col <= range.right; ++col)
                if ((index != range.top || col != range.left) && row.at(col).isEmpty())
                    row[col] = value;
        }
        while (!row.isEmpty() && row.constLast().isEmpty())
            row.removeLast();
    };
    auto pass = [&](qint64 index, Row &row) {
        if (!merges.isEmpty())
            applyMerges(index, row);
        if (row.isEmpty()) {
            if (firstEmpty < 0)
                firstEmpty = index;
            return true;
        }
        if (firstEmpty >= 0) {
            for (qint64 e = firstEmpty; e < index; ++e)
                if (!visit(e, Row()))
                    return false;
            firstEmpty = -1;
        }
        return visit(index, row);
    };
    auto fail = [&](qint64 row, int column, const QString &message) {
        issues->append(issue(name, row, column, message));
        return false;
    };

    Row row;
    qint64 rowInProgress = 0; // 1-based, for errors inside a row
    while (!stopped && XmlGuard::next(xml)) {
        if (!xml.isStartElement() || xml.name() != u"row")
            continue;
        qint64 index = next;
        const QStringView r = xml.attributes().value(QLatin1String("r"));
        if (!r.isEmpty()) {
            bool ok = false;
            const qint64 number = r.toLongLong(&ok);
            if (!ok || number < 1 || number > maxRows)
                return fail(0, 0, QCoreApplication::translate("Needle::XlsxReader", "row number %1 is beyond Excel's %2 rows").arg(r).arg(maxRows));
            index = number - 1;
        }
        if (index < next)
            return fail(index + 1, 0, QCoreApplication::translate("Needle::XlsxReader", "the rows are out of order"));
        // Rows the file leaves out are empty rows.
        for (qint64 gap = next; gap < index && !stopped; ++gap) {
            if (merges.isEmpty()) {
                if (firstEmpty < 0)
                    firstEmpty = gap;
                break;
            }
            Row empty;
            stopped = !pass(gap, empty);
        }
        row.clear();
        rowInProgress = index + 1;
        int column = 0;
        while (!stopped && XmlGuard::next(xml)) {
            if (xml.isEndElement() && xml.name() == u"row")
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes a = xml.attributes();
            const QStringView ref = a.value(QLatin1String("r"));
            qint64 refRow = 0;
            qint64 refColumn = column + 1;
            if (!ref.isEmpty() && !parseReference(ref, &refRow, &refColumn))
                return fail(index + 1, column + 1, QCoreApplication::translate("Needle::XlsxReader", "the cell reference %1 is malformed").arg(ref));
            if (refColumn > maxColumns || refRow > maxRows)
                return fail(index + 1, 0, QCoreApplication::translate("Needle::XlsxReader", "the cell reference %1 is beyond Excel's limits").arg(ref));
            if (refColumn <= column || (refRow != 0 && refRow != index + 1))
                return fail(index + 1, int(refColumn), QCoreApplication::translate("Needle::XlsxReader", "the cell %1 is out of order").arg(ref));
            column = int(refColumn);
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            QString value;
            bool hasValue = false;
            bool formula = false;
            QString inlineText;
            while (XmlGuard::next(xml)) {
                if (xml.isEndElement() && xml.name() == u"c")
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"v") {
                    value = XmlGuard::text(xml, maxCellLength);
                    hasValue = true;
                } else if (xml.name() == u"f") {
                    formula = true;
                    xml.skipCurrentElement();
                } else if (xml.name() == u"is") {
                    int depth = 1;
                    while (depth > 0 && XmlGuard::next(xml)) {
                        if (xml.isStartElement()) {
                            if (xml.name() == u"t")
                                inlineText += XmlGuard::text(xml, maxCellLength);
                            else if (xml.name() == u"rPh" || xml.name() == u"rPr")
                                xml.skipCurrentElement();
                            else if (++depth > 32)
                                xml.raiseError(QCoreApplication::translate("Needle::XlsxReader", "elements are nested too deeply"));
                        } else if (xml.isEndElement()) {
                            --depth;
                        }
                    }
                    hasValue = true;
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (xml.hasError())
                break;
            if (formula && value.isEmpty() && type != u"str")
                hasValue = false; // openpyxl writes <v></v> for a formula never computed
            Cell cell;
            if (type == u"inlineStr") {
                if (!inlineText.isEmpty())
                    cell = Cell::ofText(inlineText);
            } else if (!hasValue) {
                if (formula)
                    issues->append(issue(name, index + 1, column,
                                         QCoreApplication::translate("Needle::XlsxReader", "the formula has no saved result; open and save the "
                                            "file in a spreadsheet program to compute it"),
                                         ImportIssue::Severity::Warning));
            } else if (type == u"s") {
                bool ok = false;
                const int i = value.toInt(&ok);
                if (!ok || i < 0 || i >= m_sharedStrings.size())
                    return fail(index + 1, column,
                                QCoreApplication::translate("Needle::XlsxReader", "the shared string %1 does not exist").arg(value));
                if (!m_sharedStrings.at(i).isEmpty())
                    cell = Cell::ofText(m_sharedStrings.at(i));
            } else if (type == u"str") {
                if (!value.isEmpty())
                    cell = Cell::ofText(value);
            } else if (type == u"b") {
                cell.type = Cell::Type::Bool;
                cell.boolean = value == u"1" || value == u"true";
            } else if (type == u"e") {
                cell.type = Cell::Type::Error;
                cell.text = value;
            } else if (type == u"d") {
                QDateTime dt = QDateTime::fromString(value, Qt::ISODateWithMs);
                if (!dt.isValid())
                    return fail(index + 1, column, QCoreApplication::translate("Needle::XlsxReader", "\"%1\" is not a date").arg(value));
                if (dt.time() == QTime(0, 0)) {
                    cell.type = Cell::Type::Date;
                    cell.date = dt.date();
                } else {
                    cell.type = Cell::Type::DateTime;
                    cell.dateTime = QDateTime(dt.date(), dt.time(), Qt::UTC);
                }
            } else {
                bool ok = false;
                const double number = c.toDouble(value, &ok);
                if (!ok)
                    return fail(index + 1, column, QCoreApplication::translate("Needle::XlsxReader", "\"%1\" is not a number").arg(value));
                const XlsxFormats::NumberFormat format =
                    style >= 0 && style < m_styles.size() ? m_styles.at(style)
                                                          : XlsxFormats::NumberFormat();
                using Kind = XlsxFormats::NumberFormat::Kind;
                cell = Cell::ofNumber(number);
                if (format.kind == Kind::Date || format.kind == Kind::DateTime) {
                    QString why;
                    const auto dt = XlsxFormats::serialToDateTime(number, m_date1904, &why);
                    if (!dt) {
                        issues->append(issue(name, index + 1, column, why));
                    } else if (format.kind == Kind::Date || dt->time() == QTime(0, 0)) {
                        cell.type = Cell::Type::Date;
                        cell.date = dt->date();
                    } else {
                        cell.type = Cell::Type::DateTime;
                        cell.dateTime = *dt;
                    }
                } else {
                    cell.format = format.hint();
                }
            }
            if (cell.isEmpty())
                continue;
            if (row.size() < column)
                row.resize(column);
            row[column - 1] = cell;
        }
        if (xml.hasError())
            break;
        stopped = !pass(index, row);
        next = index + 1;
        rowInProgress = 0;
    }
    if (xml.hasError() && !stopped) {
        issues->append(issue(name, rowInProgress, 0, xmlError(sheet->part, xml, device.get())));
        return false;
    }
    return true;
}

} // namespace Needle
