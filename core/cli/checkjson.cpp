#include "analysis/formula.h"
#include "analysis/workspaceanalyzer.h"
#include "cli/checkreport.h"
#include "cli/jsonwriter.h"
#include "review/followup.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace Needle {

namespace {

constexpr int ChunkSize = 256; // KPIs analysed and written at a time

// The inputs a chunk of KPIs is analysed from: the chunk itself, then every KPI its computed
// KPIs use, through any depth (analyzeKpis evaluates formulas from the inputs it is given).
QVector<KpiInput> chunkInputs(const QVector<KpiInput> &all, const QVector<int> &chunk,
                              const QHash<QString, int> &indexOfKey)
{
    QVector<KpiInput> inputs;
    QSet<int> taken;
    QVector<int> queue;
    for (int i : chunk) {
        inputs << all.at(i);
        taken.insert(i);
        queue << i;
    }
    while (!queue.isEmpty()) {
        const Kpi &k = all.at(queue.takeLast()).kpi;
        QStringList keys;
        QString ignored;
        if (!k.isComputed() || !Formula::referencedKeys(k.formula, &keys, &ignored))
            continue;
        for (const QString &key : std::as_const(keys)) {
            const int j = indexOfKey.value(key, -1);
            if (j >= 0 && !taken.contains(j)) {
                taken.insert(j);
                inputs << all.at(j);
                queue << j;
            }
        }
    }
    return inputs;
}

} // namespace

bool CheckReport::writeJson(const QSqlDatabase &db, const QDate &asOf, const QDate &from,
                            const QDate &to, const QLocale &locale, QTextStream &out,
                            QString *error)
{
    AnalysisOptions options;
    options.asOf = asOf.isValid() ? asOf : QDate::currentDate();
    options.locale = locale;
    QString readError;
    const QVector<KpiInput> all = readKpiInputs(db, {}, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    const QDate windowFrom = from.isValid() ? from : options.asOf.addDays(-90);
    const QDate windowTo = to.isValid() ? to : options.asOf;
    options.reasonsFrom = windowFrom;
    options.reasonsTo = windowTo;

    QVector<int> order;
    QVector<Kpi> kpis;
    QHash<QString, int> indexOfKey;
    for (int i = 0; i < all.size(); ++i) {
        indexOfKey.insert(all.at(i).kpi.key, i);
        if (all.at(i).kpi.archived)
            continue;
        order << i;
        kpis << all.at(i).kpi;
    }
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return all.at(a).kpi.key < all.at(b).kpi.key; });

    const FollowUp followUp(db);
    const QVector<SummaryEntry> overdue =
        followUp.withNames(followUp.overdueActionItems(options.asOf), options.asOf);
    // The document around the list, laid out by the same writer, with the list left empty.
    const QJsonObject root{{QStringLiteral("as_of"), options.asOf.toString(Qt::ISODate)},
                           {QStringLiteral("from"), windowFrom.toString(Qt::ISODate)},
                           {QStringLiteral("to"), windowTo.toString(Qt::ISODate)},
                           {QStringLiteral("kpis"), QJsonArray()},
                           {QStringLiteral("overdue_action_items"), overdueToJson(overdue, kpis)}};
    const QByteArray frame = JsonWriter::write(root);
    const QByteArray marker = JsonWriter::key(QStringLiteral("kpis")) + ": []";
    const qsizetype at = frame.indexOf(marker) + marker.size() - 1; // at the ']'
    out << frame.left(at);
    for (int start = 0; start < order.size(); start += ChunkSize) {
        const QVector<int> chunk = order.mid(start, ChunkSize);
        const QVector<KpiAnalysis> analyses =
            analyzeKpis(chunkInputs(all, chunk, indexOfKey), options);
        for (int j = 0; j < chunk.size(); ++j) {
            out << (start + j > 0 ? ",\n        " : "\n        ")
                << JsonWriter::writeNested(
                       kpiToJson(all.at(chunk.at(j)).kpi, analyses.at(j), windowFrom, windowTo), 2);
        }
    }
    if (!order.isEmpty())
        out << "\n    ";
    out << frame.mid(at);
    return true;
}

} // namespace Needle
