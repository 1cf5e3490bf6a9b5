#include "cli/commands.h"
#include "cli/jsonwriter.h"
#include "import/celljson.h"
#include "import/spreadsheetreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Needle {

namespace {

constexpr int previewRows = 20;
constexpr int previewWidth = 24;

QByteArray compact(const QJsonValue &v)
{
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    QJsonArray wrap{v}; // a scalar: print it through an array, without the brackets
    const QByteArray a = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QString clip(const QString &text)
{
    QString t = text;
    t.replace(u'\n', QChar(0x21B5)).replace(u'\t', u' ').replace(u'\r', QString());
    return t.size() > previewWidth ? t.left(previewWidth - 1) + QChar(0x2026) : t;
}

// The first rows of a sheet as an aligned table with row numbers and column letters.
void printTable(QTextStream &out, const QVector<QPair<qint64, Row>> &rows)
{
    int columns = 0;
    for (const auto &r : rows)
        columns = qMax(columns, int(r.second.size()));
    QVector<int> widths(columns, 1);
    for (int c = 0; c < columns; ++c)
        widths[c] = ImportIssue::columnName(c + 1).size();
    for (const auto &r : rows)
        for (int c = 0; c < r.second.size(); ++c)
            widths[c] = qMax(widths[c], int(clip(CellJson::toText(r.second.at(c))).size()));
    const int numberWidth =
        rows.isEmpty() ? 1 : int(QString::number(rows.constLast().first + 1).size());
    auto flush = [&](QString line) {
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << '\n';
    };
    QString line(numberWidth, u' ');
    for (int c = 0; c < columns; ++c)
        line += QStringLiteral(" | ") + ImportIssue::columnName(c + 1).leftJustified(widths[c]);
    flush(line);
    for (const auto &r : rows) {
        line = QString::number(r.first + 1).rightJustified(numberWidth);
        for (int c = 0; c < columns; ++c) {
            const QString text =
                c < r.second.size() ? clip(CellJson::toText(r.second.at(c))) : QString();
            const bool number = c < r.second.size() && r.second.at(c).type == Cell::Type::Number;
            line += QStringLiteral(" | ")
                + (number ? text.rightJustified(widths[c]) : text.leftJustified(widths[c]));
        }
        flush(line);
    }
}

} // namespace

int runInspect(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    ImportIssues issues;
    auto reader = SpreadsheetReader::open(cl.workspace, ReaderOptions(), &issues);
    if (!reader) {
        for (const ImportIssue &i : std::as_const(issues))
            err << i.toString() << Qt::endl;
        return ExitRejected;
    }
    QVector<SheetInfo> sheets = reader->sheets();
    if (!cl.sheet.isEmpty()) {
        QVector<SheetInfo> chosen;
        for (const SheetInfo &s : std::as_const(sheets))
            if (s.name == cl.sheet)
                chosen << s;
        if (chosen.isEmpty()) {
            QStringList names;
            for (const SheetInfo &s : std::as_const(sheets))
                names << s.name;
            err << QCoreApplication::translate("Needle::Inspect",
                                               "%1 has no sheet \"%2\"; its sheets are: %3")
                       .arg(QFileInfo(cl.workspace).fileName(), cl.sheet,
                            names.join(QStringLiteral(", ")))
                << Qt::endl;
            return ExitRejected;
        }
        sheets = chosen;
    }

    bool ok = true;
    if (cl.json) {
        // Streamed, so that a large sheet does not have to fit in memory as JSON.
        out << "{\"format\":" << compact(reader->formatName()) << ",\"sheets\":[";
        for (int s = 0; s < sheets.size(); ++s) {
            const SheetInfo &sheet = sheets.at(s);
            out << (s ? "," : "") << "{\"name\":" << compact(sheet.name)
                << ",\"state\":" << compact(sheet.state) << ",\"rows\":[";
            bool first = true;
            ok = reader->readRows(
                     sheet.name,
                     [&](qint64, const Row &row) {
                         out << (first ? "" : ",") << compact(CellJson::toJson(row));
                         first = false;
                         return true;
                     },
                     &issues)
                && ok;
            out << "]}";
        }
        QJsonArray issueArray;
        for (const ImportIssue &i : std::as_const(issues))
            issueArray.append(i.toJson());
        out << "],\"issues\":"
            << JsonWriter::write(issueArray, JsonWriter::Style::Compact).trimmed() << "}\n";
    } else {
        const int sheetCount = int(reader->sheets().size());
        out << QCoreApplication::translate("Needle::Inspect", "%1: %2, %n sheet(s)", nullptr,
                                           sheetCount)
                   .arg(QFileInfo(cl.workspace).fileName(), reader->formatName().toUpper())
            << '\n';
        for (const SheetInfo &sheet : std::as_const(sheets)) {
            QVector<QPair<qint64, Row>> rows;
            qint64 total = 0;
            ok = reader->readRows(
                     sheet.name,
                     [&](qint64 index, const Row &row) {
                         if (rows.size() < previewRows)
                             rows.append({index, row});
                         total = index + 1;
                         return true;
                     },
                     &issues)
                && ok;
            out << '\n';
            // A plain int for %n (lupdate cannot parse a template call in that argument).
            const int count = total > INT_MAX ? INT_MAX : int(total);
            const int more = rows.isEmpty() || total - rows.constLast().first - 1 > INT_MAX
                ? 0
                : int(total - rows.constLast().first - 1);
            if (sheet.state == QLatin1String("visible"))
                out << QCoreApplication::translate("Needle::Inspect", "Sheet \"%1\" (%n row(s))",
                                                   nullptr, count)
                           .arg(sheet.name);
            else
                out << QCoreApplication::translate("Needle::Inspect",
                                                   "Sheet \"%1\", %2 (%n row(s))", nullptr, count)
                           .arg(sheet.name, sheet.state);
            out << '\n';
            if (!rows.isEmpty())
                printTable(out, rows);
            if (total > rows.size() && !rows.isEmpty())
                out << QCoreApplication::translate("Needle::Inspect", "... %n more row(s)", nullptr,
                                                   more)
                    << '\n';
        }
    }
    out.flush();
    for (const ImportIssue &i : std::as_const(issues))
        err << ImportIssue::severityName(i.severity) << ": " << i.toString() << Qt::endl;
    return ok && !hasErrors(issues) ? ExitOk : ExitRejected;
}

} // namespace Needle
