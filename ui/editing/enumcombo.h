#pragma once

#include "domain/enums.h"

#include <QComboBox>

namespace Needle::EnumCombo {

// Combo boxes over the domain's closed sets: translated names shown, storage names as data.
template <typename E>
void fill(QComboBox *combo)
{
    for (const QString &name : allStorageNames<E>()) {
        E value;
        if (parse(name, &value))
            combo->addItem(displayName(value), name);
    }
}

template <typename E>
E value(const QComboBox *combo, E fallback)
{
    E v = fallback;
    parse(combo->currentData().toString(), &v);
    return v;
}

template <typename E>
void select(QComboBox *combo, E value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(storageName(value))));
}

} // namespace Needle::EnumCombo
