#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>
#include <functional>

namespace Needle {

// Base of the list-shaped models: holds the rows and replaces them with a fresh list emitting
// the smallest row signals (removals, insertions, dataChanged) instead of a reset, so views keep
// their selection and scroll position when one record changes. Row needs operator==.
template <typename Row>
class RecordTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    const QVector<Row> &rows() const { return m_rows; }

protected:
    using IdOf = std::function<qint64(const Row &)>;

    void syncRows(const QVector<Row> &fresh, const IdOf &idOf)
    {
        QHash<qint64, int> freshIndex;
        for (int i = 0; i < fresh.size(); ++i)
            freshIndex.insert(idOf(fresh.at(i)), i);

        // 1. Remove the rows that are gone, in contiguous runs from the bottom.
        for (int i = int(m_rows.size()) - 1; i >= 0;) {
            if (freshIndex.contains(idOf(m_rows.at(i)))) {
                --i;
                continue;
            }
            int first = i;
            while (first > 0 && !freshIndex.contains(idOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows(QModelIndex(), first, i);
            m_rows.remove(first, i - first + 1);
            endRemoveRows();
            i = first - 1;
        }

        // 2. The rows kept must be in the fresh order; otherwise start over.
        int last = -1;
        for (const Row &r : m_rows) {
            const int at = freshIndex.value(idOf(r));
            if (at < last) {
                beginResetModel();
                m_rows = fresh;
                endResetModel();
                return;
            }
            last = at;
        }

        // 3. Walk the fresh list: insert runs of new rows, update changed ones.
        const int columns = columnCount();
        for (int i = 0; i < fresh.size();) {
            if (i < m_rows.size() && idOf(m_rows.at(i)) == idOf(fresh.at(i))) {
                if (!(m_rows.at(i) == fresh.at(i))) {
                    m_rows[i] = fresh.at(i);
                    emit dataChanged(index(i, 0), index(i, columns - 1));
                }
                ++i;
                continue;
            }
            int end = i;
            const qint64 nextKept = i < m_rows.size() ? idOf(m_rows.at(i)) : -1;
            while (end < fresh.size() && (nextKept == -1 || idOf(fresh.at(end)) != nextKept))
                ++end;
            beginInsertRows(QModelIndex(), i, end - 1);
            m_rows.insert(i, end - i, Row());
            for (int k = i; k < end; ++k)
                m_rows[k] = fresh.at(k);
            endInsertRows();
            i = end;
        }
    }

    // Replaces only the rows whose key lies in [first, last] with a fresh read of that range
    // (rows ordered by key): an edit of a few values re-reads those, not the whole list.
    void syncKeyRange(qint64 first, qint64 last, const QVector<Row> &freshRange, const IdOf &idOf)
    {
        QVector<Row> merged;
        merged.reserve(m_rows.size() + freshRange.size());
        int i = 0;
        while (i < m_rows.size() && idOf(m_rows.at(i)) < first)
            merged << m_rows.at(i++);
        merged << freshRange;
        while (i < m_rows.size() && idOf(m_rows.at(i)) <= last)
            ++i;
        while (i < m_rows.size())
            merged << m_rows.at(i++);
        syncRows(merged, idOf);
    }

    void resetRows(const QVector<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    QVector<Row> m_rows;
};

} // namespace Needle
