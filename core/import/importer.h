#pragma once

#include "domain/kpi.h"
#include "domain/owner.h"
#include "import/columnmapping.h"
#include "import/importissue.h"
#include "import/spreadsheetreader.h"
#include "import/valueparser.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Needle {

// A KPI the import creates (or would create, in a plan): guessed from the file (KpiGuess),
// or as the user corrected it (ImportOptions::kpiDefinitions).
struct NewKpi
{
    QString key;
    QString name;
    Cadence cadence = Cadence::Monthly; // inferred from the spacing of its dates
    Unit unit = Unit::Count;
    QString currency; // ISO code when unit is Currency
    int decimals = 0;
    Direction direction = Direction::HigherIsBetter;
    Category category = Category::Operational;
    Indicator indicator = Indicator::Lagging;
    Aggregation aggregation = Aggregation::Last;
    QString description;
    QString libraryKey; // the library KPI the name matched, empty if none
    QString libraryName; // its name, translated (the wizard says "like ...")
    QString owner; // the owner the file names for it, empty if none
    bool edited = false; // taken from ImportOptions::kpiDefinitions, not guessed

    Kpi toKpi() const; // id 0
};

// What the caller chooses; by default everything is detected (or taken from the saved
// mapping of the source).
struct ImportOptions
{
    QString sheet; // empty: the first visible sheet
    std::optional<ImportLayout> layout; // forced layout (CLI --layout); empty: detect
    std::optional<ColumnMapping> mapping; // the wizard's mapping; wins over everything
    bool useSavedMapping = true; // a saved mapping for this source is used when no mapping given
    bool saveMapping = true; // a successful import saves its mapping for the source
    bool createKpis = false; // create unknown KPIs (all of them, or those in createOnly)
    QStringList createOnly; // the wizard's checklist: names (as in the file) to create
    // The wizard's corrections of the guessed definitions, by ColumnMapping::kpiMatchName of
    // the name in the file: unit, currency, decimals and direction are taken from them.
    QHash<QString, NewKpi> kpiDefinitions;
    bool createOwners = false; // owners the file names that the workspace lacks are created
    bool skipInvalid = false; // import the valid rows of a file with errors
    ReaderOptions reader;
    // How numbers and dates are written; Unknown: detected from the sheet, and an ambiguous
    // value ("1.234", "03/04/2024") is an error naming its cell.
    ValueParser::NumberLocale numberLocale = ValueParser::NumberLocale::Unknown;
    ValueParser::DateOrder dateOrder = ValueParser::DateOrder::Unknown;
    int previewLimit = 1000; // rows of ImportPlan::preview kept; -1: all
    bool compareWithStored = true; // false: no new/changed/unchanged counts in the plan
};

// Progress and cancel for a worker thread: report is called from the importing thread now and
// then (done and total in rows; total 0 while unknown); setting *cancel makes the import stop
// and write nothing.
struct ImportProgress
{
    std::function<void(qint64 done, qint64 total)> report;
    const std::atomic_bool *cancel = nullptr;
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// One row of the preview: what will be stored for one value of the sheet.
struct PreviewRow
{
    enum class Status { New, Changed, Unchanged, Invalid };

    Status status = Status::New;
    qint64 row = 0; // 1-based sheet row
    int column = 0; // 1-based column of the value
    QString kpiKey; // as it will be stored (for a KPI to be created: its new key)
    QString kpiName;
    bool newKpi = false;
    QDate date;
    double value = 0;
    bool hasValue = false; // value was read (also on a line invalid for another cell's sake)
    std::optional<double> oldValue; // Changed: the value it replaces
    QString note;
    QString message; // Invalid: why
    QString faultyText; // Invalid: the faulty cell as read (shown where a date or value would be)
};

// A file read, mapped and checked against the workspace, not yet written: the preview the
// wizard shows and what Importer::run writes.
struct ImportPlan
{
    QString filePath;
    QString fileName;
    QString sha256;
    QString format; // "csv", "xlsx", "ods"
    QVector<SheetInfo> sheets;
    QString sheet;
    QVector<Row> firstRows; // the sheet's first rows as read (the wizard's grid)
    ColumnMapping mapping;
    ValueParser::NumberLocale numberLocale = ValueParser::NumberLocale::Unknown; // as used
    ValueParser::DateOrder dateOrder = ValueParser::DateOrder::Unknown; // as used
    qint64 savedMappingId = 0; // the saved mapping used, 0 if none
    QVector<NewKpi> kpisToCreate;
    QStringList unknownKpis; // names in the file matching no KPI and not to be created
    QStringList missingOwners; // owner names in the file matching no owner (created or not)
    bool createOwners = false;
    ImportIssues issues; // every error and warning, each naming file, sheet, row, column
    qint64 rowsRead = 0; // data rows (below the header)
    qint64 newValues = 0;
    qint64 changedValues = 0;
    qint64 unchangedValues = 0;
    qint64 invalidRows = 0; // rows with at least one error
    QVector<PreviewRow> preview; // in sheet order, up to ImportOptions::previewLimit
    bool skipInvalid = false;
    bool saveMapping = true;
    bool cancelled = false; // stopped through ImportProgress::cancel

    bool isReadable() const { return !format.isEmpty(); } // the file could be opened and read
    bool hasErrors() const { return Needle::hasErrors(issues); }
    // Whether run() will write: no errors, or skipInvalid.
    bool canImport() const;

    std::shared_ptr<const struct ImportPlanData> data; // the checked values, for run()
};

// What an import did.
struct ImportResult
{
    enum class Outcome {
        Imported, // written (possibly nothing, when every value was unchanged)
        DryRun, // checked only
        Rejected, // the file has errors (or could not be read): nothing written
        Cancelled, // stopped by the user: nothing written
        Failed, // the database refused: nothing written
    };

    Outcome outcome = Outcome::Rejected;
    QString fileName;
    QString sheet;
    qint64 batchId = 0; // 0: no batch written
    qint64 rowsRead = 0;
    qint64 valuesWritten = 0;
    qint64 unchanged = 0;
    qint64 skippedRows = 0;
    QVector<Kpi> kpisCreated;
    QHash<QString, QString> ownerOfCreated; // key of a created KPI -> its owner's name
    QVector<Owner> ownersCreated;
    ImportIssues issues;

    bool ok() const { return outcome == Outcome::Imported || outcome == Outcome::DryRun; }
    // Why it was not imported, in words: the first error, with where it is; empty when none.
    QString reason() const;
    // One line for people: "sales.csv: 120 values written, 3 unchanged, batch 4."
    QString summary() const;
    // {"batch", "rows_read", "values_written", "unchanged",
    //  "kpis_created": [{"key","name","unit","decimals","direction","owner"}],
    //  "issues": [{"severity","file","sheet","row","column","message"}]} (issue 3)
    QJsonObject toJson() const;
};

// Turns spreadsheet files into KPI values of one workspace connection. Works on the thread
// that owns the connection: a worker thread opens its own Database on the workspace file.
// Every write happens in one transaction begun with BEGIN IMMEDIATE: a rejected, cancelled or
// killed import leaves the workspace as it was.
class Importer
{
public:
    explicit Importer(const QSqlDatabase &db);

    void setUserName(const QString &name) { m_userName = name; } // for the change log

    // Reads and checks a file against the workspace; writes nothing.
    ImportPlan plan(const QString &path, const ImportOptions &options,
                    const ImportProgress &progress = {});
    // The same with a reader already open on the file at path (tests, the wizard's reader).
    ImportPlan plan(SpreadsheetReader &reader, const QString &path, const ImportOptions &options,
                    const ImportProgress &progress = {});
    // Writes a plan (one batch). Rejected without writing when the plan has errors and does
    // not skip invalid rows.
    ImportResult run(const ImportPlan &plan, const ImportProgress &progress = {});
    // What a plan would do, without writing: DryRun when it can be imported, else Rejected
    // (or Cancelled); values_written counts the new and changed values.
    static ImportResult dryRun(const ImportPlan &plan);
    // plan() then run(); dryRun stops after the plan.
    ImportResult importFile(const QString &path, const ImportOptions &options, bool dryRun = false,
                            const ImportProgress &progress = {});

    // The saved mapping of an earlier import that fits a file of this name whose first rows
    // are firstRows (same column names in the same row); *id is its id. Mappings saved for
    // files named alike (digits aside) come first, then any with the same column names
    // (dau_dec.csv's mapping serves dau_jan.csv).
    static std::optional<ColumnMapping> savedMapping(const QSqlDatabase &db,
                                                     const QString &fileName,
                                                     const QVector<Row> &firstRows,
                                                     std::optional<ImportLayout> layout = {},
                                                     qint64 *id = nullptr);

private:
    bool saveMapping(const ImportPlan &plan, QString *error);
    bool isNewMapping(const ImportPlan &plan) const;
    bool createOwners(const ImportPlan &plan, QHash<QString, qint64> *owners,
                      QHash<qint64, QString> *names, ImportResult *r, QString *error);

    QSqlDatabase m_db;
    QString m_userName;
};

} // namespace Needle

Q_DECLARE_METATYPE(Needle::ImportResult)
