#include "cli/commands.h"
#include "demo/demoworkspace.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace Needle {

int runDemo(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out);
    const QDate asOf = cl.asOf.isValid() ? cl.asOf : QDate::currentDate();
    QString error;
    if (!DemoWorkspace::write(cl.workspace, asOf, &error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    err << QCoreApplication::translate("Needle::DemoCommand", "Wrote the demo workspace %1.")
               .arg(cl.workspace)
        << Qt::endl;
    return ExitOk;
}

int runNew(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out);
    QString error;
    // CreateNew refuses an existing file that is not empty: nothing is ever overwritten.
    if (!Database::open(cl.workspace, Database::Mode::CreateNew, &error)) {
        err << error << Qt::endl;
        return ExitRejected;
    }
    err << QCoreApplication::translate("Needle::DemoCommand", "Wrote the empty workspace %1.")
               .arg(cl.workspace)
        << Qt::endl;
    return ExitOk;
}

} // namespace Needle
