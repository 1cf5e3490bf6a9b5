#pragma once

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QString>
#include <memory>

class QuaZip;

namespace Needle {

// A ZIP package (XLSX, ODS) read defensively: entries are never extracted to disk; duplicate
// or unsafe entry names reject the package; the bytes actually inflated are counted against
// a cap per entry and a compression-ratio cap (the sizes in the headers are not trusted);
// every entry read to its end has its CRC checked.
class ZipPackage
{
public:
    ZipPackage();
    ~ZipPackage();

    // False with a translated reason ("the archive is damaged or truncated") on failure.
    bool open(const QString &path, QString *error);

    // Entry names are matched ignoring case, as OOXML part names are.
    bool contains(const QString &name) const;

    // Reads a whole entry of at most maxBytes inflated bytes.
    bool read(const QString &name, qint64 maxBytes, QByteArray *out, QString *error);

    // Streams an entry (for QXmlStreamReader); the device's errorString() says why it stopped
    // early. Null with *error when the entry cannot be opened.
    std::unique_ptr<QIODevice> stream(const QString &name, QString *error);

    // Why a device from stream() stopped early (zip bomb, damaged entry); empty when it did not.
    static QString streamError(const QIODevice *device);
    // Reads what is left of a stream so that its checksum is verified; false when it fails.
    static bool drain(QIODevice *device);

    static constexpr qint64 maxEntryBytes = qint64(2) << 30; // inflated, per entry
    static constexpr qint64 ratioFreeBytes = 16 << 20; // ratio not checked below this
    static constexpr int maxRatio = 400; // inflated / compressed bytes

private:
    std::unique_ptr<QuaZip> m_zip;
    QString m_path;
    qint64 m_fileSize = 0;
    struct Entry
    {
        QString name;
        qint64 compressed = 0;
    };
    QHash<QString, Entry> m_entries; // by lower-case name
};

} // namespace Needle
