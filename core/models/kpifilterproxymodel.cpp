#include "models/kpifilterproxymodel.h"

#include "models/kpitablemodel.h"
#include "models/roles.h"

namespace Needle {

KpiFilterProxyModel::KpiFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void KpiFilterProxyModel::setCategory(std::optional<Category> category)
{
    m_category = category;
    invalidateFilter();
}

void KpiFilterProxyModel::setOwnerId(qint64 ownerId)
{
    m_ownerId = ownerId;
    invalidateFilter();
}

void KpiFilterProxyModel::setStatuses(const QSet<QString> &statusNames)
{
    m_statuses = statusNames;
    invalidateFilter();
}

void KpiFilterProxyModel::setTag(const QString &tag)
{
    m_tag = tag.trimmed();
    invalidateFilter();
}

void KpiFilterProxyModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void KpiFilterProxyModel::setShowArchived(bool show)
{
    m_showArchived = show;
    invalidateFilter();
}

bool KpiFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && idx.data(ArchivedRole).toBool())
        return false;
    if (m_category && idx.data(CategoryRole).toString() != storageName(*m_category))
        return false;
    if (m_ownerId > 0 && idx.data(OwnerIdRole).toLongLong() != m_ownerId)
        return false;
    if (m_ownerId < 0 && idx.data(OwnerIdRole).toLongLong() != 0)
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(idx.data(StatusRole).toString()))
        return false;
    if (!m_tag.isEmpty() && !idx.data(TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (!m_text.isEmpty()) {
        const bool found =
            idx.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive)
            || idx.data(KeyRole).toString().contains(m_text, Qt::CaseInsensitive)
            || idx.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

bool KpiFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == KpiTableModel::LatestColumn) {
        const QVariant l = left.data(LatestValueRole), r = right.data(LatestValueRole);
        if (l.isValid() && r.isValid())
            return l.toDouble() < r.toDouble();
        return !l.isValid() && r.isValid();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Needle
