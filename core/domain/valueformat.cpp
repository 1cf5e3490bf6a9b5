#include "domain/valueformat.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace Needle::ValueFormat {

QString currencySymbol(const QString &code)
{
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("EUR"), QStringLiteral("€")}, {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("GBP"), QStringLiteral("£")}, {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("INR"), QStringLiteral("₹")}, {QStringLiteral("KRW"), QStringLiteral("₩")},
    };
    return symbols.value(code);
}

QString format(const Kpi &kpi, double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const int decimals = qBound(0, kpi.decimals, 6);
    switch (kpi.unit) {
    case Unit::Currency: {
        const QString symbol = currencySymbol(kpi.currency);
        if (symbol.isEmpty()) // an unknown code reads best after the number: "1,200 CHF"
            return QStringLiteral("%1\u00a0%2")
                .arg(locale.toString(value, 'f', decimals), kpi.currency);
        return locale.toCurrencyString(value, symbol, decimals);
    }
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
