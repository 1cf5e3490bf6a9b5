#include "demo/demoworkspace.h"

#include "analysis/rollup.h"
#include "catalog/kpilibrary.h"
#include "demo/demoseries.h"
#include "storage/benchmarkrepository.h"
#include "storage/database.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/ownerrepository.h"
#include "storage/reviewrepository.h"
#include "storage/sql.h"
#include "storage/targetrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <cmath>

namespace Needle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::DemoWorkspace", text);
}

struct DemoKpi
{
    const char *key;
    const char *owner; // "" for none
    SeriesShape shape;
};

// Owners: name, e-mail, team.
const char *const owners[][3] = {
    {"Alice Martin", "alice.martin@example.com", "Product"},
    {"Ben Okafor", "ben.okafor@example.com", "Growth"},
    {"Carla Jiménez", "carla.jimenez@example.com", "Finance"},
    {"Deepak Rao", "deepak.rao@example.com", "Engineering"},
    {"Emma Schulz", "emma.schulz@example.com", "Customer Success"},
    {"Farid Haddad", "farid.haddad@example.com", "Marketing"},
};

QVector<DemoKpi> demoKpis()
{
    auto shape = [](double start, double end, double noise, double absNoise, int decimals,
                    double weekend = 1.0, double yearly = 0.0) {
        SeriesShape s;
        s.start = start;
        s.end = end;
        s.noise = noise;
        s.absoluteNoise = absNoise;
        s.decimals = decimals;
        s.weekendFactor = weekend;
        s.yearlyAmplitude = yearly;
        return s;
    };
    return {
        {"dau", "Ben Okafor", shape(3800, 5600, 0.03, 0, 0, 0.65, 0.08)},
        {"mau", "Ben Okafor", shape(11000, 16500, 0.015, 0, 0)},
        {"dau_mau", "Alice Martin", {}},
        {"signups", "Ben Okafor", shape(300, 470, 0.07, 0, 0, 1.0, 0.10)},
        {"activation_rate", "Alice Martin", shape(34, 40, 0, 1.2, 1)},
        {"conversion_rate", "Farid Haddad", shape(3.6, 4.8, 0, 0.25, 1)},
        {"feature_adoption", "", shape(12, 31, 0, 1.0, 1)},
        {"mrr", "Carla Jiménez", shape(120000, 265000, 0.004, 0, 0)},
        {"arr", "Carla Jiménez", {}},
        {"customer_churn", "Emma Schulz", shape(3.6, 2.7, 0, 0.2, 2)},
        {"revenue_churn", "Carla Jiménez", shape(2.9, 2.1, 0, 0.2, 2)},
        {"retention", "Emma Schulz", {}},
        {"cltv", "Carla Jiménez", shape(7200, 9800, 0.02, 0, 0)},
        {"cac", "Farid Haddad", shape(2500, 2150, 0.05, 0, 0)},
        {"ltv_cac", "Carla Jiménez", {}},
        {"gross_margin", "Carla Jiménez", shape(71, 76.5, 0, 0.6, 1)},
        {"nps", "Emma Schulz", shape(27, 41, 0, 2.5, 0)},
        {"csat", "Emma Schulz", shape(81, 86.5, 0, 1.0, 1)},
        {"time_to_market", "Deepak Rao", shape(96, 68, 0, 5, 0)},
        {"innovation_rate", "Deepak Rao", shape(17, 26, 0, 1.0, 1)},
        {"rnd_spend_ratio", "Deepak Rao", shape(21, 23, 0, 1.5, 1)},
    };
}

// The dates a KPI's source would report: every day, every Monday, the first of every month
// or quarter, up to the last complete period before the as-of date (daily: the as-of date).
QVector<QDate> reportingDates(Cadence cadence, const QDate &first, const QDate &asOf)
{
    const Granularity g = granularityOf(cadence);
    QVector<QDate> dates;
    QDate d = cadence == Cadence::Daily ? first : nextPeriod(periodStart(first, g), g);
    for (; d <= asOf; d = nextPeriod(d, g)) {
        if (cadence != Cadence::Daily && periodEnd(d, g) > asOf)
            break;
        dates << d;
    }
    return dates;
}

// Replaces the value nearest to `when` by value * factor + offset.
void inject(QVector<QDate> &dates, QVector<double> &values, const QDate &when, double factor,
            double offset, int decimals)
{
    int best = -1;
    for (int i = 0; i < dates.size(); ++i)
        if (best < 0 || qAbs(dates.at(i).daysTo(when)) < qAbs(dates.at(best).daysTo(when)))
            best = i;
    if (best < 0)
        return;
    const double scale = std::pow(10.0, decimals);
    values[best] = std::round((values.at(best) * factor + offset) * scale) / scale;
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

} // namespace

bool DemoWorkspace::fill(const QSqlDatabase &db, const QDate &asOf, QString *errorMessage)
{
    if (!asOf.isValid())
        return fail(errorMessage, tr("The demo needs a valid as-of date."));
    Sql::WriteTransaction tx(db);
    if (!tx.begin(errorMessage))
        return false;

    OwnerRepository ownerRepo(db);
    QHash<QString, qint64> ownerIds;
    for (const auto &o : owners) {
        Owner owner;
        owner.name = QString::fromUtf8(o[0]);
        owner.email = QString::fromUtf8(o[1]);
        owner.team = QString::fromUtf8(o[2]);
        if (!ownerRepo.insert(&owner, errorMessage))
            return false;
        ownerIds.insert(owner.name, owner.id);
    }

    KpiRepository kpiRepo(db);
    MeasurementRepository valueRepo(db);
    QHash<QString, qint64> kpiIds;
    const QDate first = asOf.addYears(-3).addDays(1);
    DemoRandom random(20240917);
    for (const DemoKpi &d : demoKpis()) {
        const std::optional<LibraryEntry> entry = KpiLibrary::find(QString::fromLatin1(d.key));
        if (!entry)
            return fail(errorMessage,
                        tr("The KPI library lacks %1.").arg(QString::fromLatin1(d.key)));
        Kpi kpi = entry->kpi;
        kpi.ownerId = ownerIds.value(QString::fromUtf8(d.owner));
        kpi.omtm = kpi.key == QLatin1String("mrr");
        kpi.sourceNote = kpi.isComputed() ? QString() : tr("Demo data, generated by Needle");
        if (kpi.key == QLatin1String("dau") || kpi.key == QLatin1String("activation_rate"))
            kpi.tags = QStringList{QStringLiteral("engagement")};
        if (kpi.category == Category::Financial)
            kpi.tags = QStringList{QStringLiteral("board")};
        if (!kpiRepo.insert(&kpi, errorMessage))
            return false;
        kpiIds.insert(kpi.key, kpi.id);
        if (kpi.isComputed())
            continue;

        QVector<QDate> dates = reportingDates(kpi.cadence, first, asOf);
        QVector<double> values = generateSeries(dates, d.shape, random);
        const int dec = d.shape.decimals;
        // Injected events, so the anomaly detection and the review have something to find.
        if (kpi.key == QLatin1String("dau")) {
            inject(dates, values, asOf.addDays(-12), 0.55, 0, dec); // login outage
            inject(dates, values, asOf.addDays(-40), 1.55, 0, dec); // launch campaign
            inject(dates, values, asOf.addDays(-400), 0.6, 0, dec);
        } else if (kpi.key == QLatin1String("signups")) {
            inject(dates, values, asOf.addDays(-35), 1.8, 0, dec);
        } else if (kpi.key == QLatin1String("customer_churn")) {
            inject(dates, values, asOf.addMonths(-3), 1.0, 2.4, dec);
        } else if (kpi.key == QLatin1String("nps")) {
            inject(dates, values, asOf.addMonths(-5), 1.0, -13, dec);
        } else if (kpi.key == QLatin1String("cac")) {
            inject(dates, values, asOf.addMonths(-1), 1.4, 0, dec);
        } else if (kpi.key == QLatin1String("rnd_spend_ratio")) {
            inject(dates, values, asOf.addMonths(-3), 1.0, 4.5, dec);
        } else if (kpi.key == QLatin1String("activation_rate")) {
            const QDate shift = asOf.addMonths(-6); // onboarding redesign: a level shift
            for (int i = 0; i < dates.size(); ++i)
                if (dates.at(i) >= shift)
                    values[i] = std::round((values.at(i) + 5.0) * 10) / 10;
        }
        for (int i = 0; i < dates.size(); ++i) {
            Measurement m;
            m.kpiId = kpi.id;
            m.date = dates.at(i);
            m.value = values.at(i);
            if (!valueRepo.put(m, errorMessage))
                return false;
        }
    }

    // Targets: some time-phased with deadlines.
    TargetRepository targetRepo(db);
    const QDate yearStart(asOf.year(), 1, 1);
    const QDate yearEnd(asOf.year(), 12, 31);
    auto target = [&](const char *key, std::optional<double> value, const QDate &from,
                      const QDate &deadline, double tolerance = 0.05,
                      std::optional<double> low = std::nullopt,
                      std::optional<double> high = std::nullopt, const QString &note = QString()) {
        Target t;
        t.kpiId = kpiIds.value(QString::fromLatin1(key));
        t.value = value;
        t.low = low;
        t.high = high;
        t.effectiveFrom = from;
        t.deadline = deadline;
        t.tolerance = tolerance;
        t.note = note;
        return targetRepo.insert(&t, errorMessage);
    };
    const bool targetsOk =
        target("mrr", 180000, first, yearStart.addDays(-1), 0.05, {}, {}, tr("Last year's plan"))
        && target("mrr", 300000, yearStart, yearEnd, 0.05, {}, {}, tr("This year's plan"))
        && target("dau", 5000, first, yearStart.addDays(-1))
        && target("dau", 6000, yearStart, yearEnd)
        && target("activation_rate", 45, asOf.addYears(-1), QDate())
        && target("customer_churn", 2.5, first, QDate(), 0.1)
        && target("revenue_churn", 2.0, first, QDate(), 0.1)
        && target("nps", 40, asOf.addYears(-2), yearEnd) && target("csat", 85, first, QDate())
        && target("gross_margin", 75, first, QDate()) && target("cac", 2000, first, QDate(), 0.1)
        && target("ltv_cac", 3, first, QDate()) && target("signups", 450, yearStart, yearEnd)
        && target("conversion_rate", 5, first, QDate())
        && target("time_to_market", 60, first, yearEnd, 0.1)
        && target("rnd_spend_ratio", std::nullopt, first, QDate(), 0.05, 15, 25)
        && target("dau_mau", 35, first, QDate()) && target("innovation_rate", 25, first, QDate());
    if (!targetsOk)
        return false;

    BenchmarkRepository benchRepo(db);
    const QString source =
        tr("Illustrative figure that ships with the demo, not a published study");
    const QDate benchDate(asOf.year() - 1, 6, 30);
    const struct
    {
        const char *key;
        const char *label;
        double value;
    } benchmarks[] = {
        {"nps", QT_TRANSLATE_NOOP("Needle::DemoWorkspace", "B2B software median"), 36},
        {"customer_churn", QT_TRANSLATE_NOOP("Needle::DemoWorkspace", "B2B SaaS median"), 3.5},
        {"revenue_churn", QT_TRANSLATE_NOOP("Needle::DemoWorkspace", "B2B SaaS median"), 2.5},
        {"gross_margin", QT_TRANSLATE_NOOP("Needle::DemoWorkspace", "SaaS median"), 75},
        {"gross_margin", QT_TRANSLATE_NOOP("Needle::DemoWorkspace", "Top quartile"), 82},
        {"ltv_cac", QT_TRANSLATE_NOOP("Needle::DemoWorkspace", "Rule of thumb"), 3},
        {"dau_mau", QT_TRANSLATE_NOOP("Needle::DemoWorkspace", "SaaS median"), 13},
        {"activation_rate", QT_TRANSLATE_NOOP("Needle::DemoWorkspace", "SaaS median"), 36},
        {"conversion_rate", QT_TRANSLATE_NOOP("Needle::DemoWorkspace", "Free-trial median"), 4},
        {"csat", QT_TRANSLATE_NOOP("Needle::DemoWorkspace", "Software industry average"), 78},
    };
    for (const auto &b : benchmarks) {
        Benchmark bm;
        bm.kpiId = kpiIds.value(QString::fromLatin1(b.key));
        bm.label = tr(b.label);
        bm.value = b.value;
        bm.source = source;
        bm.asOf = benchDate;
        if (!benchRepo.insert(&bm, errorMessage))
            return false;
    }

    // Two past review meetings with notes, decisions and action items (one overdue).
    ReviewRepository reviewRepo(db);
    const QLocale english(QLocale::English);
    QStringList attendees;
    for (const auto &o : owners)
        attendees << QString::fromUtf8(o[0]);
    auto meeting = [&](int daysAgo, const QStringList &keys, ReviewMeeting *m) {
        m->date = asOf.addDays(-daysAgo);
        m->title = tr("Monthly KPI review, %1")
                       .arg(english.toString(m->date, QStringLiteral("MMMM yyyy")));
        m->attendees = attendees.mid(0, 5);
        m->status = MeetingStatus::Closed;
        m->periodTo = m->date.addDays(-1);
        m->periodFrom = m->periodTo.addMonths(-1).addDays(1);
        m->startedAt = QDateTime(m->date, QTime(10, 0), Qt::UTC);
        m->endedAt = QDateTime(m->date, QTime(10, 55), Qt::UTC);
        for (const QString &k : keys) {
            AgendaItem item;
            item.kpiId = kpiIds.value(k);
            item.secondsSpent = 420;
            m->agenda << item;
        }
        return reviewRepo.insertMeeting(m, errorMessage);
    };
    ReviewMeeting first_, second;
    if (!meeting(56,
                 {QStringLiteral("mrr"), QStringLiteral("customer_churn"), QStringLiteral("nps"),
                  QStringLiteral("activation_rate"), QStringLiteral("cac")},
                 &first_)
        || !meeting(26,
                    {QStringLiteral("mrr"), QStringLiteral("dau"), QStringLiteral("signups"),
                     QStringLiteral("cac"), QStringLiteral("time_to_market")},
                    &second))
        return false;

    auto note = [&](const ReviewMeeting &m, const char *key, NoteKind kind, const QString &text,
                    const char *owner = "", int dueInDays = 0, bool done = false) {
        ReviewNote n;
        n.meetingId = m.id;
        n.kpiId = kpiIds.value(QString::fromLatin1(key));
        n.period = m.periodFrom;
        n.kind = kind;
        n.text = text;
        n.author = QStringLiteral("Alice Martin");
        n.ownerId = ownerIds.value(QString::fromUtf8(owner));
        if (kind == NoteKind::ActionItem)
            n.dueDate = asOf.addDays(dueInDays);
        n.done = done;
        n.createdAt = m.startedAt.addSecs(600);
        return reviewRepo.insertNote(&n, errorMessage);
    };
    const bool notesOk = note(first_, "customer_churn", NoteKind::Note,
                              tr("The churn spike follows the price change for legacy plans."))
        && note(first_, "customer_churn", NoteKind::Decision,
                tr("Keep legacy plans at their old price for six more months."))
        && note(first_, "customer_churn", NoteKind::ActionItem,
                tr("Call the 20 largest legacy accounts about the new plans."), "Emma Schulz", -35,
                true)
        && note(first_, "activation_rate", NoteKind::Decision,
                tr("Ship the new onboarding checklist to all sign-ups."))
        && note(second, "cac", NoteKind::Decision,
                tr("Move a fifth of the paid-search budget to content."))
        && note(second, "cac", NoteKind::ActionItem,
                tr("Report CAC by channel for the last two quarters."), "Farid Haddad", -5, false)
        && note(second, "time_to_market", NoteKind::ActionItem,
                tr("Publish the release train calendar."), "Deepak Rao", 20, false)
        && note(second, "dau", NoteKind::Note,
                tr("The DAU dip in the campaign week was the login outage, not the campaign."));
    if (!notesOk)
        return false;

    AnomalyVerdict v;
    v.kpiId = kpiIds.value(QStringLiteral("customer_churn"));
    v.period = periodStart(asOf.addMonths(-3), Granularity::Month);
    v.verdict = Verdict::KnownCause;
    v.explanation = tr("Price change for legacy plans.");
    v.meetingId = first_.id;
    v.createdAt = first_.startedAt.addSecs(900);
    if (!reviewRepo.insertVerdict(&v, errorMessage))
        return false;

    return tx.commit(errorMessage);
}

bool DemoWorkspace::write(const QString &path, const QDate &asOf, QString *errorMessage)
{
    if (QFileInfo::exists(path))
        return fail(errorMessage, tr("%1 already exists; it was not overwritten.").arg(path));
    const QString part = path + QStringLiteral(".part");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(part + suffix);
    bool ok = false;
    {
        auto db = Database::open(part, Database::Mode::CreateNew, errorMessage);
        ok = db && fill(db->connection(), asOf, errorMessage)
            && Sql::exec(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                         errorMessage);
    }
    if (ok && !QFile::rename(part, path)) {
        ok = fail(errorMessage, tr("Cannot write %1.").arg(path));
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(part + suffix);
    return ok;
}

} // namespace Needle
