#include "import/importplanner.h"

#include "import/cellvalues.h"
#include "storage/bulkvalues.h"
#include "storage/kpirepository.h"
#include "storage/ownerrepository.h"
#include "workspace/recordfields.h"

#include <QCoreApplication>
#include <algorithm>

namespace Needle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::ImportPlanner", text);
}

const Cell &cellAt(const Row &row, int column)
{
    static const Cell empty;
    return column >= 0 && column < row.size() ? row.at(column) : empty;
}

// "%", "EUR", "percent", ... -> unit; false when the text names no unit.
bool parseUnit(const QString &text, Unit *unit, QString *currency)
{
    const QString t = text.trimmed();
    const QString lower = t.toLower();
    if (lower.isEmpty())
        return false;
    if (parse(lower, unit))
        return true;
    if (lower == QLatin1String("%") || lower == QLatin1String("pct")) {
        *unit = Unit::Percent;
        return true;
    }
    if (lower == QLatin1String("#") || lower == QLatin1String("number")) {
        *unit = Unit::Count;
        return true;
    }
    if (lower == QLatin1String("days") || lower == QLatin1String("d")) {
        *unit = Unit::Duration;
        return true;
    }
    static const QHash<QString, QString> symbols = {{QStringLiteral("$"), QStringLiteral("USD")},
                                                    {QStringLiteral("€"), QStringLiteral("EUR")},
                                                    {QStringLiteral("£"), QStringLiteral("GBP")},
                                                    {QStringLiteral("¥"), QStringLiteral("JPY")}};
    QString code = symbols.value(t);
    if (code.isEmpty() && t.size() == 3
        && std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; }))
        code = t;
    if (code.isEmpty())
        return false;
    *unit = Unit::Currency;
    *currency = code;
    return true;
}

} // namespace

ImportPlanner::ImportPlanner(const QSqlDatabase &db, ImportPlan *plan, const ImportOptions &options)
    : m_db(db), m_plan(plan), m_options(options), m_data(std::make_shared<ImportPlanData>())
{
    m_existing = KpiRepository(db).all();
    // Keys first, so a key wins over another KPI's name.
    for (int i = 0; i < m_existing.size(); ++i)
        m_existingByText.insert(m_existing.at(i).key.toLower(), i);
    for (int i = 0; i < m_existing.size(); ++i)
        if (!m_existingByText.contains(m_existing.at(i).name.trimmed().toLower()))
            m_existingByText.insert(m_existing.at(i).name.trimmed().toLower(), i);
    for (const Kpi &k : std::as_const(m_existing))
        m_usedKeys.insert(k.key);
    for (const QString &name : options.createOnly)
        m_createOnly.insert(name.trimmed().toLower());
    for (const Owner &o : OwnerRepository(db).all())
        m_ownersByName.insert(o.name.trimmed().toLower(), o.id);
}

QStringList ImportPlanner::kpiKeysAndNames() const
{
    return m_existingByText.keys();
}

void ImportPlanner::error(qint64 row, int column, const QString &message)
{
    ImportIssue issue{
        ImportIssue::Severity::Error, m_plan->fileName, m_plan->sheet, row, column, message};
    if (m_options.skipInvalid && row > m_mapping.headerRow + 1) {
        issue.severity = ImportIssue::Severity::Warning;
        QString reason = message; // some messages end with a full stop, some do not
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        issue.message = tr("%1; the row was skipped.").arg(reason);
    }
    m_plan->issues << issue;
    if (row > 0)
        m_invalidRows.insert(qint32(row));
}

void ImportPlanner::warning(qint64 row, int column, const QString &message)
{
    m_plan->issues << ImportIssue{
        ImportIssue::Severity::Warning, m_plan->fileName, m_plan->sheet, row, column, message};
}

bool ImportPlanner::setMapping(const ColumnMapping &mapping, const QVector<Row> &firstRows)
{
    m_mapping = mapping;
    m_plan->mapping = mapping;
    detectFormats(firstRows);
    QString why;
    if (!mapping.isComplete(&why)) {
        // Two columns that clash are named by the header row and the second of them.
        const int second = mapping.clash().second;
        m_plan->issues << ImportIssue{ImportIssue::Severity::Error,
                                      m_plan->fileName,
                                      m_plan->sheet,
                                      second >= 0 ? mapping.headerRow + 1 : 0,
                                      second + 1,
                                      tr("The layout of the sheet is not clear: %1").arg(why)};
        return false;
    }
    m_data->hasNotes = mapping.column(ColumnRole::Note) >= 0;
    m_noteColumn = mapping.column(ColumnRole::Note);
    const qint64 headerRow = mapping.headerRow + 1;
    if (mapping.layout == ImportLayout::Wide) {
        m_seriesKpi = QVector<int>(mapping.roles.size(), -1);
        for (int c : mapping.columns(ColumnRole::Series))
            m_seriesKpi[c] = kpiIndex(mapping.headers.value(c).trimmed(), headerRow, c + 1);
    } else if (mapping.layout == ImportLayout::Transposed) {
        m_seriesDay = QVector<qint32>(mapping.roles.size(), 0);
        for (int c : mapping.columns(ColumnRole::Series)) {
            QDate date;
            if (CellValues::toDate(Cell::ofText(mapping.headers.value(c)), m_formats, &date, &why))
                m_seriesDay[c] = qint32(date.toJulianDay());
            else
                error(headerRow, c + 1, why);
        }
    }
    return true;
}

void ImportPlanner::detectFormats(const QVector<Row> &firstRows)
{
    m_formats.numbers = m_options.numberLocale;
    m_formats.dates = m_options.dateOrder;
    QStringList numbers;
    QStringList dates;
    const QVector<int> valueColumns = m_mapping.columns(
        m_mapping.layout == ImportLayout::Long ? ColumnRole::Value : ColumnRole::Series);
    const int dateColumn = m_mapping.column(ColumnRole::Date);
    for (int r = m_mapping.headerRow + 1; r < firstRows.size(); ++r) {
        const Row &row = firstRows.at(r);
        for (int c : valueColumns)
            if (c < row.size() && row.at(c).type == Cell::Type::Text)
                numbers << row.at(c).text;
        if (dateColumn >= 0 && dateColumn < row.size()
            && row.at(dateColumn).type == Cell::Type::Text)
            dates << row.at(dateColumn).text;
    }
    if (m_mapping.layout == ImportLayout::Transposed)
        for (int c : valueColumns)
            dates << m_mapping.headers.value(c);
    if (m_formats.numbers == ValueParser::NumberLocale::Unknown)
        m_formats.numbers = ValueParser::detectNumberFormat(numbers).locale;
    if (m_formats.dates == ValueParser::DateOrder::Unknown)
        m_formats.dates = ValueParser::detectDateOrder(dates).order;
    m_plan->numberLocale = m_formats.numbers;
    m_plan->dateOrder = m_formats.dates;
}

int ImportPlanner::kpiIndex(const QString &text, qint64 row, int column)
{
    if (text == m_lastText && m_lastKpi >= 0)
        return m_lastKpi;
    auto found = m_resolved.constFind(text);
    int index = -1;
    QString key = text; // the hash's own copy below, so the reader's cell is not shared
    if (found != m_resolved.constEnd()) {
        index = *found;
        key = found.key();
    } else {
        const QString lower = text.trimmed().toLower();
        auto existing = m_existingByText.constFind(lower);
        // The user's choice wins over a name that happens to match another KPI.
        const QString matched = m_mapping.kpiMatches.value(ColumnMapping::kpiMatchName(text));
        if (!matched.isEmpty() && m_existingByText.contains(matched.toLower()))
            existing = m_existingByText.constFind(matched.toLower());
        if (existing != m_existingByText.constEnd()) {
            const Kpi &k = m_existing.at(*existing);
            index = m_entryOfExisting.value(k.id, -1);
            if (index < 0) {
                index = int(m_data->kpis.size());
                ImportPlanData::KpiEntry entry;
                entry.id = k.id;
                entry.key = k.key;
                entry.name = k.name;
                entry.cadence = k.cadence;
                entry.unit = k.unit;
                entry.currency = k.currency;
                entry.ownerId = k.ownerId;
                m_data->kpis.append(entry);
                m_entryOfExisting.insert(k.id, index);
            }
            if (!matched.isEmpty())
                m_data->kpis[index].matchedFrom = text.trimmed();
            if (k.isComputed())
                index = -2;
        } else if (m_options.createKpis
                   && (m_createOnly.isEmpty() || m_createOnly.contains(lower))) {
            QString key = Kpi::keyFromName(text.trimmed());
            for (int n = 2; m_usedKeys.contains(key); ++n)
                key = Kpi::keyFromName(text.trimmed()).left(58) + QStringLiteral("_%1").arg(n);
            m_usedKeys.insert(key);
            index = int(m_data->kpis.size());
            ImportPlanData::KpiEntry entry;
            entry.key = key;
            entry.name = text.trimmed();
            m_data->kpis.append(entry);
        } else {
            if (!m_plan->unknownKpis.contains(text.trimmed()))
                m_plan->unknownKpis << text.trimmed();
        }
        key = m_resolved.insert(text, index).key();
    }
    if (index == -1) {
        error(row, column,
              m_options.createKpis
                  ? tr("\"%1\" is not a KPI of this workspace and was not chosen to "
                       "be created.")
                        .arg(text.trimmed())
                  : tr("\"%1\" is not a KPI of this workspace (KPIs are matched by key "
                       "or name).")
                        .arg(text.trimmed()));
    } else if (index == -2) {
        error(row, column,
              tr("%1 is computed from its formula; its values cannot be imported.")
                  .arg(text.trimmed()));
    } else {
        m_lastText = key;
        m_lastKpi = index;
    }
    return index;
}

void ImportPlanner::addInvalidPreview(qint64 row, int column, const QString &kpi,
                                      const QString &message, const QDate &date,
                                      const QString &text)
{
    if (m_options.previewLimit >= 0 && m_plan->preview.size() >= m_options.previewLimit)
        return;
    PreviewRow p;
    p.status = PreviewRow::Status::Invalid;
    p.row = row;
    p.column = column;
    p.kpiName = kpi;
    p.message = message;
    p.date = date;
    p.faultyText = text;
    m_plan->preview << p;
}

void ImportPlanner::addValue(int kpi, const QDate &date, double value, qint64 row, int column,
                             const QString &note)
{
    ImportPlanData::Value v;
    v.kpi = kpi;
    v.day = qint32(date.toJulianDay());
    v.value = value;
    v.row = qint32(row);
    v.column = column;
    if (!note.isEmpty()) {
        v.note = int(m_data->notes.size());
        m_data->notes << note;
    }
    if (m_options.previewLimit < 0 || m_plan->preview.size() < m_options.previewLimit) {
        const ImportPlanData::KpiEntry &k = m_data->kpis.at(kpi);
        PreviewRow p;
        p.row = row;
        p.column = column;
        p.kpiKey = k.key;
        p.kpiName = k.name;
        p.newKpi = k.id == 0;
        p.date = date;
        p.value = value;
        p.hasValue = true;
        p.note = note;
        v.preview = int(m_plan->preview.size());
        m_plan->preview << p;
    }
    m_data->values.append(v);
}

void ImportPlanner::addRow(qint64 index, const Row &cells)
{
    if (index <= m_mapping.headerRow)
        return;
    const qint64 row = index + 1;
    // A row is data when a mapped column has something: a stray cell far to the right (or a
    // comment beside the table) is no row of values.
    int unmapped = -1;
    bool mapped = false;
    for (int c = 0; c < cells.size() && !mapped; ++c) {
        if (cells.at(c).isEmpty())
            continue;
        if (m_mapping.role(c) != ColumnRole::Ignore)
            mapped = true;
        else if (unmapped < 0)
            unmapped = c;
    }
    if (!mapped) {
        if (unmapped >= 0 && ++m_unmappedRows <= 3)
            warning(row, unmapped + 1,
                    tr("Only columns set to %1 have data in this row; it was skipped.")
                        .arg(displayName(ColumnRole::Ignore)));
        return;
    }
    ++m_plan->rowsRead;
    switch (m_mapping.layout) {
    case ImportLayout::Long:
        addLong(row, cells);
        break;
    case ImportLayout::Wide:
        addWide(row, cells);
        break;
    case ImportLayout::Transposed:
        addTransposed(row, cells);
        break;
    }
}

void ImportPlanner::addLong(qint64 row, const Row &cells)
{
    const int kc = m_mapping.column(ColumnRole::Kpi);
    const int dc = m_mapping.column(ColumnRole::Date);
    const int vc = m_mapping.column(ColumnRole::Value);
    const Cell &kpiCell = cellAt(cells, kc);
    const QString kpiText =
        kpiCell.type == Cell::Type::Text ? kpiCell.text : CellValues::toText(kpiCell);
    if (kpiText.trimmed().isEmpty()) {
        error(row, kc + 1, tr("The KPI is missing."));
        addInvalidPreview(row, kc + 1, QString(), tr("The KPI is missing."));
        return;
    }
    const int kpi = kpiIndex(kpiText, row, kc + 1);
    QString why;
    QDate date;
    if (!CellValues::toDate(cellAt(cells, dc), m_formats, &date, &why)) {
        error(row, dc + 1, why);
        addInvalidPreview(row, dc + 1, kpiText, why, QDate(),
                          CellValues::toText(cellAt(cells, dc)));
        return;
    }
    const Cell &valueCell = cellAt(cells, vc);
    if (valueCell.isEmpty()) {
        warning(row, vc + 1, tr("No value; nothing is stored for this row."));
        return;
    }
    double value = 0;
    if (!CellValues::toNumber(valueCell, m_formats, &value, &why)) {
        error(row, vc + 1, why);
        addInvalidPreview(row, vc + 1, kpiText, why, date, CellValues::toText(valueCell));
        return;
    }
    if (kpi < 0) {
        addInvalidPreview(row, kc + 1, kpiText, m_plan->issues.constLast().message, date);
        return;
    }
    noteKpiDetails(kpi, cells, row);
    noteCell(kpi, valueCell, value);
    addValue(kpi, date, value, row, vc + 1,
             m_noteColumn >= 0 ? CellValues::toText(cellAt(cells, m_noteColumn)) : QString());
}

void ImportPlanner::noteKpiDetails(int kpi, const Row &cells, qint64 row)
{
    ImportPlanData::KpiEntry &k = m_data->kpis[kpi];
    if (k.unitSeen && (k.ownerSeen || k.id > 0))
        return;
    const int oc = m_mapping.column(ColumnRole::Owner);
    if (oc >= 0 && !k.ownerSeen && k.id == 0) {
        const QString owner = CellValues::toText(cellAt(cells, oc));
        if (!owner.isEmpty()) {
            k.ownerSeen = true;
            k.ownerId = m_ownersByName.value(owner.toLower(), 0);
            if (k.ownerId == 0)
                noteMissingOwner(&k, owner, row, oc + 1);
        }
    }
    const int uc = m_mapping.column(ColumnRole::Unit);
    if (uc >= 0 && !k.unitSeen) {
        const QString unit = CellValues::toText(cellAt(cells, uc));
        if (!unit.isEmpty()) {
            k.unitSeen = true;
            if (k.id > 0) {
                noteUnitOfExisting(k, unit, row, uc + 1);
                return;
            }
            k.unitFromColumn = parseUnit(unit, &k.unit, &k.currency);
            if (!k.unitFromColumn)
                warning(row, uc + 1,
                        tr("\"%1\" is not a unit Needle knows; %2 is created as a "
                           "count.")
                            .arg(unit, k.name));
        }
    }
}

void ImportPlanner::noteUnitOfExisting(const ImportPlanData::KpiEntry &k, const QString &unit,
                                       qint64 row, int column)
{
    Unit u = Unit::Count;
    QString currency;
    if (!parseUnit(unit, &u, &currency) || (u == k.unit && currency == k.currency))
        return;
    warning(row, column,
            tr("The file gives %1 the unit \"%2\", but %1 is measured as %3.")
                .arg(k.name, unit, k.unit == Unit::Currency ? k.currency : displayName(k.unit)));
}

void ImportPlanner::noteMissingOwner(ImportPlanData::KpiEntry *k, const QString &owner, qint64 row,
                                     int column)
{
    // Once per person, however many rows name them.
    for (const QString &known : std::as_const(m_plan->missingOwners))
        if (known.compare(owner, Qt::CaseInsensitive) == 0) {
            k->ownerName = known;
            return;
        }
    m_plan->missingOwners << owner;
    k->ownerName = owner;
    if (!m_options.createOwners)
        warning(row, column,
                tr("%1 is not an owner in this workspace; the KPIs created for them have no "
                   "owner.")
                    .arg(owner));
}

void ImportPlanner::noteCell(int kpi, const Cell &cell, double value)
{
    CellEvidence &e = m_data->kpis[kpi].cells;
    if (!e.full())
        e.note(cell, value);
}

void ImportPlanner::addWide(qint64 row, const Row &cells)
{
    const int dc = m_mapping.column(ColumnRole::Date);
    QString why;
    QDate date;
    if (!CellValues::toDate(cellAt(cells, dc), m_formats, &date, &why)) {
        error(row, dc + 1, why);
        addInvalidPreview(row, dc + 1, QString(), why, QDate(),
                          CellValues::toText(cellAt(cells, dc)));
        return;
    }
    const QString note =
        m_noteColumn >= 0 ? CellValues::toText(cellAt(cells, m_noteColumn)) : QString();
    for (int c = 0; c < cells.size() && c < m_seriesKpi.size(); ++c) {
        if (m_mapping.role(c) != ColumnRole::Series || cells.at(c).isEmpty())
            continue;
        double value = 0;
        if (!CellValues::toNumber(cells.at(c), m_formats, &value, &why)) {
            error(row, c + 1, why);
            addInvalidPreview(row, c + 1, m_mapping.headers.value(c), why, date,
                              CellValues::toText(cells.at(c)));
            continue;
        }
        if (m_seriesKpi.at(c) >= 0) {
            noteCell(m_seriesKpi.at(c), cells.at(c), value);
            addValue(m_seriesKpi.at(c), date, value, row, c + 1, note);
        }
    }
}

void ImportPlanner::addTransposed(qint64 row, const Row &cells)
{
    const int kc = m_mapping.column(ColumnRole::Kpi);
    const QString kpiText = CellValues::toText(cellAt(cells, kc));
    if (kpiText.isEmpty()) {
        error(row, kc + 1, tr("The KPI is missing."));
        addInvalidPreview(row, kc + 1, QString(), tr("The KPI is missing."));
        return;
    }
    const int kpi = kpiIndex(kpiText, row, kc + 1);
    if (kpi < 0) {
        addInvalidPreview(row, kc + 1, kpiText, m_plan->issues.constLast().message);
        return;
    }
    noteKpiDetails(kpi, cells, row);
    const QString note =
        m_noteColumn >= 0 ? CellValues::toText(cellAt(cells, m_noteColumn)) : QString();
    QString why;
    for (int c = 0; c < cells.size() && c < m_seriesDay.size(); ++c) {
        if (m_mapping.role(c) != ColumnRole::Series || cells.at(c).isEmpty()
            || m_seriesDay.at(c) == 0)
            continue;
        double value = 0;
        if (!CellValues::toNumber(cells.at(c), m_formats, &value, &why)) {
            error(row, c + 1, why);
            addInvalidPreview(row, c + 1, kpiText, why, QDate::fromJulianDay(m_seriesDay.at(c)),
                              CellValues::toText(cells.at(c)));
            continue;
        }
        noteCell(kpi, cells.at(c), value);
        addValue(kpi, QDate::fromJulianDay(m_seriesDay.at(c)), value, row, c + 1, note);
    }
}

} // namespace Needle
