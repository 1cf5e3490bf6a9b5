#include "storage/database.h"

#include "storage/migrations.h"
#include "io/outputfile.h"
#include "storage/sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlError>
#include <QUrl>

namespace Needle {

namespace {

QAtomicInt connectionCounter;

QString nextConnectionName()
{
    return QStringLiteral("needle-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::Database", text);
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

// Points a read-only connection at the file. A WAL database needs its -shm file beside it;
// in a read-only folder where nobody has the file open (no -shm), SQLite cannot create one and
// refuses the file, so it is opened as immutable instead: nothing is writing it then, and
// nothing can start to without write access to the folder. Where Needle may write, the
// connection is a read-write one kept to reading by PRAGMA query_only (see configure): a
// SQLITE_OPEN_READONLY connection cannot remove the -wal and -shm files it made when it is the
// last to close, and would leave them behind.
void setReadOnlyTarget(QSqlDatabase &db, const QString &path, const QString &options,
                       bool strict = false)
{
    const QFileInfo info(path);
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (!folderWritable && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        db.setDatabaseName(
            QString::fromUtf8(QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded())
            + QStringLiteral("?immutable=1"));
        db.setConnectOptions(options + QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        return;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(folderWritable && info.isWritable() && !strict
                             ? options
                             : options + QStringLiteral(";QSQLITE_OPEN_READONLY"));
}

// What SQLite or a damaged file says, as printable text of one line: never raw bytes.
QString printable(const QString &text)
{
    QString clean;
    for (const QChar c : text) {
        if (clean.size() >= 200) {
            clean += QStringLiteral("...");
            break;
        }
        clean += c.isPrint() ? c : QLatin1Char(' ');
    }
    return clean.simplified();
}

// The message for a file SQLite could not open or read: a full disk is named as such (a
// healthy workspace is not "not a workspace" because there is no room for its -shm file).
QString openFailure(const QString &path, const QString &otherwise, bool creating = false)
{
    if (creating && OutputFile::diskFull(path))
        return OutputFile::diskFullMessage(path);
    if (OutputFile::diskFull(path))
        return QCoreApplication::translate(
                   "Needle::Database",
                   "The disk holding %1 is full, and SQLite needs room beside the workspace to "
                   "open it: make room on the disk and try again. It was not changed.")
            .arg(QFileInfo(path).fileName());
    return otherwise;
}

struct Identity
{
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

// Without a -wal file beside it, the database header is the whole truth: application_id and
// user_version are read from it directly, so that refusing a file (another program's
// database, a newer workspace) leaves not even a -shm or -wal file behind.
bool readHeaderIdentity(const QString &path, Identity *identity)
{
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return false;
    auto bigEndian = [&](int offset) {
        return int((quint32(quint8(header.at(offset))) << 24)
                   | (quint32(quint8(header.at(offset + 1))) << 16)
                   | (quint32(quint8(header.at(offset + 2))) << 8)
                   | quint32(quint8(header.at(offset + 3))));
    };
    identity->userVersion = bigEndian(60);
    identity->applicationId = bigEndian(68);
    identity->objectCount = -1; // not read
    return true;
}

// Reads application_id, user_version and whether the file has tables, read-only.
bool readIdentity(const QString &path, Identity *identity, QString *errorMessage)
{
    if (readHeaderIdentity(path, identity))
        return true;
    const QString name = nextConnectionName();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Strictly read-only: the file may be another program's database.
        setReadOnlyTarget(db, path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"), true);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
            if (ok)
                identity->applicationId = q.value(0).toInt();
            ok = ok && q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            if (ok)
                identity->userVersion = q.value(0).toInt();
            ok = ok && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
            if (ok)
                identity->objectCount = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        return fail(errorMessage,
                    openFailure(path,
                                QCoreApplication::translate(
                                    "Needle::Database",
                                    "%1 is not a Needle workspace: it cannot be read as an "
                                    "SQLite database.")
                                    .arg(QFileInfo(path).fileName())));
    return true;
}

bool checkIsWorkspace(const QString &path, const Identity &id, QString *errorMessage)
{
    const QString file = QFileInfo(path).fileName();
    if (id.applicationId != Database::ApplicationId)
        return fail(errorMessage,
                    QCoreApplication::translate(
                        "Needle::Database",
                        "%1 is an SQLite database but not a Needle workspace. It was not changed.")
                        .arg(file));
    if (id.userVersion > Database::CurrentVersion)
        return fail(errorMessage,
                    QCoreApplication::translate(
                        "Needle::Database",
                        "%1 was written by a newer version of Needle (workspace format %2; this "
                        "version reads up to %3). It was not changed.")
                        .arg(file)
                        .arg(id.userVersion)
                        .arg(Database::CurrentVersion));
    if (id.userVersion < 1)
        return fail(
            errorMessage,
            QCoreApplication::translate("Needle::Database",
                                        "%1 is an incomplete Needle workspace. It was not changed.")
                .arg(file));
    return true;
}

} // namespace

Database::Database(const QString &path, const QString &connectionName)
    : m_path(path), m_connectionName(connectionName)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

int Database::peekVersion(const QString &path, QString *errorMessage)
{
    if (!QFileInfo(path).isFile()) {
        fail(errorMessage, tr("%1 does not exist.").arg(path));
        return -1;
    }
    if (!hasSqliteHeader(path)) {
        fail(errorMessage, tr("%1 is not a Needle workspace.").arg(QFileInfo(path).fileName()));
        return -1;
    }
    Identity id;
    if (!readIdentity(path, &id, errorMessage))
        return -1;
    if (id.applicationId != ApplicationId) {
        fail(errorMessage,
             tr("%1 is an SQLite database but not a Needle workspace.")
                 .arg(QFileInfo(path).fileName()));
        return -1;
    }
    return id.userVersion;
}

namespace {

// CreateNew: nothing but an empty regular file (or no file) is ever replaced; never a device,
// folder or pipe, never a file with something in it.
bool checkCreatable(const QFileInfo &info, QString *errorMessage)
{
    if (!info.exists() && !info.isSymLink())
        return true;
    if (!info.isFile())
        return fail(errorMessage,
                    QCoreApplication::translate("Needle::Database",
                                                "%1 exists and is not a regular file (it is a "
                                                "folder, device, pipe or broken link); it was "
                                                "not changed.")
                        .arg(info.filePath()));
    if (info.size() > 0)
        return fail(errorMessage,
                    QCoreApplication::translate("Needle::Database",
                                                "%1 already exists; it was not overwritten.")
                        .arg(info.filePath()));
    return true;
}

bool checkExisting(const QString &path, Database::Mode mode, QString *errorMessage)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(
            errorMessage,
            QCoreApplication::translate("Needle::Database", "%1 does not exist.").arg(path));
    if (!info.isFile() || !hasSqliteHeader(path))
        return fail(errorMessage,
                    QCoreApplication::translate("Needle::Database",
                                                "%1 is not a Needle workspace. It was not changed.")
                        .arg(info.fileName()));
    Identity id;
    if (!readIdentity(path, &id, errorMessage) || !checkIsWorkspace(path, id, errorMessage))
        return false;
    if (mode == Database::Mode::ReadOnly && id.userVersion != Database::CurrentVersion)
        return fail(
            errorMessage,
            QCoreApplication::translate("Needle::Database",
                                        "%1 uses an older workspace format; open it once in Needle "
                                        "to upgrade it.")
                .arg(info.fileName()));
    return true;
}

// The files a failed CreateNew removes again: those that were not there before it.
struct CreatedFiles
{
    explicit CreatedFiles(const QString &path) : m_path(path)
    {
        for (const QString &suffix : suffixes())
            m_existed << QFileInfo::exists(path + suffix);
    }
    void removeCreated() const
    {
        const QStringList list = suffixes();
        for (int i = 0; i < list.size(); ++i) {
            if (!m_existed.at(i))
                QFile::remove(m_path + list.at(i));
            else if (list.at(i).isEmpty())
                QFile::resize(m_path, 0); // the empty file it was
        }
    }
    static QStringList suffixes()
    {
        return {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                QStringLiteral("-journal")};
    }
    QString m_path;
    QList<bool> m_existed;
};

} // namespace

std::unique_ptr<Database> Database::open(const QString &path, Mode mode, QString *errorMessage)
{
    if (mode == Mode::CreateNew ? !checkCreatable(QFileInfo(path), errorMessage)
                                : !checkExisting(path, mode, errorMessage))
        return nullptr;
    const CreatedFiles created(path);
    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    auto failed = [&](const QString &message) {
        database.reset();
        if (mode == Mode::CreateNew)
            created.removeCreated(); // nothing is left behind: no 0-byte file, no -wal/-shm
        fail(errorMessage, openFailure(path, message, mode == Mode::CreateNew));
        return nullptr;
    };
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        const QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (mode == Mode::ReadOnly) {
            setReadOnlyTarget(db, path, options);
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(options);
        }
        if (!db.open())
            return failed(
                tr("Cannot open %1: %2").arg(path, printable(db.lastError().databaseText())));
    }
    QString error;
    if (!database->configure(false, mode == Mode::ReadOnly, &error)) {
        // A file too damaged for its first statements is named damaged, with the way out.
        if (mode != Mode::CreateNew && !database->checkIntegrity(&error))
            return failed(error);
        return failed(tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), printable(error)));
    }
    if (mode == Mode::OpenExisting && !database->checkIntegrity(&error))
        return failed(error);
    if (mode != Mode::ReadOnly && !Migrations::upgrade(database->connection(), &error))
        return failed(error);
    return database;
}

bool Database::checkIntegrity(QString *errorMessage) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA quick_check(3)"))) {
        problems << q.lastError().databaseText();
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        if (q.lastError().isValid())
            problems << q.lastError().databaseText();
    }
    if (problems.isEmpty())
        return true;
    if (OutputFile::diskFull(m_path))
        return fail(errorMessage, openFailure(m_path, QString()));
    return fail(errorMessage, damagedMessage(m_path, problems.join(QStringLiteral("; "))));
}

QString Database::damagedMessage(const QString &path, const QString &detail)
{
    const QString name = QFileInfo(path).fileName();
    return tr("%1 is damaged (%2). Needle neither reads from nor writes into a damaged "
              "workspace, so nothing was done. To save what can still be read, run: sqlite3 "
              "\"%1\" .recover | sqlite3 recovered.needle, then open recovered.needle.")
        .arg(name, printable(detail));
}

std::unique_ptr<Database> Database::openInMemory(QString *errorMessage)
{
    std::unique_ptr<Database> database(new Database(QString(), nextConnectionName()));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            fail(errorMessage, tr("Cannot open an in-memory database."));
            return nullptr;
        }
    }
    if (!database->configure(true, false, errorMessage)
        || !Migrations::upgrade(database->connection(), errorMessage))
        return nullptr;
    return database;
}

bool Database::configure(bool memory, bool readOnly, QString *errorMessage)
{
    const QSqlDatabase db = connection();
    if (!Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), errorMessage))
        return false;
    if (readOnly)
        return db.connectOptions().contains(QLatin1String("READONLY"))
            || Sql::exec(db, QStringLiteral("PRAGMA query_only = ON"), errorMessage);
    if (!memory) {
        if (!Sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), errorMessage)
            || !Sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), errorMessage))
            return false;
    }
    return true;
}

} // namespace Needle
