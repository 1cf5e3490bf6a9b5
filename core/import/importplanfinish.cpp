#include "import/importplanner.h"

#include "storage/bulkvalues.h"
#include "workspace/recordfields.h"

#include <QCoreApplication>
#include <algorithm>

namespace Needle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::ImportPlanner", text);
}

QString noteOf(const ImportPlanData &data, const ImportPlanData::Value &v)
{
    return v.note >= 0 ? data.notes.at(v.note) : QString();
}

} // namespace

Cadence cadenceFromGap(qint64 medianDays)
{
    if (medianDays <= 2)
        return Cadence::Daily;
    if (medianDays <= 10)
        return Cadence::Weekly;
    if (medianDays <= 45)
        return Cadence::Monthly;
    return Cadence::Quarterly;
}

namespace {

// Sorts the values by (KPI, day, row): a stable pass that groups them by KPI (kept in the
// order they were read), then each KPI's values by day and row, which is no work for a file in
// date order (the usual export of a database or a tool).
void sortValues(QVector<ImportPlanData::Value> *values, int kpis)
{
    QVector<qsizetype> start(kpis + 1, 0);
    for (const ImportPlanData::Value &v : std::as_const(*values))
        ++start[v.kpi + 1];
    for (int k = 0; k < kpis; ++k)
        start[k + 1] += start[k];
    QVector<ImportPlanData::Value> sorted(values->size());
    QVector<qsizetype> next = start;
    for (const ImportPlanData::Value &v : std::as_const(*values))
        sorted[next[v.kpi]++] = v;
    *values = QVector<ImportPlanData::Value>(); // one copy at a time in memory
    const auto before = [](const ImportPlanData::Value &a, const ImportPlanData::Value &b) {
        return a.day != b.day ? a.day < b.day : a.row < b.row;
    };
    for (int k = 0; k < kpis; ++k) {
        const auto from = sorted.begin() + start.at(k);
        const auto to = sorted.begin() + start.at(k + 1);
        if (!std::is_sorted(from, to, before))
            std::sort(from, to, before);
    }
    *values = std::move(sorted);
}

} // namespace

void ImportPlanner::finish(bool compareWithStored)
{
    QVector<ImportPlanData::Value> &values = m_data->values;
    sortValues(&values, int(m_data->kpis.size()));
    // The same KPI and date twice: the same value is counted once, different values are an
    // error on both rows, never resolved silently.
    int first = 0;
    for (int i = 1; i < values.size(); ++i) {
        ImportPlanData::Value &v = values[i];
        const ImportPlanData::Value &f = values.at(first);
        if (v.kpi != f.kpi || v.day != f.day) {
            first = i;
            continue;
        }
        const ImportPlanData::KpiEntry &k = m_data->kpis.at(v.kpi);
        const QString date = QDate::fromJulianDay(v.day).toString(Qt::ISODate);
        if (v.value == f.value && noteOf(*m_data, v) == noteOf(*m_data, f)) {
            warning(v.row, v.column,
                    tr("Repeats the value of %1 for %2 from row %3; it is "
                       "stored once.")
                        .arg(k.name, date)
                        .arg(f.row));
        } else {
            const QString message = tr("%1 has two values for %2: %3 in row %4 and %5 in row %6.")
                                        .arg(k.name, date, shortestNumber(f.value))
                                        .arg(f.row)
                                        .arg(shortestNumber(v.value))
                                        .arg(v.row);
            error(f.row, f.column, message);
            error(v.row, v.column, message);
        }
        if (v.preview >= 0) {
            m_plan->preview[v.preview].status = PreviewRow::Status::Invalid;
            m_plan->preview[v.preview].message = m_plan->issues.constLast().message;
        }
        v.kpi = -1; // dropped below
    }
    dropInvalidRows();
    inferCadences();
    for (const ImportPlanData::KpiEntry &k : std::as_const(m_data->kpis))
        if (k.id == 0)
            m_plan->kpisToCreate << newKpi(k);
    m_plan->createOwners = m_options.createOwners;
    m_plan->invalidRows = m_invalidRows.size();
    if (compareWithStored)
        compare();
    checkPlausibility();
    m_plan->data = m_data;
}

NewKpi ImportPlanner::newKpi(const ImportPlanData::KpiEntry &k) const
{
    NewKpi n;
    n.key = k.key;
    n.name = k.name;
    n.cadence = k.cadence;
    n.unit = k.unit;
    n.currency = k.currency;
    n.owner = k.ownerName;
    KpiGuess::guess(&n, k.cells, k.unitFromColumn);
    const auto edited = m_options.kpiDefinitions.constFind(ColumnMapping::kpiMatchName(k.name));
    if (edited != m_options.kpiDefinitions.constEnd()) {
        n.unit = edited->unit;
        n.currency = edited->unit == Unit::Currency ? edited->currency : QString();
        n.decimals = edited->decimals;
        n.direction = edited->direction;
        n.edited = true;
    }
    return n;
}

void ImportPlanner::dropInvalidRows()
{
    QVector<ImportPlanData::Value> &values = m_data->values;
    const auto invalid = [this](const ImportPlanData::Value &v) {
        return v.kpi < 0 || m_invalidRows.contains(v.row);
    };
    for (const ImportPlanData::Value &v : std::as_const(values)) {
        if (v.preview >= 0 && invalid(v)
            && m_plan->preview.at(v.preview).status != PreviewRow::Status::Invalid) {
            m_plan->preview[v.preview].status = PreviewRow::Status::Invalid;
            m_plan->preview[v.preview].message = tr("The row has errors.");
        }
    }
    if (!m_invalidRows.isEmpty() || std::any_of(values.cbegin(), values.cend(), invalid))
        values.erase(std::remove_if(values.begin(), values.end(), invalid), values.end());
    // A KPI to be created whose values were all dropped is not created.
    QVector<bool> used(m_data->kpis.size(), false);
    for (const ImportPlanData::Value &v : std::as_const(values))
        used[v.kpi] = true;
    QVector<int> newIndex(m_data->kpis.size(), -1);
    QVector<ImportPlanData::KpiEntry> kept;
    for (int i = 0; i < m_data->kpis.size(); ++i) {
        if (used.at(i) || m_data->kpis.at(i).id != 0) {
            newIndex[i] = int(kept.size());
            kept << m_data->kpis.at(i);
        }
    }
    if (kept.size() != m_data->kpis.size()) {
        for (ImportPlanData::Value &v : values)
            v.kpi = newIndex.at(v.kpi);
        m_data->kpis = kept;
    }
}

void ImportPlanner::inferCadences()
{
    const QVector<ImportPlanData::Value> &values = m_data->values;
    for (int start = 0; start < values.size();) {
        int end = start;
        while (end < values.size() && values.at(end).kpi == values.at(start).kpi)
            ++end;
        ImportPlanData::KpiEntry &k = m_data->kpis[values.at(start).kpi];
        if (k.id == 0 && end - start >= 2) {
            QVector<qint32> gaps;
            for (int i = start + 1; i < end; ++i)
                gaps << values.at(i).day - values.at(i - 1).day;
            std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
            k.cadence = cadenceFromGap(gaps.at(gaps.size() / 2));
        }
        start = end;
    }
}

void ImportPlanner::compare()
{
    BulkValues store(m_db);
    QVector<BulkValues::Stored> stored;
    const QVector<ImportPlanData::Value> &values = m_data->values;
    for (int start = 0; start < values.size();) {
        int end = start;
        while (end < values.size() && values.at(end).kpi == values.at(start).kpi)
            ++end;
        const ImportPlanData::KpiEntry &k = m_data->kpis.at(values.at(start).kpi);
        stored.clear();
        QString error;
        if (k.id > 0
            && !store.read(k.id, values.at(start).day, values.at(end - 1).day, &stored, &error))
            m_plan->issues << ImportIssue{
                ImportIssue::Severity::Error, m_plan->fileName, m_plan->sheet, 0, 0, error};
        int s = 0;
        for (int i = start; i < end; ++i) {
            const ImportPlanData::Value &v = values.at(i);
            while (s < stored.size() && stored.at(s).day < v.day)
                ++s;
            PreviewRow *p = v.preview >= 0 ? &m_plan->preview[v.preview] : nullptr;
            if (s < stored.size() && stored.at(s).day == v.day) {
                const BulkValues::Stored &old = stored.at(s);
                if (old.value == v.value && (!m_data->hasNotes || old.note == noteOf(*m_data, v))) {
                    ++m_plan->unchangedValues;
                    if (p)
                        p->status = PreviewRow::Status::Unchanged;
                } else {
                    ++m_plan->changedValues;
                    if (p) {
                        p->status = PreviewRow::Status::Changed;
                        p->oldValue = old.value;
                    }
                }
            } else {
                ++m_plan->newValues;
            }
        }
        start = end;
    }
}

} // namespace Needle
