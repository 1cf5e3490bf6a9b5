#include "domain/valueformat.h"

#include <QCoreApplication>
#include <cmath>

namespace Needle::ValueFormat {

QString format(const Kpi &kpi, double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const int decimals = qBound(0, kpi.decimals, 6);
    switch (kpi.unit) {
    case Unit::Currency:
        return locale.toCurrencyString(value, kpi.currency.isEmpty() ? locale.currencySymbol()
                                                                     : kpi.currency,
                                       decimals);
    case Unit::Percent:
        return QCoreApplication::translate("Needle::ValueFormat", "%1 %")
            .arg(locale.toString(value, 'f', decimals));
    case Unit::Duration:
        return QCoreApplication::translate("Needle::ValueFormat", "%1 days")
            .arg(locale.toString(value, 'f', decimals));
    case Unit::Count:
    case Unit::Ratio:
    case Unit::Score:
        break;
    }
    return locale.toString(value, 'f', decimals);
}

QString unitSuffix(const Kpi &kpi)
{
    switch (kpi.unit) {
    case Unit::Currency:
        return kpi.currency;
    case Unit::Percent:
        return QStringLiteral("%");
    case Unit::Duration:
        return QCoreApplication::translate("Needle::ValueFormat", "days");
    case Unit::Count:
    case Unit::Ratio:
    case Unit::Score:
        break;
    }
    return QString();
}

} // namespace Needle::ValueFormat
