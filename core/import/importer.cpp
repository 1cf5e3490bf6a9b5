#include "import/importer.h"

#include "import/cellvalues.h"
#include "import/importplanner.h"
#include "storage/importrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace Needle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::Importer", text);
}

constexpr int FirstRows = 50; // rows the layout is detected from and the wizard shows

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QString chooseSheet(const QVector<SheetInfo> &sheets, const QString &wanted)
{
    if (!wanted.isEmpty()) {
        for (const SheetInfo &s : sheets)
            if (s.name == wanted)
                return s.name;
        for (const SheetInfo &s : sheets)
            if (s.name.compare(wanted, Qt::CaseInsensitive) == 0)
                return s.name;
        return QString();
    }
    for (const SheetInfo &s : sheets)
        if (s.state.isEmpty() || s.state == QLatin1String("visible"))
            return s.name;
    return sheets.isEmpty() ? QString() : sheets.constFirst().name;
}

} // namespace

bool ImportPlan::canImport() const
{
    return isReadable() && !cancelled && !hasErrors() && data != nullptr;
}

Importer::Importer(const QSqlDatabase &db) : m_db(db) {}

ImportPlan Importer::plan(const QString &path, const ImportOptions &options,
                          const ImportProgress &progress)
{
    ImportIssues issues;
    std::unique_ptr<SpreadsheetReader> reader =
        SpreadsheetReader::open(path, options.reader, &issues);
    if (!reader) {
        ImportPlan p;
        p.filePath = path;
        p.fileName = QFileInfo(path).fileName();
        p.issues = issues;
        if (!Needle::hasErrors(p.issues))
            p.issues << ImportIssue{ImportIssue::Severity::Error,  p.fileName, QString(), 0, 0,
                                    tr("The file cannot be read.")};
        return p;
    }
    return plan(*reader, path, options, progress);
}

ImportPlan Importer::plan(SpreadsheetReader &reader, const QString &path,
                          const ImportOptions &options, const ImportProgress &progress)
{
    ImportPlan p;
    p.filePath = path;
    p.fileName = QFileInfo(path).fileName();
    p.skipInvalid = options.skipInvalid;
    p.saveMapping = options.saveMapping;
    // The checksum is computed while the rows are read.
    QFuture<QString> sha = QtConcurrent::run(sha256Of, path);
    p.sheets = reader.sheets();
    p.sheet = chooseSheet(p.sheets, options.sheet);
    if (p.sheet.isEmpty()) {
        QStringList names;
        for (const SheetInfo &s : std::as_const(p.sheets))
            names << s.name;
        p.issues << ImportIssue{ImportIssue::Severity::Error,
                                p.fileName,
                                options.sheet,
                                0,
                                0,
                                options.sheet.isEmpty()
                                    ? tr("The file has no sheets.")
                                    : tr("There is no sheet named \"%1\"; the sheets are: %2.")
                                          .arg(options.sheet, names.join(QStringLiteral(", ")))};
        sha.waitForFinished();
        return p;
    }

    ImportPlanner planner(m_db, &p, options);
    bool mapped = false;
    bool stop = false;
    qint64 count = 0;
    auto chooseMapping = [&]() {
        ColumnMapping mapping;
        if (options.mapping) {
            mapping = *options.mapping;
        } else {
            std::optional<ColumnMapping> saved;
            if (options.useSavedMapping)
                saved =
                    savedMapping(m_db, p.fileName, p.firstRows, options.layout, &p.savedMappingId);
            if (saved)
                mapping = *saved;
            else
                mapping = options.layout
                    ? LayoutDetector::detect(p.firstRows, planner.kpiKeysAndNames(),
                                             *options.layout)
                    : LayoutDetector::detect(p.firstRows, planner.kpiKeysAndNames());
        }
        mapped = true;
        if (!planner.setMapping(mapping, p.firstRows))
            return false;
        for (int i = 0; i < p.firstRows.size(); ++i)
            planner.addRow(i, p.firstRows.at(i));
        return true;
    };
    ImportIssues readIssues;
    const bool read = reader.readRows(
        p.sheet,
        [&](qint64 index, const Row &cells) {
            if ((++count & 4095) == 0) {
                if (progress.cancelled()) {
                    p.cancelled = true;
                    return false;
                }
                if (progress.report)
                    progress.report(count, 0);
            }
            if (!mapped) {
                // A row far below the first ones (a stray cell at row 1048576) ends them
                // without padding the gap.
                const bool first = index < FirstRows;
                if (first) {
                    while (p.firstRows.size() < index)
                        p.firstRows << Row();
                    p.firstRows << cells;
                    if (p.firstRows.size() < FirstRows)
                        return true;
                }
                if (!chooseMapping()) {
                    stop = true;
                    return false;
                }
                if (!first)
                    planner.addRow(index, cells);
                return true;
            }
            planner.addRow(index, cells);
            return true;
        },
        &readIssues);
    for (ImportIssue &issue : readIssues) {
        if (issue.file.isEmpty())
            issue.file = p.fileName;
        p.issues << issue;
    }
    if (!read && !Needle::hasErrors(p.issues) && !p.cancelled)
        p.issues << ImportIssue{ImportIssue::Severity::Error,
                                p.fileName,
                                p.sheet,
                                0,
                                0,
                                tr("The sheet could not be read to the end.")};
    if (!mapped && read && !p.cancelled)
        stop = !chooseMapping();
    p.sha256 = sha.result();
    if (p.cancelled || stop || !read)
        return p;
    p.format = reader.formatName();
    if (p.rowsRead == 0)
        planner.error(0, 0, tr("The sheet has no rows of data below its header."));
    planner.finish(options.compareWithStored);
    return p;
}

std::optional<ColumnMapping> Importer::savedMapping(const QSqlDatabase &db, const QString &fileName,
                                                    const QVector<Row> &firstRows,
                                                    std::optional<ImportLayout> layout, qint64 *id)
{
    const ImportRepository repository(db);
    QVector<SavedMapping> candidates = repository.mappingsFor(fileName);
    for (const SavedMapping &saved : repository.mappings()) {
        // Same column names, another file name: only for a header that says something.
        const QStringList names = saved.header.split(QLatin1Char('\t'), Qt::SkipEmptyParts);
        if (names.size() >= 2
            && std::none_of(candidates.cbegin(), candidates.cend(),
                            [&](const SavedMapping &c) { return c.id == saved.id; }))
            candidates << saved;
    }
    for (const SavedMapping &saved : std::as_const(candidates)) {
        const ColumnMapping m =
            ColumnMapping::fromJson(QJsonDocument::fromJson(saved.mapping.toUtf8()).object());
        if (layout && m.layout != *layout
            && !(*layout == ImportLayout::Wide && m.layout == ImportLayout::Transposed))
            continue;
        if (m.headerRow >= firstRows.size())
            continue;
        QStringList headers;
        for (const Cell &c : firstRows.at(m.headerRow))
            headers << CellValues::toText(c);
        if (ColumnMapping::headerSignature(headers) == saved.header) {
            if (id)
                *id = saved.id;
            return m;
        }
    }
    return std::nullopt;
}

Kpi NewKpi::toKpi() const
{
    Kpi k;
    k.key = key;
    k.name = name;
    k.description = description;
    k.category = category;
    k.indicator = indicator;
    k.unit = unit;
    k.currency = unit == Unit::Currency ? currency : QString();
    k.direction = direction;
    k.cadence = cadence;
    k.aggregation = aggregation;
    k.decimals = decimals;
    return k;
}

ImportResult Importer::dryRun(const ImportPlan &p)
{
    ImportResult r;
    r.outcome = p.cancelled ? ImportResult::Outcome::Cancelled
        : !p.canImport()    ? ImportResult::Outcome::Rejected
                            : ImportResult::Outcome::DryRun;
    r.fileName = p.fileName;
    r.sheet = p.sheet;
    r.rowsRead = p.rowsRead;
    if (r.outcome == ImportResult::Outcome::DryRun) {
        r.valuesWritten = p.newValues + p.changedValues;
        r.unchanged = p.unchangedValues;
        for (const NewKpi &k : p.kpisToCreate) {
            r.kpisCreated << k.toKpi();
            if (!k.owner.isEmpty() && p.createOwners)
                r.ownerOfCreated.insert(k.key, k.owner);
        }
        if (p.createOwners)
            for (const QString &name : p.missingOwners) {
                Owner o;
                o.name = name;
                r.ownersCreated << o;
            }
    }
    r.skippedRows = p.invalidRows;
    r.issues = p.issues;
    return r;
}

ImportResult Importer::importFile(const QString &path, const ImportOptions &options, bool dryRun,
                                  const ImportProgress &progress)
{
    ImportOptions o = options;
    o.compareWithStored = dryRun; // run() compares again inside its transaction
    const ImportPlan p = plan(path, o, progress);
    if (dryRun || !p.canImport())
        return Importer::dryRun(p);
    return run(p, progress);
}

} // namespace Needle
