#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Needle {

// Where Needle writes a file a user named (a PDF, a CSV, a new workspace): the rules that keep
// a typo from destroying data. A target must be a regular file or not exist; it must not be
// one of the protected workspaces (compared by device and inode after following symlinks, so
// ./w.needle and a symlink to it are the same file), nor their -wal/-shm/-journal files, nor
// any SQLite database. Bytes are written to a temporary file in the same folder and renamed
// over the target only when everything was written: a failure leaves the old file (or none).
namespace OutputFile {

// Whether `path` may be written; otherwise *errorMessage says why, naming the file.
bool check(const QString &path, const QStringList &protectedFiles, QString *errorMessage);
// check(), then writes `bytes` to `path` in one piece.
bool write(const QString &path, const QByteArray &bytes, const QStringList &protectedFiles,
           QString *errorMessage);
// Whether the file system holding `path` (or its folder) has (almost) no room left.
bool diskFull(const QString &path);
// "The disk holding NAME is full: ...", for any write that failed for lack of space.
QString diskFullMessage(const QString &path);
// Whether a path could be a workspace's journal: NAME-wal, NAME-shm or NAME-journal beside an
// SQLite file NAME.
bool isJournalOfDatabase(const QString &path);
// Whether the file at path starts with "SQLite format 3\0" (false when it cannot be read).
bool hasSqliteHeader(const QString &path);

} // namespace OutputFile

} // namespace Needle
