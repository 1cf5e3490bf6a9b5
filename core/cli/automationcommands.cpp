#include "cli/commands.h"
#include "cli/jsonwriter.h"

#include "sources/exportwhen.h"
#include "sources/jobrunner.h"
#include "sources/usertimer.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace Needle {

namespace {

// Every call below is in a free function of namespace Needle: lupdate files
// them under "Needle".
QString tr(const char *text)
{
    return QCoreApplication::translate("Needle", text);
}

// systemd runs the user's timers when it is the init system. NEEDLE_SYSTEMCTL
// names the systemctl to call instead, or "none" for a machine without systemd
// (tests).
QString systemctl()
{
    const QString forced = qEnvironmentVariable("NEEDLE_SYSTEMCTL");
    if (forced == QLatin1String("none"))
        return QString();
    if (!forced.isEmpty())
        return forced;
    return QFileInfo::exists(QStringLiteral("/run/systemd/system")) ? QStringLiteral("systemctl")
                                                                    : QString();
}

bool callSystemctl(const QString &program, const QStringList &args, QTextStream &err)
{
    QProcess p;
    p.start(program, QStringList{QStringLiteral("--user")} + args);
    if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    err << tr("\"systemctl --user %1\" failed: %2")
               .arg(args.join(QLatin1Char(' ')),
                    QString::fromLocal8Bit(p.readAllStandardError()).trimmed() + p.errorString())
        << Qt::endl;
    return false;
}

int addExport(const CommandLine &cl, SourceRepository &repo, QTextStream &err)
{
    ScheduledExport e;
    e.name = cl.name.trimmed();
    e.kind = cl.kind == QLatin1String("check") ? ScheduledExport::Kind::Check
                                               : ScheduledExport::Kind::Pdf;
    e.folder = QFileInfo(cl.folder).absoluteFilePath();
    e.schedule = cl.when.trimmed();
    QString error;
    ExportWhen when;
    if (!ExportWhen::parse(e.schedule, &when, &error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    if (e.name.isEmpty() || repo.exportByName(e.name)) {
        err << tr("An export job needs a name of its own.") << Qt::endl;
        return ExitRejected;
    }
    if (!cl.kpis.isEmpty())
        e.options =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("kpis"),
                                                         QJsonArray::fromStringList(cl.kpis)}})
                                  .toJson(QJsonDocument::Compact));
    if (!repo.insertExport(&e, &error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    err << tr("Export job \"%1\" added: %2 into %3.").arg(e.name, e.schedule, e.folder) << Qt::endl;
    return ExitOk;
}

} // namespace

int runExportJob(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto db = Database::open(cl.workspace, Database::Mode::OpenExisting, &error);
    if (!db) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    SourceRepository repo(db->connection());
    if (cl.action == QLatin1String("add"))
        return addExport(cl, repo, err);
    if (cl.action == QLatin1String("list")) {
        QJsonArray list;
        for (const ScheduledExport &e : repo.exports(&error)) {
            const auto last = repo.lastExportRun(e.id);
            list.append(QJsonObject{
                {QStringLiteral("name"), e.name},
                {QStringLiteral("kind"), storageName(e.kind)},
                {QStringLiteral("folder"), e.folder},
                {QStringLiteral("when"), e.schedule},
                {QStringLiteral("last_output"), last ? QJsonValue(last->output) : QJsonValue()}});
            if (!cl.json)
                out << e.name << '\t' << storageName(e.kind) << '\t' << e.schedule << '\t'
                    << e.folder << '\n';
        }
        if (cl.json)
            out << JsonWriter::write(QJsonObject{{QStringLiteral("exports"), list}});
        return error.isEmpty() ? ExitOk : ExitRejected;
    }
    const auto e = repo.exportByName(cl.name);
    if (!e || !repo.removeExport(e->id, &error)) {
        err << (error.isEmpty() ? tr("There is no export job named \"%1\".").arg(cl.name) : error)
            << Qt::endl;
        return ExitRejected;
    }
    return ExitOk;
}

int runRunDue(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    RunDueOptions options;
    options.needleProgram = QCoreApplication::applicationFilePath();
    QJsonArray results;
    bool ok = true;
    for (const QString &workspace : cl.names) {
        const RunDueResult r = JobRunner::runDue(workspace, options);
        ok = ok && r.ok();
        results.append(r.toJson());
        if (!r.error.isEmpty())
            err << workspace << ": " << r.error << Qt::endl;
        if (r.busy)
            err << tr("%1: another runner is at work on it; nothing was run.").arg(workspace)
                << Qt::endl;
        for (const JobRun &run : r.runs)
            err << workspace << ": " << run.job << ": " << storageName(run.outcome)
                << (run.output.isEmpty() ? QString() : QStringLiteral(" ") + run.output)
                << (run.message.isEmpty() ? QString()
                                          : QStringLiteral(" (") + run.message + QLatin1Char(')'))
                << Qt::endl;
        if (r.error.isEmpty() && !r.busy && r.runs.isEmpty())
            err << tr("%1: nothing is due.").arg(workspace) << Qt::endl;
    }
    if (cl.json) {
        out << JsonWriter::write(QJsonObject{{QStringLiteral("workspaces"), results}});
        out.flush();
    }
    return ok ? ExitOk : ExitRejected;
}

int runSchedule(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    if (cl.action == QLatin1String("install") && !QFileInfo(cl.workspace).isFile()) {
        err << tr("%1 is not a workspace file.").arg(cl.workspace) << Qt::endl;
        return ExitRejected;
    }
    const UserTimer timer(cl.workspace, QCoreApplication::applicationFilePath(),
                          cl.everySeconds > 0 ? cl.everySeconds : 15 * 60);
    const QString program = systemctl();
    QString error;
    QStringList files;
    if (program.isEmpty()) {
        if (cl.action == QLatin1String("install")) {
            err << tr("systemd is not running here: add this line with \"crontab "
                      "-e\":")
                << Qt::endl;
            out << timer.crontabLine() << Qt::endl;
        } else {
            err << tr("systemd is not running here: remove the line that calls "
                      "run-due for %1 "
                      "with \"crontab -e\".")
                       .arg(cl.workspace)
                << Qt::endl;
        }
        return ExitOk;
    }
    const QString unit = timer.unitName() + QStringLiteral(".timer");
    if (cl.action == QLatin1String("install")) {
        if (!timer.install(&files, &error)) {
            err << error << Qt::endl;
            return ExitRejected;
        }
        for (const QString &f : std::as_const(files))
            out << f << Qt::endl;
        const bool enabled = callSystemctl(program, {QStringLiteral("daemon-reload")}, err)
            && callSystemctl(program, {QStringLiteral("enable"), QStringLiteral("--now"), unit},
                             err);
        err << (enabled ? tr("The timer %1 runs run-due (%2).").arg(unit, timer.onCalendar())
                        : tr("Enable it with: systemctl --user enable --now %1").arg(unit))
            << Qt::endl;
        return ExitOk;
    }
    callSystemctl(program, {QStringLiteral("disable"), QStringLiteral("--now"), unit}, err);
    if (!timer.remove(&files, &error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    callSystemctl(program, {QStringLiteral("daemon-reload")}, err);
    for (const QString &f : std::as_const(files))
        out << f << Qt::endl;
    if (files.isEmpty())
        err << tr("No timer was installed for %1.").arg(cl.workspace) << Qt::endl;
    return ExitOk;
}

} // namespace Needle
