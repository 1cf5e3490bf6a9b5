#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Needle {

// The parsed command line (DESIGN section 5). Parsing never exits: a usage error is returned
// in `error` and the caller exits with status 2.
struct CommandLine
{
    enum class Command {
        Gui,
        Demo,
        New,
        Import,
        UndoImport,
        ExportCsv,
        Check,
        ExportPdf,
        Inspect,
        Review,
        Source, // source add|list|remove
        Refresh,
        RunDue,
        Schedule, // schedule install|remove
        ExportJob, // export-job add|list|remove
        Version,
        Help
    };

    Command command = Command::Gui;
    QString workspace; // WORKSPACE, or FILE for inspect
    QStringList files; // import: the spreadsheets
    QString output; // export-pdf: OUT.pdf
    qint64 batch = 0; // undo-import
    QString sheet;
    QString layout = QStringLiteral("auto"); // auto, long, wide
    bool createKpis = false;
    bool createOwners = false; // import: with createKpis, create the owners the file names
    bool dryRun = false;
    bool json = false;
    bool skipInvalid = false;
    QStringList kpis; // --kpi, repeatable
    QDate from;
    QDate to;
    QDate asOf;
    QString rollup; // empty, day, week, month, quarter
    qint64 meeting = 0;
    QString lang;
    QString action; // source, schedule, export-job: add, list, remove, install
    QString name; // source add/remove, export-job add/remove: the NAME
    QStringList names; // refresh: the sources (all when empty); run-due: the workspaces
    QString url; // source add --url
    QString query; // source add --query
    QString queryFile; // source add --query-file
    qint64 everySeconds = -1; // --every DURATION; -1: not given
    QString kind; // export-job add --kind pdf|check
    QString folder; // export-job add --folder
    QString when; // export-job add --when
    QString error; // non-empty: wrong usage

    static CommandLine parse(const QStringList &arguments); // without the program name
    // The value of --lang, found before translations are loaded.
    static QString languageOption(const QStringList &arguments);
    static QString helpText();
    static QString versionText();
    // "15min", "1h", "1d", "1w" (also "30min", "2h", ...) in seconds; -1 when not a duration.
    static qint64 parseDuration(const QString &text);
};

} // namespace Needle
