#pragma once

#include "domain/enums.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace Needle {

// Filters a KpiTableModel by category, owner, status, tag and text (name, key, description),
// hiding archived KPIs unless asked; sorts by the display text, numbers by value.
class KpiFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit KpiFilterProxyModel(QObject *parent = nullptr);

    void setCategory(std::optional<Category> category);
    void setOwnerId(qint64 ownerId); // 0: any owner; -1: KPIs without owner
    void setStatuses(const QSet<QString> &statusNames); // empty: any
    void setTag(const QString &tag);
    void setText(const QString &text);
    void setShowArchived(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<Category> m_category;
    qint64 m_ownerId = 0;
    QSet<QString> m_statuses;
    QString m_tag;
    QString m_text;
    bool m_showArchived = false;
};

} // namespace Needle
