#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Needle {

// A query on another database that feeds KPI values (issue 18). The URL names the server and
// database but never a password; the query returns the long layout (kpi, date, value, and
// optionally owner, note) or, bound to one KPI, (date, value). It may use :from and :to.
struct DataSource
{
    qint64 id = 0;
    QString name;
    QString url; // postgresql://, mysql://, sqlite:///abs/path
    QString query;
    qint64 kpiId = 0; // 0: the query names the KPI in a column
    qint64 intervalSeconds = 86400; // 0: refreshed by hand only
    int lookbackPeriods = 2; // later refreshes ask from the last stored period minus these
    int timeoutSeconds = 60;
    bool enabled = true;
    QDateTime createdAt;
};

// A report written into a folder on a schedule: a dashboard PDF or a check report (JSON).
struct ScheduledExport
{
    enum class Kind { Pdf, Check };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Pdf;
    QString folder;
    QString schedule; // see Schedule::parse: "1d", "mon 07:00", "before-meeting 18:00"
    QString options; // JSON: {"kpis": [...]} for the PDF
    bool enabled = true;
    QDateTime createdAt;
};

// One run of a job (a refresh or an export), as the run log keeps it.
struct JobRun
{
    enum class Outcome { Written, Unchanged, Rejected, Failed };

    qint64 id = 0;
    qint64 sourceId = 0;
    qint64 exportId = 0;
    QString job; // the source's or export's name at the time
    QDateTime startedAt;
    QDateTime finishedAt;
    Outcome outcome = Outcome::Failed;
    qint64 batchId = 0;
    QString server; // the source URL as shown, without password
    QString queryHash; // SHA-256 of the query text
    QDate windowFrom;
    QDate windowTo;
    qint64 rowsRead = 0;
    qint64 valuesWritten = 0;
    QString output; // the file an export wrote
    QString message;

    bool succeeded() const { return outcome == Outcome::Written || outcome == Outcome::Unchanged; }
};

QString storageName(JobRun::Outcome outcome); // "written", "unchanged", "rejected", "failed"
JobRun::Outcome jobOutcomeFromName(const QString &name);
QString storageName(ScheduledExport::Kind kind); // "pdf", "check"

} // namespace Needle
