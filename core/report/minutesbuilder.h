#pragma once

#include "report/reportcontent.h"
#include "report/reportoptions.h"

#include <QSqlDatabase>

namespace Needle {

struct MeetingSummary;

// Builds the minutes of a review meeting: a cover (meeting, date, attendees, duration), the
// agenda, the decisions, the action-item table (owner, due date), the anomaly verdicts, then per
// KPI discussed its chart and status and what was said about it; open action items of earlier
// meetings last. Reads the summary the review mode shows at the end of a meeting.
class MinutesBuilder
{
public:
    static bool build(const QSqlDatabase &db, const QString &workspaceName,
                      const ReportOptions &options, ReportDocument *document,
                      QString *errorMessage);
    // From a summary already built (the review mode's end screen).
    static void build(const QSqlDatabase &db, const QString &workspaceName,
                      const MeetingSummary &summary, const ReportOptions &options,
                      ReportDocument *document);
};

} // namespace Needle
