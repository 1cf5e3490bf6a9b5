#include "cli/checkreport.h"
#include "cli/commands.h"
#include "cli/jsonwriter.h"
#include "storage/database.h"

namespace Needle {

int runCheck(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    QString error;
    const auto db = Database::open(cl.workspace, Database::Mode::ReadOnly, &error);
    if (!db) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    CheckReport report;
    if (!CheckReport::build(db->connection(), cl.asOf, cl.from, cl.to, QLocale(), &report,
                            &error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    if (cl.json)
        out << JsonWriter::write(report.toJson());
    else
        report.writeTable(out, QLocale());
    out.flush();
    return ExitOk;
}

} // namespace Needle
