#include "report/snapshotbuilder.h"

#include "storage/sql.h"

#include "domain/valueformat.h"
#include "report/kpifacts.h"
#include "storage/kpirepository.h"
#include "storage/ownerrepository.h"

#include <QCoreApplication>

namespace Needle {

namespace {

bool chooseKpis(const QSqlDatabase &db, const QStringList &keys, QVector<Kpi> *kpis,
                QString *errorMessage)
{
    KpiRepository repo(db);
    if (keys.isEmpty()) {
        for (const Kpi &k : repo.all(errorMessage))
            if (!k.archived)
                *kpis << k;
        return errorMessage == nullptr || errorMessage->isEmpty();
    }
    for (const QString &key : keys) {
        const std::optional<Kpi> k = repo.byKeyOrName(key);
        if (!k) {
            if (errorMessage)
                *errorMessage =
                    QCoreApplication::translate("Needle::Report",
                                                "The workspace has no KPI with the key \"%1\".")
                        .arg(key);
            return false;
        }
        if (std::none_of(kpis->cbegin(), kpis->cend(), [&](const Kpi &x) { return x.id == k->id; }))
            *kpis << *k;
    }
    return true;
}

QVector<ReportCell> summaryRow(const KpiFacts &f)
{
    ReportCell name;
    name.text = f.kpi().name;
    ReportCell value;
    value.text = f.latest ? f.valueText : QStringLiteral("\u2014");
    value.alignRight = true;
    ReportCell target;
    target.text = f.targetText;
    target.alignRight = true;
    ReportCell gap;
    gap.text = f.gapText;
    gap.alignRight = true;
    ReportCell change;
    change.text = f.changeText;
    change.alignRight = true;
    ReportCell spark;
    spark.sparklineKpiId = f.series.points.size() > 1 ? f.kpi().id : 0;
    return {name, value, target, gap, f.statusCell(), change, spark};
}

ReportTable anomalyTable(const KpiFacts &f, const QLocale &locale)
{
    ReportTable t;
    t.headers = {QCoreApplication::translate("Needle::Report", "Period"),
                 QCoreApplication::translate("Needle::Report", "Value"),
                 QCoreApplication::translate("Needle::Report", "Why it stands out"),
                 QCoreApplication::translate("Needle::Report", "Severity"),
                 QCoreApplication::translate("Needle::Report", "Verdict")};
    t.weights = {1.3, 1.2, 3.6, 1, 2.4};
    const Granularity g = granularityOf(f.kpi().cadence);
    for (const Anomaly &a : f.anomalies) {
        QString verdict = QCoreApplication::translate("Needle::Report", "Not judged yet");
        if (a.verdict) {
            verdict = displayName(a.verdict->verdict);
            if (!a.verdict->explanation.isEmpty())
                verdict += QStringLiteral(": ") + a.verdict->explanation;
        }
        t.rows.append({ReportCell{ReportText::periodLabel(a.period, g, locale), {}, 0, false},
                       ReportCell{ValueFormat::format(f.kpi(), a.value, locale), {}, 0, true},
                       ReportCell{a.reason, {}, 0, false},
                       ReportCell{displayName(a.severity), {}, 0, false},
                       ReportCell{verdict, {}, 0, false}});
    }
    return t;
}

QString statusCounts(const QHash<Status, int> &counts)
{
    QStringList parts;
    for (Status s :
         {Status::OnTrack, Status::AtRisk, Status::OffTrack, Status::NoTarget, Status::NoData})
        if (counts.value(s) > 0)
            parts << QStringLiteral("%1 %2").arg(counts.value(s)).arg(displayName(s).toLower());
    return parts.join(QStringLiteral(", "));
}

} // namespace

bool SnapshotBuilder::build(const QSqlDatabase &db, const QString &workspaceName,
                            const ReportOptions &unresolved, ReportDocument *document,
                            QString *errorMessage, const Progress &progress)
{
    const ReportOptions options = unresolved.resolved();
    const QLocale &locale = options.locale;
    QString error;
    // One snapshot for the whole document: an import committing meanwhile is all in it or not.
    Sql::ReadTransaction snapshot(db);
    if (!snapshot.begin(errorMessage))
        return false;
    QVector<Kpi> kpis;
    if (!chooseKpis(db, options.kpiKeys, &kpis, &error)) {
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    QHash<qint64, QString> owners;
    for (const Owner &o : OwnerRepository(db).all())
        owners.insert(o.id, o.name);

    ReportDocument &doc = *document;
    doc = ReportDocument();
    const QString period = QCoreApplication::translate("Needle::Report", "%1 to %2")
                               .arg(ReportText::dateText(options.from, locale),
                                    ReportText::dateText(options.to, locale));
    doc.title =
        QCoreApplication::translate("Needle::Report", "KPI snapshot: %1").arg(workspaceName);
    doc.subject =
        QCoreApplication::translate("Needle::Report", "KPIs of %1, %2").arg(workspaceName, period);
    doc.author = options.author;
    doc.keywords = QCoreApplication::translate("Needle::Report", "KPI, snapshot");
    doc.coverTitle = QCoreApplication::translate("Needle::Report", "KPI snapshot");
    doc.coverSubtitle = workspaceName;
    doc.contentsTitle = QCoreApplication::translate("Needle::Report", "Contents");
    doc.footer = QCoreApplication::translate("Needle::Report", "%1 \u00b7 KPI snapshot as of %2")
                     .arg(workspaceName, locale.toString(options.asOf, QLocale::ShortFormat));

    ReportTable summary;
    summary.headers = {QCoreApplication::translate("Needle::Report", "KPI"),
                       QCoreApplication::translate("Needle::Report", "Value"),
                       QCoreApplication::translate("Needle::Report", "Target"),
                       QCoreApplication::translate("Needle::Report", "Vs. benchmark"),
                       QCoreApplication::translate("Needle::Report", "Status"),
                       QCoreApplication::translate("Needle::Report", "Change"),
                       QCoreApplication::translate("Needle::Report", "Trend")};
    summary.weights = {3.6, 1.5, 1.5, 1.4, 1.5, 1.1, 1.2};
    QVector<ReportBlock> sections;
    QHash<Status, int> counts;
    for (int i = 0; i < kpis.size(); ++i) {
        if (progress && !progress(i, int(kpis.size())))
            return false;
        const KpiFacts f = KpiFacts::read(db, kpis.at(i), options.from, options.to, locale, owners);
        ++counts[f.status];
        summary.rows << summaryRow(f);
        doc.series.insert(f.kpi().id, f.series);

        sections << ReportBlock::heading(f.kpi().name);
        sections << ReportBlock::paragraph(f.definitionLine(), TextStyle::Small);
        if (!f.series.points.isEmpty())
            sections << ReportBlock::chart(f.kpi().id);
        sections << ReportBlock::paragraph(f.statusSentence(locale));
        for (const QString &sentence : f.analysisSentences())
            sections << ReportBlock::paragraph(sentence);
        if (!f.anomalies.isEmpty())
            sections << ReportBlock::subheading(
                QCoreApplication::translate("Needle::Report", "Anomalies"))
                     << ReportBlock::tableBlock(anomalyTable(f, locale));
        if (!f.notes.isEmpty()) {
            sections << ReportBlock::subheading(
                QCoreApplication::translate("Needle::Report", "Notes"));
            for (const ReviewNote &n : f.notes) {
                QString text = QStringLiteral("%1: %2").arg(displayName(n.kind), n.text);
                if (!n.author.isEmpty())
                    text += QStringLiteral(" (%1)").arg(n.author);
                sections << ReportBlock::paragraph(text);
            }
        }
    }
    if (progress && !progress(int(kpis.size()), int(kpis.size())))
        return false;

    doc.coverFacts = {
        {QCoreApplication::translate("Needle::Report", "Workspace"), workspaceName},
        {QCoreApplication::translate("Needle::Report", "Period"), period},
        {QCoreApplication::translate("Needle::Report", "As of"),
         ReportText::dateText(options.asOf, locale)},
        {QCoreApplication::translate("Needle::Report", "Generated"),
         locale.toString(options.generatedAt, QLocale::LongFormat)},
        {QCoreApplication::translate("Needle::Report", "KPIs"), QString::number(kpis.size())},
        {QCoreApplication::translate("Needle::Report", "Status"), statusCounts(counts)},
    };
    doc.blocks << ReportBlock::heading(QCoreApplication::translate("Needle::Report", "Summary"));
    if (kpis.isEmpty())
        doc.blocks << ReportBlock::paragraph(
            QCoreApplication::translate("Needle::Report", "The workspace has no KPIs to report."));
    else
        doc.blocks << ReportBlock::tableBlock(summary);
    doc.blocks << sections;
    return true;
}

} // namespace Needle
