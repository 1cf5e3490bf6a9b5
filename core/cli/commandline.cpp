#include "cli/commandline.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Needle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::CommandLine", text);
}

struct CommandSpec
{
    CommandLine::Command command;
    int minPositional;
    int maxPositional; // -1: no limit
    QSet<QString> options;
};

const QHash<QString, CommandSpec> &specs()
{
    using C = CommandLine::Command;
    static const QHash<QString, CommandSpec> table = {
        {QStringLiteral("demo"), {C::Demo, 1, 1, {QStringLiteral("as-of")}}},
        {QStringLiteral("new"), {C::New, 1, 1, {}}},
        {QStringLiteral("import"),
         {C::Import,
          2,
          -1,
          {QStringLiteral("sheet"), QStringLiteral("layout"), QStringLiteral("create-kpis"),
           QStringLiteral("create-owners"), QStringLiteral("dry-run"), QStringLiteral("json"),
           QStringLiteral("skip-invalid")}}},
        {QStringLiteral("undo-import"), {C::UndoImport, 2, 2, {QStringLiteral("json")}}},
        {QStringLiteral("export-csv"),
         {C::ExportCsv,
          1,
          1,
          {QStringLiteral("kpi"), QStringLiteral("from"), QStringLiteral("to"),
           QStringLiteral("rollup")}}},
        {QStringLiteral("check"),
         {C::Check,
          1,
          1,
          {QStringLiteral("as-of"), QStringLiteral("from"), QStringLiteral("to"),
           QStringLiteral("json")}}},
        {QStringLiteral("export-pdf"),
         {C::ExportPdf,
          2,
          2,
          {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("kpi"),
           QStringLiteral("meeting"), QStringLiteral("as-of")}}},
        {QStringLiteral("inspect"),
         {C::Inspect, 1, 1, {QStringLiteral("sheet"), QStringLiteral("json")}}},
        {QStringLiteral("review"), {C::Review, 1, 1, {QStringLiteral("meeting")}}},
        {QStringLiteral("source"),
         {C::Source,
          2,
          3,
          {QStringLiteral("url"), QStringLiteral("query"), QStringLiteral("query-file"),
           QStringLiteral("kpi"), QStringLiteral("every"), QStringLiteral("json")}}},
        {QStringLiteral("refresh"),
         {C::Refresh,
          1,
          -1,
          {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("create-kpis"),
           QStringLiteral("dry-run"), QStringLiteral("json")}}},
        {QStringLiteral("run-due"), {C::RunDue, 1, -1, {QStringLiteral("json")}}},
        {QStringLiteral("schedule"), {C::Schedule, 2, 2, {QStringLiteral("every")}}},
        {QStringLiteral("export-job"),
         {C::ExportJob,
          2,
          3,
          {QStringLiteral("kind"), QStringLiteral("folder"), QStringLiteral("when"),
           QStringLiteral("kpi"), QStringLiteral("json")}}},
    };
    return table;
}

const QSet<QString> flagOptions = {QStringLiteral("create-kpis"), QStringLiteral("create-owners"),
                                   QStringLiteral("dry-run"), QStringLiteral("json"),
                                   QStringLiteral("skip-invalid")};

// Whether any command takes --name: an option no command knows is reported as unknown, not
// as one that "needs a value".
bool isKnownOption(const QString &name)
{
    if (name == QLatin1String("lang") || flagOptions.contains(name))
        return true;
    for (const CommandSpec &spec : specs())
        if (spec.options.contains(name))
            return true;
    return false;
}

// source add|list|remove WORKSPACE [NAME], schedule install|remove WORKSPACE,
// export-job add|list|remove WORKSPACE [NAME].
bool parseAction(CommandLine *cl, const QString &command, const QStringList &positional)
{
    cl->action = positional.at(0);
    const bool schedule = cl->command == CommandLine::Command::Schedule;
    const QStringList actions = schedule
        ? QStringList{QStringLiteral("install"), QStringLiteral("remove")}
        : QStringList{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove")};
    if (!actions.contains(cl->action)) {
        cl->error =
            QCoreApplication::translate("Needle::CommandLine", "\"%1\" takes %2, not \"%3\".")
                .arg(command, actions.join(QLatin1Char('|')), cl->action);
        return false;
    }
    const bool named = !schedule && cl->action != QLatin1String("list");
    if (positional.size() != (named ? 3 : 2)) {
        cl->error = QCoreApplication::translate(
                        "Needle::CommandLine",
                        "Wrong number of arguments for \"%1 %2\". See needle --help.")
                        .arg(command, cl->action);
        return false;
    }
    cl->workspace = positional.at(1);
    if (named)
        cl->name = positional.at(2);
    return true;
}

// The options each action takes, and what add needs.
void checkActionOptions(CommandLine *cl, const QList<QPair<QString, QString>> &options)
{
    using C = CommandLine::Command;
    if (cl->command != C::Source && cl->command != C::ExportJob)
        return;
    const bool add = cl->action == QLatin1String("add");
    for (const auto &option : options) {
        const QString &name = option.first;
        const bool json = name == QLatin1String("json");
        if (name != QLatin1String("lang") && add == json) {
            cl->error = QCoreApplication::translate("Needle::CommandLine",
                                                    "The option --%1 does not apply to \"%2\".")
                            .arg(name,
                                 (cl->command == C::Source ? QStringLiteral("source ")
                                                           : QStringLiteral("export-job "))
                                     + cl->action);
            return;
        }
    }
    if (!add)
        return;
    if (cl->command == C::Source) {
        if (cl->url.isEmpty())
            cl->error =
                QCoreApplication::translate("Needle::CommandLine", "source add needs --url.");
        else if (cl->query.isEmpty() == cl->queryFile.isEmpty())
            cl->error = QCoreApplication::translate(
                "Needle::CommandLine", "source add needs either --query or --query-file.");
        else if (cl->kpis.size() > 1)
            cl->error = QCoreApplication::translate(
                "Needle::CommandLine",
                "A source feeds one KPI (--kpi) or names them in its query.");
    } else if (cl->kind.isEmpty() || cl->folder.isEmpty() || cl->when.isEmpty()) {
        cl->error = QCoreApplication::translate(
            "Needle::CommandLine", "export-job add needs --kind, --folder and --when.");
    }
}

bool parseDate(const QString &text, QDate *out)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return false;
    *out = d;
    return true;
}

} // namespace

QString CommandLine::languageOption(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return QString();
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    QStringList positional;
    QSet<QString> allowed;
    bool commandKnown = false;
    QString commandName;
    QList<QPair<QString, QString>> options;

    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--")) {
            positional << arguments.mid(i + 1);
            break;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            cl.command = Command::Help;
            return cl;
        }
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            cl.command = Command::Version;
            return cl;
        }
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2);
            QString value;
            bool hasValue = false;
            const int eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                hasValue = true;
            }
            if (!isKnownOption(name)) {
                cl.error = tr("Unknown option --%1. See needle --help.").arg(name);
                return cl;
            }
            if (!flagOptions.contains(name) && !hasValue) {
                if (i + 1 >= arguments.size()) {
                    cl.error = tr("The option --%1 needs a value.").arg(name);
                    return cl;
                }
                value = arguments.at(++i);
            }
            options << qMakePair(name, value);
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            cl.error = tr("Unknown option %1.").arg(arg);
            return cl;
        }
        if (!commandKnown && positional.isEmpty() && specs().contains(arg)) {
            commandKnown = true;
            commandName = arg;
            continue;
        }
        positional << arg;
    }

    if (commandKnown) {
        const CommandSpec &spec = specs().value(commandName);
        cl.command = spec.command;
        allowed = spec.options;
        if (positional.size() < spec.minPositional
            || (spec.maxPositional >= 0 && positional.size() > spec.maxPositional)) {
            cl.error =
                tr("Wrong number of arguments for \"%1\". See needle --help.").arg(commandName);
            return cl;
        }
    } else {
        cl.command = Command::Gui;
        if (positional.size() > 1) {
            cl.error = tr("Unknown command \"%1\". See needle --help.").arg(positional.first());
            return cl;
        }
    }
    allowed.insert(QStringLiteral("lang"));

    if (!positional.isEmpty())
        cl.workspace = positional.first();
    switch (cl.command) {
    case Command::Import:
        cl.files = positional.mid(1);
        break;
    case Command::UndoImport: {
        bool ok = false;
        cl.batch = positional.at(1).toLongLong(&ok);
        if (!ok || cl.batch <= 0) {
            cl.error = tr("The batch must be a positive number, not \"%1\".").arg(positional.at(1));
            return cl;
        }
        break;
    }
    case Command::ExportPdf:
        cl.output = positional.at(1);
        break;
    case Command::Refresh:
        cl.names = positional.mid(1);
        break;
    case Command::RunDue:
        cl.names = positional;
        break;
    case Command::Source:
    case Command::Schedule:
    case Command::ExportJob:
        if (!parseAction(&cl, commandName, positional))
            return cl;
        break;
    default:
        break;
    }

    for (const auto &[name, value] : std::as_const(options)) {
        if (!allowed.contains(name)) {
            cl.error = commandKnown
                ? tr("The option --%1 does not apply to \"%2\".").arg(name, commandName)
                : tr("Unknown option --%1.").arg(name);
            return cl;
        }
        if (name == QLatin1String("lang")) {
            if (!Translations::isValidLanguage(value)) {
                cl.error =
                    tr("--lang takes a language code such as de, fr or es, not \"%1\".").arg(value);
                return cl;
            }
            cl.lang = value;
        } else if (name == QLatin1String("sheet")) {
            cl.sheet = value;
        } else if (name == QLatin1String("layout")) {
            if (value != QLatin1String("auto") && value != QLatin1String("long")
                && value != QLatin1String("wide")) {
                cl.error = tr("--layout takes auto, long or wide, not \"%1\".").arg(value);
                return cl;
            }
            cl.layout = value;
        } else if (name == QLatin1String("create-kpis")) {
            cl.createKpis = true;
        } else if (name == QLatin1String("create-owners")) {
            cl.createOwners = true;
        } else if (name == QLatin1String("dry-run")) {
            cl.dryRun = true;
        } else if (name == QLatin1String("json")) {
            cl.json = true;
        } else if (name == QLatin1String("skip-invalid")) {
            cl.skipInvalid = true;
        } else if (name == QLatin1String("kpi")) {
            cl.kpis << value;
        } else if (name == QLatin1String("rollup")) {
            if (value != QLatin1String("day") && value != QLatin1String("week")
                && value != QLatin1String("month") && value != QLatin1String("quarter")) {
                cl.error = tr("--rollup takes day, week, month or quarter, not \"%1\".").arg(value);
                return cl;
            }
            cl.rollup = value;
        } else if (name == QLatin1String("url")) {
            cl.url = value;
        } else if (name == QLatin1String("query")) {
            cl.query = value;
        } else if (name == QLatin1String("query-file")) {
            cl.queryFile = value;
        } else if (name == QLatin1String("kind")) {
            if (value != QLatin1String("pdf") && value != QLatin1String("check")) {
                cl.error = tr("--kind takes pdf or check, not \"%1\".").arg(value);
                return cl;
            }
            cl.kind = value;
        } else if (name == QLatin1String("folder")) {
            cl.folder = value;
        } else if (name == QLatin1String("when")) {
            cl.when = value;
        } else if (name == QLatin1String("every")) {
            cl.everySeconds = parseDuration(value);
            if (cl.everySeconds <= 0) {
                cl.error = tr("--every takes a duration such as 15min, 1h, 1d or 1w, not \"%1\".")
                               .arg(value);
                return cl;
            }
        } else if (name == QLatin1String("meeting")) {
            bool ok = false;
            cl.meeting = value.toLongLong(&ok);
            if (!ok || cl.meeting <= 0) {
                cl.error = tr("--meeting takes a meeting number, not \"%1\".").arg(value);
                return cl;
            }
        } else {
            QDate *target = name == QLatin1String("from") ? &cl.from
                : name == QLatin1String("to")             ? &cl.to
                                                          : &cl.asOf;
            if (!parseDate(value, target)) {
                cl.error = tr("--%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(name, value);
                return cl;
            }
        }
    }
    if (cl.createOwners && !cl.createKpis) {
        cl.error = tr("--create-owners goes with --create-kpis: it gives the KPIs an import "
                      "creates their owners.");
        return cl;
    }
    if (cl.from.isValid() && cl.to.isValid() && cl.from > cl.to) {
        cl.error = tr("--from must not be after --to.");
        return cl;
    }
    checkActionOptions(&cl, options);
    return cl;
}

QString CommandLine::helpText()
{
    return tr(
        "Usage:\n"
        "  needle [WORKSPACE]                  open the app (a welcome screen without a "
        "workspace)\n"
        "  needle demo WORKSPACE               write a demo workspace\n"
        "  needle new WORKSPACE                write an empty workspace\n"
        "  needle import WORKSPACE FILE... [--sheet NAME] [--layout auto|long|wide]\n"
        "                [--create-kpis [--create-owners]] [--dry-run] [--skip-invalid] [--json]\n"
        "                                      import spreadsheets (CSV, XLSX, ODS)\n"
        "  needle undo-import WORKSPACE BATCH  restore the values an import replaced\n"
        "  needle export-csv WORKSPACE [--kpi KEY]... [--from DATE] [--to DATE]\n"
        "                [--rollup day|week|month|quarter]\n"
        "                                      write kpi,period,value to standard output\n"
        "  needle check WORKSPACE [--as-of DATE] [--from DATE] [--to DATE] [--json]\n"
        "                                      what needs attention, and why\n"
        "  needle export-pdf WORKSPACE OUT.pdf [--from DATE] [--to DATE] [--kpi KEY]...\n"
        "                [--meeting ID]        a PDF snapshot, or a meeting's minutes\n"
        "  needle inspect FILE [--sheet NAME] [--json]\n"
        "                                      what the readers see in a spreadsheet\n"
        "  needle review WORKSPACE [--meeting ID]\n"
        "                                      open straight into the review-meeting mode\n"
        "  needle --version | --help\n"
        "\n"
        "Options for every command:\n"
        "  --lang CODE    the language of the interface (en, de, fr, es)\n"
        "\n"
        "Dates are written YYYY-MM-DD. Exit status: 0 done; 1 the input was rejected and\n"
        "nothing was written; 2 wrong usage.\n"
        "\n"
        "Data sources and automation:\n"
        "  needle source add WORKSPACE NAME --url URL (--query SQL | --query-file FILE)\n"
        "                [--kpi KEY] [--every DURATION]\n"
        "                                      a query on PostgreSQL, MySQL or SQLite\n"
        "  needle source list WORKSPACE [--json] | remove WORKSPACE NAME\n"
        "  needle refresh WORKSPACE [NAME]... [--from DATE] [--to DATE] [--create-kpis]\n"
        "                [--dry-run] [--json]  run the sources' queries as import batches\n"
        "  needle export-job add WORKSPACE NAME --kind pdf|check --folder DIR\n"
        "                --when WHEN [--kpi KEY]...\n"
        "                                      a report written on a schedule\n"
        "  needle export-job list WORKSPACE [--json] | remove WORKSPACE NAME\n"
        "  needle run-due WORKSPACE... [--json]\n"
        "                                      run the refreshes and exports that are due\n"
        "  needle schedule install|remove WORKSPACE [--every DURATION]\n"
        "                                      a systemd user timer that calls run-due\n"
        "DURATION: 15min, 1h, 1d, 1w. WHEN: 1d, 07:00, \"mon 07:00\", \"before-meeting "
        "18:00\".\n");
}

qint64 CommandLine::parseDuration(const QString &text)
{
    static const QList<QPair<QString, qint64>> units = {{QStringLiteral("min"), 60},
                                                        {QStringLiteral("h"), 3600},
                                                        {QStringLiteral("d"), 86400},
                                                        {QStringLiteral("w"), 604800}};
    const QString t = text.trimmed().toLower();
    for (const auto &[suffix, seconds] : units) {
        if (!t.endsWith(suffix))
            continue;
        bool ok = false;
        const qint64 n = t.left(t.size() - suffix.size()).toLongLong(&ok);
        if (ok && n > 0 && n <= 100000)
            return n * seconds;
    }
    return -1;
}

QString CommandLine::versionText()
{
    return QStringLiteral("needle %1").arg(QStringLiteral(NEEDLE_VERSION));
}

} // namespace Needle
