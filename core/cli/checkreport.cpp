#include "cli/checkreport.h"

#include "analysis/workspaceanalyzer.h"
#include "domain/valueformat.h"
#include "review/followup.h"
#include "storage/kpirepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <numeric>
#include <cmath>

namespace Needle {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Needle::CheckReport", text, disambiguation, n);
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue targetJson(const std::optional<Target> &t)
{
    if (!t)
        return QJsonValue();
    QJsonObject o;
    if (t->value)
        o.insert(QStringLiteral("value"), number(*t->value));
    if (t->isBand()) {
        o.insert(QStringLiteral("low"), number(*t->low));
        o.insert(QStringLiteral("high"), number(*t->high));
    }
    o.insert(QStringLiteral("effective_from"), date(t->effectiveFrom));
    o.insert(QStringLiteral("deadline"), date(t->deadline));
    o.insert(QStringLiteral("tolerance"), number(t->tolerance));
    return o;
}

QJsonObject pointJson(const ForecastPoint &p)
{
    return {{QStringLiteral("period"), date(p.period)},
            {QStringLiteral("value"), number(p.value)},
            {QStringLiteral("low"), number(p.low)},
            {QStringLiteral("high"), number(p.high)}};
}

QJsonValue changeJson(const Change &c)
{
    if (!c.valid)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("period"), date(c.period)},
                       {QStringLiteral("previous"), number(c.previous)},
                       {QStringLiteral("delta"), number(c.delta)},
                       {QStringLiteral("relative"), number(c.relative)},
                       {QStringLiteral("good"), c.good},
                       {QStringLiteral("sentence"), c.sentence}};
}

} // namespace

QJsonObject kpiToJson(const Kpi &kpi, const KpiAnalysis &a, const QDate &from, const QDate &to)
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), kpi.key);
    o.insert(QStringLiteral("name"), kpi.name);
    o.insert(QStringLiteral("status"), storageName(a.status));
    o.insert(QStringLiteral("status_sentence"), a.statusSentence);
    o.insert(QStringLiteral("latest"),
             a.latest ? QJsonValue(QJsonObject{{QStringLiteral("period"), date(a.latest->period)},
                                               {QStringLiteral("value"), number(a.latest->value)}})
                      : QJsonValue());
    o.insert(QStringLiteral("target"), targetJson(a.target));
    QJsonArray benchmarks;
    for (const BenchmarkGap &g : a.benchmarkGaps)
        benchmarks << QJsonObject{{QStringLiteral("label"), g.benchmark.label},
                                  {QStringLiteral("value"), number(g.benchmark.value)},
                                  {QStringLiteral("gap"), number(g.gap)},
                                  {QStringLiteral("relative_gap"), number(g.relative)},
                                  {QStringLiteral("source"), g.benchmark.source},
                                  {QStringLiteral("sentence"), g.sentence}};
    o.insert(QStringLiteral("benchmarks"), benchmarks);
    o.insert(QStringLiteral("change_previous"), changeJson(a.vsPrevious));
    o.insert(QStringLiteral("change_last_year"), changeJson(a.vsLastYear));
    o.insert(QStringLiteral("trend"),
             a.trend.valid ? QJsonValue(
                 QJsonObject{{QStringLiteral("direction"), storageName(a.trend.direction)},
                             {QStringLiteral("slope"), number(a.trend.slope)},
                             {QStringLiteral("slope_low"), number(a.trend.slopeLow)},
                             {QStringLiteral("slope_high"), number(a.trend.slopeHigh)},
                             {QStringLiteral("confidence"), number(a.trend.confidence)},
                             {QStringLiteral("good"), a.trend.good},
                             {QStringLiteral("sentence"), a.trend.sentence}})
                           : QJsonValue());
    if (a.forecast.valid) {
        QJsonArray points;
        for (const ForecastPoint &p : a.forecast.points)
            points << pointJson(p);
        QJsonObject f{{QStringLiteral("model"), a.forecast.model},
                      {QStringLiteral("backtest_error"), number(a.forecast.backtestError)},
                      {QStringLiteral("points"), points}};
        f.insert(QStringLiteral("at_deadline"),
                 a.forecast.atDeadline ? QJsonValue(pointJson(*a.forecast.atDeadline))
                                       : QJsonValue());
        o.insert(QStringLiteral("forecast"), f);
    } else {
        o.insert(QStringLiteral("forecast"), QJsonValue());
    }
    o.insert(QStringLiteral("pace"),
             a.pace.valid ? QJsonValue(
                 QJsonObject{{QStringLiteral("deadline"), date(a.pace.deadline)},
                             {QStringLiteral("target"), number(a.pace.target)},
                             {QStringLiteral("projected"), pointJson(a.pace.projected)},
                             {QStringLiteral("status"), storageName(a.pace.status)},
                             {QStringLiteral("sentence"), a.pace.sentence}})
                          : QJsonValue());
    o.insert(QStringLiteral("stale"), a.stale);
    o.insert(QStringLiteral("last_value_date"), date(a.lastValueDate));
    o.insert(QStringLiteral("no_owner"), a.noOwner);
    o.insert(QStringLiteral("flatline"), a.flatline);
    o.insert(QStringLiteral("quality"), QJsonArray::fromStringList(a.qualitySentences));
    o.insert(QStringLiteral("error"), a.error.isEmpty() ? QJsonValue() : QJsonValue(a.error));
    o.insert(QStringLiteral("attention"), number(a.attention()));
    QJsonArray anomalies;
    for (const Anomaly &an : a.anomaliesBetween(from, to))
        anomalies << anomalyToJson(an);
    o.insert(QStringLiteral("anomalies"), anomalies);
    // The flags still asking for attention (Anomaly::counts): the tile's badge, the table's count.
    o.insert(QStringLiteral("anomaly_count"), int(a.countedAnomalies(from, to).size()));
    return o;
}

namespace {

// Text from the workspace as a terminal may show it: control characters (escape sequences,
// line breaks, bells) from a name another tool wrote are printed escaped, never sent raw.
QString shown(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += QLatin1String("\\n");
        else if (u == u'\r')
            out += QLatin1String("\\r");
        else if (u == u'\t')
            out += QLatin1String("\\t");
        else if (u < 0x20 || (u >= 0x7f && u < 0xa0))
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

} // namespace

QJsonObject anomalyToJson(const Anomaly &an)
{
    return {{QStringLiteral("period"), date(an.period)},
            {QStringLiteral("value"), number(an.value)},
            {QStringLiteral("expected"), number(an.expected)},
            {QStringLiteral("low"), number(an.low)},
            {QStringLiteral("high"), number(an.high)},
            {QStringLiteral("score"), number(an.score)},
            {QStringLiteral("direction"), an.directionName()},
            {QStringLiteral("severity"), storageName(an.severity)},
            {QStringLiteral("kind"), storageName(an.kind)},
            {QStringLiteral("method"), storageName(an.method)},
            {QStringLiteral("reason"), an.reason},
            {QStringLiteral("verdict"),
             an.verdict ? QJsonValue(storageName(an.verdict->verdict)) : QJsonValue()}};
}

QJsonArray overdueToJson(const QVector<SummaryEntry> &items, const QVector<Kpi> &kpis)
{
    QJsonArray overdue;
    for (const SummaryEntry &e : items) {
        const auto kpi = std::find_if(kpis.cbegin(), kpis.cend(),
                                      [&](const Kpi &k) { return k.id == e.note.kpiId; });
        overdue << QJsonObject{
            {QStringLiteral("id"), e.note.id},
            {QStringLiteral("text"), e.note.text},
            {QStringLiteral("kpi"), kpi == kpis.cend() ? QJsonValue() : QJsonValue(kpi->key)},
            {QStringLiteral("owner"), e.ownerName},
            {QStringLiteral("due"), date(e.note.dueDate)},
            {QStringLiteral("meeting"),
             e.note.meetingId > 0 ? QJsonValue(e.note.meetingId) : QJsonValue()}};
    }
    return overdue;
}

bool CheckReport::build(const QSqlDatabase &db, const QDate &asOf, const QDate &from,
                        const QDate &to, const QLocale &locale, CheckReport *out, QString *error)
{
    AnalysisOptions options;
    options.asOf = asOf.isValid() ? asOf : QDate::currentDate();
    options.locale = locale;
    QString readError;
    const QVector<KpiInput> inputs = readKpiInputs(db, {}, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    out->asOf = options.asOf;
    out->from = from.isValid() ? from : options.asOf.addDays(-AnomalyWindowDays);
    out->to = to.isValid() ? to : options.asOf;
    options.reasonsFrom = out->from; // only the anomalies of the window are shown
    options.reasonsTo = out->to;
    const QVector<KpiAnalysis> analyses = analyzeKpis(inputs, options);
    for (int i = 0; i < inputs.size(); ++i) {
        if (inputs.at(i).kpi.archived)
            continue;
        out->kpis << inputs.at(i).kpi;
        out->analyses << analyses.at(i);
    }
    const FollowUp followUp(db);
    out->overdueActionItems =
        followUp.withNames(followUp.overdueActionItems(options.asOf), options.asOf);
    return true;
}

QJsonObject CheckReport::toJson() const
{
    QVector<int> order(kpis.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return kpis.at(a).key < kpis.at(b).key; });
    QJsonArray list;
    for (int i : order)
        list << kpiToJson(kpis.at(i), analyses.at(i), from, to);
    QJsonObject root{{QStringLiteral("as_of"), date(asOf)},
                     {QStringLiteral("from"), date(from)},
                     {QStringLiteral("to"), date(to)},
                     {QStringLiteral("kpis"), list}};
    root.insert(QStringLiteral("overdue_action_items"), overdueToJson(overdueActionItems, kpis));
    return root;
}

void CheckReport::writeTable(QTextStream &out, const QLocale &locale) const
{
    QVector<int> order(kpis.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const double x = analyses.at(a).attention(), y = analyses.at(b).attention();
        return x != y ? x > y : kpis.at(a).name.localeAwareCompare(kpis.at(b).name) < 0;
    });

    const QStringList headers{tr("Status"), tr("KPI"),   tr("Latest"),
                              tr("Target"), tr("Trend"), tr("Flags")};
    QVector<QStringList> rows;
    for (int i : order) {
        const Kpi &k = kpis.at(i);
        const KpiAnalysis &a = analyses.at(i);
        QStringList notes;
        if (!a.error.isEmpty())
            notes << tr("formula error");
        const int open = int(a.countedAnomalies(from, to).size());
        if (open > 0)
            notes << tr("anomalies: %1").arg(open);
        if (a.stale)
            notes << tr("stale");
        if (a.flatline)
            notes << tr("flatline");
        if (a.pace.valid && a.pace.status != Status::OnTrack)
            notes << tr("off pace");
        if (a.noOwner)
            notes << tr("no owner");
        QString target;
        if (a.target)
            target = a.target->isBand()
                ? tr("%1 to %2")
                      .arg(ValueFormat::format(k, *a.target->low, locale),
                           ValueFormat::format(k, *a.target->high, locale))
                : ValueFormat::format(k, a.target->value.value_or(0), locale);
        QString trend;
        if (a.trend.valid)
            trend = a.trend.direction == Trend::Direction::Rising ? tr("rising")
                : a.trend.direction == Trend::Direction::Falling  ? tr("falling")
                                                                  : tr("flat");
        rows << QStringList{displayName(a.status),
                            shown(k.name),
                            a.latest ? ValueFormat::format(k, a.latest->value, locale) : QString(),
                            target,
                            trend,
                            shown(notes.join(QStringLiteral(", ")))};
    }
    QVector<int> widths(headers.size());
    for (int c = 0; c < headers.size(); ++c) {
        widths[c] = int(headers.at(c).size());
        for (const QStringList &r : rows)
            widths[c] = std::max(widths[c], int(r.at(c).size()));
    }
    out << tr("As of %1; anomalies from %2 to %3.")
               .arg(asOf.toString(Qt::ISODate), from.toString(Qt::ISODate),
                    to.toString(Qt::ISODate))
        << "\n\n";
    auto line = [&](const QStringList &cells) {
        QString s;
        for (int c = 0; c < cells.size(); ++c)
            s += c + 1 < cells.size() ? pad(cells.at(c), widths.at(c) + 2) : cells.at(c);
        out << s.trimmed() << '\n';
    };
    line(headers);
    for (const QStringList &r : rows)
        line(r);

    // Why: the sentences behind every KPI that needs attention, most urgent first.
    for (int i : order) {
        const KpiAnalysis &a = analyses.at(i);
        const QVector<Anomaly> recent = a.anomaliesBetween(from, to, false);
        const bool attention = a.status == Status::OffTrack || a.status == Status::AtRisk
            || !a.error.isEmpty() || !recent.isEmpty() || !a.qualitySentences.isEmpty()
            || (a.pace.valid && a.pace.status != Status::OnTrack);
        if (!attention)
            continue;
        out << '\n' << shown(kpis.at(i).name) << " (" << shown(kpis.at(i).key) << ")\n";
        out << "  " << shown(a.statusSentence) << '\n';
        if (a.pace.valid)
            out << "  " << shown(a.pace.sentence) << '\n';
        if (a.trend.valid)
            out << "  " << shown(a.trend.sentence) << '\n';
        for (const QString &q : a.qualitySentences)
            out << "  " << shown(q) << '\n';
        for (const Anomaly &an : recent)
            out << "  " << an.period.toString(Qt::ISODate) << ": " << shown(an.reason) << '\n';
    }
    if (!overdueActionItems.isEmpty()) {
        out << '\n'
            << tr("Overdue action items: %n", nullptr, int(overdueActionItems.size())) << '\n';
        for (const SummaryEntry &e : overdueActionItems)
            out << "  "
                << tr("due %1, %2: %3")
                       .arg(e.note.dueDate.toString(Qt::ISODate),
                            e.ownerName.isEmpty() ? tr("no owner") : shown(e.ownerName),
                            shown(e.note.text))
                << (e.kpiName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(shown(e.kpiName)))
                << '\n';
    }
    out.flush();
}

} // namespace Needle
