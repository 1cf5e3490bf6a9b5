#include "io/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Needle::OutputFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::OutputFile", text);
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const QStringList journalSuffixes = {QStringLiteral("-wal"), QStringLiteral("-shm"),
                                     QStringLiteral("-journal")};

bool sameFile(const struct stat &a, const QString &other)
{
    struct stat b;
    return ::stat(QFile::encodeName(other).constData(), &b) == 0 && a.st_dev == b.st_dev
        && a.st_ino == b.st_ino;
}

// A WAL file starts with the magic number 0x377f0682 or 0x377f0683 (big-endian).
bool hasWalHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4);
    return head == QByteArrayLiteral("\x37\x7f\x06\x82")
        || head == QByteArrayLiteral("\x37\x7f\x06\x83");
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Writes all of bytes to fd, then flushes it to the disk; false with errno set on failure.
bool writeAll(int fd, const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = ENOSPC;
            return false;
        }
        p += n;
        left -= n;
    }
    return ::fsync(fd) == 0;
}

QString writeError(const QString &path, int error)
{
    if (error == ENOSPC || error == EDQUOT)
        return diskFullMessage(path);
    return tr("Cannot write %1: %2").arg(shown(path), errnoText(error));
}

} // namespace

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

bool isJournalOfDatabase(const QString &path)
{
    for (const QString &suffix : journalSuffixes)
        if (path.endsWith(suffix) && hasSqliteHeader(path.chopped(suffix.size())))
            return true;
    return false;
}

bool check(const QString &path, const QStringList &protectedFiles, QString *errorMessage)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::stat(native.constData(), &st) != 0) {
        if (errno != ENOENT)
            return fail(errorMessage, writeError(path, errno));
        struct stat link;
        if (::lstat(native.constData(), &link) == 0)
            return fail(errorMessage,
                        tr("%1 is a link to a file that does not exist; name the file itself. "
                           "Nothing was written.")
                            .arg(shown(path)));
        if (isJournalOfDatabase(path))
            return fail(errorMessage,
                        tr("%1 is the name of a workspace's journal file; choose another name. "
                           "Nothing was written.")
                            .arg(shown(path)));
        return true;
    }
    if (!S_ISREG(st.st_mode))
        return fail(errorMessage,
                    tr("%1 is not a regular file (it is a folder, device or pipe); Needle writes "
                       "only to regular files. It was not changed.")
                        .arg(shown(path)));
    for (const QString &file : protectedFiles) {
        if (file.isEmpty())
            continue;
        if (sameFile(st, file))
            return fail(errorMessage,
                        tr("%1 is the workspace itself; choose another name for the output. It "
                           "was not changed.")
                            .arg(shown(path)));
        for (const QString &suffix : journalSuffixes)
            if (sameFile(st, file + suffix))
                return fail(errorMessage,
                            tr("%1 is a journal file of the workspace; choose another name for "
                               "the output. It was not changed.")
                                .arg(shown(path)));
    }
    if (hasSqliteHeader(path))
        return fail(errorMessage,
                    tr("%1 is an SQLite database (perhaps a Needle workspace); choose another "
                       "name for the output. It was not changed.")
                        .arg(shown(path)));
    if (hasWalHeader(path) || isJournalOfDatabase(path))
        return fail(errorMessage,
                    tr("%1 is a workspace's journal file; choose another name for the output. "
                       "It was not changed.")
                        .arg(shown(path)));
    return true;
}

bool write(const QString &path, const QByteArray &bytes, const QStringList &protectedFiles,
           QString *errorMessage)
{
    if (!check(path, protectedFiles, errorMessage))
        return false;
    // Through a symlink, the file it points to is replaced (as an editor would): the link stays.
    const QFileInfo info(path);
    const QString target = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QFileInfo targetInfo(target);
    QByteArray temp = QFile::encodeName(targetInfo.absolutePath() + QStringLiteral("/.")
                                        + targetInfo.fileName() + QStringLiteral(".XXXXXX"));
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        return fail(errorMessage, writeError(path, errno));
    mode_t mode = 0666;
    struct stat old;
    if (::stat(QFile::encodeName(target).constData(), &old) == 0) {
        mode = old.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode &= ~mask;
    }
    ::fchmod(fd, mode);
    const bool written = writeAll(fd, bytes);
    const int error = errno;
    if (::close(fd) != 0 || !written) {
        const int closeError = written ? errno : error;
        ::unlink(temp.constData());
        return fail(errorMessage, writeError(path, closeError));
    }
    // Checked again just before the rename: the target must still be a regular file or absent.
    QString why;
    if (!check(path, protectedFiles, &why)
        || ::rename(temp.constData(), QFile::encodeName(target).constData()) != 0) {
        const int renameError = errno;
        ::unlink(temp.constData());
        return fail(errorMessage, why.isEmpty() ? writeError(path, renameError) : why);
    }
    return true;
}

bool diskFull(const QString &path)
{
    const QFileInfo info(path);
    QStorageInfo storage(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    if (!storage.isValid())
        return false;
    storage.refresh();
    return storage.bytesAvailable() < 64 * 1024;
}

QString diskFullMessage(const QString &path)
{
    return tr("The disk holding %1 is full: make room on it and try again. Nothing was written.")
        .arg(shown(path));
}

} // namespace Needle::OutputFile
