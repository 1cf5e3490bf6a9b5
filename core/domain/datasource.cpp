#include "domain/datasource.h"

namespace Needle {

QString storageName(JobRun::Outcome outcome)
{
    switch (outcome) {
    case JobRun::Outcome::Written:
        return QStringLiteral("written");
    case JobRun::Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case JobRun::Outcome::Rejected:
        return QStringLiteral("rejected");
    case JobRun::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

JobRun::Outcome jobOutcomeFromName(const QString &name)
{
    if (name == QLatin1String("written"))
        return JobRun::Outcome::Written;
    if (name == QLatin1String("unchanged"))
        return JobRun::Outcome::Unchanged;
    if (name == QLatin1String("rejected"))
        return JobRun::Outcome::Rejected;
    return JobRun::Outcome::Failed;
}

QString storageName(ScheduledExport::Kind kind)
{
    return kind == ScheduledExport::Kind::Check ? QStringLiteral("check") : QStringLiteral("pdf");
}

} // namespace Needle
