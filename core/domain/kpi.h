#pragma once

#include "domain/enums.h"

#include <QString>
#include <QStringList>

namespace Needle {

// The definition of one KPI. Values, targets and benchmarks refer to it by id.
struct Kpi
{
    qint64 id = 0;
    QString key; // slug: [a-z][a-z0-9_]*, unique, used in formulas and on the command line
    QString name;
    QString description;
    Category category = Category::Operational;
    Indicator indicator = Indicator::Lagging;
    Unit unit = Unit::Count;
    QString currency; // ISO 4217 code when unit is Currency
    Direction direction = Direction::HigherIsBetter;
    Cadence cadence = Cadence::Monthly;
    Aggregation aggregation = Aggregation::Last;
    int decimals = 0;
    QString formula; // empty unless computed from other KPIs
    qint64 ownerId = 0; // 0: no owner
    QString sourceNote;
    QStringList tags;
    bool omtm = false; // "one metric that matters"
    bool archived = false;
    Sensitivity sensitivity = Sensitivity::Normal; // for anomaly detection

    bool isComputed() const { return !formula.trimmed().isEmpty(); }
    bool operator==(const Kpi &o) const;
    bool operator!=(const Kpi &o) const { return !(*this == o); }

    static bool isValidKey(const QString &key);
    // A key made from a name: "Monthly Recurring Revenue" -> "monthly_recurring_revenue".
    static QString keyFromName(const QString &name);
    // Checks the fields a user can get wrong; returns false with a translated message.
    bool validate(QString *errorMessage) const;
};

} // namespace Needle
