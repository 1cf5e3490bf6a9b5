#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
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
// nothing can start to without write access to the folder.
void setReadOnlyTarget(QSqlDatabase &db, const QString &path, const QString &options)
{
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isWritable()
        && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        db.setDatabaseName(
            QString::fromUtf8(QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded())
            + QStringLiteral("?immutable=1"));
        db.setConnectOptions(options + QStringLiteral(";QSQLITE_OPEN_URI"));
        return;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(options);
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
        setReadOnlyTarget(db, path,
                          QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
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
                    QCoreApplication::translate(
                        "Needle::Database",
                        "%1 is not a Needle workspace: it cannot be read as an SQLite database.")
                        .arg(QFileInfo(path).fileName()));
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

std::unique_ptr<Database> Database::open(const QString &path, Mode mode, QString *errorMessage)
{
    const QFileInfo info(path);
    if (mode == Mode::CreateNew) {
        if (info.exists() && info.size() > 0) {
            fail(errorMessage, tr("%1 already exists; it was not overwritten.").arg(path));
            return nullptr;
        }
    } else {
        if (!info.exists()) {
            fail(errorMessage, tr("%1 does not exist.").arg(path));
            return nullptr;
        }
        if (!info.isFile() || !hasSqliteHeader(path)) {
            fail(errorMessage,
                 tr("%1 is not a Needle workspace. It was not changed.").arg(info.fileName()));
            return nullptr;
        }
        Identity id;
        if (!readIdentity(path, &id, errorMessage) || !checkIsWorkspace(path, id, errorMessage))
            return nullptr;
        if (mode == Mode::ReadOnly && id.userVersion != CurrentVersion) {
            fail(errorMessage,
                 tr("%1 uses an older workspace format; open it once in Needle "
                    "to upgrade it.")
                     .arg(info.fileName()));
            return nullptr;
        }
    }

    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        const QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (mode == Mode::ReadOnly) {
            setReadOnlyTarget(db, path, options + QStringLiteral(";QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(options);
        }
        if (!db.open()) {
            fail(errorMessage, tr("Cannot open %1.").arg(path));
            return nullptr;
        }
    }
    if (!database->configure(false, errorMessage))
        return nullptr;
    if (mode != Mode::ReadOnly && !Migrations::upgrade(database->connection(), errorMessage)) {
        if (mode == Mode::CreateNew) {
            database.reset();
            QFile::remove(path);
        }
        return nullptr;
    }
    return database;
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
    if (!database->configure(true, errorMessage)
        || !Migrations::upgrade(database->connection(), errorMessage))
        return nullptr;
    return database;
}

bool Database::configure(bool memory, QString *errorMessage)
{
    const QSqlDatabase db = connection();
    if (!Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), errorMessage))
        return false;
    if (!memory && !db.connectOptions().contains(QLatin1String("READONLY"))) {
        if (!Sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), errorMessage)
            || !Sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), errorMessage))
            return false;
    }
    return true;
}

} // namespace Needle
