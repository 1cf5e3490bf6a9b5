#pragma once

#include <QDate>
#include <QMetaType>
#include <QSet>
#include <QVector>

namespace Needle {

// What one committed write changed: the Workspace emits one of these per edit, undo, redo,
// import or meeting save, after the commit (never for a write that was rolled back). Each part
// names a kind of record, what happened to it and which records: models update those rows
// instead of reloading everything. A Reset part means "any record of this kind may have
// changed" (an import, an undone batch): re-read them all.
struct WorkspaceChange
{
    enum class Record {
        Owner,
        Kpi,
        Target,
        Benchmark,
        Value,
        Note,
        Verdict,
        Meeting,
        Source, // data sources
        Import, // import batches
        Folder, // watched folders
    };
    enum class Kind { Inserted, Updated, Removed, Reset };

    struct Part
    {
        Record record = Record::Kpi;
        Kind kind = Kind::Updated;
        QVector<qint64> ids; // the records' ids (KPI ids for Kpi; empty for Value and Reset)
        qint64 kpiId = 0; // the KPI the records belong to (0 for Kpi, Owner, Meeting, Reset)
        QDate from, to; // Value: the first and last date that changed (inclusive)

        bool operator==(const Part &o) const
        {
            return record == o.record && kind == o.kind && ids == o.ids && kpiId == o.kpiId
                && from == o.from && to == o.to;
        }
    };

    QVector<Part> parts;

    // Adds a record to the part of the same record, kind and KPI (or a new part).
    void add(Record record, Kind kind, qint64 id, qint64 kpiId = 0);
    // Values of one KPI between two dates changed (merged with its other value changes).
    void addValues(qint64 kpiId, const QDate &from, const QDate &to);
    void addReset(Record record);
    void append(const WorkspaceChange &other);

    bool isEmpty() const { return parts.isEmpty(); }
    bool touches(Record record) const;
    bool isReset(Record record) const;
    // The ids of the records of this kind that had this happen to them.
    QVector<qint64> ids(Record record, Kind kind) const;
    // The KPIs whose records of this kind changed (a KPI's own id for Kpi parts).
    QSet<qint64> kpiIds(Record record) const;
    // Whether anything of this KPI may have changed: its definition, targets, benchmarks,
    // values or verdicts, or a Reset of any of them.
    bool touchesKpi(qint64 kpiId) const;
};

} // namespace Needle

Q_DECLARE_METATYPE(Needle::WorkspaceChange)
