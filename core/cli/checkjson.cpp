#include "analysis/formula.h"
#include "cli/checkreport.h"
#include "cli/jsonwriter.h"
#include "review/followup.h"
#include "storage/benchmarkrepository.h"
#include "storage/bulkvalues.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/reviewrepository.h"
#include "storage/targetrepository.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace Needle {

namespace {

constexpr int ChunkSize = 256; // KPIs read, analysed and written at a time

// What every KPI's analysis is made of, but the values: those are read chunk by chunk, so that
// only a few hundred KPIs' series and analyses are held at a time.
class InputSource
{
public:
    explicit InputSource(const QSqlDatabase &db) : m_values(db), m_fast(db)
    {
        m_kpis = KpiRepository(db).all(&m_error);
        for (const Target &t : TargetRepository(db).all())
            m_targets[t.kpiId] << t;
        for (const Benchmark &b : BenchmarkRepository(db).all())
            m_benchmarks[b.kpiId] << b;
        for (const AnomalyVerdict &v : ReviewRepository(db).verdicts())
            m_verdicts[v.kpiId] << v;
        // The KPIs formulas use, by key: a chunk is analysed with them.
        QSet<QString> referenced;
        for (const Kpi &k : std::as_const(m_kpis)) {
            QStringList keys;
            QString ignored;
            if (k.isComputed() && Formula::referencedKeys(k.formula, &keys, &ignored))
                referenced.unite(QSet<QString>(keys.cbegin(), keys.cend()));
        }
        for (int i = 0; i < m_kpis.size() && !referenced.isEmpty(); ++i)
            if (referenced.contains(m_kpis.at(i).key))
                m_indexOfKey.insert(m_kpis.at(i).key, i);
    }

    const QString &error() const { return m_error; }
    const QVector<Kpi> &kpis() const { return m_kpis; }

    // The inputs of a chunk: the chunk itself, then every KPI its computed KPIs use, through
    // any depth (analyzeKpis evaluates formulas from the inputs it is given).
    QVector<KpiInput> inputs(const QVector<int> &chunk, QString *errorMessage)
    {
        QVector<KpiInput> out;
        QSet<int> taken(chunk.cbegin(), chunk.cend());
        QVector<int> queue = chunk;
        for (int i : chunk)
            out << input(i, errorMessage);
        while (!queue.isEmpty()) {
            const Kpi &k = m_kpis.at(queue.takeLast());
            QStringList keys;
            QString ignored;
            if (!k.isComputed() || !Formula::referencedKeys(k.formula, &keys, &ignored))
                continue;
            for (const QString &key : std::as_const(keys)) {
                const int j = m_indexOfKey.value(key, -1);
                if (j >= 0 && !taken.contains(j)) {
                    taken.insert(j);
                    out << input(j, errorMessage);
                    queue << j;
                }
            }
        }
        return out;
    }

private:
    KpiInput input(int index, QString *errorMessage)
    {
        KpiInput in;
        in.kpi = m_kpis.at(index);
        if (!in.kpi.isComputed()
            && (!m_fast.isValid() || !m_fast.series(in.kpi.id, &in.series, nullptr)))
            in.series = m_values.series(in.kpi.id, {}, {}, errorMessage);
        in.targets = m_targets.value(in.kpi.id);
        in.benchmarks = m_benchmarks.value(in.kpi.id);
        in.verdicts = m_verdicts.value(in.kpi.id);
        return in;
    }

    MeasurementRepository m_values;
    BulkValues m_fast; // SQLite directly: no QVariant or date text per value
    QString m_error;
    QVector<Kpi> m_kpis;
    QHash<qint64, QVector<Target>> m_targets;
    QHash<qint64, QVector<Benchmark>> m_benchmarks;
    QHash<qint64, QVector<AnomalyVerdict>> m_verdicts;
    QHash<QString, int> m_indexOfKey;
};

} // namespace

bool CheckReport::writeJson(const QSqlDatabase &db, const QDate &asOf, const QDate &from,
                            const QDate &to, const QLocale &locale, QTextStream &out,
                            QString *error)
{
    AnalysisOptions options;
    options.asOf = asOf.isValid() ? asOf : QDate::currentDate();
    options.locale = locale;
    InputSource source(db);
    if (!source.error().isEmpty()) {
        *error = source.error();
        return false;
    }
    const QVector<Kpi> &all = source.kpis();
    const QDate windowFrom = from.isValid() ? from : options.asOf.addDays(-AnomalyWindowDays);
    const QDate windowTo = to.isValid() ? to : options.asOf;
    options.reasonsFrom = windowFrom;
    options.reasonsTo = windowTo;

    QVector<int> order;
    for (int i = 0; i < all.size(); ++i)
        if (!all.at(i).archived)
            order << i;
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return all.at(a).key < all.at(b).key; });

    const FollowUp followUp(db);
    const QVector<SummaryEntry> overdue =
        followUp.withNames(followUp.overdueActionItems(options.asOf), options.asOf);
    QVector<Kpi> overdueKpis; // the KPIs the overdue action items name, for their keys
    for (const SummaryEntry &e : overdue)
        for (int i : std::as_const(order))
            if (all.at(i).id == e.note.kpiId)
                overdueKpis << all.at(i);
    // The document around the list, laid out by the same writer, with the list left empty.
    const QJsonObject root{
        {QStringLiteral("as_of"), options.asOf.toString(Qt::ISODate)},
        {QStringLiteral("from"), windowFrom.toString(Qt::ISODate)},
        {QStringLiteral("to"), windowTo.toString(Qt::ISODate)},
        {QStringLiteral("kpis"), QJsonArray()},
        {QStringLiteral("overdue_action_items"), overdueToJson(overdue, overdueKpis)}};
    const QByteArray frame = JsonWriter::write(root);
    const QByteArray marker = JsonWriter::key(QStringLiteral("kpis")) + ": []";
    const qsizetype at = frame.indexOf(marker) + marker.size() - 1; // at the ']'
    out << frame.left(at);
    for (int start = 0; start < order.size(); start += ChunkSize) {
        const QVector<int> chunk = order.mid(start, ChunkSize);
        QString readError;
        const QVector<KpiInput> inputs = source.inputs(chunk, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        const QVector<KpiAnalysis> analyses = analyzeKpis(inputs, options);
        for (int j = 0; j < chunk.size(); ++j)
            out << (start + j > 0 ? ",\n        " : "\n        ")
                << JsonWriter::writeNested(
                       kpiToJson(all.at(chunk.at(j)), analyses.at(j), windowFrom, windowTo), 2);
    }
    if (!order.isEmpty())
        out << "\n    ";
    out << frame.mid(at);
    return true;
}

} // namespace Needle
