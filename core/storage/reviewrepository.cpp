#include "storage/reviewrepository.h"

#include "storage/sql.h"

namespace Needle {

namespace {
const QString meetingColumns = QStringLiteral(
    "id, title, date, attendees, status, period_from, period_to, current_item, started_at, "
    "ended_at");
const QString noteColumns = QStringLiteral(
    "id, meeting_id, kpi_id, period, kind, text, author, owner_id, due_date, done, created_at");
const QString verdictColumns =
    QStringLiteral("id, kpi_id, period, verdict, explanation, meeting_id, created_at");

ReviewMeeting meetingFromQuery(const QSqlQuery &q)
{
    ReviewMeeting m;
    m.id = q.value(0).toLongLong();
    m.title = q.value(1).toString();
    m.date = Sql::toDate(q.value(2));
    const QString attendees = q.value(3).toString();
    if (!attendees.isEmpty())
        m.attendees = attendees.split(QLatin1Char('\n'));
    parse(q.value(4).toString(), &m.status);
    m.periodFrom = Sql::toDate(q.value(5));
    m.periodTo = Sql::toDate(q.value(6));
    m.currentItem = q.value(7).toInt();
    m.startedAt = Sql::toDateTime(q.value(8));
    m.endedAt = Sql::toDateTime(q.value(9));
    return m;
}

void bindMeeting(QSqlQuery &q, const ReviewMeeting &m)
{
    q.addBindValue(Sql::text(m.title));
    q.addBindValue(Sql::date(m.date));
    q.addBindValue(Sql::text(m.attendees.join(QLatin1Char('\n'))));
    q.addBindValue(storageName(m.status));
    q.addBindValue(Sql::date(m.periodFrom));
    q.addBindValue(Sql::date(m.periodTo));
    q.addBindValue(m.currentItem);
    q.addBindValue(Sql::dateTime(m.startedAt));
    q.addBindValue(Sql::dateTime(m.endedAt));
}

ReviewNote noteFromQuery(const QSqlQuery &q)
{
    ReviewNote n;
    n.id = q.value(0).toLongLong();
    n.meetingId = q.value(1).toLongLong();
    n.kpiId = q.value(2).toLongLong();
    n.period = Sql::toDate(q.value(3));
    parse(q.value(4).toString(), &n.kind);
    n.text = q.value(5).toString();
    n.author = q.value(6).toString();
    n.ownerId = q.value(7).toLongLong();
    n.dueDate = Sql::toDate(q.value(8));
    n.done = q.value(9).toBool();
    n.createdAt = Sql::toDateTime(q.value(10));
    return n;
}

void bindNote(QSqlQuery &q, const ReviewNote &n)
{
    q.addBindValue(Sql::optionalId(n.meetingId));
    q.addBindValue(Sql::optionalId(n.kpiId));
    q.addBindValue(Sql::date(n.period));
    q.addBindValue(storageName(n.kind));
    q.addBindValue(Sql::text(n.text));
    q.addBindValue(Sql::text(n.author));
    q.addBindValue(Sql::optionalId(n.ownerId));
    q.addBindValue(Sql::date(n.dueDate));
    q.addBindValue(n.done ? 1 : 0);
    q.addBindValue(
        Sql::dateTime(n.createdAt.isValid() ? n.createdAt : QDateTime::currentDateTimeUtc()));
}

AnomalyVerdict verdictFromQuery(const QSqlQuery &q)
{
    AnomalyVerdict v;
    v.id = q.value(0).toLongLong();
    v.kpiId = q.value(1).toLongLong();
    v.period = Sql::toDate(q.value(2));
    parse(q.value(3).toString(), &v.verdict);
    v.explanation = q.value(4).toString();
    v.meetingId = q.value(5).toLongLong();
    v.createdAt = Sql::toDateTime(q.value(6));
    return v;
}

void bindVerdict(QSqlQuery &q, const AnomalyVerdict &v)
{
    q.addBindValue(v.kpiId);
    q.addBindValue(Sql::date(v.period));
    q.addBindValue(storageName(v.verdict));
    q.addBindValue(Sql::text(v.explanation));
    q.addBindValue(Sql::optionalId(v.meetingId));
    q.addBindValue(
        Sql::dateTime(v.createdAt.isValid() ? v.createdAt : QDateTime::currentDateTimeUtc()));
}

bool removeById(const QSqlDatabase &db, const QString &table, qint64 id, QString *errorMessage)
{
    QSqlQuery q(db);
    if (!Sql::prepare(q, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), errorMessage))
        return false;
    q.addBindValue(id);
    return Sql::exec(q, errorMessage);
}
} // namespace

QVector<ReviewMeeting> ReviewRepository::meetings() const
{
    QVector<ReviewMeeting> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM review_meeting ORDER BY date DESC, id DESC")
                    .arg(meetingColumns)))
        return result;
    while (q.next())
        result << meetingFromQuery(q);
    for (ReviewMeeting &m : result)
        m.agenda = meeting(m.id).value_or(m).agenda;
    return result;
}

std::optional<ReviewMeeting> ReviewRepository::meeting(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM review_meeting WHERE id = ?").arg(meetingColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ReviewMeeting m = meetingFromQuery(q);
    QSqlQuery a(m_db);
    a.prepare(QStringLiteral("SELECT kpi_id, reason, skipped, seconds_spent FROM agenda_item "
                             "WHERE meeting_id = ? ORDER BY position"));
    a.addBindValue(id);
    if (a.exec()) {
        while (a.next()) {
            AgendaItem item;
            item.kpiId = a.value(0).toLongLong();
            item.reason = a.value(1).toString();
            item.skipped = a.value(2).toBool();
            item.secondsSpent = a.value(3).toInt();
            m.agenda << item;
        }
    }
    return m;
}

bool ReviewRepository::writeAgenda(const ReviewMeeting &meeting, QString *errorMessage)
{
    QSqlQuery del(m_db);
    if (!Sql::prepare(del, QStringLiteral("DELETE FROM agenda_item WHERE meeting_id = ?"),
                      errorMessage))
        return false;
    del.addBindValue(meeting.id);
    if (!Sql::exec(del, errorMessage))
        return false;
    QSqlQuery ins(m_db);
    if (!Sql::prepare(ins,
                      QStringLiteral("INSERT INTO agenda_item (meeting_id, position, kpi_id, "
                                     "reason, skipped, seconds_spent) VALUES (?, ?, ?, ?, ?, ?)"),
                      errorMessage))
        return false;
    for (int i = 0; i < meeting.agenda.size(); ++i) {
        const AgendaItem &item = meeting.agenda.at(i);
        ins.addBindValue(meeting.id);
        ins.addBindValue(i);
        ins.addBindValue(item.kpiId);
        ins.addBindValue(Sql::text(item.reason));
        ins.addBindValue(item.skipped ? 1 : 0);
        ins.addBindValue(item.secondsSpent);
        if (!Sql::exec(ins, errorMessage))
            return false;
    }
    return true;
}

bool ReviewRepository::insertMeeting(ReviewMeeting *meeting, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral("INSERT INTO review_meeting (%1) VALUES (?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?, ?) RETURNING id")
                          .arg(meetingColumns),
                      errorMessage))
        return false;
    q.addBindValue(Sql::optionalId(meeting->id));
    bindMeeting(q, *meeting);
    if (!Sql::insertReturningId(q, &meeting->id, errorMessage))
        return false;
    return writeAgenda(*meeting, errorMessage);
}

bool ReviewRepository::updateMeeting(const ReviewMeeting &meeting, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral("UPDATE review_meeting SET title = ?, date = ?, "
                                     "attendees = ?, status = ?, period_from = ?, period_to = ?, "
                                     "current_item = ?, started_at = ?, ended_at = ? WHERE id = ?"),
                      errorMessage))
        return false;
    bindMeeting(q, meeting);
    q.addBindValue(meeting.id);
    return Sql::exec(q, errorMessage) && writeAgenda(meeting, errorMessage);
}

bool ReviewRepository::removeMeeting(qint64 id, QString *errorMessage)
{
    return removeById(m_db, QStringLiteral("review_meeting"), id, errorMessage);
}

QVector<ReviewNote> ReviewRepository::selectNotes(const QString &where, const QVariant &bind) const
{
    QVector<ReviewNote> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM review_note %2 ORDER BY created_at, id")
                  .arg(noteColumns, where));
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec())
        return result;
    while (q.next())
        result << noteFromQuery(q);
    return result;
}

QVector<ReviewNote> ReviewRepository::notes() const
{
    return selectNotes(QString(), QVariant());
}

QVector<ReviewNote> ReviewRepository::notesForMeeting(qint64 meetingId) const
{
    return selectNotes(QStringLiteral("WHERE meeting_id = ?"), meetingId);
}

QVector<ReviewNote> ReviewRepository::notesForKpi(qint64 kpiId) const
{
    return selectNotes(QStringLiteral("WHERE kpi_id = ?"), kpiId);
}

std::optional<ReviewNote> ReviewRepository::note(qint64 id) const
{
    const QVector<ReviewNote> found = selectNotes(QStringLiteral("WHERE id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool ReviewRepository::insertNote(ReviewNote *note, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral("INSERT INTO review_note (%1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?, ?) RETURNING id")
                          .arg(noteColumns),
                      errorMessage))
        return false;
    if (!note->createdAt.isValid())
        note->createdAt = QDateTime::currentDateTimeUtc();
    q.addBindValue(Sql::optionalId(note->id));
    bindNote(q, *note);
    return Sql::insertReturningId(q, &note->id, errorMessage);
}

bool ReviewRepository::updateNote(const ReviewNote &note, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral("UPDATE review_note SET meeting_id = ?, kpi_id = ?, "
                                     "period = ?, kind = ?, text = ?, author = ?, owner_id = ?, "
                                     "due_date = ?, done = ?, created_at = ? WHERE id = ?"),
                      errorMessage))
        return false;
    bindNote(q, note);
    q.addBindValue(note.id);
    return Sql::exec(q, errorMessage);
}

bool ReviewRepository::removeNote(qint64 id, QString *errorMessage)
{
    return removeById(m_db, QStringLiteral("review_note"), id, errorMessage);
}

QVector<AnomalyVerdict> ReviewRepository::selectVerdicts(const QString &where,
                                                         const QVariant &bind) const
{
    QVector<AnomalyVerdict> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM anomaly_verdict %2 ORDER BY kpi_id, period")
                  .arg(verdictColumns, where));
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec())
        return result;
    while (q.next())
        result << verdictFromQuery(q);
    return result;
}

QVector<AnomalyVerdict> ReviewRepository::verdicts(qint64 kpiId) const
{
    if (kpiId > 0)
        return selectVerdicts(QStringLiteral("WHERE kpi_id = ?"), kpiId);
    return selectVerdicts(QString(), QVariant());
}

std::optional<AnomalyVerdict> ReviewRepository::verdict(qint64 id) const
{
    const QVector<AnomalyVerdict> found = selectVerdicts(QStringLiteral("WHERE id = ?"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool ReviewRepository::insertVerdict(AnomalyVerdict *verdict, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(
            q,
            QStringLiteral(
                "INSERT INTO anomaly_verdict (%1) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .arg(verdictColumns),
            errorMessage))
        return false;
    if (!verdict->createdAt.isValid())
        verdict->createdAt = QDateTime::currentDateTimeUtc();
    q.addBindValue(Sql::optionalId(verdict->id));
    bindVerdict(q, *verdict);
    return Sql::insertReturningId(q, &verdict->id, errorMessage);
}

bool ReviewRepository::updateVerdict(const AnomalyVerdict &verdict, QString *errorMessage)
{
    QSqlQuery q(m_db);
    if (!Sql::prepare(q,
                      QStringLiteral("UPDATE anomaly_verdict SET kpi_id = ?, period = ?, "
                                     "verdict = ?, explanation = ?, meeting_id = ?, "
                                     "created_at = ? WHERE id = ?"),
                      errorMessage))
        return false;
    bindVerdict(q, verdict);
    q.addBindValue(verdict.id);
    return Sql::exec(q, errorMessage);
}

bool ReviewRepository::removeVerdict(qint64 id, QString *errorMessage)
{
    return removeById(m_db, QStringLiteral("anomaly_verdict"), id, errorMessage);
}

} // namespace Needle
