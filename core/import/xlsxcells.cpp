// XlsxReader: what both sheet parsers share: row order, merged cells, cell types.
#include "import/xlsxcells.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <charconv>

namespace Needle {

namespace XlsxCells {

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

bool parseNumber(QStringView text, double *number)
{
    // The most usual spelling, [-]digits[.digits] with at most 15 significant digits and 22
    // after the point, by Clinger's fast path: the digits as an integer (below 10^15 < 2^53)
    // and the power of ten are both exact doubles, so the one division rounds correctly and
    // gives the double std::from_chars gives.
    {
        static constexpr double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                            1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        const qsizetype n = text.size();
        qsizetype i = n > 0 && text[0] == u'-' ? 1 : 0;
        const bool negative = i == 1;
        quint64 digits = 0;
        int count = 0; // digits
        int significant = 0; // digits from the first non-zero one
        int fraction = -1; // digits after the point; -1: no point
        bool fast = i < n;
        for (; fast && i < n; ++i) {
            const char16_t c = text[i].unicode();
            if (c >= u'0' && c <= u'9') {
                digits = digits * 10 + (c - u'0');
                if (digits != 0) // leading zeros add nothing to the integer
                    fast = ++significant <= 15;
                ++count;
                if (fraction >= 0)
                    fast = fast && ++fraction <= 22;
            } else {
                fast = c == u'.' && fraction < 0 && count > 0;
                fraction = 0;
            }
        }
        if (fast && fraction != 0) {
            double v = double(digits);
            if (fraction > 0)
                v /= powers[fraction];
            *number = negative ? -v : v;
            return true;
        }
    }
    // The usual spelling (digits, sign, point, exponent) without QLocale's general parser;
    // anything else, and anything std::from_chars refuses, goes to QLocale.
    char buffer[64];
    const qsizetype n = text.size();
    bool plain = n > 0 && n < qsizetype(sizeof buffer) && text[0] != u'+';
    for (qsizetype i = 0; plain && i < n; ++i) {
        const char16_t c = text[i].unicode();
        plain = (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'+' || c == u'e'
            || c == u'E';
        buffer[i] = char(c);
    }
    if (plain) {
        const auto [end, ec] = std::from_chars(buffer, buffer + n, *number);
        if (ec == std::errc() && end == buffer + n)
            return true;
    }
    bool ok = false;
    *number = QLocale::c().toDouble(text, &ok);
    return ok;
}

} // namespace XlsxCells

XlsxReader::RowSink::Start XlsxReader::RowSink::startRow(QStringView r, qint64 *index,
                                                         QString *message, qint64 *errorRow)
{
    *index = m_next;
    if (!r.isEmpty()) {
        qint64 number = 0;
        bool ok = XlsxCells::plainDigits(r, 18, &number);
        if (!ok)
            number = r.toLongLong(&ok);
        if (!ok || number < 1 || number > maxRows) {
            *message = QCoreApplication::translate("Needle::XlsxReader",
                                                   "row number %1 is beyond Excel's %2 rows")
                           .arg(r)
                           .arg(maxRows);
            *errorRow = 0;
            return Start::Error;
        }
        *index = number - 1;
    }
    if (*index < m_next) {
        *message = QCoreApplication::translate("Needle::XlsxReader", "the rows are out of order");
        *errorRow = *index + 1;
        return Start::Error;
    }
    // Rows the file leaves out are empty rows.
    for (qint64 gap = m_next; gap < *index; ++gap) {
        if (m_merges.isEmpty()) {
            if (m_firstEmpty < 0)
                m_firstEmpty = gap;
            break;
        }
        Row empty;
        if (!pass(gap, empty))
            return Start::Stopped;
    }
    return Start::Ok;
}

bool XlsxReader::RowSink::endRow(qint64 index, Row &row)
{
    m_next = index + 1;
    return pass(index, row);
}

void XlsxReader::RowSink::applyMerges(qint64 index, Row &row)
{
    // Rows come in order, each one (gaps too) while there are merged ranges: a row looks only
    // at the ranges covering it, so many ranges cost what their cells cost, not ranges x rows.
    m_active.erase(std::remove_if(m_active.begin(), m_active.end(),
                                  [&](int m) { return m_merges.at(m).bottom < index; }),
                   m_active.end());
    while (m_nextMerge < m_merges.size() && m_merges.at(m_nextMerge).top <= index)
        m_active.append(m_nextMerge++);
    for (int m : std::as_const(m_active)) {
        const MergeRange &range = m_merges.at(m);
        if (index == range.top)
            m_mergeValues[m] = range.left < row.size() ? row.at(range.left) : Cell();
        const Cell &value = m_mergeValues.at(m);
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
}

bool XlsxReader::RowSink::pass(qint64 index, Row &row)
{
    if (!m_merges.isEmpty())
        applyMerges(index, row);
    if (row.isEmpty()) {
        if (m_firstEmpty < 0)
            m_firstEmpty = index;
        return true;
    }
    if (m_firstEmpty >= 0) {
        for (qint64 e = m_firstEmpty; e < index; ++e)
            if (!visit(e, Row()))
                return false;
        m_firstEmpty = -1;
    }
    return visit(index, row);
}

bool XlsxReader::checkReference(const QString &name, qint64 index, QStringView ref, int *column,
                                ImportIssues *issues) const
{
    qint64 refRow = 0;
    qint64 refColumn = *column + 1;
    if (!ref.isEmpty() && !XlsxCells::parseReference(ref, &refRow, &refColumn)) {
        issues->append(issue(
            name, index + 1, *column + 1,
            QCoreApplication::translate("Needle::XlsxReader", "the cell reference %1 is malformed")
                .arg(ref)));
        return false;
    }
    if (refColumn > maxColumns || refRow > maxRows) {
        issues->append(
            issue(name, index + 1, 0,
                  QCoreApplication::translate("Needle::XlsxReader",
                                              "the cell reference %1 is beyond Excel's limits")
                      .arg(ref)));
        return false;
    }
    if (refColumn <= *column || (refRow != 0 && refRow != index + 1)) {
        issues->append(
            issue(name, index + 1, int(refColumn),
                  QCoreApplication::translate("Needle::XlsxReader", "the cell %1 is out of order")
                      .arg(ref)));
        return false;
    }
    *column = int(refColumn);
    return true;
}

bool XlsxReader::makeCell(const QString &name, qint64 index, int column, const CellData &in,
                          Cell *cell, ImportIssues *issues) const
{
    auto fail = [&](const QString &message) {
        issues->append(issue(name, index + 1, column, message));
        return false;
    };
    const QStringView type = in.type;
    const QStringView value = in.value;
    bool hasValue = in.hasValue;
    if (in.formula && value.isEmpty() && type != u"str")
        hasValue = false; // openpyxl writes <v></v> for a formula never computed
    if (type == u"inlineStr") {
        if (!in.inlineText.isEmpty())
            *cell = Cell::ofText(in.inlineText);
    } else if (!hasValue) {
        if (in.formula)
            issues->append(issue(
                name, index + 1, column,
                QCoreApplication::translate("Needle::XlsxReader",
                                            "the formula has no saved result; open and save the "
                                            "file in a spreadsheet program to compute it"),
                ImportIssue::Severity::Warning));
    } else if (type == u"s") {
        qsizetype i = -1;
        if (!value.isEmpty() && value.size() <= 9) {
            i = 0;
            for (QChar ch : value) {
                if (ch < u'0' || ch > u'9') {
                    i = -1;
                    break;
                }
                i = i * 10 + (ch.unicode() - u'0');
            }
        }
        if (i < 0 || i >= m_sharedEnds.size())
            return fail(QCoreApplication::translate("Needle::XlsxReader",
                                                    "the shared string %1 does not exist")
                            .arg(value));
        const qint32 start = i > 0 ? m_sharedEnds.at(i - 1) : 0;
        if (m_sharedEnds.at(i) > start) {
            if (i >= sharedCacheSize) {
                *cell = Cell::ofText(m_sharedText.mid(start, m_sharedEnds.at(i) - start));
            } else {
                if (m_sharedCache.size() <= i)
                    m_sharedCache.resize(qMin<qsizetype>(m_sharedEnds.size(), sharedCacheSize));
                QString &cached = m_sharedCache[i];
                if (cached.isNull())
                    cached = m_sharedText.mid(start, m_sharedEnds.at(i) - start);
                *cell = Cell::ofText(cached);
            }
        }
    } else if (type == u"str") {
        if (!value.isEmpty())
            *cell = Cell::ofText(value.toString());
    } else if (type == u"b") {
        cell->type = Cell::Type::Bool;
        cell->boolean = value == u"1" || value == u"true";
    } else if (type == u"e") {
        cell->type = Cell::Type::Error;
        cell->text = value.toString();
    } else if (type == u"d") {
        QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!dt.isValid())
            return fail(QCoreApplication::translate("Needle::XlsxReader", "\"%1\" is not a date")
                            .arg(value));
        if (dt.time() == QTime(0, 0)) {
            cell->type = Cell::Type::Date;
            cell->date = dt.date();
        } else {
            cell->type = Cell::Type::DateTime;
            cell->dateTime = QDateTime(dt.date(), dt.time(), Qt::UTC);
        }
    } else {
        double number = 0;
        if (!XlsxCells::parseNumber(value, &number))
            return fail(QCoreApplication::translate("Needle::XlsxReader", "\"%1\" is not a number")
                            .arg(value));
        using Kind = XlsxFormats::NumberFormat::Kind;
        const XlsxFormats::NumberFormat *format =
            in.style >= 0 && in.style < m_styles.size() ? &m_styles.at(in.style) : nullptr;
        const Kind kind = format ? format->kind : Kind::General;
        cell->type = Cell::Type::Number;
        cell->number = number;
        if (kind == Kind::Date || kind == Kind::DateTime) {
            QString why;
            QTime time;
            const auto date = XlsxFormats::serialToDate(number, m_date1904, &time, &why);
            if (!date) {
                issues->append(issue(name, index + 1, column, why));
            } else if (kind == Kind::Date || time == QTime(0, 0)) {
                cell->type = Cell::Type::Date;
                cell->date = *date;
            } else {
                cell->type = Cell::Type::DateTime;
                cell->dateTime = QDateTime(*date, time, Qt::UTC);
            }
        } else if (kind != Kind::General) {
            cell->format = format->hint();
        }
    }
    return true;
}

} // namespace Needle
