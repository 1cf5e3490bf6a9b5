// Prepares a seed corpus for the fuzzers from the test fixtures: fuzz_seeds OUTDIR FILE...
// copies each file into OUTDIR and, for a ZIP package (XLSX, ODS), also writes a copy whose
// entries are stored uncompressed ("stored-NAME"): mutating deflated bytes rarely yields
// valid XML, while mutating stored bytes mutates the XML itself.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVector>
#include <cstdio>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <utility>

namespace {

constexpr qint64 maxStoredBytes = 512 * 1024; // keep seeds small: the fuzzers' -max_len

bool readEntries(const QString &path, QVector<std::pair<QString, QByteArray>> *entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return false;
    qint64 total = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QByteArray bytes;
        char buffer[65536];
        qint64 n;
        while ((n = file.read(buffer, sizeof buffer)) > 0) {
            bytes.append(buffer, n);
            if ((total += n) > maxStoredBytes)
                return false;
        }
        file.close();
        if (n < 0 || file.getZipError() != UNZ_OK)
            return false;
        entries->append({file.getActualFileName(), bytes});
    }
    return zip.getZipError() == UNZ_OK && !entries->isEmpty();
}

bool writeStored(const QString &path, const QVector<std::pair<QString, QByteArray>> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, bytes] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, 0, 0))
            return false;
        if (file.write(bytes) != bytes.size())
            return false;
        file.close();
        if (file.getZipError() != ZIP_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: fuzz_seeds OUTDIR FILE...\n");
        return 2;
    }
    const QString out = QFile::decodeName(argv[1]);
    if (!QDir().mkpath(out)) {
        std::fprintf(stderr, "fuzz_seeds: cannot create %s\n", argv[1]);
        return 1;
    }
    int stored = 0;
    for (int i = 2; i < argc; ++i) {
        const QString source = QFile::decodeName(argv[i]);
        const QString name = QFileInfo(source).fileName();
        const QString copy = out + u'/' + name;
        QFile::remove(copy);
        if (!QFile::copy(source, copy)) {
            std::fprintf(stderr, "fuzz_seeds: cannot copy %s\n", argv[i]);
            return 1;
        }
        QFile head(source);
        if (!head.open(QIODevice::ReadOnly) || !head.read(4).startsWith("PK\x03\x04"))
            continue;
        QVector<std::pair<QString, QByteArray>> entries;
        const QString target = out + QStringLiteral("/stored-") + name;
        if (readEntries(source, &entries) && writeStored(target, entries))
            ++stored;
        else
            QFile::remove(target);
    }
    std::printf("fuzz_seeds: %d files copied into %s, %d of them also stored uncompressed\n",
                argc - 2, argv[1], stored);
    return 0;
}
