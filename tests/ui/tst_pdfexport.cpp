#include "report/kpifacts.h"
#include "storage/database.h"
#include "review/meetingsummary.h"
#include "storage/kpirepository.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Needle;

namespace {
// The demo and every export are made as of one fixed day: the suite never depends on the calendar.
const QDate kAsOf(2026, 11, 30);
QString asOfText()
{
    return kAsOf.toString(Qt::ISODate);
}
} // namespace

// `needle export-pdf` end to end on the demo workspace, checked with the poppler tools the way
// a reader's viewer sees the file: pages, text, metadata, fonts, outline, links.
class TestPdfExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void snapshotText();
    void metadata();
    void fontsEmbedded();
    void outlineAndLinks();
    void renderPages();
    void kpiSelection();
    void minutes();
    void kpiWithoutData();
    void failureLeavesNothing_data();
    void failureLeavesNothing();

private:
    static bool hasTool(const QString &tool);
    static QString tool(const QString &name, const QStringList &args, int *exitCode = nullptr);
    int run(const QStringList &args, QByteArray *err = nullptr);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_pdf;
    QVector<Kpi> m_kpis;
};

bool TestPdfExport::hasTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

QString TestPdfExport::tool(const QString &name, const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(name, args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int TestPdfExport::run(const QStringList &args, QByteArray *err)
{
    QProcess p;
    // A private runtime folder, as DESIGN asks for headless runs (Qt warns without one).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NEEDLE_BINARY), args);
    if (!p.waitForFinished(60000))
        return -1;
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestPdfExport::initTestCase()
{
    for (const char *t : {"pdftotext", "pdfinfo", "pdffonts", "pdftoppm", "pdftohtml"})
        if (!hasTool(QString::fromLatin1(t)))
            QSKIP("poppler-utils is not installed");
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.needle"));
    m_pdf = m_dir.filePath(QStringLiteral("demo.pdf"));
    QCOMPARE(run({QStringLiteral("demo"), m_demo, QStringLiteral("--as-of"), asOfText()}), 0);
    QByteArray err;
    QCOMPARE(run({QStringLiteral("export-pdf"), m_demo, m_pdf, QStringLiteral("--to"), asOfText()},
                 &err),
             0);
    QVERIFY2(err.isEmpty(), err.constData());
    QString error;
    const auto db = Database::open(m_demo, Database::Mode::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    for (const Kpi &k : KpiRepository(db->connection()).all())
        if (!k.archived)
            m_kpis << k;
    QVERIFY(m_kpis.size() >= 20);
}

void TestPdfExport::snapshotText()
{
    const QString text = tool(QStringLiteral("pdftotext"), {m_pdf, QStringLiteral("-")});
    QVERIFY(text.contains(QLatin1String("KPI snapshot")));
    QVERIFY(text.contains(QLatin1String("Contents")));
    QVERIFY(text.contains(QLatin1String("Summary")));
    QString error;
    const auto db = Database::open(m_demo, Database::Mode::ReadOnly, &error);
    const QDate today = kAsOf;
    const QString flat =
        QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    for (const Kpi &k : std::as_const(m_kpis)) {
        // Contents and section; the summary may wrap a long name over two lines.
        QVERIFY2(flat.count(k.name) >= 2, qPrintable(k.name));
        const KpiFacts f = KpiFacts::read(db->connection(), k, today.addYears(-1).addDays(1), today,
                                          QLocale(), {});
        if (f.latest)
            QVERIFY2(text.contains(f.valueText),
                     qPrintable(k.name + QLatin1Char(' ') + f.valueText));
        QVERIFY2(flat.contains(f.statusSentence(QLocale())),
                 qPrintable(f.statusSentence(QLocale())));
    }
    for (Status s : {Status::OnTrack, Status::OffTrack, Status::AtRisk})
        QVERIFY2(text.contains(displayName(s)), qPrintable(displayName(s)));
}

void TestPdfExport::metadata()
{
    const QString info = tool(QStringLiteral("pdfinfo"), {m_pdf});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+KPI snapshot: demo\\n"))),
             qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Author:\\s+\\S+"))));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Subject:\\s+KPIs of demo"))));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Needle "))));
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(pages.hasMatch());
    // Cover, contents, summary, and at least a page for every two KPIs.
    QVERIFY2(pages.captured(1).toInt() >= 3 + m_kpis.size() / 2, qPrintable(pages.captured(1)));
    QVERIFY(pages.captured(1).toInt() <= 3 + m_kpis.size() * 2);
    const QString last = tool(QStringLiteral("pdftotext"),
                              {QStringLiteral("-f"), pages.captured(1), QStringLiteral("-l"),
                               pages.captured(1), m_pdf, QStringLiteral("-")});
    QVERIFY(last.contains(QStringLiteral("Page %1 of %1").arg(pages.captured(1))));
}

void TestPdfExport::fontsEmbedded()
{
    const QStringList lines =
        tool(QStringLiteral("pdffonts"), {m_pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3);
    int fonts = 0;
    for (const QString &line : lines.mid(2)) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(line.startsWith(QLatin1String("DejaVuSans")), qPrintable(line));
        QCOMPARE(cols.value(cols.size() - 5), QStringLiteral("yes")); // emb
        ++fonts;
    }
    QCOMPARE(fonts, 2); // regular and bold
}

void TestPdfExport::outlineAndLinks()
{
    const QString xml =
        tool(QStringLiteral("pdftohtml"),
             {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"), m_pdf});
    const int items = int(xml.count(QLatin1String("<item page=")));
    QCOMPARE(items, m_kpis.size() + 1); // the summary and every KPI
    // The contents page (page 2) links every entry, title and page number.
    const QString contents =
        tool(QStringLiteral("pdftohtml"),
             {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"),
              QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"),
              m_pdf});
    QCOMPARE(int(contents.count(QLatin1String("<a href="))), 2 * (m_kpis.size() + 1));
}

void TestPdfExport::renderPages()
{
    // Into the build folder, to be looked at.
    const QString dir =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pdf-pages"));
    QDir(dir).removeRecursively();
    QVERIFY(QDir().mkpath(dir));
    int exitCode = -1;
    tool(QStringLiteral("pdftoppm"),
         {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), m_pdf,
          dir + QStringLiteral("/snapshot")},
         &exitCode);
    QCOMPARE(exitCode, 0);
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(tool(QStringLiteral("pdfinfo"), {m_pdf}));
    QCOMPARE(QDir(dir).entryList({QStringLiteral("snapshot-*.png")}).size(),
             pages.captured(1).toInt());
}

void TestPdfExport::kpiSelection()
{
    const QString out = m_dir.filePath(QStringLiteral("two.pdf"));
    QCOMPARE(
        run({QStringLiteral("export-pdf"), m_demo, out, QStringLiteral("--kpi"), m_kpis.at(0).key,
             QStringLiteral("--kpi"), m_kpis.at(1).key, QStringLiteral("--from"),
             QStringLiteral("2025-01-01"), QStringLiteral("--to"), asOfText()}),
        0);
    const QString text = tool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    QVERIFY(text.contains(m_kpis.at(0).name));
    QVERIFY(text.contains(m_kpis.at(1).name));
    for (int i = 2; i < m_kpis.size(); ++i)
        QVERIFY2(!text.contains(m_kpis.at(i).name), qPrintable(m_kpis.at(i).name));
    QVERIFY(text.contains(QLatin1String("2025")));
}

void TestPdfExport::minutes()
{
    QString error;
    const auto db = Database::open(m_demo, Database::Mode::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    const QVector<ReviewMeeting> meetings = ReviewRepository(db->connection()).meetings();
    QVERIFY(!meetings.isEmpty());
    const ReviewMeeting &meeting = meetings.first();
    const auto summary = MeetingSummary::build(db->connection(), meeting.id, kAsOf, &error);
    QVERIFY2(summary, qPrintable(error));
    QVERIFY(!summary->actionItems.isEmpty());

    const QString out = m_dir.filePath(QStringLiteral("minutes.pdf"));
    QCOMPARE(run({QStringLiteral("export-pdf"), m_demo, out, QStringLiteral("--meeting"),
                  QString::number(meeting.id), QStringLiteral("--to"), asOfText()}),
             0);
    const QString text = tool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    const QString flat =
        QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    QVERIFY(flat.contains(QLatin1String("Meeting minutes")));
    QVERIFY(flat.contains(meeting.title));
    for (const QString &attendee : meeting.attendees)
        QVERIFY2(flat.contains(attendee), qPrintable(attendee));
    for (const SummaryEntry &e : summary->decisions)
        QVERIFY2(flat.contains(e.note.text), qPrintable(e.note.text));
    for (const SummaryEntry &e : summary->actionItems) {
        QVERIFY2(flat.contains(e.note.text), qPrintable(e.note.text));
        QVERIFY2(flat.contains(e.ownerName), qPrintable(e.ownerName));
        QVERIFY(flat.contains(QLocale().toString(e.note.dueDate, QLocale::ShortFormat)));
    }
    for (const KpiMinutes &k : summary->kpis)
        QVERIFY2(flat.count(k.kpiName) >= 2, qPrintable(k.kpiName)); // agenda and section
    const QString info = tool(QStringLiteral("pdfinfo"), {out});
    QVERIFY(info.contains(QStringLiteral("Minutes: %1").arg(meeting.title)));
    const QString xml =
        tool(QStringLiteral("pdftohtml"),
             {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"), out});
    QVERIFY(xml.contains(QLatin1String("<item page=")));
    QVERIFY(xml.contains(QLatin1String(">Action items</item>")));
    // Rendered beside the snapshot's pages, to be looked at.
    const QString dir =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pdf-pages"));
    QDir().mkpath(dir);
    int exitCode = -1;
    tool(QStringLiteral("pdftoppm"),
         {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), out,
          dir + QStringLiteral("/minutes")},
         &exitCode);
    QCOMPARE(exitCode, 0);
}

void TestPdfExport::kpiWithoutData()
{
    const QString copy = m_dir.filePath(QStringLiteral("empty.needle"));
    QVERIFY(QFile::copy(m_demo, copy));
    {
        QString error;
        auto ws = Workspace::open(copy, &error);
        QVERIFY2(ws, qPrintable(error));
        Kpi kpi;
        kpi.key = QStringLiteral("not_measured_yet");
        kpi.name = QStringLiteral("Not measured yet");
        QVERIFY2(ws->addKpi(&kpi, &error), qPrintable(error));
    }
    const QString out = m_dir.filePath(QStringLiteral("empty.pdf"));
    QCOMPARE(run({QStringLiteral("export-pdf"), copy, out, QStringLiteral("--kpi"),
                  QStringLiteral("not_measured_yet"), QStringLiteral("--to"), asOfText()}),
             0);
    const QString text = tool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    QVERIFY(text.contains(QLatin1String("Not measured yet")));
    QVERIFY(text.contains(displayName(Status::NoData)));
    QVERIFY(text.contains(QLatin1String("there is no value between")));
}

void TestPdfExport::failureLeavesNothing_data()
{
    QTest::addColumn<QString>("out");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("missing_folder")
        << QStringLiteral("missing/folder/out.pdf") << QStringList() << 1;
    QTest::newRow("folder_is_a_file")
        << QStringLiteral("demo.needle/out.pdf") << QStringList() << 1;
    QTest::newRow("unknown_kpi") << QStringLiteral(
        "unknown.pdf") << QStringList{QStringLiteral("--kpi"), QStringLiteral("no_such_kpi")}
                                 << 1;
    QTest::newRow("unknown_meeting")
        << QStringLiteral("meeting.pdf")
        << QStringList{QStringLiteral("--meeting"), QStringLiteral("999")} << 1;
    QTest::newRow("period_reversed")
        << QStringLiteral("reversed.pdf")
        << QStringList{QStringLiteral("--from"), QStringLiteral("2026-05-01"),
                       QStringLiteral("--to"), QStringLiteral("2026-01-01")}
        << 2;
}

void TestPdfExport::failureLeavesNothing()
{
    QFETCH(QString, out);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    QByteArray err;
    QCOMPARE(
        run(QStringList{QStringLiteral("export-pdf"), m_demo, m_dir.filePath(out)} + extra, &err),
        exitCode);
    QVERIFY(!err.trimmed().isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(out)));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
