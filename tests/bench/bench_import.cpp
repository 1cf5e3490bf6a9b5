// Import speed: a seeded 1,000,000-row long CSV (200 KPIs x 5,000 days) into a fresh
// workspace, side by side with the sqlite3 shell's .import of the same file into a typed table
// with a unique (kpi, date) index; then the unchanged file again; and the peak memory.
// Usage: bench_import [--kpis N] [--days N] [--keep DIR]

#include "import/importer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <random>

using namespace Needle;

namespace {

qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

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

double sqliteShell(const QString &csv, const QString &db, QString *error)
{
    const QByteArray script =
        "PRAGMA journal_mode = WAL;\n"
        "PRAGMA synchronous = NORMAL;\n"
        "CREATE TABLE measurement (kpi TEXT NOT NULL, date TEXT NOT NULL, value REAL NOT NULL);\n"
        "CREATE UNIQUE INDEX measurement_kpi_date ON measurement (kpi, date);\n"
        ".import --csv --skip 1 '"
        + csv.toUtf8()
        + "' measurement\n"
          "SELECT count(*) FROM measurement;\n";
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {db});
    if (!p.waitForStarted()) {
        *error = QStringLiteral("sqlite3 is not installed (Debian package sqlite3)");
        return -1;
    }
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const double seconds = t.nsecsElapsed() / 1e9;
    *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return p.exitCode() == 0 ? seconds : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int kpis = 200;
    int days = 5000;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--kpis"))
            kpis = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--days"))
            days = args.at(i + 1).toInt();
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
    out << "rows: " << qint64(kpis) * days << " (" << kpis << " KPIs x " << days << " days), file "
        << QFile(csv).size() / (1024 * 1024) << " MB, generated in " << t.elapsed() << " ms"
        << Qt::endl;

    QString error;
    const double shell = sqliteShell(csv, dir + QStringLiteral("/shell.db"), &error);
    if (shell < 0)
        out << "sqlite3 shell: failed: " << error << Qt::endl;
    else
        out << "sqlite3 shell .import (typed table + unique (kpi, date) index): "
            << QString::number(shell, 'f', 2) << " s" << Qt::endl;

    const QString workspace = dir + QStringLiteral("/bench.needle");
    QFile::remove(workspace);
    {
        const auto db = Database::open(workspace, Database::Mode::CreateNew, &error);
        if (!db) {
            out << error << Qt::endl;
            return 1;
        }
    }
    ImportOptions options;
    options.createKpis = true;
    options.previewLimit = 0;
    double first = 0;
    double again = 0;
    for (int round = 0; round < 2; ++round) {
        const auto db = Database::open(workspace, Database::Mode::OpenExisting, &error);
        Importer importer(db->connection());
        t.start();
        const ImportResult r = importer.importFile(csv, options);
        const double seconds = t.nsecsElapsed() / 1e9;
        if (!r.ok()) {
            out << "import failed: " << r.summary() << Qt::endl;
            return 1;
        }
        (round == 0 ? first : again) = seconds;
        out << (round == 0 ? "needle import into a fresh workspace: "
                           : "needle re-import, unchanged: ")
            << QString::number(seconds, 'f', 2) << " s (" << r.valuesWritten << " written, "
            << r.unchanged << " unchanged)" << Qt::endl;
    }
    const qint64 peak = peakKiB();
    out << "peak memory (VmHWM): " << peak / 1024 << " MB" << Qt::endl;
    const bool ok = shell > 0 && first <= shell && again <= shell && peak < 300 * 1024;
    out << (ok ? "targets met" : "targets NOT met")
        << " (import <= sqlite3 shell, re-import <= sqlite3 shell, peak < 300 MB)" << Qt::endl;
    return 0;
}
