#pragma once

#include "domain/kpi.h"

#include <QVector>
#include <optional>

namespace Needle {

// One KPI of the built-in library: a ready definition (name and description translated) and
// how it is computed or measured.
struct LibraryEntry
{
    Kpi kpi; // id 0; key, name, description, unit, direction, cadence, ... filled in
    QString howMeasured; // translated
};

// The standard product KPIs users add from (DESIGN section 2, the foundation issue).
class KpiLibrary
{
public:
    static QVector<LibraryEntry> entries();
    static std::optional<LibraryEntry> find(const QString &key);
};

} // namespace Needle
