#pragma once

#include "domain/kpi.h"
#include "import/cellvalues.h"
#include "import/importer.h"
#include "import/importplandata.h"

#include <QHash>
#include <QSet>

namespace Needle {

// The cadence a median spacing of dates stands for (up to 2 days: daily, 10: weekly, 45:
// monthly, else quarterly).
Cadence cadenceFromGap(qint64 medianDays);

// Builds an ImportPlan row by row: resolves KPIs, parses dates and values, collects issues
// naming the file, sheet, row and column, then sorts the values, reports conflicting
// duplicates, infers the cadence of new KPIs and compares with what is stored.
class ImportPlanner
{
public:
    ImportPlanner(const QSqlDatabase &db, ImportPlan *plan, const ImportOptions &options);

    QStringList kpiKeysAndNames() const; // for LayoutDetector
    // Chooses the mapping and, unless given, detects how numbers and dates are written from
    // the first rows; false (with an issue) when the mapping is incomplete.
    bool setMapping(const ColumnMapping &mapping, const QVector<Row> &firstRows);
    void addRow(qint64 index, const Row &row);
    // Sorts and checks the collected values; compareWithStored fills the new / changed /
    // unchanged counts and the preview's old values.
    void finish(bool compareWithStored);

    void error(qint64 row, int column, const QString &message); // 1-based row and column
    void warning(qint64 row, int column, const QString &message);

private:
    int kpiIndex(const QString &text, qint64 row, int column);
    void addValue(int kpi, const QDate &date, double value, qint64 row, int column,
                  const QString &note);
    // date: the row's date when it was read (the value is the faulty cell); text: the faulty
    // cell as read.
    void addInvalidPreview(qint64 row, int column, const QString &kpi, const QString &message,
                           const QDate &date = QDate(), const QString &text = QString());
    void addLong(qint64 row, const Row &cells);
    void addWide(qint64 row, const Row &cells);
    void addTransposed(qint64 row, const Row &cells);
    // Owner and unit columns: read once per KPI (a new KPI's owner and unit; for an existing
    // KPI, a warning when the unit differs from its own).
    void noteKpiDetails(int kpi, const Row &cells, qint64 row);
    void noteUnitOfExisting(const ImportPlanData::KpiEntry &k, const QString &unit, qint64 row,
                            int column);
    void noteMissingOwner(ImportPlanData::KpiEntry *k, const QString &owner, qint64 row,
                          int column);
    void noteCell(int kpi, const Cell &cell, double value); // unit and decimals evidence
    NewKpi newKpi(const ImportPlanData::KpiEntry &k) const; // guessed, or as the user chose
    // Warnings about values that look wrong for an existing KPI: an order of magnitude away
    // from its stored values, another unit, dates spaced unlike its cadence (importplausibility).
    void checkPlausibility();
    void checkKpi(const ImportPlanData::KpiEntry &k, const Kpi &kpi, int start, int end);
    void detectFormats(const QVector<Row> &firstRows);
    void dropInvalidRows();
    void inferCadences();
    void compare();

    QSqlDatabase m_db;
    ImportPlan *m_plan;
    ImportOptions m_options;
    std::shared_ptr<ImportPlanData> m_data;
    ColumnMapping m_mapping;
    CellValues::Formats m_formats;
    QVector<Kpi> m_existing;
    QHash<QString, int> m_existingByText; // lower-case key and name -> index in m_existing
    QHash<QString, int> m_resolved; // text as in the file -> index in m_data->kpis, -1 unknown
    QHash<qint64, int> m_entryOfExisting; // KPI id -> index in m_data->kpis
    QSet<QString> m_usedKeys;
    QSet<QString> m_createOnly;
    QHash<QString, qint64> m_ownersByName;
    QString m_lastText;
    int m_lastKpi = -1;
    QVector<int> m_seriesKpi; // wide: per column, the KPI index (-1 unknown)
    QVector<qint32> m_seriesDay; // transposed: per column, the period's Julian day (0 invalid)
    QSet<qint32> m_invalidRows;
    int m_noteColumn = -1;
    int m_unmappedRows = 0; // rows skipped for having data only in ignored columns
};

} // namespace Needle
