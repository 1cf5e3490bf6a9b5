#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace Needle {

// Owns one SQLite connection to a workspace file: opens it (refusing anything that is not a
// workspace of this or an older schema version), sets the pragmas, and runs the migrations.
// A connection belongs to the thread that opened it: worker threads open their own.
class Database
{
public:
    enum class Mode {
        OpenExisting, // the file must be an undamaged workspace; older schemas are upgraded
        CreateNew, // the file must not exist (or be an empty regular file); a fresh workspace
        ReadOnly, // the file must be a workspace of the current schema; never written, and
                  // no -wal/-shm file is left behind once the last connection closes
    };

    static constexpr int CurrentVersion = 2;
    static constexpr int ApplicationId = 0x4E45444C; // "NEDL"

    static std::unique_ptr<Database> open(const QString &path, Mode mode, QString *errorMessage);
    // A fresh in-memory workspace, for tests and previews.
    static std::unique_ptr<Database> openInMemory(QString *errorMessage);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // SQLite's quick_check of every page and table. False with a message that names the file,
    // says what is damaged (printable text only) and how to recover it with sqlite3 .recover.
    // OpenExisting runs it: Needle never writes into a damaged workspace.
    bool checkIntegrity(QString *errorMessage) const;
    static QString damagedMessage(const QString &path, const QString &detail);

    // Reads the schema version of a file without changing it; -1 if it is not a workspace.
    static int peekVersion(const QString &path, QString *errorMessage);

private:
    Database(const QString &path, const QString &connectionName);
    bool configure(bool memory, bool readOnly, QString *errorMessage);

    QString m_path;
    QString m_connectionName;
};

} // namespace Needle
