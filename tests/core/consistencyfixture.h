#pragma once

#include "analysis/workspaceanalyzer.h"
#include "demo/demoworkspace.h"
#include "storage/kpirepository.h"
#include "workspace/workspace.h"

#include <QRandomGenerator>
#include <QtTest>
#include <memory>

// Workspaces on which every view must give the same answer for every KPI (issue 15): the demo
// at three as-of dates and after an import with a row past the latest complete month, a
// generated one, and hand-made edge cases (computed KPIs, a formula failing, target bands,
// lower-is-better, no target, no data, recorded verdicts). Each is a file, as in the app.
namespace ConsistencyFixture {

using namespace Needle;

enum class Kind { Demo, DemoDecemberImport, Generated, EdgeCases };

struct Case
{
    Kind kind = Kind::Demo;
    QDate asOf;
};

inline qint64 addKpi(Workspace *ws, const QString &key, Cadence cadence, Aggregation aggregation,
                     Direction direction, const QString &formula = QString())
{
    Kpi k;
    k.key = key;
    k.name = key;
    k.cadence = cadence;
    k.aggregation = aggregation;
    k.direction = direction;
    k.formula = formula;
    k.decimals = 2;
    QString error;
    if (!ws->addKpi(&k, &error))
        qFatal("addKpi %s: %s", qPrintable(key), qPrintable(error));
    return k.id;
}

inline void addTarget(Workspace *ws, qint64 kpiId, const QDate &from, std::optional<double> value,
                      std::optional<double> low = {}, std::optional<double> high = {})
{
    Target t;
    t.kpiId = kpiId;
    t.value = value;
    t.low = low;
    t.high = high;
    t.effectiveFrom = from;
    QString error;
    if (!ws->addTarget(&t, &error))
        qFatal("addTarget: %s", qPrintable(error));
}

inline void addDaily(Workspace *ws, qint64 kpiId, const QDate &first, const QDate &last,
                     double level, double noise, QRandomGenerator *random)
{
    QVector<Measurement> values;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        Measurement m;
        m.kpiId = kpiId;
        m.date = d;
        m.value = std::round((level + noise * (random->generateDouble() - 0.5)) * 100) / 100;
        values << m;
    }
    QString error;
    if (!ws->setValues(values, QStringLiteral("values"), &error))
        qFatal("setValues: %s", qPrintable(error));
}

// Records verdicts on the flags of the 90 days before asOf: "known cause" on the first, "not an
// anomaly" on the second, "confirmed" on the third, for every KPI that has them.
inline void judge(Workspace *ws, const QDate &asOf)
{
    AnalysisOptions options;
    options.asOf = asOf;
    QString error;
    const Verdict verdicts[] = {Verdict::KnownCause, Verdict::NotAnomaly, Verdict::Confirmed};
    for (const KpiAnalysis &a : analyzeWorkspace(ws->connection(), {}, options, &error)) {
        const QVector<Anomaly> flags = a.anomaliesBetween(a.anomalyWindowFrom(), asOf);
        for (int i = 0; i < flags.size() && i < 3; ++i) {
            if (flags.at(i).verdict)
                continue;
            AnomalyVerdict v;
            v.kpiId = a.kpiId;
            v.period = flags.at(i).period;
            v.verdict = verdicts[i];
            v.explanation = QStringLiteral("judged by the test");
            if (!ws->setVerdict(&v, &error))
                qFatal("setVerdict: %s", qPrintable(error));
        }
    }
}

// Twelve KPIs of random cadence, aggregation, direction and targets (one seed: always the same).
inline void generate(Workspace *ws, const QDate &asOf)
{
    QRandomGenerator random(7);
    const Cadence cadences[] = {Cadence::Daily, Cadence::Weekly, Cadence::Monthly,
                                Cadence::Quarterly};
    const Aggregation aggregations[] = {Aggregation::Sum, Aggregation::Average, Aggregation::Last,
                                        Aggregation::Max};
    for (int i = 0; i < 12; ++i) {
        const Direction direction = i % 3 == 0 ? Direction::LowerIsBetter
            : i % 3 == 1                       ? Direction::HigherIsBetter
                                               : Direction::WithinBand;
        const qint64 id = addKpi(ws, QStringLiteral("generated_%1").arg(i), cadences[i % 4],
                                 aggregations[(i / 4 + i) % 4], direction);
        const double level = 50 + 100 * random.generateDouble();
        addDaily(ws, id, asOf.addDays(-300 - i * 10), asOf.addDays(i % 5), level, level / 5,
                 &random);
        if (direction == Direction::WithinBand)
            addTarget(ws, id, asOf.addYears(-2), std::nullopt, level * 0.9, level * 1.1);
        else if (i % 4 != 3) // every fourth has no target
            addTarget(ws, id, asOf.addYears(-2), level * (1 + 0.02 * (i % 3)));
        if (i % 2 == 0 && direction == Direction::WithinBand) // a later target takes over
            addTarget(ws, id, asOf.addMonths(-2), std::nullopt, level * 0.8, level * 1.05);
        else if (i % 2 == 0)
            addTarget(ws, id, asOf.addMonths(-2), level);
    }
}

inline void edgeCases(Workspace *ws, const QDate &asOf)
{
    QRandomGenerator random(11);
    const QDate first = asOf.addMonths(-14);
    const qint64 revenue = addKpi(ws, QStringLiteral("revenue"), Cadence::Monthly, Aggregation::Sum,
                                  Direction::HigherIsBetter);
    addDaily(ws, revenue, first, asOf, 1000, 200, &random);
    addTarget(ws, revenue, first, 30000);
    const qint64 users = addKpi(ws, QStringLiteral("users"), Cadence::Monthly, Aggregation::Last,
                                Direction::HigherIsBetter);
    addDaily(ws, users, first, asOf, 400, 40, &random);
    addKpi(ws, QStringLiteral("revenue_per_user"), Cadence::Monthly, Aggregation::Last,
           Direction::HigherIsBetter, QStringLiteral("revenue / users"));
    const qint64 perUserAnnual =
        addKpi(ws, QStringLiteral("annual_per_user"), Cadence::Monthly, Aggregation::Last,
               Direction::HigherIsBetter, QStringLiteral("revenue_per_user * 12"));
    addTarget(ws, perUserAnnual, first, 900);
    // Divides by zero in every period: an error instead of values.
    const qint64 zero = addKpi(ws, QStringLiteral("zero"), Cadence::Monthly, Aggregation::Last,
                               Direction::HigherIsBetter);
    addDaily(ws, zero, first, asOf, 0, 0, &random);
    addKpi(ws, QStringLiteral("broken"), Cadence::Monthly, Aggregation::Last,
           Direction::HigherIsBetter, QStringLiteral("revenue / zero"));
    const qint64 churn = addKpi(ws, QStringLiteral("churn"), Cadence::Weekly, Aggregation::Average,
                                Direction::LowerIsBetter);
    addDaily(ws, churn, first, asOf, 2.5, 0.6, &random);
    addTarget(ws, churn, first, 2.4);
    QString error;
    // A spike the detector flags, then judged.
    if (!ws->setValue(churn, asOf.addDays(-30), 9.5, &error))
        qFatal("setValue: %s", qPrintable(error));
    const qint64 band = addKpi(ws, QStringLiteral("band"), Cadence::Daily, Aggregation::Average,
                               Direction::WithinBand);
    addDaily(ws, band, first, asOf, 20, 8, &random);
    addTarget(ws, band, first, std::nullopt, 15, 25);
    const qint64 untargeted = addKpi(ws, QStringLiteral("untargeted"), Cadence::Quarterly,
                                     Aggregation::Sum, Direction::HigherIsBetter);
    addDaily(ws, untargeted, first, asOf, 10, 4, &random);
    addKpi(ws, QStringLiteral("empty"), Cadence::Weekly, Aggregation::Sum,
           Direction::HigherIsBetter);
}

// Writes the case's workspace to path and opens it.
inline std::unique_ptr<Workspace> make(const Case &c, const QString &path)
{
    QString error;
    QFile::remove(path);
    std::unique_ptr<Workspace> ws;
    if (c.kind == Kind::Demo || c.kind == Kind::DemoDecemberImport) {
        if (!DemoWorkspace::write(path, c.asOf, &error))
            qFatal("demo: %s", qPrintable(error));
        ws = Workspace::open(path, &error);
    } else {
        ws = Workspace::create(path, &error);
    }
    if (!ws)
        qFatal("workspace: %s", qPrintable(error));
    if (c.kind == Kind::DemoDecemberImport) {
        // An import with a December row for MRR, read in December (issue 15's second defect).
        const qint64 mrr = KpiRepository(ws->connection()).byKey(QStringLiteral("mrr"))->id;
        if (!ws->setValue(mrr, QDate(2026, 12, 1), 268635, &error))
            qFatal("setValue: %s", qPrintable(error));
    } else if (c.kind == Kind::Generated) {
        generate(ws.get(), c.asOf);
    } else if (c.kind == Kind::EdgeCases) {
        edgeCases(ws.get(), c.asOf);
    }
    judge(ws.get(), c.asOf);
    return ws;
}

inline void addRows()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("asOf");
    QTest::newRow("demo_2026-11-21") << int(Kind::Demo) << QDate(2026, 11, 21);
    QTest::newRow("demo_2026-03-31") << int(Kind::Demo) << QDate(2026, 3, 31);
    QTest::newRow("demo_2025-07-15") << int(Kind::Demo) << QDate(2025, 7, 15);
    QTest::newRow("demo_december_import") << int(Kind::DemoDecemberImport) << QDate(2026, 12, 10);
    QTest::newRow("generated_seed_7") << int(Kind::Generated) << QDate(2026, 6, 14);
    QTest::newRow("edge_cases") << int(Kind::EdgeCases) << QDate(2026, 9, 3);
}

} // namespace ConsistencyFixture
