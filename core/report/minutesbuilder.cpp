#include "report/minutesbuilder.h"

#include "storage/sql.h"

#include "report/kpifacts.h"
#include "review/meetingsummary.h"
#include "storage/kpirepository.h"
#include "storage/ownerrepository.h"

#include <QCoreApplication>

namespace Needle {

namespace {

ReportCell cell(const QString &s, bool right = false)
{
    ReportCell c;
    c.text = s;
    c.alignRight = right;
    return c;
}

QString dueText(const SummaryEntry &e, const QLocale &locale)
{
    if (!e.note.dueDate.isValid())
        return QString();
    return locale.toString(e.note.dueDate, QLocale::ShortFormat);
}

QString stateText(const SummaryEntry &e)
{
    if (e.note.done)
        return QCoreApplication::translate("Needle::Report", "Done");
    if (e.overdue)
        return QCoreApplication::translate("Needle::Report", "Overdue");
    return QCoreApplication::translate("Needle::Report", "Open");
}

ReportTable actionTable(const QVector<SummaryEntry> &items, const QLocale &locale)
{
    ReportTable t;
    t.headers = {QCoreApplication::translate("Needle::Report", "Action item"),
                 QCoreApplication::translate("Needle::Report", "KPI"),
                 QCoreApplication::translate("Needle::Report", "Owner"),
                 QCoreApplication::translate("Needle::Report", "Due"),
                 QCoreApplication::translate("Needle::Report", "State")};
    t.weights = {4, 2, 1.6, 1.3, 1};
    for (const SummaryEntry &e : items)
        t.rows.append({cell(e.note.text), cell(e.kpiName), cell(e.ownerName),
                       cell(dueText(e, locale)), cell(stateText(e))});
    return t;
}

void appendEntries(QVector<ReportBlock> *blocks, const QString &kind,
                   const QVector<SummaryEntry> &entries)
{
    for (const SummaryEntry &e : entries) {
        QString line = QStringLiteral("%1: %2").arg(kind, e.note.text);
        if (!e.note.author.isEmpty())
            line += QStringLiteral(" (%1)").arg(e.note.author);
        *blocks << ReportBlock::paragraph(line);
    }
}

// "9 discussed, 2 skipped, 4 not discussed" (MeetingSummary::discussed says what counts).
QString agendaCounts(const MeetingSummary &s)
{
    QStringList parts{
        QCoreApplication::translate("Needle::Report", "%1 discussed").arg(s.discussed)};
    if (s.skipped)
        parts << QCoreApplication::translate("Needle::Report", "%1 skipped").arg(s.skipped);
    if (s.notDiscussed)
        parts << QCoreApplication::translate("Needle::Report", "%1 not discussed")
                     .arg(s.notDiscussed);
    return parts.join(QStringLiteral(", "));
}

} // namespace

bool MinutesBuilder::build(const QSqlDatabase &db, const QString &workspaceName,
                           const ReportOptions &unresolved, ReportDocument *document,
                           QString *errorMessage)
{
    const ReportOptions options = unresolved.resolved();
    QString error;
    // One snapshot for the whole document (the summary and every KPI's facts).
    Sql::ReadTransaction snapshot(db);
    if (!snapshot.begin(errorMessage))
        return false;
    const std::optional<MeetingSummary> summary =
        MeetingSummary::build(db, options.meetingId, options.generatedAt.date(), &error);
    if (!summary) {
        if (errorMessage)
            *errorMessage = error.isEmpty()
                ? QCoreApplication::translate("Needle::Report", "The workspace has no meeting %1.")
                      .arg(options.meetingId)
                : error;
        return false;
    }
    build(db, workspaceName, *summary, options, document);
    return true;
}

void MinutesBuilder::build(const QSqlDatabase &db, const QString &workspaceName,
                           const MeetingSummary &summary, const ReportOptions &unresolved,
                           ReportDocument *document)
{
    const ReportOptions options = unresolved.resolved();
    const QLocale &locale = options.locale;
    const ReviewMeeting &m = summary.meeting;
    const QDate to = m.periodTo.isValid() ? m.periodTo : (m.date.isValid() ? m.date : options.to);
    const QDate reviewedFrom = m.periodFrom.isValid() ? m.periodFrom : to.addMonths(-1).addDays(1);
    // The charts show the year leading up to the meeting, as the room saw them.
    const QDate from = to.addYears(-1).addDays(1);

    ReportDocument &doc = *document;
    doc = ReportDocument();
    doc.title = QCoreApplication::translate("Needle::Report", "Minutes: %1").arg(m.title);
    doc.subject =
        QCoreApplication::translate("Needle::Report", "Minutes of the KPI review \"%1\" of %2, %3")
            .arg(m.title, ReportText::dateText(m.date, locale), workspaceName);
    doc.author = options.author;
    doc.keywords = QCoreApplication::translate("Needle::Report", "KPI, review, minutes");
    doc.coverTitle = QCoreApplication::translate("Needle::Report", "Meeting minutes");
    doc.coverSubtitle = m.title;
    doc.contentsTitle = QCoreApplication::translate("Needle::Report", "Contents");
    doc.footer = QCoreApplication::translate("Needle::Report", "%1 \u00b7 minutes of %2")
                     .arg(m.title, locale.toString(m.date, QLocale::ShortFormat));
    doc.coverFacts = {
        {QCoreApplication::translate("Needle::Report", "Workspace"), workspaceName},
        {QCoreApplication::translate("Needle::Report", "Date"),
         ReportText::dateText(m.date, locale)},
        {QCoreApplication::translate("Needle::Report", "Attendees"),
         m.attendees.isEmpty() ? QCoreApplication::translate("Needle::Report", "None recorded")
                               : m.attendees.join(QStringLiteral(", "))},
        {QCoreApplication::translate("Needle::Report", "Period reviewed"),
         QCoreApplication::translate("Needle::Report", "%1 to %2")
             .arg(ReportText::dateText(reviewedFrom, locale), ReportText::dateText(to, locale))},
        {QCoreApplication::translate("Needle::Report", "Meeting"), displayName(m.status)},
        {QCoreApplication::translate("Needle::Report", "Duration"),
         durationText(summary.durationSeconds)},
        {QCoreApplication::translate("Needle::Report", "Agenda"), agendaCounts(summary)},
        {QCoreApplication::translate("Needle::Report", "Generated"),
         locale.toString(options.generatedAt, QLocale::LongFormat)},
    };

    // The agenda, in the order it was taken.
    doc.blocks << ReportBlock::heading(QCoreApplication::translate("Needle::Report", "Agenda"));
    if (summary.kpis.isEmpty()) {
        doc.blocks << ReportBlock::paragraph(
            QCoreApplication::translate("Needle::Report", "The meeting had no agenda items."));
    } else {
        ReportTable agenda;
        agenda.headers = {QCoreApplication::translate("Needle::Report", "#"),
                          QCoreApplication::translate("Needle::Report", "KPI"),
                          QCoreApplication::translate("Needle::Report", "Why on the agenda"),
                          QCoreApplication::translate("Needle::Report", "Time")};
        agenda.weights = {0.5, 3, 3, 1.2};
        int n = 0;
        for (const KpiMinutes &k : summary.kpis) {
            const QString time = k.skipped
                ? QCoreApplication::translate("Needle::Report", "Skipped")
                : !k.discussed && !k.reason.isEmpty()
                ? QCoreApplication::translate("Needle::Report", "Not discussed")
                : durationText(k.secondsSpent);
            agenda.rows.append(
                {cell(k.reason.isEmpty() ? QString() : QString::number(++n), true), cell(k.kpiName),
                 cell(k.reason.isEmpty()
                          ? QCoreApplication::translate("Needle::Report", "Not on the agenda")
                          : k.reason),
                 cell(time, true)});
        }
        doc.blocks << ReportBlock::tableBlock(agenda);
    }

    doc.blocks << ReportBlock::heading(QCoreApplication::translate("Needle::Report", "Decisions"));
    if (summary.decisions.isEmpty()) {
        doc.blocks << ReportBlock::paragraph(
            QCoreApplication::translate("Needle::Report", "No decisions were recorded."));
    } else {
        ReportTable t;
        t.headers = {QCoreApplication::translate("Needle::Report", "Decision"),
                     QCoreApplication::translate("Needle::Report", "KPI"),
                     QCoreApplication::translate("Needle::Report", "By")};
        t.weights = {5, 2, 1.6};
        for (const SummaryEntry &e : summary.decisions)
            t.rows.append({cell(e.note.text), cell(e.kpiName), cell(e.note.author)});
        doc.blocks << ReportBlock::tableBlock(t);
    }

    doc.blocks << ReportBlock::heading(
        QCoreApplication::translate("Needle::Report", "Action items"));
    if (summary.actionItems.isEmpty())
        doc.blocks << ReportBlock::paragraph(
            QCoreApplication::translate("Needle::Report", "No action items were recorded."));
    else
        doc.blocks << ReportBlock::tableBlock(actionTable(summary.actionItems, locale));

    doc.blocks << ReportBlock::heading(
        QCoreApplication::translate("Needle::Report", "Anomaly verdicts"));
    if (summary.anomalies.isEmpty()) {
        doc.blocks << ReportBlock::paragraph(
            QCoreApplication::translate("Needle::Report", "No anomaly verdicts were recorded."));
    } else {
        ReportTable t;
        t.headers = {QCoreApplication::translate("Needle::Report", "KPI"),
                     QCoreApplication::translate("Needle::Report", "Period"),
                     QCoreApplication::translate("Needle::Report", "Verdict"),
                     QCoreApplication::translate("Needle::Report", "Explanation")};
        t.weights = {2, 1.3, 1.3, 4};
        for (const JudgedAnomaly &a : summary.anomalies)
            t.rows.append({cell(a.kpiName),
                           cell(locale.toString(a.verdict.period, QLocale::ShortFormat)),
                           cell(displayName(a.verdict.verdict)), cell(a.verdict.explanation)});
        doc.blocks << ReportBlock::tableBlock(t);
    }

    // Per KPI: the chart the room looked at and what was said about it.
    QHash<qint64, QString> owners;
    for (const Owner &o : OwnerRepository(db).all())
        owners.insert(o.id, o.name);
    KpiRepository kpis(db);
    for (const KpiMinutes &k : summary.kpis) {
        const std::optional<Kpi> kpi = kpis.byId(k.kpiId);
        if (!kpi)
            continue;
        const KpiFacts f = KpiFacts::read(db, *kpi, from, to, locale, owners);
        doc.series.insert(kpi->id, f.series);
        doc.blocks << ReportBlock::heading(kpi->name);
        doc.blocks << ReportBlock::paragraph(f.definitionLine(), TextStyle::Small);
        if (!f.series.points.isEmpty())
            doc.blocks << ReportBlock::chart(kpi->id);
        doc.blocks << ReportBlock::paragraph(f.statusSentence(locale));
        for (const QString &sentence : f.analysisSentences())
            doc.blocks << ReportBlock::paragraph(sentence);
        if (k.skipped)
            doc.blocks << ReportBlock::paragraph(
                QCoreApplication::translate("Needle::Report", "Skipped in the meeting."));
        if (k.isEmpty() && !k.skipped) {
            doc.blocks << ReportBlock::paragraph(QCoreApplication::translate(
                "Needle::Report", "Nothing was recorded about this KPI."));
            continue;
        }
        if (!k.isEmpty())
            doc.blocks << ReportBlock::subheading(
                QCoreApplication::translate("Needle::Report", "What was said"));
        appendEntries(&doc.blocks, displayName(NoteKind::Note), k.notes);
        appendEntries(&doc.blocks, displayName(NoteKind::Decision), k.decisions);
        if (!k.actionItems.isEmpty())
            doc.blocks << ReportBlock::tableBlock(actionTable(k.actionItems, locale));
        for (const JudgedAnomaly &a : k.anomalies)
            doc.blocks << ReportBlock::paragraph(
                QCoreApplication::translate("Needle::Report", "Anomaly in %1: %2. %3")
                    .arg(locale.toString(a.verdict.period, QLocale::ShortFormat),
                         displayName(a.verdict.verdict), a.verdict.explanation));
    }

    if (!summary.openFromEarlier.isEmpty()) {
        doc.blocks << ReportBlock::heading(QCoreApplication::translate(
            "Needle::Report", "Open action items from earlier meetings"));
        doc.blocks << ReportBlock::tableBlock(actionTable(summary.openFromEarlier, locale));
    }
}

} // namespace Needle
