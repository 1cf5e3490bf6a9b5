#include "review/meetingsummary.h"

#include "domain/enums.h"
#include "review/agenda.h"
#include "review/followup.h"
#include "storage/kpirepository.h"
#include "storage/ownerrepository.h"
#include "storage/reviewrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTextStream>

namespace Needle {

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("Needle::MeetingSummary", "%1 s").arg(seconds);
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return QCoreApplication::translate("Needle::MeetingSummary", "%1 min").arg(minutes);
    return QCoreApplication::translate("Needle::MeetingSummary", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<MeetingSummary> MeetingSummary::build(const QSqlDatabase &db, qint64 meetingId,
                                                    const QDate &today, QString *errorMessage)
{
    ReviewRepository repo(db);
    const std::optional<ReviewMeeting> meeting = repo.meeting(meetingId);
    if (!meeting) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("Needle::MeetingSummary",
                                                        "There is no meeting with the id %1.")
                                .arg(meetingId);
        return std::nullopt;
    }
    MeetingSummary s;
    s.meeting = *meeting;
    s.today = today;

    QHash<qint64, QString> kpiNames;
    for (const Kpi &k : KpiRepository(db).all())
        kpiNames.insert(k.id, k.name);
    QHash<qint64, QString> ownerNames;
    for (const Owner &o : OwnerRepository(db).all())
        ownerNames.insert(o.id, o.name);
    auto entry = [&](const ReviewNote &n) {
        SummaryEntry e;
        e.note = n;
        e.kpiName = kpiNames.value(n.kpiId);
        e.ownerName = ownerNames.value(n.ownerId);
        e.overdue = n.isOverdue(today);
        return e;
    };

    QHash<qint64, int> kpiRow;
    auto minutesFor = [&](qint64 kpiId) -> KpiMinutes & {
        auto it = kpiRow.constFind(kpiId);
        if (it == kpiRow.constEnd()) {
            KpiMinutes k;
            k.kpiId = kpiId;
            k.kpiName = kpiNames.value(kpiId);
            it = kpiRow.insert(kpiId, int(s.kpis.size()));
            s.kpis << k;
        }
        return s.kpis[*it];
    };
    for (const AgendaItem &item : s.meeting.agenda) {
        KpiMinutes &k = minutesFor(item.kpiId);
        k.reason = reasonText(item);
        k.skipped = item.skipped;
        k.secondsSpent = item.secondsSpent;
    }

    for (const ReviewNote &n : repo.notesForMeeting(meetingId)) {
        const SummaryEntry e = entry(n);
        QVector<SummaryEntry> *all = &s.notes;
        if (n.kind == NoteKind::Decision)
            all = &s.decisions;
        else if (n.kind == NoteKind::ActionItem)
            all = &s.actionItems;
        *all << e;
        if (n.kpiId > 0) {
            KpiMinutes &k = minutesFor(n.kpiId);
            (n.kind == NoteKind::Decision         ? k.decisions
                 : n.kind == NoteKind::ActionItem ? k.actionItems
                                                  : k.notes)
                << e;
        }
    }
    for (const AnomalyVerdict &v : repo.verdicts()) {
        if (v.meetingId != meetingId)
            continue;
        const JudgedAnomaly j{v, kpiNames.value(v.kpiId)};
        s.anomalies << j;
        minutesFor(v.kpiId).anomalies << j;
    }
    for (const ReviewNote &n : FollowUp(db).openActionItems())
        if (n.meetingId != meetingId)
            s.openFromEarlier << entry(n);
    for (const AgendaItem &item : s.meeting.agenda) {
        KpiMinutes &k = minutesFor(item.kpiId);
        k.discussed = !item.skipped && (item.secondsSpent >= MinSecondsDiscussed || !k.isEmpty());
        (item.skipped ? s.skipped : k.discussed ? s.discussed : s.notDiscussed) += 1;
    }

    if (s.meeting.startedAt.isValid()) {
        if (s.meeting.endedAt.isValid()) {
            s.durationSeconds = s.meeting.startedAt.secsTo(s.meeting.endedAt);
        } else {
            for (const AgendaItem &item : s.meeting.agenda)
                s.durationSeconds += item.secondsSpent;
        }
    }
    return s;
}

QString MeetingSummary::toText() const
{
    const QLocale locale;
    QString text;
    QTextStream out(&text);
    auto date = [&](const QDate &d) { return locale.toString(d, QLocale::ShortFormat); };
    auto actionLine = [&](const SummaryEntry &e) {
        QString line =
            QCoreApplication::translate("Needle::MeetingSummary", "- %1 (%2, due %3)")
                .arg(e.note.text,
                     e.ownerName.isEmpty()
                         ? QCoreApplication::translate("Needle::MeetingSummary", "no owner")
                         : e.ownerName,
                     e.note.dueDate.isValid()
                         ? date(e.note.dueDate)
                         : QCoreApplication::translate("Needle::MeetingSummary", "no date"));
        if (e.note.done)
            line += QCoreApplication::translate("Needle::MeetingSummary", " [done]");
        else if (e.overdue)
            line += QCoreApplication::translate("Needle::MeetingSummary", " [overdue]");
        if (!e.kpiName.isEmpty())
            line += QStringLiteral(" — ") + e.kpiName;
        return line;
    };
    out << "# " << meeting.title << '\n';
    // The lines about the meeting end in two spaces: a line break when read as Markdown.
    const char *lineBreak = "  \n";
    out << QCoreApplication::translate("Needle::MeetingSummary", "Date: %1").arg(date(meeting.date))
        << lineBreak;
    if (meeting.periodFrom.isValid())
        out << QCoreApplication::translate("Needle::MeetingSummary",
                                           "Period under review: %1 to %2")
                   .arg(date(meeting.periodFrom), date(meeting.periodTo))
            << lineBreak;
    if (!meeting.attendees.isEmpty())
        out << QCoreApplication::translate("Needle::MeetingSummary", "Attendees: %1")
                   .arg(meeting.attendees.join(QStringLiteral(", ")))
            << lineBreak;
    out << QCoreApplication::translate("Needle::MeetingSummary",
                                       "Duration: %1; %n KPI(s) discussed", nullptr, discussed)
               .arg(durationText(durationSeconds))
        << '\n';

    out << '\n'
        << "## " << QCoreApplication::translate("Needle::MeetingSummary", "Decisions") << '\n';
    if (decisions.isEmpty())
        out << QCoreApplication::translate("Needle::MeetingSummary", "None.") << '\n';
    for (const SummaryEntry &e : decisions)
        out << "- " << (e.kpiName.isEmpty() ? QString() : e.kpiName + QStringLiteral(": "))
            << e.note.text << '\n';

    out << '\n'
        << "## " << QCoreApplication::translate("Needle::MeetingSummary", "Action items") << '\n';
    if (actionItems.isEmpty())
        out << QCoreApplication::translate("Needle::MeetingSummary", "None.") << '\n';
    for (const SummaryEntry &e : actionItems)
        out << actionLine(e) << '\n';

    out << '\n'
        << "## " << QCoreApplication::translate("Needle::MeetingSummary", "Anomalies judged")
        << '\n';
    if (anomalies.isEmpty())
        out << QCoreApplication::translate("Needle::MeetingSummary", "None.") << '\n';
    for (const JudgedAnomaly &a : anomalies) {
        out << "- " << a.kpiName << ", " << date(a.verdict.period) << ": "
            << displayName(a.verdict.verdict);
        if (!a.verdict.explanation.isEmpty())
            out << " — " << a.verdict.explanation;
        out << '\n';
    }

    if (!notes.isEmpty()) {
        out << '\n'
            << "## " << QCoreApplication::translate("Needle::MeetingSummary", "Notes") << '\n';
        for (const SummaryEntry &e : notes)
            out << "- " << (e.kpiName.isEmpty() ? QString() : e.kpiName + QStringLiteral(": "))
                << e.note.text << '\n';
    }
    if (!openFromEarlier.isEmpty()) {
        out << '\n'
            << "## "
            << QCoreApplication::translate("Needle::MeetingSummary",
                                           "Still open from earlier meetings")
            << '\n';
        for (const SummaryEntry &e : openFromEarlier)
            out << actionLine(e) << '\n';
    }
    return text;
}

} // namespace Needle
