#include "cli/checkreport.h"
#include "cli/commands.h"
#include "cli/jsonwriter.h"
#include "storage/database.h"
#include "storage/sql.h"

namespace Needle {

int runCheck(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto db = Database::open(cl.workspace, Database::Mode::ReadOnly, &error);
    if (!db) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    // One snapshot, checked: a damaged workspace is an error, and an import committing
    // meanwhile is all in the report or not at all.
    Sql::ReadTransaction snapshot(db->connection());
    if (!db->checkIntegrity(&error) || !snapshot.begin(&error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    if (cl.json) {
        // Streamed: the document is written KPI by KPI, never held whole.
        if (!CheckReport::writeJson(db->connection(), cl.asOf, cl.from, cl.to, QLocale(), out,
                                    &error)) {
            err << error << Qt::endl;
            return ExitRejected;
        }
        out.flush();
        return ExitOk;
    }
    CheckReport report;
    if (!CheckReport::build(db->connection(), cl.asOf, cl.from, cl.to, QLocale(), &report,
                            &error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    report.writeTable(out, QLocale());
    out.flush();
    return ExitOk;
}

} // namespace Needle
