#include "cli/commands.h"
#include "cli/jsonwriter.h"

#include "sources/exportwhen.h"
#include "sources/refresher.h"
#include "sources/sourceurl.h"
#include "storage/database.h"
#include "storage/kpirepository.h"
#include "storage/sourcerepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Needle {

namespace {

// Every call below is in a free function of namespace Needle: lupdate files
// them under "Needle".
QString tr(const char *text)
{
    return QCoreApplication::translate("Needle", text);
}

QString readQuery(const CommandLine &cl, QString *errorMessage)
{
    if (cl.queryFile.isEmpty())
        return cl.query;
    QFile file(cl.queryFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *errorMessage = tr("Cannot read %1: %2").arg(cl.queryFile, file.errorString());
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

int addSource(const CommandLine &cl, const QSqlDatabase &db, QTextStream &err)
{
    QString error;
    SourceUrl url;
    if (!SourceUrl::parse(cl.url, &url, &error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    DataSource s;
    s.name = cl.name.trimmed();
    s.url = url.display();
    s.query = readQuery(cl, &error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    if (s.name.isEmpty() || s.name.contains(QLatin1Char('/'))) {
        err << tr("A source needs a name without \"/\".") << Qt::endl;
        return ExitRejected;
    }
    if (s.query.trimmed().isEmpty()) {
        err << tr("The query is empty.") << Qt::endl;
        return ExitRejected;
    }
    SourceRepository repo(db);
    if (repo.sourceByName(s.name)) {
        err << tr("There is already a source named \"%1\".").arg(s.name) << Qt::endl;
        return ExitRejected;
    }
    if (!cl.kpis.isEmpty()) {
        const auto kpi = KpiRepository(db).byKeyOrName(cl.kpis.constFirst());
        if (!kpi) {
            err << tr("There is no KPI \"%1\".").arg(cl.kpis.constFirst()) << Qt::endl;
            return ExitRejected;
        }
        s.kpiId = kpi->id;
    }
    if (cl.everySeconds > 0)
        s.intervalSeconds = cl.everySeconds;
    if (!repo.insertSource(&s, &error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    err << tr("Source \"%1\" added: %2.").arg(s.name, s.url) << Qt::endl;
    return ExitOk;
}

QJsonObject sourceJson(const DataSource &s, const QSqlDatabase &db)
{
    const auto kpi = s.kpiId > 0 ? KpiRepository(db).byId(s.kpiId) : std::nullopt;
    QJsonObject o{{QStringLiteral("name"), s.name},
                  {QStringLiteral("url"), s.url},
                  {QStringLiteral("query"), s.query},
                  {QStringLiteral("kpi"), kpi ? QJsonValue(kpi->key) : QJsonValue()},
                  {QStringLiteral("every_seconds"), s.intervalSeconds},
                  {QStringLiteral("timeout_seconds"), s.timeoutSeconds},
                  {QStringLiteral("query_hash"), Refresher::queryHash(s.query)}};
    const auto last = SourceRepository(db).lastSourceRun(s.id);
    if (last)
        o.insert(QStringLiteral("last_run"),
                 QJsonObject{{QStringLiteral("at"), last->startedAt.toString(Qt::ISODate)},
                             {QStringLiteral("outcome"), storageName(last->outcome)},
                             {QStringLiteral("batch"),
                              last->batchId > 0 ? QJsonValue(last->batchId) : QJsonValue()},
                             {QStringLiteral("rows_read"), last->rowsRead},
                             {QStringLiteral("values_written"), last->valuesWritten},
                             {QStringLiteral("message"), last->message}});
    return o;
}

int listSources(const CommandLine &cl, const QSqlDatabase &db, QTextStream &out, QTextStream &err)
{
    QString error;
    const QVector<DataSource> sources = SourceRepository(db).sources(&error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    if (cl.json) {
        QJsonArray list;
        for (const DataSource &s : sources)
            list.append(sourceJson(s, db));
        out << JsonWriter::write(QJsonObject{{QStringLiteral("sources"), list}});
        return ExitOk;
    }
    for (const DataSource &s : sources) {
        const QJsonObject o = sourceJson(s, db);
        const QJsonObject last = o.value(QStringLiteral("last_run")).toObject();
        out << s.name << '\t' << s.url << '\t'
            << (o.value(QStringLiteral("kpi")).isString()
                    ? o.value(QStringLiteral("kpi")).toString()
                    : QStringLiteral("-"))
            << '\t'
            << (last.isEmpty() ? tr("never run")
                               : last.value(QStringLiteral("at")).toString() + QLatin1Char(' ')
                        + last.value(QStringLiteral("outcome")).toString())
            << '\n';
    }
    return ExitOk;
}

} // namespace

int runSource(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto db = Database::open(cl.workspace, Database::Mode::OpenExisting, &error);
    if (!db) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    if (cl.action == QLatin1String("add"))
        return addSource(cl, db->connection(), err);
    if (cl.action == QLatin1String("list"))
        return listSources(cl, db->connection(), out, err);
    SourceRepository repo(db->connection());
    const auto source = repo.sourceByName(cl.name);
    if (!source) {
        err << tr("There is no source named \"%1\".").arg(cl.name) << Qt::endl;
        return ExitRejected;
    }
    if (!repo.removeSource(source->id, &error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    err << tr("Source \"%1\" removed; the values it wrote stay (undo-import "
              "removes them).")
               .arg(source->name)
        << Qt::endl;
    return ExitOk;
}

int runRefresh(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto db = Database::open(cl.workspace, Database::Mode::OpenExisting, &error);
    if (!db) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    SourceRepository repo(db->connection());
    QVector<DataSource> sources;
    for (const QString &name : cl.names) {
        const auto s = repo.sourceByName(name);
        if (!s) {
            err << tr("There is no source named \"%1\".").arg(name) << Qt::endl;
            return ExitRejected;
        }
        sources << *s;
    }
    if (cl.names.isEmpty())
        sources = repo.sources(&error);
    if (sources.isEmpty()) {
        err << (error.isEmpty() ? tr("The workspace has no data sources.") : error) << Qt::endl;
        return ExitRejected;
    }
    RefreshOptions options;
    options.from = cl.from;
    options.to = cl.to;
    options.createKpis = cl.createKpis;
    options.dryRun = cl.dryRun;
    QJsonArray results;
    bool ok = true;
    for (const DataSource &s : std::as_const(sources)) {
        const RefreshResult r = Refresher(db->connection()).refresh(s, options);
        ok = ok && r.ok();
        results.append(r.toJson());
        for (const ImportIssue &i : r.import.issues)
            if (i.severity != ImportIssue::Severity::Info)
                err << i.toString() << Qt::endl;
        if (r.import.outcome == ImportResult::Outcome::Failed)
            err << tr("%1: the refresh failed. Nothing was written.").arg(s.name) << Qt::endl;
        else
            err << r.import.summary() << Qt::endl;
    }
    if (cl.json) {
        out << JsonWriter::write(results.size() == 1
                                     ? results.at(0).toObject()
                                     : QJsonObject{{QStringLiteral("refreshes"), results}});
        out.flush();
    }
    return ok ? ExitOk : ExitRejected;
}

} // namespace Needle
