#include "sources/exportwhen.h"

#include "cli/commandline.h"

#include <QCoreApplication>
#include <QStringList>

namespace Needle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Needle::ExportWhen", text);
}

const QStringList weekdays = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                              QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                              QStringLiteral("sun")};

} // namespace

bool ExportWhen::parse(const QString &text, ExportWhen *out, QString *errorMessage)
{
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    ExportWhen w;
    bool ok = false;
    if (parts.size() == 1 && CommandLine::parseDuration(parts.at(0)) > 0) {
        w.kind = Kind::Every;
        w.seconds = CommandLine::parseDuration(parts.at(0));
        ok = true;
    } else if (!parts.isEmpty() && parts.size() <= 2) {
        w.time = QTime::fromString(parts.constLast(), QStringLiteral("H:mm"));
        const QString first = parts.size() == 2 ? parts.at(0) : QStringLiteral("daily");
        if (w.time.isValid()) {
            ok = true;
            if (first == QLatin1String("daily"))
                w.kind = Kind::Daily;
            else if (first == QLatin1String("before-meeting"))
                w.kind = Kind::BeforeMeeting;
            else if (weekdays.contains(first.left(3))
                     && QStringLiteral("monday tuesday wednesday "
                                       "thursday friday saturday "
                                       "sunday")
                            .contains(first)) {
                w.kind = Kind::Weekly;
                w.weekday = int(weekdays.indexOf(first.left(3))) + 1;
            } else {
                ok = false;
            }
        }
    }
    if (!ok) {
        if (errorMessage)
            *errorMessage = tr("\"%1\" is not a schedule: use a duration (1d, 1w), a time "
                               "(07:00), a day and time (mon 07:00) or before-meeting 18:00.")
                                .arg(text);
        return false;
    }
    *out = w;
    return true;
}

QDateTime ExportWhen::nextAfter(const QDateTime &after, const QVector<QDate> &meetings) const
{
    const QDateTime local = after.toLocalTime();
    switch (kind) {
    case Kind::Every:
        return local.addSecs(seconds);
    case Kind::Daily:
    case Kind::Weekly:
        for (int i = 0; i <= 7; ++i) {
            const QDate day = local.date().addDays(i);
            const QDateTime at(day, time);
            if (at > local && (kind == Kind::Daily || day.dayOfWeek() == weekday))
                return at;
        }
        return {};
    case Kind::BeforeMeeting:
        break;
    }
    QDateTime next;
    for (const QDate &meeting : meetings) {
        const QDateTime at(meeting.addDays(-1), time);
        if (at > local && (!next.isValid() || at < next))
            next = at;
    }
    return next;
}

} // namespace Needle
