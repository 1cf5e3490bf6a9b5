#include "sources/jobrunner.h"

#include "cli/checkreport.h"
#include "cli/jsonwriter.h"
#include "sources/exportwhen.h"
#include "sources/refresher.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"
#include "storage/sourcerepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QSysInfo>

namespace Needle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::JobRunner", text);
}

constexpr qint64 RetryAfterFailure = 3600;

QVector<QDate> plannedMeetings(const QSqlDatabase &db)
{
    QVector<QDate> dates;
    for (const ReviewMeeting &m : ReviewRepository(db).meetings())
        if (m.status == MeetingStatus::Planned)
            dates << m.date;
    return dates;
}

QString safeName(const QString &name)
{
    QString s;
    for (const QChar c : name)
        s += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
            ? c
            : QLatin1Char('-');
    return s;
}

QString outputPath(const ScheduledExport &exp, const QDateTime &now)
{
    const QString ext =
        exp.kind == ScheduledExport::Kind::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".json");
    const QString base = QDir(exp.folder)
                             .filePath(safeName(exp.name) + QLatin1Char('-')
                                       + now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    if (!QFile::exists(base + ext))
        return base + ext;
    return base + now.toLocalTime().toString(QStringLiteral("-HHmmss")) + ext;
}

bool writeCheck(const QSqlDatabase &db, const QDateTime &now, const QString &path,
                QString *errorMessage)
{
    CheckReport report;
    if (!CheckReport::build(db, now.toLocalTime().date(), QDate(), QDate(), QLocale(), &report,
                            errorMessage))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = QCoreApplication::translate("Needle::JobRunner", "Cannot write %1: %2")
                            .arg(path, file.errorString());
        return false;
    }
    file.write(JsonWriter::write(report.toJson()));
    if (!file.commit()) {
        *errorMessage = QCoreApplication::translate("Needle::JobRunner", "Cannot write %1: %2")
                            .arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writePdf(const QString &workspacePath, const ScheduledExport &exp, const QDateTime &now,
              const QString &program, const QString &path, QString *errorMessage)
{
    QStringList args{QStringLiteral("export-pdf"), workspacePath, path, QStringLiteral("--as-of"),
                     now.toLocalTime().date().toString(Qt::ISODate)};
    const QJsonArray kpis = QJsonDocument::fromJson(exp.options.toUtf8())
                                .object()
                                .value(QStringLiteral("kpis"))
                                .toArray();
    for (const QJsonValue &k : kpis)
        args << QStringLiteral("--kpi") << k.toString();
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        *errorMessage =
            QCoreApplication::translate("Needle::JobRunner", "The PDF export failed: %1")
                .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()
                     + process.errorString());
        QFile::remove(path);
        return false;
    }
    return true;
}

QJsonObject runJson(const JobRun &r)
{
    QJsonObject o{{QStringLiteral("job"), r.job},
                  {QStringLiteral("kind"),
                   r.exportId > 0 ? QStringLiteral("export") : QStringLiteral("refresh")},
                  {QStringLiteral("outcome"), storageName(r.outcome)},
                  {QStringLiteral("batch"), r.batchId > 0 ? QJsonValue(r.batchId) : QJsonValue()},
                  {QStringLiteral("rows_read"), r.rowsRead},
                  {QStringLiteral("values_written"), r.valuesWritten},
                  {QStringLiteral("message"), r.message}};
    if (!r.output.isEmpty())
        o.insert(QStringLiteral("output"), r.output);
    return o;
}

} // namespace

bool RunDueResult::ok() const
{
    if (!error.isEmpty())
        return false;
    for (const JobRun &r : runs)
        if (!r.succeeded())
            return false;
    return true;
}

QJsonObject RunDueResult::toJson() const
{
    QJsonArray list;
    for (const JobRun &r : runs)
        list.append(runJson(r));
    QJsonObject o{{QStringLiteral("workspace"), workspace},
                  {QStringLiteral("busy"), busy},
                  {QStringLiteral("jobs"), list}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

bool JobRunner::sourceDue(const DataSource &source, const std::optional<JobRun> &last,
                          const QDateTime &now)
{
    if (!source.enabled || source.intervalSeconds <= 0)
        return false;
    if (!last)
        return true;
    const qint64 wait = last->succeeded() ? source.intervalSeconds
                                          : qMin(source.intervalSeconds, RetryAfterFailure);
    return last->startedAt.addSecs(wait) <= now;
}

bool JobRunner::writeExport(const QString &workspacePath, const QSqlDatabase &db,
                            const ScheduledExport &exp, const QDateTime &now,
                            const QString &needleProgram, QString *output, QString *errorMessage)
{
    if (!QDir().mkpath(exp.folder)) {
        *errorMessage = tr("Cannot create the folder %1.").arg(exp.folder);
        return false;
    }
    *output = outputPath(exp, now);
    return exp.kind == ScheduledExport::Kind::Check
        ? writeCheck(db, now, *output, errorMessage)
        : writePdf(workspacePath, exp, now, needleProgram, *output, errorMessage);
}

RunDueResult JobRunner::runDue(const QString &workspacePath, const RunDueOptions &options)
{
    RunDueResult result;
    result.workspace = workspacePath;
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    const QString holder = options.holder.isEmpty() ? QStringLiteral("%1:%2")
                                                          .arg(QSysInfo::machineHostName())
                                                          .arg(QCoreApplication::applicationPid())
                                                    : options.holder;
    const auto db = Database::open(workspacePath, Database::Mode::OpenExisting, &result.error);
    if (!db)
        return result;
    SourceRepository repo(db->connection());
    bool acquired = false;
    const QString lock = QStringLiteral("run-due");
    if (!repo.acquireLock(lock, holder, now, options.lockSeconds, &acquired, &result.error))
        return result;
    if (!acquired) {
        result.busy = true;
        return result;
    }
    for (const DataSource &source : repo.sources(&result.error)) {
        if (!sourceDue(source, repo.lastSourceRun(source.id), now))
            continue;
        RefreshOptions o;
        o.now = now;
        result.runs << Refresher(db->connection()).refresh(source, o).run;
    }
    const QVector<QDate> meetings = plannedMeetings(db->connection());
    for (const ScheduledExport &exp : repo.exports(&result.error)) {
        ExportWhen when;
        const auto last = repo.lastSucceededExportRun(exp.id);
        if (!exp.enabled || !ExportWhen::parse(exp.schedule, &when, nullptr))
            continue;
        const QDateTime next = when.nextAfter(last ? last->startedAt : exp.createdAt, meetings);
        if (!next.isValid() || next > now)
            continue;
        JobRun run;
        run.exportId = exp.id;
        run.job = exp.name;
        run.startedAt = now;
        QString error;
        const bool written = writeExport(workspacePath, db->connection(), exp, now,
                                         options.needleProgram, &run.output, &error);
        run.outcome = written ? JobRun::Outcome::Written : JobRun::Outcome::Failed;
        run.message = error;
        if (!written)
            run.output.clear();
        run.finishedAt = QDateTime::currentDateTimeUtc();
        if (!repo.logRun(&run, &error))
            result.error = error;
        result.runs << run;
    }
    QString error;
    if (!repo.releaseLock(lock, holder, &error) && result.error.isEmpty())
        result.error = error;
    return result;
}

} // namespace Needle
