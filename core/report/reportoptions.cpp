#include "report/reportoptions.h"

#include "domain/systemuser.h"

#include <QDir>
#include <QMarginsF>

namespace Needle {

QPageSize::PageSizeId ReportOptions::defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

ReportOptions ReportOptions::resolved() const
{
    ReportOptions r = *this;
    if (!r.asOf.isValid())
        r.asOf = r.to.isValid() ? r.to : QDate::currentDate();
    if (!r.to.isValid())
        r.to = r.asOf;
    if (!r.from.isValid())
        r.from = r.to.addYears(-1).addDays(1);
    if (!r.generatedAt.isValid())
        r.generatedAt = QDateTime::currentDateTime();
    if (r.author.isEmpty()) {
        r.author = SystemUser::name();
    }
    return r;
}

QPageLayout ReportOptions::pageLayout() const
{
    // 15 mm margins: inside what every office printer can reach.
    const qreal margin = 15 / 25.4 * 72;
    return QPageLayout(QPageSize(pageSize), orientation, QMarginsF(margin, margin, margin, margin),
                       QPageLayout::Point);
}

} // namespace Needle
