#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QStringList>

namespace Needle {

// What the user chose for a PDF export: the period, the KPIs, the paper.
struct ReportOptions
{
    QDate from; // null: twelve months before `to`
    QDate to; // null: the as-of date
    QDate asOf; // null: today
    QStringList kpiKeys; // empty: every KPI that is not archived
    qint64 meetingId = 0; // non-zero: the minutes of that meeting instead of a snapshot
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QLocale locale;
    QDateTime generatedAt; // null: now
    QString author; // null: the system user

    // Letter where it is the custom (the United States, Canada and a few others), A4 elsewhere.
    static QPageSize::PageSizeId defaultPageSize(const QLocale &locale);
    // Fills the null dates, the time and the author.
    ReportOptions resolved() const;
    QPageLayout pageLayout() const;
};

} // namespace Needle
