// Import speed: a seeded 1,000,000-row long CSV (200 KPIs x 5,000 days, rows ordered by date so
// the KPIs interleave) imported by `needle import --create-kpis` into a new workspace, side by
// side in one run with the sqlite3 shell's .import of the same file into a typed table, both
// ways: the unique (kpi, date) index built after the load (the fast way, the anchor) and before
// it (the slow way); then the unchanged file again. Every command runs as its own process under
// /usr/bin/time (wall time, CPU time, peak memory), in turn, `--runs` times; medians are
// reported. With --baseline, an older needle binary runs the same steps in the same rounds and
// `needle export-csv` of both workspaces must be byte-identical.
// Usage: bench_import [--kpis N] [--days N] [--runs N] [--needle PATH] [--baseline PATH]
//                     [--keep DIR]

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <random>

namespace {

QString writeCsv(const QString &path, int kpis, int days)
{
    std::mt19937_64 random(20261124);
    std::normal_distribution<double> noise(0, 1);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    QByteArray chunk;
    chunk.reserve(1 << 20);
    chunk += "kpi,date,value\n";
    QVector<double> level(kpis);
    for (int k = 0; k < kpis; ++k)
        level[k] = 100.0 * (k + 1);
    for (int d = 0; d < days; ++d) {
        const QByteArray date = QDate(2010, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1();
        for (int k = 0; k < kpis; ++k) {
            level[k] = std::max(0.0, level[k] * (1 + 0.0004) + noise(random) * (k + 1));
            chunk += "product_kpi_" + QByteArray::number(k).rightJustified(3, '0') + ',' + date
                + ',' + QByteArray::number(level[k], 'f', 2) + '\n';
        }
        if (chunk.size() > (1 << 20) - 4096) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
    return path;
}

// One command's cost as /usr/bin/time -f reports it (wall time from our own clock).
struct Timed
{
    double wall = -1; // seconds; -1: failed
    double cpu = 0; // user + system seconds
    qint64 peakKiB = -1; // maximum resident set size
    QByteArray out;
    QString error;
};

Timed run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    Timed t;
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("time"));
    const bool haveTime = QFileInfo::exists(QStringLiteral("/usr/bin/time"));
    QProcess p;
    QElapsedTimer clock;
    clock.start();
    if (haveTime)
        p.start(QStringLiteral("/usr/bin/time"),
                QStringList{QStringLiteral("-f"), QStringLiteral("%U %S %M"), QStringLiteral("-o"),
                            report, program}
                    + args);
    else
        p.start(program, args);
    if (!p.waitForStarted()) {
        t.error = program + QStringLiteral(" cannot be started");
        return t;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const double wall = clock.nsecsElapsed() / 1e9;
    t.out = p.readAllStandardOutput();
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        t.error = program + QStringLiteral(" failed: ") + err.right(400);
        return t;
    }
    t.wall = wall;
    QFile f(report);
    if (haveTime && f.open(QIODevice::ReadOnly)) {
        // The last line: "user system maxrss" (a line before it may say "Command exited ...").
        const QList<QByteArray> fields = f.readAll().trimmed().split('\n').last().split(' ');
        t.cpu = fields.value(0).toDouble() + fields.value(1).toDouble();
        t.peakKiB = fields.value(2).toLongLong();
    }
    return t;
}

QByteArray shellScript(const QString &csv, bool indexFirst, bool wal)
{
    const QByteArray table =
        "CREATE TABLE measurement (kpi TEXT NOT NULL, date TEXT NOT NULL, value REAL NOT NULL);\n";
    const QByteArray index =
        "CREATE UNIQUE INDEX measurement_kpi_date ON measurement (kpi, date);\n";
    const QByteArray load = ".import --csv --skip 1 '" + csv.toUtf8() + "' measurement\n";
    QByteArray script = wal ? "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\n" : "";
    script += table + (indexFirst ? index + load : load + index);
    return script + "SELECT count(*) FROM measurement;\n";
}

double median(QVector<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

struct Series
{
    QString label;
    QVector<double> wall, cpu, peakMiB;
    void add(const Timed &t)
    {
        wall << t.wall;
        cpu << t.cpu;
        peakMiB << t.peakKiB / 1024.0;
    }
};

QString seconds(double s)
{
    return QString::number(s, 'f', 3);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int kpis = 200;
    int days = 5000;
    int runs = 5;
    QString needle = QStringLiteral(NEEDLE_BINARY);
    QString baseline;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--kpis"))
            kpis = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--days"))
            days = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = qMax(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--needle"))
            needle = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--baseline"))
            baseline = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    const QString csv = dir + QStringLiteral("/values.csv");
    QElapsedTimer t;
    t.start();
    if (writeCsv(csv, kpis, days).isEmpty()) {
        out << "cannot write " << csv << Qt::endl;
        return 1;
    }
    out << "rows: " << qint64(kpis) * days << " (" << kpis << " KPIs x " << days
        << " days, ordered by date), file " << QFile(csv).size() / (1024 * 1024)
        << " MB, generated in " << t.elapsed() << " ms" << Qt::endl;
    out << "needle: " << needle << Qt::endl;
    if (!baseline.isEmpty())
        out << "baseline: " << baseline << Qt::endl;

    Series shellSlow{QStringLiteral("sqlite3 shell, index BEFORE .import (WAL)")};
    Series shellWal{QStringLiteral("sqlite3 shell, .import then index (WAL)")};
    Series shellFast{QStringLiteral("sqlite3 shell, .import then index (default journal)")};
    Series fresh{QStringLiteral("needle import, new workspace")};
    Series again{QStringLiteral("needle import, unchanged file again")};
    Series oldFresh{QStringLiteral("baseline needle import, new workspace")};
    Series oldAgain{QStringLiteral("baseline needle import, unchanged file again")};
    QVector<double> ratioFresh, ratioAgain; // needle / fastest shell way, per round
    auto fail = [&](const QString &what, const Timed &r) {
        out << what << ": " << r.error << Qt::endl;
        return 1;
    };
    auto needleRound = [&](const QString &binary, const QString &ws, Series *first,
                           Series *second) {
        QFile::remove(ws);
        QFile::remove(ws + QStringLiteral("-wal"));
        QFile::remove(ws + QStringLiteral("-shm"));
        Timed r = run(binary, {QStringLiteral("new"), ws});
        if (r.wall < 0)
            return r;
        r = run(binary, {QStringLiteral("import"), ws, csv, QStringLiteral("--create-kpis")});
        if (r.wall < 0)
            return r;
        first->add(r);
        r = run(binary, {QStringLiteral("import"), ws, csv, QStringLiteral("--create-kpis")});
        if (r.wall >= 0)
            second->add(r);
        return r;
    };
    const QString ws = dir + QStringLiteral("/bench.needle");
    const QString oldWs = dir + QStringLiteral("/baseline.needle");
    for (int round = 0; round < runs; ++round) {
        const QString db = dir + QStringLiteral("/shell.db");
        const struct
        {
            Series *series;
            bool indexFirst, wal;
        } shells[] = {
            {&shellSlow, true, true}, {&shellWal, false, true}, {&shellFast, false, false}};
        double fastest = 1e300;
        for (const auto &s : shells) {
            QFile::remove(db);
            QFile::remove(db + QStringLiteral("-wal"));
            const Timed r =
                run(QStringLiteral("sqlite3"), {db}, shellScript(csv, s.indexFirst, s.wal));
            if (r.wall < 0)
                return fail(s.series->label, r);
            // (the journal_mode pragma prints "wal" before the count)
            if (r.out.trimmed().split('\n').last().toLongLong() != qint64(kpis) * days) {
                out << s.series->label << ": loaded " << r.out.trimmed() << " rows" << Qt::endl;
                return 1;
            }
            s.series->add(r);
            if (!s.indexFirst)
                fastest = std::min(fastest, r.wall);
        }
        if (!baseline.isEmpty()) {
            const Timed r = needleRound(baseline, oldWs, &oldFresh, &oldAgain);
            if (r.wall < 0)
                return fail(oldFresh.label, r);
        }
        const Timed r = needleRound(needle, ws, &fresh, &again);
        if (r.wall < 0)
            return fail(fresh.label, r);
        ratioFresh << fresh.wall.last() / fastest;
        ratioAgain << again.wall.last() / fastest;
        out << "round " << round + 1 << ": shell fast " << seconds(fastest) << " s, needle "
            << seconds(fresh.wall.last()) << " s, again " << seconds(again.wall.last()) << " s"
            << (baseline.isEmpty()
                    ? QString()
                    : QStringLiteral(", baseline %1 s, again %2 s")
                          .arg(seconds(oldFresh.wall.last()), seconds(oldAgain.wall.last())))
            << Qt::endl;
    }

    out << "\nmedians of " << runs << " runs (wall s, CPU s, peak MB):" << Qt::endl;
    for (const Series *s :
         {&shellSlow, &shellWal, &shellFast, &oldFresh, &oldAgain, &fresh, &again})
        if (!s->wall.isEmpty())
            out << QStringLiteral("  %1 %2 %3 %4")
                       .arg(s->label, -56)
                       .arg(seconds(median(s->wall)), 7)
                       .arg(seconds(median(s->cpu)), 7)
                       .arg(QString::number(median(s->peakMiB), 'f', 0), 5)
                << Qt::endl;
    const double anchor = std::min(median(shellWal.wall), median(shellFast.wall));
    out << "needle / fastest shell way, median of the per-round ratios: new workspace "
        << QString::number(median(ratioFresh), 'f', 2) << "x (goal <= 0.8), unchanged again "
        << QString::number(median(ratioAgain), 'f', 2) << "x (goal <= 0.5); ratio of medians "
        << QString::number(median(fresh.wall) / anchor, 'f', 2) << "x and "
        << QString::number(median(again.wall) / anchor, 'f', 2) << "x" << Qt::endl;
    if (!oldFresh.wall.isEmpty())
        out << "baseline / fastest shell way (ratio of medians): new workspace "
            << QString::number(median(oldFresh.wall) / anchor, 'f', 2) << "x, unchanged again "
            << QString::number(median(oldAgain.wall) / anchor, 'f', 2) << "x" << Qt::endl;

    // What was stored: export-csv of the workspace (and the baseline's) must match.
    const Timed exported = run(needle, {QStringLiteral("export-csv"), ws});
    if (exported.wall < 0)
        return fail(QStringLiteral("export-csv"), exported);
    const qint64 lines = exported.out.count('\n');
    out << "export-csv: " << lines - 1 << " values, sha256 "
        << QCryptographicHash::hash(exported.out, QCryptographicHash::Sha256).toHex().left(16)
        << Qt::endl;
    int status = lines - 1 == qint64(kpis) * days ? 0 : 1;
    if (!baseline.isEmpty()) {
        const Timed old = run(baseline, {QStringLiteral("export-csv"), oldWs});
        const bool same = old.wall >= 0 && old.out == exported.out;
        out << "export-csv of the baseline's workspace: " << (same ? "byte-identical" : "DIFFERENT")
            << Qt::endl;
        status = same ? status : 1;
    }
    const double peak = std::max(median(fresh.peakMiB), median(again.peakMiB));
    out << "peak memory of needle import: " << QString::number(peak, 'f', 0) << " MB (goal < 200)"
        << Qt::endl;
    return status;
}
