#include "../core/reviewfixture.h"
#include "demo/demoworkspace.h"
#include "review/agendadialog.h"
#include "review/agendaeditor.h"
#include "review/agendamodel.h"
#include "review/presentationwidget.h"
#include "review/presenterview.h"
#include "review/reviewsession.h"
#include "review/startmeetingdialog.h"
#include "storage/reviewrepository.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QUndoStack>
#include <QtTest>

using namespace Needle;

// The agenda editor, offscreen: keys (Alt+Up/Down, Delete, Space, Enter), buttons, adding a KPI,
// a drag as the view performs it (the model's MIME data dropped on the view's model), undo; the
// agenda page of the slides and the presenter view's editor; the dialog that plans a meeting.
class TestAgendaEditor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void keys_data();
    void keys();
    void buttonsAndAdd();
    void dragInTheView();
    void undoShortcut();
    void slidesAgendaPage_data();
    void slidesAgendaPage();
    void presenterViewEditsAndForwardsKeys();
    void planningDialog();
    void startDialogOffersToPlan();

private:
    QString order() const; // KPI keys, a trailing - for skipped
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ReviewSession> m_session;
    QString m_error;
};

void TestAgendaEditor::init()
{
    m_session.reset();
    m_ws = Workspace::createInMemory(&m_error);
    QVERIFY2(m_ws && ReviewFixture::fill(m_ws.get(), &m_error), qPrintable(m_error));
    m_session = std::make_unique<ReviewSession>(m_ws.get());
    MeetingSetup setup;
    setup.title = QStringLiteral("October review");
    setup.date = QDate(2026, 11, 5);
    setup.periodFrom = ReviewFixture::periodFrom();
    setup.periodTo = ReviewFixture::periodTo();
    QVERIFY2(m_session->start(setup, &m_error), qPrintable(m_error));
}

QString TestAgendaEditor::order() const
{
    // Read back from the workspace: every change must be saved at once.
    const auto m = ReviewRepository(m_ws->connection()).meeting(m_session->meeting().id);
    QStringList keys;
    for (const AgendaItem &item : m->agenda)
        keys << KpiRepository(m_ws->connection()).byId(item.kpiId)->key
                + (item.skipped ? QStringLiteral("-") : QString());
    return keys.join(QLatin1Char(' '));
}

void TestAgendaEditor::keys_data()
{
    QTest::addColumn<int>("select");
    QTest::addColumn<QString>("keys"); // alt+up, alt+down, delete, space, up, down
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("selected");
    QTest::newRow("alt_down") << 0 << "alt+down"
                              << "churn revenue signups legacy nps activation csat" << 1;
    QTest::newRow("alt_down_twice") << 0 << "alt+down,alt+down"
                                    << "churn signups revenue legacy nps activation csat" << 2;
    QTest::newRow("alt_up") << 3 << "alt+up"
                            << "revenue churn legacy signups nps activation csat" << 2;
    QTest::newRow("alt_up_at_top") << 0 << "alt+up"
                                   << "revenue churn signups legacy nps activation csat" << 0;
    QTest::newRow("alt_down_at_bottom") << 6 << "alt+down"
                                        << "revenue churn signups legacy nps activation csat" << 6;
    QTest::newRow("delete_skips") << 2 << "delete"
                                  << "revenue churn signups- legacy nps activation csat" << 2;
    QTest::newRow("delete_twice_restores")
        << 2 << "delete,delete"
        << "revenue churn signups legacy nps activation csat" << 2;
    QTest::newRow("space_skips") << 4 << "space"
                                 << "revenue churn signups legacy nps- activation csat" << 4;
    QTest::newRow("select_then_move") << 0 << "down,down,alt+up"
                                      << "revenue signups churn legacy nps activation csat" << 1;
}

void TestAgendaEditor::keys()
{
    QFETCH(int, select);
    QFETCH(QString, keys);
    QFETCH(QString, expected);
    QFETCH(int, selected);
    AgendaEditor editor(m_session.get());
    QAbstractItemModelTester tester(editor.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.resize(500, 400);
    editor.show();
    QListView *view = editor.view();
    view->setFocus();
    view->setCurrentIndex(editor.model()->index(select, 0));
    for (const QString &k : keys.split(QLatin1Char(','))) {
        if (k == QLatin1String("alt+up"))
            QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
        else if (k == QLatin1String("alt+down"))
            QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
        else if (k == QLatin1String("up"))
            QTest::keyClick(view, Qt::Key_Up);
        else if (k == QLatin1String("down"))
            QTest::keyClick(view, Qt::Key_Down);
        else if (k == QLatin1String("delete"))
            QTest::keyClick(view, Qt::Key_Delete);
        else if (k == QLatin1String("space"))
            QTest::keyClick(view, Qt::Key_Space);
    }
    QCOMPARE(order(), expected);
    QCOMPARE(editor.selectedRow(), selected);
}

void TestAgendaEditor::buttonsAndAdd()
{
    AgendaEditor editor(m_session.get());
    editor.show();
    QCOMPARE(editor.selectedRow(), 0); // the item on screen
    QList<QPushButton *> buttons = editor.findChildren<QPushButton *>();
    auto button = [&](const QString &text) -> QPushButton * {
        for (QPushButton *b : buttons)
            if (b->text().remove(QLatin1Char('&')) == text)
                return b;
        return nullptr;
    };
    QVERIFY(button(QStringLiteral("Move up")) && !button(QStringLiteral("Move up"))->isEnabled());
    button(QStringLiteral("Move down"))->click();
    QCOMPARE(order(), QStringLiteral("churn revenue signups legacy nps activation csat"));
    QVERIFY(button(QStringLiteral("Move up"))->isEnabled());
    button(QStringLiteral("Skip"))->click();
    QCOMPARE(order(), QStringLiteral("churn revenue- signups legacy nps activation csat"));
    QVERIFY(button(QStringLiteral("Put back")));
    button(QStringLiteral("Put back"))->click();
    QCOMPARE(order(), QStringLiteral("churn revenue signups legacy nps activation csat"));

    // Only KPIs not on the agenda can be added; the archived one says so.
    QComboBox *kpis = editor.kpiBox();
    QCOMPARE(kpis->count(), 1);
    QCOMPARE(kpis->itemText(0), QStringLiteral("Old metric (archived)"));
    editor.addButton()->click();
    // After the item on screen (revenue, now second).
    QCOMPARE(order(),
             QStringLiteral("churn revenue old_metric signups legacy nps activation csat"));
    QCOMPARE(editor.selectedRow(), 2);
    QCOMPARE(kpis->count(), 0);
    QVERIFY(!editor.addButton()->isEnabled());
}

void TestAgendaEditor::dragInTheView()
{
    // A drag within the list, as the view does it: the dragged rows' MIME data dropped on the
    // view's model between two items, then the view's clean-up after a move.
    AgendaEditor editor(m_session.get());
    editor.show();
    QListView *view = editor.view();
    QCOMPARE(view->dragDropMode(), QAbstractItemView::InternalMove);
    QAbstractItemModel *model = view->model();
    QVERIFY(model->supportedDropActions() & Qt::MoveAction);
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(5, 0)}));
    QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    model->removeRows(5, 1); // what a view asks after a move; the rows are already in place
    QCOMPARE(order(), QStringLiteral("revenue activation churn signups legacy nps csat"));
    QVERIFY(model->index(1, 0).data().toString().startsWith(QStringLiteral("Activation — ")));
}

void TestAgendaEditor::undoShortcut()
{
    AgendaEditor editor(m_session.get());
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    editor.view()->setFocus();
    QTest::keyClick(editor.view(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(order(), QStringLiteral("churn revenue signups legacy nps activation csat"));
    QTest::keyClick(editor.view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(order(), QStringLiteral("revenue churn signups legacy nps activation csat"));
    // Redo is the platform's key (Ctrl+Shift+Z or Ctrl+Y).
    const QKeyCombination redo = QKeySequence(QKeySequence::Redo)[0];
    QTest::keyClick(editor.view(), redo.key(), redo.keyboardModifiers());
    QCOMPARE(order(), QStringLiteral("churn revenue signups legacy nps activation csat"));
}

void TestAgendaEditor::slidesAgendaPage_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("current");
    QTest::newRow("alt_down_moves_the_chosen")
        << "g,down,alt+down"
        << "revenue signups churn legacy nps activation csat" << 0;
    QTest::newRow("alt_up_moves_the_current")
        << "right,g,alt+up"
        << "churn revenue signups legacy nps activation csat" << 0;
    QTest::newRow("delete_skips") << "g,down,delete,esc,right"
                                  << "revenue churn- signups legacy nps activation csat" << 2;
    QTest::newRow("moved_then_shown") << "g,down,down,down,alt+up,alt+up,enter"
                                      << "revenue legacy churn signups nps activation csat" << 1;
    QTest::newRow("delete_on_a_slide_does_nothing")
        << "delete"
        << "revenue churn signups legacy nps activation csat" << 0;
}

void TestAgendaEditor::slidesAgendaPage()
{
    QFETCH(QString, keys);
    QFETCH(QString, expected);
    QFETCH(int, current);
    PresentationWidget w(m_session.get());
    w.resize(1280, 720);
    w.show();
    for (const QString &k : keys.split(QLatin1Char(','))) {
        if (k == QLatin1String("g"))
            QTest::keyClick(&w, Qt::Key_G);
        else if (k == QLatin1String("down"))
            QTest::keyClick(&w, Qt::Key_Down);
        else if (k == QLatin1String("right"))
            QTest::keyClick(&w, Qt::Key_Right);
        else if (k == QLatin1String("alt+down"))
            QTest::keyClick(&w, Qt::Key_Down, Qt::AltModifier);
        else if (k == QLatin1String("alt+up"))
            QTest::keyClick(&w, Qt::Key_Up, Qt::AltModifier);
        else if (k == QLatin1String("delete"))
            QTest::keyClick(&w, Qt::Key_Delete);
        else if (k == QLatin1String("esc"))
            QTest::keyClick(&w, Qt::Key_Escape);
        else if (k == QLatin1String("enter"))
            QTest::keyClick(&w, Qt::Key_Return);
    }
    QCOMPARE(order(), expected);
    QCOMPARE(m_session->currentIndex(), current);
    QCOMPARE(w.slide() != nullptr, true);
}

void TestAgendaEditor::presenterViewEditsAndForwardsKeys()
{
    PresentationWidget slides(m_session.get());
    slides.show();
    PresenterView presenter(m_session.get(), &slides);
    presenter.show();
    AgendaEditor *editor = presenter.agendaEditor();
    QListView *view = editor->view();
    view->setFocus();
    view->setCurrentIndex(editor->model()->index(3, 0));
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(order(), QStringLiteral("revenue churn legacy signups nps activation csat"));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(order(), QStringLiteral("revenue churn legacy- signups nps activation csat"));
    // A presenter remote's keys still drive the slides while the agenda has the focus.
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(m_session->currentIndex(), 1);
    QTest::keyClick(view, Qt::Key_PageDown);
    QCOMPARE(m_session->currentIndex(), 3); // legacy is skipped now
    QTest::keyClick(view, Qt::Key_B);
    QCOMPARE(slides.page(), PresentationWidget::Page::Black);
    QTest::keyClick(view, Qt::Key_B);
    // A number typed on the remote, then Enter, jumps there, not to the chosen row.
    view->setCurrentIndex(editor->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_7);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_session->currentIndex(), 6);
    QVERIFY(slides.typedNumber().isEmpty());
    // Enter (or a double-click) shows the chosen item.
    view->setCurrentIndex(editor->model()->index(5, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_session->currentIndex(), 5);
    QCOMPARE(slides.page(), PresentationWidget::Page::Slide);
    // The slides' own agenda follows the edits.
    QCOMPARE(slides.agendaModel()->index(2, 0).data(KpiIdRole).toLongLong(),
             ReviewFixture::kpiId(m_ws.get(), "legacy"));
    QVERIFY(slides.agendaModel()->index(2, 0).data(AgendaModel::SkippedRole).toBool());
}

void TestAgendaEditor::planningDialog()
{
    // The demo, planned ahead of its meeting, for a screenshot of the editor.
    m_session.reset();
    m_ws = Workspace::createInMemory(&m_error);
    QVERIFY2(m_ws, qPrintable(m_error));
    QVERIFY2(DemoWorkspace::fill(m_ws->connection(), QDate(2026, 11, 21), &m_error),
             qPrintable(m_error));
    qint64 id = 0;
    {
        ReviewSession planner(m_ws.get());
        MeetingSetup setup = ReviewSession::proposedSetup(m_ws.get(), QDate(2026, 11, 21));
        setup.hideRest = true;
        QVERIFY2(planner.plan(setup, &m_error), qPrintable(m_error));
        id = planner.meeting().id;
    }
    AgendaDialog dialog(m_ws.get());
    QVERIFY2(dialog.open(id, &m_error), qPrintable(m_error));
    dialog.show();
    AgendaEditor *editor = dialog.editor();
    editor->view()->setCurrentIndex(editor->model()->index(2, 0));
    QVERIFY(editor->moveSelected(-1));
    QVERIFY(editor->toggleSkipSelected());
    QVERIFY(editor->toggleSkipSelected());
    QTest::qWait(20);
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
    QVERIFY(dialog.grab().save(QStringLiteral("screenshots/review-agenda-editor.png")));
    const auto stored = ReviewRepository(m_ws->connection()).meeting(id);
    QCOMPARE(stored->status, MeetingStatus::Planned);
    QCOMPARE(stored->agenda, dialog.session()->meeting().agenda);
    QVERIFY(dialog.windowTitle().contains(stored->title));
}

void TestAgendaEditor::startDialogOffersToPlan()
{
    StartMeetingDialog dialog(m_ws.get());
    dialog.show();
    QPushButton *plan = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Plan the agenda first")))
            plan = b;
    QVERIFY(plan);
    QVERIFY(plan->isEnabled());
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
    QVERIFY(dialog.grab().save(QStringLiteral("screenshots/review-start.png")));
    plan->click();
    QCOMPARE(dialog.result(), int(StartMeetingDialog::PlanResult));
    QCOMPARE(dialog.setup().attendees,
             (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Bob Marley")}));
}

QTEST_MAIN(TestAgendaEditor)
#include "tst_agendaeditor.moc"
