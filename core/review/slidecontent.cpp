#include "review/slidecontent.h"

#include "storage/sql.h"

#include "analysis/kpianalysis.h"
#include "analysis/workspaceanalyzer.h"
#include "domain/valueformat.h"
#include "review/agenda.h"
#include "review/followup.h"
#include "storage/kpirepository.h"
#include "storage/ownerrepository.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace Needle {

namespace {

// "October 2026", "week 43, 2026", "Q4 2026", "31 Oct 2026".
QString periodText(const QDate &period, Cadence cadence, const QLocale &locale)
{
    switch (cadence) {
    case Cadence::Monthly:
        return locale.toString(period, QStringLiteral("MMMM yyyy"));
    case Cadence::Quarterly:
        return QCoreApplication::translate("Needle::SlideContent", "Q%1 %2")
            .arg((period.month() - 1) / 3 + 1)
            .arg(period.year());
    case Cadence::Weekly: {
        int year = 0;
        const int week = period.weekNumber(&year);
        return QCoreApplication::translate("Needle::SlideContent", "week %1, %2")
            .arg(week)
            .arg(year);
    }
    case Cadence::Daily:
        break;
    }
    return locale.toString(period, QLocale::ShortFormat);
}
} // namespace

int SlideContent::unjudgedAnomalies() const
{
    int n = 0;
    for (const SlideAnomaly &a : anomalies)
        n += a.judged ? 0 : 1;
    return n;
}

SlideContent buildSlideContent(Workspace *workspace, const ReviewMeeting &meeting, qint64 kpiId,
                               const KpiAnalysis *analysis)
{
    const QSqlDatabase db = workspace->connection();
    const QLocale locale;
    SlideContent c;
    c.kpiId = kpiId;
    const std::optional<Kpi> kpi = KpiRepository(db).byId(kpiId);
    if (!kpi) {
        c.error = QCoreApplication::translate("Needle::SlideContent", "This KPI no longer exists.");
        return c;
    }
    c.name = kpi->name;
    QHash<qint64, QString> owners;
    for (const Owner &o : OwnerRepository(db).all())
        owners.insert(o.id, o.name);
    c.ownerName = owners.value(kpi->ownerId);
    for (const AgendaItem &item : meeting.agenda)
        if (item.kpiId == kpiId)
            c.reason = reasonText(item);

    if (analysis) {
        const KpiAnalysis &a = *analysis;
        c.pending = false;
        c.status = a.status;
        c.latest = a.latest;
        c.target = a.target;
        c.anomalyCount = int(a.countedAnomalies(meeting.periodFrom, meeting.periodTo).size());
        c.statusText = a.statusSentence;
        if (a.latest)
            c.latestText = QCoreApplication::translate("Needle::SlideContent", "%1 in %2")
                               .arg(ValueFormat::format(*kpi, a.latest->value, locale),
                                    periodText(a.latest->period, kpi->cadence, locale));
        if (a.trend.valid && !a.trend.sentence.isEmpty())
            c.trend << a.trend.sentence;
        if (a.pace.valid && !a.pace.sentence.isEmpty())
            c.trend << a.pace.sentence;
        if (a.vsPrevious.valid && !a.vsPrevious.sentence.isEmpty())
            c.trend << a.vsPrevious.sentence;
        if (a.vsLastYear.valid && !a.vsLastYear.sentence.isEmpty())
            c.trend << a.vsLastYear.sentence;
        for (const BenchmarkGap &g : a.benchmarkGaps)
            c.benchmarks << g.sentence;
        for (const Anomaly &an : a.anomaliesBetween(meeting.periodFrom, meeting.periodTo, true)) {
            SlideAnomaly s;
            s.period = an.period;
            s.reason = an.reason;
            s.judged = an.verdict.has_value();
            if (an.verdict)
                s.verdictText = an.verdict->explanation.isEmpty()
                    ? displayName(an.verdict->verdict)
                    : QCoreApplication::translate("Needle::SlideContent", "%1: %2")
                          .arg(displayName(an.verdict->verdict), an.verdict->explanation);
            c.anomalies << s;
        }
        c.quality = a.qualitySentences;
        c.error = a.error;

        // What changed since the last meeting: the value it saw, and what it decided.
        FollowUp followUp(db);
        if (const std::optional<ReviewMeeting> previous = followUp.previousMeeting(meeting)) {
            const RolledPoint *then = nullptr;
            // The latest period complete when the last meeting looked at it.
            const Granularity g = granularityOf(kpi->cadence);
            for (const RolledPoint &p : a.points)
                if (!p.partial && periodEnd(p.period, g) <= previous->periodTo)
                    then = &p;
            if (then && a.latest && then->period != a.latest->period)
                c.sinceLastMeeting
                    << QCoreApplication::translate("Needle::SlideContent",
                                                   "%1 at the last meeting (%2), %3 now")
                           .arg(ValueFormat::format(*kpi, then->value, locale),
                                periodText(then->period, kpi->cadence, locale),
                                ValueFormat::format(*kpi, a.latest->value, locale));
            for (const ReviewNote &d : followUp.entries(previous->id, NoteKind::Decision, kpiId))
                c.sinceLastMeeting
                    << QCoreApplication::translate("Needle::SlideContent", "Decided on %1: %2")
                           .arg(locale.toString(previous->date, QLocale::ShortFormat), d.text);
            for (const ReviewNote &n : followUp.entries(previous->id, NoteKind::ActionItem, kpiId))
                if (n.done)
                    c.sinceLastMeeting
                        << QCoreApplication::translate("Needle::SlideContent", "Done: %1 (%2)")
                               .arg(n.text, owners.value(n.ownerId));
        }
    }

    const QDate today = QDate::currentDate();
    for (const ReviewNote &n : FollowUp(db).openActionItems(kpiId)) {
        SummaryEntry e;
        e.note = n;
        e.kpiName = kpi->name;
        e.ownerName = owners.value(n.ownerId);
        e.overdue = n.isOverdue(today);
        c.openActionItems << e;
    }
    return c;
}

SlideContent buildSlideContent(Workspace *workspace, const ReviewMeeting &meeting, qint64 kpiId)
{
    // One snapshot: the analysis and what the slide reads beside it see the same state.
    Sql::ReadTransaction snapshot(workspace->connection());
    snapshot.begin(nullptr); // without it each read sees its own state, as before
    AnalysisOptions options;
    options.asOf = meeting.periodTo;
    const QVector<KpiAnalysis> analyses =
        analyzeWorkspace(workspace->connection(), {kpiId}, options);
    for (const KpiAnalysis &a : analyses)
        if (a.kpiId == kpiId)
            return buildSlideContent(workspace, meeting, kpiId, &a);
    return buildSlideContent(workspace, meeting, kpiId, nullptr);
}

} // namespace Needle
