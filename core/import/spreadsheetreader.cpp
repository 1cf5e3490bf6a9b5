#include "import/spreadsheetreader.h"

#include "import/csvreader.h"
#include "import/odsreader.h"
#include "import/xlsxreader.h"
#include "import/zippackage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace Needle {

namespace {

bool contains(const QByteArray &data, const char *utf16Name)
{
    QByteArray pattern;
    for (const char *p = utf16Name; *p; ++p)
        pattern.append(*p).append('\0');
    return data.contains(pattern);
}

// What a file that is neither text nor a spreadsheet really is; empty when it may be CSV.
QString recogniseOther(const QString &path, const QByteArray &head)
{
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // A compound document: legacy Office, or an encrypted OOXML file. Its directory can
        // be anywhere, so look through the first megabytes.
        QFile f(path);
        QByteArray all;
        if (f.open(QIODevice::ReadOnly))
            all = f.read(16 * 1024 * 1024);
        if (contains(all, "EncryptedPackage"))
            return QCoreApplication::translate(
                "Needle::SpreadsheetReader",
                "the file is password-protected (encrypted); save it without a password "
                "and import it again");
        if (contains(all, "WordDocument"))
            return QCoreApplication::translate("Needle::SpreadsheetReader",
                                               "this is a legacy Word document, not a spreadsheet");
        if (contains(all, "PowerPoint"))
            return QCoreApplication::translate(
                "Needle::SpreadsheetReader", "this is a legacy PowerPoint file, not a spreadsheet");
        return QCoreApplication::translate(
            "Needle::SpreadsheetReader",
            "this is a legacy Excel .xls file, which Needle does not read; save it as "
            ".xlsx, .ods or .csv");
    }
    if (head.startsWith("%PDF"))
        return QCoreApplication::translate("Needle::SpreadsheetReader",
                                           "this is a PDF document, not a spreadsheet");
    if (head.startsWith("\x1F\x8B"))
        return QCoreApplication::translate("Needle::SpreadsheetReader",
                                           "this is a gzip-compressed file; decompress it first");
    if (head.startsWith("7z\xBC\xAF\x27\x1C") || head.startsWith("Rar!"))
        return QCoreApplication::translate("Needle::SpreadsheetReader",
                                           "this is a compressed archive, not a spreadsheet");
    if (head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF") || head.startsWith("GIF8"))
        return QCoreApplication::translate("Needle::SpreadsheetReader",
                                           "this is an image, not a spreadsheet");
    const QByteArray lower = head.left(4096).toLower();
    if (lower.contains("urn:oasis:names:tc:opendocument:xmlns:office"))
        return QCoreApplication::translate("Needle::SpreadsheetReader",
                                           "this is a flat OpenDocument file (.fods), which Needle "
                                           "does not read; save it as .ods, .xlsx or .csv");
    if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet"))
        return QCoreApplication::translate(
            "Needle::SpreadsheetReader",
            "this is an Excel 2003 XML spreadsheet, which Needle does not read; save it "
            "as .xlsx, .ods or .csv");
    const QByteArray start = lower.trimmed();
    if (start.startsWith("<!doctype html") || start.startsWith("<html")
        || (start.startsWith("<") && lower.contains("<table")))
        return QCoreApplication::translate(
            "Needle::SpreadsheetReader",
            "this is a web page (HTML), not a spreadsheet; save it as .xlsx, .ods or .csv");
    return QString();
}

template <typename Fail>
std::unique_ptr<SpreadsheetReader> openZip(const QString &path, const ReaderOptions &,
                                           ImportIssues *issues, const Fail &fail)
{
    ZipPackage zip;
    QString error;
    if (!zip.open(path, &error))
        return fail(error);
    if (zip.contains(QStringLiteral("mimetype"))) {
        QByteArray mime;
        if (!zip.read(QStringLiteral("mimetype"), 4096, &mime, &error))
            return fail(error);
        if (mime.trimmed() == "application/vnd.oasis.opendocument.spreadsheet"
            || mime.trimmed() == "application/vnd.oasis.opendocument.spreadsheet-template")
            return OdsReader::open(path, issues);
        if (mime.contains("opendocument.text"))
            return fail(QCoreApplication::translate(
                "Needle::SpreadsheetReader",
                "this is an OpenDocument text document, not a spreadsheet"));
        if (mime.contains("opendocument.presentation"))
            return fail(QCoreApplication::translate(
                "Needle::SpreadsheetReader",
                "this is an OpenDocument presentation, not a spreadsheet"));
    }
    if (zip.contains(QStringLiteral("[Content_Types].xml"))) {
        if (zip.contains(QStringLiteral("word/document.xml")))
            return fail(QCoreApplication::translate("Needle::SpreadsheetReader",
                                                    "this is a Word document, not a spreadsheet"));
        if (zip.contains(QStringLiteral("ppt/presentation.xml")))
            return fail(QCoreApplication::translate(
                "Needle::SpreadsheetReader",
                "this is a PowerPoint presentation, not a spreadsheet"));
        return XlsxReader::open(path, issues);
    }
    return fail(QCoreApplication::translate("Needle::SpreadsheetReader",
                                            "this is a ZIP archive that holds no spreadsheet"));
}

} // namespace

std::unique_ptr<SpreadsheetReader> SpreadsheetReader::open(const QString &path,
                                                           const ReaderOptions &options,
                                                           ImportIssues *issues)
{
    auto fail = [&](const QString &message) -> std::unique_ptr<SpreadsheetReader> {
        if (issues) {
            ImportIssue i;
            i.file = QFileInfo(path).fileName();
            i.message = message;
            issues->append(i);
        }
        return nullptr;
    };
    QFile file(path);
    if (QFileInfo(path).isDir())
        return fail(QCoreApplication::translate("Needle::SpreadsheetReader",
                                                "this is a folder, not a file"));
    // A pipe (/dev/stdin from a shell pipeline, a FIFO), a device or a socket: opening it could
    // wait forever for a writer, and a reader needs the file whole (its size, to seek).
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode))
        return fail(QCoreApplication::translate(
            "Needle::SpreadsheetReader",
            "this is a pipe or device, not a regular file; save the data to a file first and "
            "name that file"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Needle::SpreadsheetReader", "cannot be opened: %1")
                        .arg(file.errorString()));
    const QByteArray head = file.read(64 * 1024);
    file.close();
    if (head.isEmpty())
        return fail(QCoreApplication::translate("Needle::SpreadsheetReader", "the file is empty"));
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return openZip(path, options, issues, fail);
    const QString other = recogniseOther(path, head);
    if (!other.isEmpty())
        return fail(other);
    auto reader = CsvReader::open(path, options, issues);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (reader && issues
        && (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xls")
            || suffix == QLatin1String("ods"))) {
        ImportIssue i;
        i.severity = ImportIssue::Severity::Info;
        i.file = QFileInfo(path).fileName();
        i.message = QCoreApplication::translate(
                        "Needle::SpreadsheetReader",
                        "the file is named .%1 but holds CSV text; it is read as CSV")
                        .arg(suffix);
        issues->append(i);
    }
    return reader;
}

} // namespace Needle
