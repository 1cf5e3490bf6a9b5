#pragma once

#include "import/xlsxreader.h"

#include <algorithm>

namespace Needle {

// Passes a sheet's rows on in order, as both sheet parsers find them: rows the file leaves out
// become empty rows (trailing ones are not passed), and cells covered by a merged range repeat
// the value of its top-left cell.
class XlsxReader::RowSink
{
public:
    // skipThrough: rows up to this index were passed on by an earlier read of the same part
    // (the fast parser, before it met something it does not take): they are not passed again.
    RowSink(const QVector<MergeRange> &merges, const RowVisitor &visit, qint64 skipThrough = -1)
        : m_merges(merges), m_mergeValues(merges.size()), m_visit(visit), m_skipThrough(skipThrough)
    {
        std::stable_sort(m_merges.begin(), m_merges.end(),
                         [](const MergeRange &a, const MergeRange &b) { return a.top < b.top; });
    }

    enum class Start { Ok, Error, Stopped };
    // Begins a row from its r attribute (empty: the row after the last); its 0-based index in
    // *index. Error: *message (and *errorRow, 1-based or 0) say why.
    Start startRow(QStringView r, qint64 *index, QString *message, qint64 *errorRow);
    // Ends the row begun last; false when the visitor stops.
    bool endRow(qint64 index, Row &row);
    // The last row index passed to the visitor (-1: none).
    qint64 delivered() const { return m_delivered; }

private:
    void applyMerges(qint64 index, Row &row);
    bool pass(qint64 index, Row &row);
    bool visit(qint64 index, const Row &row)
    {
        if (index <= m_skipThrough)
            return true;
        m_delivered = index;
        return m_visit(index, row);
    }

    QVector<MergeRange> m_merges; // sorted by their top row
    QVector<Cell> m_mergeValues;
    QVector<int> m_active; // the ranges covering the current row
    int m_nextMerge = 0; // the first range whose top row is not reached yet
    const RowVisitor &m_visit;
    qint64 m_next = 0; // the next row index to pass on
    qint64 m_firstEmpty = -1; // the first of a run of empty rows not passed on yet
    qint64 m_skipThrough = -1;
    qint64 m_delivered = -1;
};

} // namespace Needle

namespace Needle::XlsxCells {

// "B12" -> column 2, row 12 (1-based); false when malformed. Either part may be absent (0)
// for a reference that has only the other. Values beyond the limits are returned as is.
bool parseReference(QStringView ref, qint64 *row, qint64 *column);

// A number as Excel stores it ("-1.5E-3"), read as the C locale reads it.
bool parseNumber(QStringView text, double *number);

// Up to maxDigits ASCII digits and nothing else, as a number (what QString::toLongLong gives
// for them, without its general parser); false for any other spelling.
inline bool plainDigits(QStringView text, int maxDigits, qint64 *value)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return false;
    qint64 v = 0;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *value = v;
    return true;
}

// The s attribute of a cell as QStringView::toInt reads it (0 when it is not a number).
inline int styleIndex(QStringView text)
{
    qint64 v;
    if (text.isEmpty())
        return 0;
    return plainDigits(text, 9, &v) ? int(v) : text.toInt();
}

} // namespace Needle::XlsxCells
