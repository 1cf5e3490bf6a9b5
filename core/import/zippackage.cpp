#include "import/zippackage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace Needle {

namespace {

// One entry as a device, counting what it inflates.
class EntryDevice : public QIODevice
{
public:
    EntryDevice(QuaZip *zip, const QString &name, qint64 compressed, qint64 maxBytes)
        : m_zip(zip), m_file(zip), m_name(name), m_compressed(qMax<qint64>(compressed, 1)),
          m_maxBytes(maxBytes)
    {}

    bool openEntry()
    {
        return m_zip->setCurrentFile(m_name, QuaZip::csSensitive)
            && m_file.open(QIODevice::ReadOnly) && QIODevice::open(ReadOnly | Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failed)
            return -1;
        if (m_done)
            return 0;
        const qint64 n = m_file.read(data, maxSize);
        if (n < 0)
            return fail(
                QCoreApplication::translate("Needle::ZipPackage", "the archive entry %1 is damaged")
                    .arg(m_name));
        if (n == 0) {
            m_done = true;
            m_file.close();
            if (m_file.getZipError() != UNZ_OK)
                return fail(QCoreApplication::translate(
                                "Needle::ZipPackage",
                                "the archive entry %1 is damaged (its checksum does not match)")
                                .arg(m_name));
            return 0;
        }
        m_total += n;
        if (m_total > m_maxBytes)
            return fail(QCoreApplication::translate(
                            "Needle::ZipPackage",
                            "the archive entry %1 inflates to more than %2 MB; it may be a zip "
                            "bomb")
                            .arg(m_name)
                            .arg(m_maxBytes >> 20));
        if (m_total > ZipPackage::ratioFreeBytes && m_total / m_compressed > ZipPackage::maxRatio)
            return fail(QCoreApplication::translate(
                            "Needle::ZipPackage",
                            "the archive entry %1 is compressed more than %2 times; it may be a "
                            "zip bomb")
                            .arg(m_name)
                            .arg(ZipPackage::maxRatio));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail(const QString &message)
    {
        m_failed = true;
        setErrorString(message);
        return -1;
    }

    QuaZip *m_zip;
    QuaZipFile m_file;
    QString m_name;
    qint64 m_compressed;
    qint64 m_maxBytes;
    qint64 m_total = 0;
    bool m_done = false;
    bool m_failed = false;
};

bool unsafeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':')
        || name.contains(QChar(0)))
        return true;
    for (const QString &part : name.split(u'/'))
        if (part == QLatin1String(".."))
            return true;
    return false;
}

} // namespace

ZipPackage::ZipPackage() = default;
ZipPackage::~ZipPackage() = default;

bool ZipPackage::open(const QString &path, QString *error)
{
    m_path = path;
    m_fileSize = QFileInfo(path).size();
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *error = QCoreApplication::translate("Needle::ZipPackage",
                                             "the archive is damaged or truncated");
        return false;
    }
    if (m_zip->getEntriesCount() > 100000) {
        *error = QCoreApplication::translate("Needle::ZipPackage",
                                             "the archive holds more than 100,000 entries");
        return false;
    }
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info)) {
            *error = QCoreApplication::translate("Needle::ZipPackage",
                                                 "the archive is damaged or truncated");
            return false;
        }
        if (unsafeName(info.name)) {
            *error =
                QCoreApplication::translate("Needle::ZipPackage",
                                            "the archive holds an entry with an unsafe name (%1)")
                    .arg(info.name);
            return false;
        }
        const QString key = info.name.toLower();
        if (m_entries.contains(key)) {
            *error = QCoreApplication::translate("Needle::ZipPackage",
                                                 "the archive holds the entry %1 twice")
                         .arg(info.name);
            return false;
        }
        m_entries.insert(key, Entry{info.name, qint64(info.compressedSize)});
    }
    if (m_zip->getZipError() != UNZ_OK) {
        *error = QCoreApplication::translate("Needle::ZipPackage",
                                             "the archive is damaged or truncated");
        return false;
    }
    return true;
}

bool ZipPackage::contains(const QString &name) const
{
    return m_entries.contains(name.toLower());
}

std::unique_ptr<QIODevice> ZipPackage::stream(const QString &name, QString *error)
{
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.constEnd()) {
        *error =
            QCoreApplication::translate("Needle::ZipPackage", "the part %1 is missing").arg(name);
        return nullptr;
    }
    // The compressed size cannot exceed the file, whatever the header says.
    const qint64 compressed = qMin(it->compressed, m_fileSize);
    auto device = std::make_unique<EntryDevice>(m_zip.get(), it->name, compressed, maxEntryBytes);
    if (!device->openEntry()) {
        *error =
            QCoreApplication::translate("Needle::ZipPackage",
                                        "the archive entry %1 cannot be read; the file is damaged")
                .arg(it->name);
        return nullptr;
    }
    return device;
}

QString ZipPackage::streamError(const QIODevice *device)
{
    const auto *entry = dynamic_cast<const EntryDevice *>(device);
    return entry && entry->failed() ? entry->errorString() : QString();
}

bool ZipPackage::drain(QIODevice *device)
{
    char buffer[65536];
    qint64 n;
    while ((n = device->read(buffer, sizeof buffer)) > 0) {
    }
    return n == 0;
}

bool ZipPackage::read(const QString &name, qint64 maxBytes, QByteArray *out, QString *error)
{
    auto device = stream(name, error);
    if (!device)
        return false;
    out->clear();
    char buffer[65536];
    for (;;) {
        const qint64 n = device->read(buffer, sizeof buffer);
        if (n < 0) {
            *error = device->errorString();
            return false;
        }
        if (n == 0)
            return true;
        out->append(buffer, n);
        if (out->size() > maxBytes) {
            *error = QCoreApplication::translate("Needle::ZipPackage",
                                                 "the part %1 is larger than %2 MB")
                         .arg(name)
                         .arg(maxBytes >> 20);
            return false;
        }
    }
}

} // namespace Needle
