// Runs a meeting on a workspace file, captures one of everything, says so on stdout and waits
// to be killed: tst_reviewkill checks that the workspace holds all of it afterwards.

#include "review/reviewsession.h"
#include "reviewfixture.h"
#include "storage/ownerrepository.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Needle;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString error;
    const QStringList args = QCoreApplication::arguments();
    std::unique_ptr<Workspace> ws = args.size() > 1 ? Workspace::open(args.at(1), &error) : nullptr;
    if (!ws) {
        out << "error: " << error << Qt::endl;
        return 1;
    }
    // Deliberately not deleted: a kill never runs destructors either.
    auto *session = new ReviewSession(ws.get());
    MeetingSetup setup;
    setup.title = QStringLiteral("Killed meeting");
    setup.date = QDate(2026, 11, 5);
    setup.periodFrom = ReviewFixture::periodFrom();
    setup.periodTo = ReviewFixture::periodTo();
    const qint64 owner = OwnerRepository(ws->connection()).all().first().id;
    const bool ok = session->start(setup, &error) && session->jumpTo(1)
        && session->addNote(QStringLiteral("note before the kill"), &error)
        && session->addDecision(QStringLiteral("decision before the kill"), &error)
        && session->addActionItem(QStringLiteral("action before the kill"), owner,
                                  QDate(2026, 11, 30), &error)
        && session->judgeAnomaly(QDate(2026, 10, 1), Verdict::NotAnomaly,
                                 QStringLiteral("verdict before the kill"), &error)
        && session->addKpi(ReviewFixture::kpiId(ws.get(), "old_metric")) && session->jumpTo(2);
    if (!ok) {
        out << "error: " << error << Qt::endl;
        return 1;
    }
    out << "captured" << Qt::endl;
    ws.release(); // never closed cleanly
    return QCoreApplication::exec();
}
