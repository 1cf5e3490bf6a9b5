#pragma once

#include "domain/kpi.h"

#include <QDoubleSpinBox>

namespace Needle::ValueSpinBox {

// A spin box for a value of a KPI: its decimals, its unit as suffix or prefix, any magnitude.
QDoubleSpinBox *create(const Kpi &kpi, double value, const QString &accessibleName);

} // namespace Needle::ValueSpinBox
