#pragma once

#include "domain/anomalyverdict.h"
#include "domain/reviewmeeting.h"
#include "domain/reviewnote.h"

#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace Needle {

// SQL for review meetings (with their agendas), notes and anomaly verdicts.
class ReviewRepository
{
public:
    explicit ReviewRepository(const QSqlDatabase &db) : m_db(db) {}

    QVector<ReviewMeeting> meetings() const; // newest first, agendas included
    std::optional<ReviewMeeting> meeting(qint64 id) const;
    bool insertMeeting(ReviewMeeting *meeting, QString *errorMessage);
    bool updateMeeting(const ReviewMeeting &meeting, QString *errorMessage); // agenda too
    bool removeMeeting(qint64 id, QString *errorMessage);

    QVector<ReviewNote> notes() const;
    QVector<ReviewNote> notesForMeeting(qint64 meetingId) const;
    QVector<ReviewNote> notesForKpi(qint64 kpiId) const;
    std::optional<ReviewNote> note(qint64 id) const;
    bool insertNote(ReviewNote *note, QString *errorMessage);
    bool updateNote(const ReviewNote &note, QString *errorMessage);
    bool removeNote(qint64 id, QString *errorMessage);

    QVector<AnomalyVerdict> verdicts(qint64 kpiId = 0) const; // 0: all
    std::optional<AnomalyVerdict> verdict(qint64 id) const;
    bool insertVerdict(AnomalyVerdict *verdict, QString *errorMessage);
    bool updateVerdict(const AnomalyVerdict &verdict, QString *errorMessage);
    bool removeVerdict(qint64 id, QString *errorMessage);

private:
    bool writeAgenda(const ReviewMeeting &meeting, QString *errorMessage);
    QVector<ReviewNote> selectNotes(const QString &where, const QVariant &bind) const;
    QVector<AnomalyVerdict> selectVerdicts(const QString &where, const QVariant &bind) const;
    QSqlDatabase m_db;
};

} // namespace Needle
