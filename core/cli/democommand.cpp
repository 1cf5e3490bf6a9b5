#include "cli/commands.h"
#include "demo/demoworkspace.h"

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

} // namespace Needle
