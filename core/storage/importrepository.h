#pragma once

#include "domain/importbatch.h"
#include "domain/kpi.h"
#include "domain/measurement.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace Needle {

// A column mapping remembered for a source: files whose name matches the pattern and whose
// header has the same signature import with it, without questions.
struct SavedMapping
{
    qint64 id = 0;
    QString name;
    QString filePattern; // wildcard, from the file name with its digits generalised
    QString header; // ColumnMapping::headerSignature()
    QString mapping; // ColumnMapping::toJson(), compact
    QDateTime createdAt;
};

// SQL for import batches and what they replaced, saved mappings and watched folders.
class ImportRepository
{
public:
    explicit ImportRepository(const QSqlDatabase &db) : m_db(db) {}

    QVector<ImportBatch> batches(QString *errorMessage = nullptr) const; // newest first
    std::optional<ImportBatch> batch(qint64 id) const;
    // A new batch (its id from the database) and, once its values are written, their count.
    bool insertBatch(ImportBatch *batch, QString *errorMessage);
    bool setValuesWritten(qint64 batchId, qint64 valuesWritten, QString *errorMessage);
    // The latest batch, not undone, of a file with that SHA-256 (a file already imported).
    std::optional<ImportBatch> batchBySha(const QString &sha256, const QString &sheet) const;

    // Undoes a batch inside the caller's transaction: every value still carrying the batch is
    // removed or set back to the value it replaced (with its own batch, row and note); values
    // edited since are left alone and counted in *keptValues. Refused when a later batch
    // that is not undone replaced values of this one (undo that first). *removed receives
    // the batch's values as they were, so the undo can be redone. KPIs the batch created are
    // removed too when nothing else of them remains (no values, targets, benchmarks, notes,
    // verdicts, definition edits or formulas naming them); *removedKpis receives them.
    bool undoBatch(qint64 batchId, QVector<Measurement> *removed, qint64 *keptValues,
                   QString *errorMessage, QVector<Kpi> *removedKpis = nullptr);
    // Redoes an undone batch inside the caller's transaction: writes the KPIs the undo removed
    // (with their ids) and the values back.
    bool redoBatch(qint64 batchId, const QVector<Measurement> &values, QString *errorMessage,
                   const QVector<Kpi> &kpis = {});

    // The saved mappings whose file pattern matches the name, newest first (the caller
    // compares the header signature at each mapping's header row).
    QVector<SavedMapping> mappingsFor(const QString &fileName) const;
    bool saveMapping(SavedMapping *mapping, QString *errorMessage); // replaces same pattern+header
    QVector<SavedMapping> mappings() const;
    bool removeMapping(qint64 id, QString *errorMessage);
    // "sales-2024-03.csv" -> "sales-*-*.csv"
    static QString patternForFileName(const QString &fileName);

    QVector<WatchedFolder> watchedFolders() const;
    bool addWatchedFolder(WatchedFolder *folder, QString *errorMessage);
    bool setWatchedFolderEnabled(qint64 id, bool enabled, QString *errorMessage);
    bool removeWatchedFolder(qint64 id, QString *errorMessage);

private:
    QSqlDatabase m_db;
};

} // namespace Needle
