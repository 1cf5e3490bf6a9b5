#pragma once

#include "domain/kpi.h"

#include <QLocale>
#include <QString>

namespace Needle::ValueFormat {

// A KPI value as a person reads it, in the KPI's unit and the locale's number format:
// "€ 182,400", "3.4 %", "45 days", "3.20". Views and reports use this; data exports do not.
QString format(const Kpi &kpi, double value, const QLocale &locale = QLocale());
// The symbol of a well-known ISO 4217 code ("EUR" -> "€"); empty for others.
QString currencySymbol(const QString &code);
// The unit alone, for axis titles and headers ("EUR", "%", "days"); empty for counts.
QString unitSuffix(const Kpi &kpi);

} // namespace Needle::ValueFormat
