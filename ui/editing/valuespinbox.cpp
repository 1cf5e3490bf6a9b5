#include "editing/valuespinbox.h"

#include "domain/valueformat.h"

#include <limits>

namespace Needle::ValueSpinBox {

QDoubleSpinBox *create(const Kpi &kpi, double value, const QString &accessibleName)
{
    auto *box = new QDoubleSpinBox;
    box->setDecimals(std::max(kpi.decimals, 2));
    box->setRange(-1e12, 1e12);
    box->setGroupSeparatorShown(true);
    const QString unit = ValueFormat::unitSuffix(kpi);
    if (!unit.isEmpty())
        box->setSuffix(QStringLiteral(" ") + unit);
    box->setValue(value);
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace Needle::ValueSpinBox
