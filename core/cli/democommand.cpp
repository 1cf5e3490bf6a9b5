#include "cli/commands.h"
#include "demo/demoworkspace.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace Needle {

int runDemo(const CommandLine &cl, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out);
    const QDate asOf = cl.asOf.isValid() ? cl.asOf : QDate::currentDate();
    // The demo spans three years before the as-of date and deadlines after it; dates are
    // stored as YYYY-MM-DD (years 1 to 9999); the demo keeps to modern calendar years.
    const QDate earliest(1900, 1, 1);
    const QDate latest(9989, 12, 31);
    if (asOf < earliest || asOf > latest) {
        err << QCoreApplication::translate(
                   "Needle::DemoCommand",
                   "--as-of %1 is outside the dates a demo workspace can hold: choose a date "
                   "from %2 to %3. Nothing was written.")
                   .arg(asOf.toString(Qt::ISODate), earliest.toString(Qt::ISODate),
                        latest.toString(Qt::ISODate))
            << Qt::endl;
        return ExitRejected;
    }
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
