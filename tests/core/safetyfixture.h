#pragma once

// What the data-safety tests share: running the real `needle`, making workspaces, damaging
// them, filling a small tmpfs, and looking at what files a command left behind.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/mount.h>
#include <sys/stat.h>

namespace SafetyFixture {

struct Run
{
    int status = -1; // -1: crashed (a signal) or timed out
    QByteArray out;
    QByteArray err;
    bool crashed = false;
    bool timedOut = false;
};

inline Run needle(const QStringList &args, const QString &workingDir = QString(),
                  const QString &stdoutFile = QString(), int timeoutMs = 60000)
{
    Run r;
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start(QStringLiteral(NEEDLE_BINARY), args);
    if (!p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.status = r.crashed ? -1 : p.exitCode();
    return r;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// A demo workspace at path with a fixed as-of date (tests never depend on today).
inline bool makeDemo(const QString &path)
{
    const Run r = needle(
        {QStringLiteral("demo"), path, QStringLiteral("--as-of"), QStringLiteral("2026-11-21")});
    return r.status == 0 && QFileInfo(path).isFile();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The -wal, -shm and -journal files beside path that exist.
inline QStringList journalsLeft(const QString &path)
{
    QStringList left;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            left << QFileInfo(path).fileName() + QLatin1String(suffix);
    return left;
}

// Whether a message is for people: printable text and line ends only, no raw bytes.
inline bool isPrintable(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return false;
    for (const QChar c : text)
        if (!c.isPrint() && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            return false;
    return true;
}

inline bool isCharDevice(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

// A tmpfs of `size` mounted on dir (unmounted by the returned guard); empty on failure.
class Tmpfs
{
public:
    explicit Tmpfs(const QString &dir, const char *size = "size=1m") : m_dir(dir)
    {
        QDir().mkpath(dir);
        m_mounted = ::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, size) == 0;
    }
    ~Tmpfs()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    // Fills the file system to the last byte with one file, `filler`.
    void fill() const
    {
        QFile f(m_dir + QStringLiteral("/filler"));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return;
        const QByteArray chunk(4096, 'x');
        while (f.write(chunk) == chunk.size()) {
        }
        const QByteArray one(1, 'x');
        while (f.write(one) == 1) {
        }
    }

private:
    QString m_dir;
    bool m_mounted = false;
};

#define SAFETY_TMPFS(guard, dir) \
    SafetyFixture::Tmpfs guard(dir); \
    if (!guard.mounted()) \
        QSKIP("Mounting a small tmpfs is not permitted here (needs root); the disk-full case " \
              "runs in CI, which runs as root.");

} // namespace SafetyFixture
