#pragma once

#include "storage/kpirepository.h"
#include "workspace/workspace.h"

#include <QUndoStack>

#include <QtTest>
#include <memory>

// A small workspace whose tiles are known by hand (as of 21 November 2026):
// revenue  financial, EUR, monthly, last; target 1,000; Sep 900, Oct 960   -> at risk, +6.7 %
// churn    customer, percent, monthly, lower is better; target 2.0; 3.0, 2.5 -> off track
// signups  operational, daily, sum, tag "growth", owner Ana; 10 a day from 1 Oct to 21 Nov
// ratio    computed revenue / signups, monthly: Oct 960 / 310
// old      archived, never shown
namespace DashboardFixture {

inline qint64 addKpi(Needle::Workspace *ws, const QString &key, const QString &name,
                     Needle::Category category, Needle::Unit unit, Needle::Cadence cadence,
                     Needle::Aggregation aggregation, Needle::Direction direction, int decimals,
                     qint64 ownerId = 0)
{
    Needle::Kpi k;
    k.key = key;
    k.name = name;
    k.category = category;
    k.unit = unit;
    if (unit == Needle::Unit::Currency)
        k.currency = QStringLiteral("EUR");
    k.cadence = cadence;
    k.aggregation = aggregation;
    k.direction = direction;
    k.decimals = decimals;
    k.ownerId = ownerId;
    QString error;
    if (!ws->addKpi(&k, &error))
        qFatal("addKpi: %s", qPrintable(error));
    return k.id;
}

inline void addTarget(Needle::Workspace *ws, qint64 kpiId, double value)
{
    Needle::Target t;
    t.kpiId = kpiId;
    t.value = value;
    t.effectiveFrom = QDate(2026, 1, 1);
    QString error;
    if (!ws->addTarget(&t, &error))
        qFatal("addTarget: %s", qPrintable(error));
}

// In memory, or in a new file at path.
inline std::unique_ptr<Needle::Workspace> make(const QString &path = QString())
{
    using namespace Needle;
    QString error;
    auto ws = path.isEmpty() ? Workspace::createInMemory(&error) : Workspace::create(path, &error);
    if (!ws)
        qFatal("workspace: %s", qPrintable(error));
    Owner ana;
    ana.name = QStringLiteral("Ana");
    ws->addOwner(&ana, &error);
    const qint64 revenue = addKpi(ws.get(), QStringLiteral("revenue"), QStringLiteral("Revenue"),
                                  Category::Financial, Unit::Currency, Cadence::Monthly,
                                  Aggregation::Last, Direction::HigherIsBetter, 0, ana.id);
    const qint64 churn =
        addKpi(ws.get(), QStringLiteral("churn"), QStringLiteral("Churn"), Category::Customer,
               Unit::Percent, Cadence::Monthly, Aggregation::Average, Direction::LowerIsBetter, 1);
    const qint64 signups = addKpi(ws.get(), QStringLiteral("signups"), QStringLiteral("Signups"),
                                  Category::Operational, Unit::Count, Cadence::Daily,
                                  Aggregation::Sum, Direction::HigherIsBetter, 0, ana.id);
    Kpi ratio;
    ratio.key = QStringLiteral("ratio");
    ratio.name = QStringLiteral("Revenue per signup");
    ratio.category = Category::Financial;
    ratio.unit = Unit::Ratio;
    ratio.decimals = 2;
    ratio.formula = QStringLiteral("revenue / signups");
    ws->addKpi(&ratio, &error);
    Kpi old;
    old.key = QStringLiteral("old");
    old.name = QStringLiteral("Old metric");
    old.archived = true;
    ws->addKpi(&old, &error);

    addTarget(ws.get(), revenue, 1000);
    addTarget(ws.get(), churn, 2.0);
    QVector<Measurement> values;
    auto value = [&values](qint64 kpi, const QDate &d, double v) {
        Measurement m;
        m.kpiId = kpi;
        m.date = d;
        m.value = v;
        values << m;
    };
    value(revenue, QDate(2026, 9, 1), 900);
    value(revenue, QDate(2026, 10, 1), 960);
    value(churn, QDate(2026, 9, 1), 3.0);
    value(churn, QDate(2026, 10, 1), 2.5);
    for (QDate d(2026, 10, 1); d <= QDate(2026, 11, 21); d = d.addDays(1))
        value(signups, d, 10);
    if (!ws->setValues(values, QStringLiteral("fixture"), &error))
        qFatal("values: %s", qPrintable(error));
    Kpi tagged = *KpiRepository(ws->connection()).byId(signups);
    tagged.tags = QStringList{QStringLiteral("growth")};
    if (!ws->updateKpi(tagged, &error))
        qFatal("tags: %s", qPrintable(error));
    ws->undoStack()->clear();
    return ws;
}

} // namespace DashboardFixture
