#include "sources/refresher.h"

#include "sources/queryreader.h"
#include "sources/sourceconnection.h"
#include "storage/kpirepository.h"
#include "storage/sourcerepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Needle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::Refresher", text);
}

// The first day of the cadence period holding date (ISO weeks start on Monday),
// minus periods: a window that starts inside a period would read a partial
// total for it.
QDate periodsBefore(const QDate &date, Cadence cadence, int periods)
{
    switch (cadence) {
    case Cadence::Daily:
        return date.addDays(-periods);
    case Cadence::Weekly:
        return date.addDays(1 - date.dayOfWeek() - 7 * periods);
    case Cadence::Monthly:
        return QDate(date.year(), date.month(), 1).addMonths(-periods);
    case Cadence::Quarterly:
        break;
    }
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1).addMonths(-3 * periods);
}

bool keptRole(ColumnRole role)
{
    return role == ColumnRole::Kpi || role == ColumnRole::Date || role == ColumnRole::Value
        || role == ColumnRole::Owner || role == ColumnRole::Note;
}

// Columns by name (kpi, date, value, owner, note in any of the recognised
// spellings), else by position: kpi, date, value (bound to a KPI: date, value
// after the KPI column put in front).
ColumnMapping mappingFor(const QStringList &header, bool bound)
{
    ColumnMapping m;
    m.layout = ImportLayout::Long;
    m.headerRow = 0;
    m.headers = header;
    m.confidence = 100;
    for (int i = 0; i < header.size(); ++i) {
        const ColumnRole role = (bound && i == 0) ? ColumnRole::Kpi : roleForHeader(header.at(i));
        m.setRole(i, keptRole(role) && m.column(role) < 0 ? role : ColumnRole::Ignore);
    }
    if (m.column(ColumnRole::Kpi) < 0 || m.column(ColumnRole::Date) < 0
        || m.column(ColumnRole::Value) < 0) {
        m.roles.clear();
        const ColumnRole order[] = {ColumnRole::Kpi, ColumnRole::Date, ColumnRole::Value};
        for (int i = 0; i < header.size(); ++i)
            m.setRole(i, i < 3 ? order[i] : ColumnRole::Ignore);
    }
    return m;
}

} // namespace

QString Refresher::queryHash(const QString &query)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(query.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject RefreshResult::toJson() const
{
    QJsonObject o = import.toJson();
    o.insert(QStringLiteral("source"), source);
    return o;
}

QDate Refresher::windowStart(const DataSource &source, QString *errorMessage) const
{
    // The KPIs this source has written, each up to its last value that came from
    // the source: values stored by imports or other sources do not count.
    bool ok = true;
    const QVector<QPair<qint64, QDate>> lastValues =
        SourceRepository(m_db).lastValueDates(source.id, &ok, errorMessage);
    if (!ok)
        return {};
    QDate start;
    KpiRepository kpis(m_db);
    for (const auto &[kpiId, last] : lastValues) {
        const auto kpi = kpis.byId(kpiId);
        if (!kpi || !last.isValid())
            continue;
        const QDate from = periodsBefore(last, kpi->cadence, source.lookbackPeriods);
        if (!start.isValid() || from < start)
            start = from;
    }
    return start;
}

ImportPlan Refresher::plan(SourceConnection &connection, const DataSource &source,
                           const RefreshOptions &options, const QString &kpiKey)
{
    SourceUrl url;
    SourceUrl::parse(source.url, &url, nullptr);
    QueryReader reader(&connection.query(), url.display(), kpiKey);
    ImportOptions o;
    o.mapping = mappingFor(reader.header(), !kpiKey.isEmpty());
    o.useSavedMapping = false;
    o.saveMapping = false;
    o.createKpis = options.createKpis;
    o.compareWithStored = options.dryRun; // run() compares again inside its transaction
    o.previewLimit = 0;
    ImportPlan p = Importer(m_db).plan(reader, source.name, o);
    p.fileName = source.name;
    p.sheet = url.display();
    p.sha256 = queryHash(source.query);
    return p;
}

RefreshResult Refresher::refresh(const DataSource &source, const RefreshOptions &options)
{
    RefreshResult r;
    r.source = source.name;
    JobRun &run = r.run;
    run.sourceId = source.id;
    run.job = source.name;
    run.startedAt = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    run.queryHash = queryHash(source.query);
    r.import.fileName = source.name;
    r.import.outcome = ImportResult::Outcome::Failed;

    SourceUrl url;
    QString error;
    QString kpiKey;
    if (SourceUrl::parse(source.url, &url, &error)) {
        run.server = url.display();
        r.import.sheet = run.server;
        if (source.kpiId > 0) {
            const auto kpi = KpiRepository(m_db).byId(source.kpiId);
            kpiKey = kpi ? kpi->key : QString();
        }
        run.windowFrom = options.from.isValid() ? options.from : windowStart(source, &error);
        if (!run.windowFrom.isValid())
            run.windowFrom = earliest();
        run.windowTo = options.to.isValid() ? options.to : latest();
        SourceConnection connection(url, source.timeoutSeconds);
        if (error.isEmpty() && connection.open(&error)
            && connection.run(source.query, run.windowFrom, run.windowTo, &error)) {
            const ImportPlan p = plan(connection, source, options, kpiKey);
            r.import = options.dryRun ? Importer::dryRun(p) : Importer(m_db).run(p);
            r.import.fileName = source.name;
            r.import.sheet = run.server;
        }
    }
    if (!error.isEmpty()) {
        r.error = error;
        r.import.issues << ImportIssue{
            ImportIssue::Severity::Error, source.name, run.server, 0, 0, error};
    }
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.batchId = r.import.batchId;
    run.rowsRead = r.import.rowsRead;
    run.valuesWritten = r.import.valuesWritten;
    switch (r.import.outcome) {
    case ImportResult::Outcome::Imported:
    case ImportResult::Outcome::DryRun:
        run.outcome = run.batchId > 0 ? JobRun::Outcome::Written : JobRun::Outcome::Unchanged;
        break;
    case ImportResult::Outcome::Rejected:
        run.outcome = JobRun::Outcome::Rejected;
        break;
    default:
        run.outcome = JobRun::Outcome::Failed;
        break;
    }
    for (const ImportIssue &issue : std::as_const(r.import.issues))
        if (issue.severity == ImportIssue::Severity::Error) {
            run.message = issue.toString();
            break;
        }
    if (!options.dryRun && !SourceRepository(m_db).logRun(&run, &error))
        r.import.issues << ImportIssue{ImportIssue::Severity::Warning,
                                       source.name,
                                       run.server,
                                       0,
                                       0,
                                       tr("The run could not be logged: %1").arg(error)};
    return r;
}

} // namespace Needle
