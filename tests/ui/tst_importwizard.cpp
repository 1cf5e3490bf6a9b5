#include "import/importcontroller.h"
#include "import/importhistorydialog.h"
#include "import/importpages.h"
#include "import/importwizard.h"
#include "import/folderwatcher.h"
#include "import/newkpipanel.h"
#include "import/previewmodel.h"
#include "import/sheetgridmodel.h"
#include "import/watchedfoldersdialog.h"
#include "shell/mainwindow.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Needle;

// The import wizard driven as a user would, end to end through real files into a real
// workspace: detection, preview counts, errors in their cells, valid rows only, the import in
// the background with cancel, the history with undo, watched folders, and "Open With".
// Each page is saved as a PNG in the build folder (screenshots/) to be looked at.
class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void endToEnd_data();
    void endToEnd();
    void previewFaultyRows_data();
    void previewFaultyRows();
    void chooseSheet();
    void cancelImport();
    void numbersAsTheKpiShowsThem_data();
    void numbersAsTheKpiShowsThem();
    void createListKeepsOrder_data();
    void createListKeepsOrder();
    void newKpiChoices();
    void historyUndo();
    void watchedFolders();
    void controllerOpensWizard();

private:
    static QString fixture(const QString &name)
    {
        return QStringLiteral(NEEDLE_TEST_DATA "/import/wizard/") + name;
    }
    void shoot(QWidget *w, const QString &name);
    void checkHighlight(PreviewModel *model, const QVector<PreviewRow> &lines, int line, int faulty,
                        ImportIssue::Severity severity, const QString &message);
    void importThrough(ImportWizard &wizard, const QString &file, bool skipInvalid);
    void choose(NewKpiPanel *panel, int row, const QString &choice);
    qint64 valueCount() const { return MeasurementRepository(m_ws->connection()).count(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestImportWizard::shoot(QWidget *w, const QString &name)
{
    QDir().mkpath(QStringLiteral("screenshots"));
    QVERIFY(w->grab().save(QStringLiteral("screenshots/import_%1.png").arg(name)));
}

void TestImportWizard::init()
{
    QString error;
    m_ws = Workspace::create(
        m_dir.filePath(QStringLiteral("w%1.needle").arg(QDateTime::currentMSecsSinceEpoch())),
        &error);
    QVERIFY2(m_ws, qPrintable(error));
    KpiRepository kpis(m_ws->connection());
    for (const auto &[key, name] :
         {std::pair{"mrr", "MRR"}, std::pair{"active_users", "Active users"}}) {
        Kpi k;
        k.key = QString::fromLatin1(key);
        k.name = QString::fromLatin1(name);
        QVERIFY2(kpis.insert(&k, &error), qPrintable(error));
    }
}

void TestImportWizard::cleanup()
{
    m_ws.reset();
}

void TestImportWizard::endToEnd_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("layout");
    QTest::addColumn<bool>("hasErrors");
    QTest::addColumn<int>("newValues");
    QTest::addColumn<int>("invalidRows");
    QTest::newRow("long_with_errors")
        << QStringLiteral("long_errors.csv") << int(ImportLayout::Long) << true << 5 << 2;
    QTest::newRow("wide_semicolon")
        << QStringLiteral("wide_semicolon.csv") << int(ImportLayout::Wide) << false << 6 << 0;
}

void TestImportWizard::endToEnd()
{
    QFETCH(QString, file);
    QFETCH(int, layout);
    QFETCH(bool, hasErrors);
    QFETCH(int, newValues);
    QFETCH(int, invalidRows);

    ImportWizard wizard(m_ws.get());
    wizard.show();
    wizard.setFilePath(fixture(file));
    QTRY_VERIFY(wizard.filePage()->isComplete());
    QVERIFY(wizard.filePage()->statusLabel()->text().contains(file));
    shoot(&wizard, QStringLiteral("%1_1_file").arg(QString::fromLatin1(QTest::currentDataTag())));
    wizard.next(); // a CSV has one sheet: straight to the mapping
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QCOMPARE(int(wizard.mapping().layout), layout);
    QVERIFY(wizard.mappingPage()->isComplete());
    shoot(&wizard,
          QStringLiteral("%1_2_mapping").arg(QString::fromLatin1(QTest::currentDataTag())));

    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 10000);
    PreviewPage *preview = wizard.previewPage();
    QAbstractItemModelTester tester(preview->previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(int(wizard.plan().newValues), newValues);
    QCOMPARE(int(wizard.plan().invalidRows), invalidRows);
    QVERIFY(preview->countsLabel()->text().contains(QString::number(newValues)));
    QCOMPARE(preview->isComplete(), !hasErrors);

    if (hasErrors) {
        // The faulty cell of each invalid line is red and says why.
        PreviewModel *model = preview->previewModel();
        int red = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const int column = model->faultyColumn(r);
            if (column < 0)
                continue;
            const QModelIndex cell = model->index(r, column);
            QVERIFY(cell.data(Qt::BackgroundRole).value<QBrush>().color().red() > 0xe0);
            QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
            ++red;
        }
        QCOMPARE(red, invalidRows);
        QVERIFY(preview->issueList()->count() >= invalidRows);
        // The problems are listed across the page (no empty column left for KPIs to create).
        QVERIFY(preview->issueList()->isVisible());
        if (!preview->newKpiPanel()->isVisible())
            QVERIFY(preview->issueList()->width() >= preview->previewTable()->width() * 9 / 10);
        shoot(&wizard,
              QStringLiteral("%1_3_preview_errors")
                  .arg(QString::fromLatin1(QTest::currentDataTag())));
        preview->skipInvalidBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 10000);
        QVERIFY(preview->isComplete());
    }
    if (!hasErrors) // nothing to list: no empty pane under the table
        QVERIFY(!preview->issueList()->isVisible() && !preview->newKpiPanel()->isVisible()
                && preview->issueList()->parentWidget()->isHidden());
    shoot(&wizard,
          QStringLiteral("%1_4_preview").arg(QString::fromLatin1(QTest::currentDataTag())));

    QCOMPARE(valueCount(), 0); // nothing written before Import
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.runPage()->isComplete(), 10000);
    QCOMPARE(wizard.result().outcome, ImportResult::Outcome::Imported);
    QCOMPARE(valueCount(), qint64(newValues));
    shoot(&wizard, QStringLiteral("%1_5_done").arg(QString::fromLatin1(QTest::currentDataTag())));

    // The same file again changes nothing and says so.
    ImportWizard again(m_ws.get());
    again.show();
    again.setFilePath(fixture(file));
    QTRY_VERIFY(again.filePage()->isComplete());
    again.next();
    again.next();
    QTRY_VERIFY_WITH_TIMEOUT(!again.isBusy(), 10000);
    QCOMPARE(int(again.plan().newValues), 0);
    QCOMPARE(int(again.plan().unchangedValues), newValues);
}

// An invalid line still shows what was read: the row's date when the value is wrong, and the
// faulty cell's text where its date or value would be.
void TestImportWizard::previewFaultyRows_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("sheetRow");
    QTest::addColumn<QDate>("date"); // invalid: the date column shows the text instead
    QTest::addColumn<QString>("dateText");
    QTest::addColumn<QString>("valueText");
    QTest::newRow("long, value not a number")
        << QByteArray("kpi,date,value\nmrr,2024-01-31,100\nmrr,2024-02-29,abc\n") << 3
        << QDate(2024, 2, 29) << QString() << QStringLiteral("abc");
    QTest::newRow("long, impossible date")
        << QByteArray("kpi,date,value\nmrr,2024-01-31,100\nmrr,2024-13-01,5\n") << 3 << QDate()
        << QStringLiteral("2024-13-01") << QString();
    QTest::newRow("wide, value not a number")
        << QByteArray("date,mrr,active_users\n2024-01-31,100,5\n2024-02-29,x7,6\n") << 3
        << QDate(2024, 2, 29) << QString() << QStringLiteral("x7");
    QTest::newRow("wide, the row's other value")
        << QByteArray("date,mrr,active_users\n2024-01-31,100,5\n2024-02-29,6,x7\n") << 3
        << QDate(2024, 2, 29) << QString() << QStringLiteral("x7");
}

void TestImportWizard::previewFaultyRows()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, sheetRow);
    QFETCH(QDate, date);
    QFETCH(QString, dateText);
    QFETCH(QString, valueText);
    const QString tag =
        QString::fromLatin1(QTest::currentDataTag()).remove(u',').replace(u' ', u'_');
    const QString path = m_dir.filePath(QStringLiteral("faulty_%1.csv").arg(tag));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();

    ImportWizard wizard(m_ws.get());
    wizard.show();
    wizard.setFilePath(path);
    QTRY_VERIFY(wizard.filePage()->isComplete());
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 10000);
    QCOMPARE(int(wizard.plan().invalidRows), 1);
    PreviewModel *model = wizard.previewPage()->previewModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The line of the faulty cell; the other lines of its row are invalid too and show their
    // values.
    const QVector<PreviewRow> &lines = wizard.plan().preview;
    QCOMPARE(lines.size(), model->rowCount());
    int line = -1;
    int siblings = 0;
    for (int r = 0; r < lines.size(); ++r) {
        if (lines.at(r).status != PreviewRow::Status::Invalid)
            continue;
        if (!lines.at(r).hasValue) {
            line = r;
            continue;
        }
        ++siblings;
        QCOMPARE(model->faultyColumn(r), -1); // its own cells are fine
        QCOMPARE(model->index(r, PreviewModel::ValueColumn).data().toString(),
                 QLocale().toString(lines.at(r).value, 'g', 15));
        QCOMPARE(model->index(r, PreviewModel::DateColumn).data().toString(),
                 QLocale().toString(date, QLocale::ShortFormat));
    }
    QVERIFY(line >= 0);
    QCOMPARE(siblings,
             QString::fromLatin1(QTest::currentDataTag()).startsWith(QLatin1String("wide")) ? 1
                                                                                            : 0);
    QCOMPARE(model->index(line, PreviewModel::RowColumn).data().toLongLong(), qint64(sheetRow));
    const QString shownDate = model->index(line, PreviewModel::DateColumn).data().toString();
    QCOMPARE(shownDate, date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : dateText);
    QCOMPARE(model->index(line, PreviewModel::ValueColumn).data().toString(), valueText);
    const int faulty = date.isValid() ? PreviewModel::ValueColumn : PreviewModel::DateColumn;
    QCOMPARE(model->faultyColumn(line), faulty);
    checkHighlight(model, lines, line, faulty, ImportIssue::Severity::Error,
                   wizard.plan().issues.constFirst().message);
    if (QTest::currentTestFailed())
        return;
    shoot(&wizard, QStringLiteral("faulty_%1").arg(tag));

    // Valid rows only: the same cell, now a warning (the row is skipped), the rest as before.
    wizard.previewPage()->skipInvalidBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 10000);
    QVERIFY(wizard.previewPage()->isComplete());
    QCOMPARE(model->rowCount(), int(lines.size()));
    QCOMPARE(model->faultyColumn(line), faulty);
    QCOMPARE(wizard.plan().issues.constFirst().severity, ImportIssue::Severity::Warning);
    checkHighlight(model, wizard.plan().preview, line, faulty, ImportIssue::Severity::Warning,
                   wizard.plan().issues.constFirst().message);
    if (QTest::currentTestFailed())
        return;
    shoot(&wizard, QStringLiteral("faulty_%1_skipped").arg(tag));
}

// Only the faulty cell carries the issue (severity role, colour, icon, tool tip with the
// message); the other cells of every line keep the normal look, and an invalid line's row cell
// carries the icon and the reason in words (not colour alone).
void TestImportWizard::checkHighlight(PreviewModel *model, const QVector<PreviewRow> &lines,
                                      int line, int faulty, ImportIssue::Severity severity,
                                      const QString &message)
{
    QCOMPARE(int(lines.size()), model->rowCount());
    QBrush faultyBrush;
    for (int r = 0; r < model->rowCount(); ++r) {
        const bool invalid = lines.at(r).status == PreviewRow::Status::Invalid;
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex cell = model->index(r, c);
            const QString where = QStringLiteral("line %1 column %2").arg(r).arg(c);
            if (r == line && c == faulty) {
                QCOMPARE(cell.data(PreviewModel::IssueSeverityRole).toInt(), int(severity));
                faultyBrush = cell.data(Qt::BackgroundRole).value<QBrush>();
                QVERIFY2(faultyBrush.style() != Qt::NoBrush, qPrintable(where));
                QVERIFY2(!cell.data(Qt::DecorationRole).value<QIcon>().isNull(), qPrintable(where));
                QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(message),
                         qPrintable(where));
                QVERIFY2(cell.data(Qt::AccessibleDescriptionRole).toString().contains(message),
                         qPrintable(where));
                continue;
            }
            QVERIFY2(!cell.data(PreviewModel::IssueSeverityRole).isValid(), qPrintable(where));
            QVERIFY2(!cell.data(Qt::BackgroundRole).isValid(), qPrintable(where));
            QVERIFY2(!cell.data(Qt::ForegroundRole).isValid(), qPrintable(where));
            const bool marker = invalid && c == PreviewModel::RowColumn;
            QVERIFY2(cell.data(Qt::DecorationRole).value<QIcon>().isNull() != marker,
                     qPrintable(where));
            QVERIFY2(cell.data(Qt::AccessibleDescriptionRole).toString().isEmpty() != marker,
                     qPrintable(where));
        }
    }
    // Errors red, warnings amber: told apart by colour as well as by icon and words.
    const QColor colour = faultyBrush.color();
    if (severity == ImportIssue::Severity::Error)
        QVERIFY(colour.red() > 0xe0 && colour.green() < 0xa0);
    else
        QVERIFY(colour.red() > 0xe0 && colour.green() > 0xc0 && colour.blue() < 0xa0);
}

// A workbook with several sheets asks which one; the grid follows the choice.
void TestImportWizard::chooseSheet()
{
    ImportWizard wizard(m_ws.get());
    wizard.show();
    wizard.setFilePath(fixture(QStringLiteral("two_sheets.xlsx")));
    QTRY_VERIFY(wizard.filePage()->isComplete());
    QCOMPARE(wizard.peek().sheets.size(), 2);
    QCOMPARE(wizard.peek().sheet, QStringLiteral("Notes"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::SheetPageId));
    QCOMPARE(wizard.sheetPage()->sheetList()->count(), 2);
    wizard.sheetPage()->sheetList()->setCurrentRow(1);
    QTRY_VERIFY(wizard.sheetPage()->isComplete());
    QCOMPARE(wizard.peek().sheet, QStringLiteral("Values"));
    QCOMPARE(wizard.peek().rows.size(), 9);
    shoot(&wizard, QStringLiteral("sheet"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QCOMPARE(wizard.mapping().layout, ImportLayout::Long);
    QCOMPARE(wizard.mapping().role(1), ColumnRole::Date);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 10000);
    QCOMPARE(int(wizard.plan().newValues), 8);
    QVERIFY(wizard.previewPage()->isComplete());
}

// Choosing what a name becomes never moves the list: the same names in the same rows after
// every choice, the current row kept.
void TestImportWizard::createListKeepsOrder_data()
{
    QTest::addColumn<int>("tick");
    QTest::newRow("first") << 0;
    QTest::newRow("middle") << 1;
    QTest::newRow("last") << 2;
}

void TestImportWizard::createListKeepsOrder()
{
    QFETCH(int, tick);
    const QString path = m_dir.filePath(QStringLiteral("unknown.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("kpi,date,value\nZeta rate,2026-01-01,1\nAlpha count,2026-01-01,2\n"
            "Mid score,2026-01-01,3\nmrr,2026-01-01,4\n");
    f.close();
    ImportWizard wizard(m_ws.get());
    wizard.show();
    wizard.setFilePath(path);
    QTRY_VERIFY(wizard.filePage()->isComplete());
    wizard.next();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 10000);
    NewKpiPanel *panel = wizard.previewPage()->newKpiPanel();
    QTableWidget *list = panel->table();
    const auto names = [list] {
        QStringList n;
        for (int i = 0; i < list->rowCount(); ++i)
            n << list->item(i, 0)->text();
        return n;
    };
    const QStringList before = names();
    QCOMPARE(before,
             (QStringList{QStringLiteral("Alpha count"), QStringLiteral("Mid score"),
                          QStringLiteral("Zeta rate")}));
    // The app's messages never send a desktop user to a command-line flag.
    QListWidget *issues = wizard.previewPage()->issueList();
    QVERIFY(issues->count() >= 3);
    for (int i = 0; i < issues->count(); ++i)
        QVERIFY2(!issues->item(i)->text().contains(QLatin1String("--")),
                 qPrintable(issues->item(i)->text()));
    for (const QString &choice : {QStringLiteral("new"), QStringLiteral("skip")}) {
        list->setCurrentCell(tick, 0);
        choose(panel, tick, choice);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 10000);
        QCOMPARE(names(), before);
        QCOMPARE(list->currentRow(), tick);
        QCOMPARE(panel->choiceBox(tick)->currentData().toString(), choice);
    }
}

void TestImportWizard::choose(NewKpiPanel *panel, int row, const QString &choice)
{
    QComboBox *box = panel->choiceBox(row);
    QVERIFY(box);
    const int index = box->findData(choice);
    QVERIFY2(index >= 0, qPrintable(choice));
    box->setCurrentIndex(index);
    emit box->activated(index);
}

// Names in the file become new KPIs with the guessed (and corrected) definitions, or existing
// KPIs under another name, remembered for the next file; the owners the file names are
// created with them when asked.
void TestImportWizard::newKpiChoices()
{
    const QString path = m_dir.filePath(QStringLiteral("kpis_1.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("kpi,date,value,owner\nChurn %,2026-01-31,2.41 %,Ada\nSupport cost,2026-01-31,"
            "1200.50,Ada\nUsers,2026-01-31,5,Ada\n");
    f.close();
    ImportWizard wizard(m_ws.get());
    wizard.resize(1024, 700);
    wizard.show();
    wizard.setFilePath(path);
    QTRY_VERIFY(wizard.filePage()->isComplete());
    wizard.next();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 10000);
    NewKpiPanel *panel = wizard.previewPage()->newKpiPanel();
    QCOMPARE(panel->table()->rowCount(), 3);
    QVERIFY(!wizard.previewPage()->isComplete()); // three unknown names
    choose(panel, 0, QStringLiteral("new"));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 10000);
    panel->table()->setCurrentCell(0, 0);
    QVERIFY(panel->unitBox()->isVisible());
    QCOMPARE(panel->unitBox()->currentData().toString(), QStringLiteral("percent"));
    QCOMPARE(panel->decimalsBox()->value(), 2);
    QCOMPARE(panel->directionBox()->currentData().toInt(), int(Direction::LowerIsBetter));
    QVERIFY2(panel->guessLabel()->text().contains(QLatin1String("Customer churn rate")),
             qPrintable(panel->guessLabel()->text()));
    panel->decimalsBox()->setValue(1); // corrected
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 10000);
    QCOMPARE(wizard.plan().kpisToCreate.size(), 1);
    QCOMPARE(wizard.plan().kpisToCreate.at(0).decimals, 1);
    choose(panel, 1, QStringLiteral("new"));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 10000);
    choose(panel, 2, QStringLiteral("kpi:active_users"));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 10000);
    QVERIFY(panel->ownersBox()->isVisible());
    QVERIFY(panel->ownersBox()->text().contains(QLatin1String("Ada")));
    panel->ownersBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 10000);
    QVERIFY(wizard.previewPage()->isComplete());
    QVERIFY(wizard.plan().unknownKpis.isEmpty());
    shoot(&wizard, QStringLiteral("new_kpis"));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.runPage()->isComplete(), 10000);
    QCOMPARE(wizard.result().outcome, ImportResult::Outcome::Imported);

    KpiRepository kpis(m_ws->connection());
    const std::optional<Kpi> churn = kpis.byKeyOrName(QStringLiteral("Churn %"));
    QVERIFY(churn);
    QCOMPARE(churn->unit, Unit::Percent);
    QCOMPARE(churn->decimals, 1);
    QCOMPARE(churn->direction, Direction::LowerIsBetter);
    QVERIFY(churn->ownerId > 0);
    const std::optional<Kpi> cost = kpis.byKeyOrName(QStringLiteral("Support cost"));
    QVERIFY(cost);
    QCOMPARE(cost->direction, Direction::LowerIsBetter);
    QCOMPARE(cost->decimals, 2); // as written: 1200.50
    QCOMPARE(kpis.all().size(), 4); // "Users" went to Active users

    // The next month's file: "Users" is Active users again, without asking.
    const QString next = m_dir.filePath(QStringLiteral("kpis_2.csv"));
    QFile g(next);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("kpi,date,value,owner\nUsers,2026-02-28,6,Ada\n");
    g.close();
    ImportWizard again(m_ws.get());
    again.show();
    again.setFilePath(next);
    QTRY_VERIFY(again.filePage()->isComplete());
    again.next();
    again.next();
    QTRY_VERIFY_WITH_TIMEOUT(!again.isBusy(), 10000);
    QVERIFY(again.plan().unknownKpis.isEmpty());
    QVERIFY(again.previewPage()->isComplete());
    QCOMPARE(int(again.plan().newValues), 1);
}

// Values in the previews read as the KPI formats them (a percent KPI: "2.41 %"), sheet cells as
// the sheet formats them; the tool tip has the full precision.
void TestImportWizard::numbersAsTheKpiShowsThem_data()
{
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("cellFormat");
    QTest::addColumn<double>("cellNumber");
    QTest::addColumn<QString>("preview");
    QTest::addColumn<QString>("cell");
    QTest::newRow("percent") << int(Unit::Percent) << 2 << QStringLiteral("percent")
                             << 0.024111888434943 << QStringLiteral("2.41 %")
                             << QStringLiteral("2.41 %");
    QTest::newRow("count") << int(Unit::Count) << 0 << QString() << 2.4111888434943
                           << QStringLiteral("2") << QStringLiteral("2.4112");
    QTest::newRow("currency") << int(Unit::Ratio) << 1 << QStringLiteral("currency:EUR") << 1234.5
                              << QStringLiteral("2.4") << QStringLiteral("1,234.50 EUR");
}

void TestImportWizard::numbersAsTheKpiShowsThem()
{
    QFETCH(int, unit);
    QFETCH(int, decimals);
    QFETCH(QString, cellFormat);
    QFETCH(double, cellNumber);
    QFETCH(QString, preview);
    QFETCH(QString, cell);
    Kpi k;
    k.key = QStringLiteral("churn");
    k.unit = Unit(unit);
    k.decimals = decimals;
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKpis({k});
    ImportPlan plan;
    PreviewRow row;
    row.kpiKey = k.key;
    row.kpiName = QStringLiteral("Churn");
    row.date = QDate(2026, 10, 1);
    row.value = 2.4111888434943;
    row.hasValue = true;
    plan.preview << row;
    model.setPlan(plan);
    const QModelIndex value = model.index(0, PreviewModel::ValueColumn);
    QCOMPARE(value.data().toString(), preview);
    QCOMPARE(value.data(Qt::ToolTipRole).toString(), QStringLiteral("2.4111888434943"));
    Cell c;
    c.type = Cell::Type::Number;
    c.number = cellNumber;
    c.format = cellFormat;
    QCOMPARE(SheetGridModel::displayText(c), cell);
}

void TestImportWizard::cancelImport()
{
    // Big enough that the import is still running when Cancel is pressed.
    const QString path = m_dir.filePath(QStringLiteral("big.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("kpi,date,value\n");
    const QDate start(2000, 1, 1);
    for (int d = 0; d < 40000; ++d) {
        const QByteArray day = start.addDays(d).toString(Qt::ISODate).toLatin1();
        f.write("mrr," + day + ',' + QByteArray::number(d) + "\nactive_users," + day + ','
                + QByteArray::number(d * 2) + '\n');
    }
    f.close();

    ImportWizard wizard(m_ws.get());
    wizard.show();
    wizard.setFilePath(path);
    QTRY_VERIFY(wizard.filePage()->isComplete());
    wizard.next();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 15000);
    QCOMPARE(int(wizard.plan().newValues), 80000);
    wizard.next();
    QVERIFY(wizard.isBusy());
    QVERIFY(wizard.runPage()->cancelButton()->isVisible());
    shoot(&wizard, QStringLiteral("cancel_running"));
    QTest::mouseClick(wizard.runPage()->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.runPage()->isComplete(), 15000);
    QCOMPARE(wizard.result().outcome, ImportResult::Outcome::Cancelled);
    QCOMPARE(valueCount(), 0);
    QVERIFY(
        wizard.runPage()->summaryLabel()->text().contains(QLatin1String("Nothing was written")));
}

void TestImportWizard::historyUndo()
{
    ImportWizard wizard(m_ws.get());
    connect(&wizard, &ImportWizard::imported, this,
            [this](const ImportResult &r) { QVERIFY(r.batchId > 0); });
    wizard.show();
    wizard.setFilePath(fixture(QStringLiteral("wide_semicolon.csv")));
    QTRY_VERIFY(wizard.filePage()->isComplete());
    wizard.next();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isBusy(), 10000);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.runPage()->isComplete(), 10000);
    QCOMPARE(valueCount(), 6);

    ImportHistoryDialog history(m_ws.get());
    history.show();
    QCOMPARE(history.table()->rowCount(), 1);
    history.table()->selectRow(0);
    shoot(&history, QStringLiteral("history"));
    QVERIFY(history.undoSelected());
    QCOMPARE(valueCount(), 0);
    QVERIFY(!history.undoSelected()); // already undone
    m_ws->undoStack()->undo(); // Edit > Undo writes the batch again
    QCOMPARE(valueCount(), 6);
}

void TestImportWizard::watchedFolders()
{
    // A file the watcher refused is in the dialog's log with the reason.
    QTemporaryDir folder;
    QFile bad(folder.filePath(QStringLiteral("sales-2026-03.csv")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("kpi,date,value\nSupport tickets,2026-03-01,12\n");
    bad.close();
    FolderWatcher watcher(m_ws->filePath());
    watcher.setDebounceInterval(50);
    QSignalSpy tried(&watcher, &FolderWatcher::fileImported);
    watcher.setFolders({folder.path()});
    QTRY_COMPARE_WITH_TIMEOUT(tried.count(), 1, 20000);
    WatchedFoldersDialog dialog(m_ws.get(), nullptr, &watcher);
    QCOMPARE(dialog.logTable()->rowCount(), 1);
    const QString what = dialog.logTable()->item(0, 2)->text();
    QVERIFY2(what.contains(QLatin1String("\"Support tickets\" is not a KPI")), qPrintable(what));
    QVERIFY(dialog.logTable()->item(0, 1)->text().contains(QLatin1String("sales-2026-03.csv")));
    QSignalSpy changed(&dialog, &WatchedFoldersDialog::foldersChanged);
    QVERIFY(!dialog.addFolder(m_dir.filePath(QStringLiteral("no-such-folder"))));
    QVERIFY(dialog.addFolder(m_dir.path()));
    QCOMPARE(dialog.list()->count(), 1);
    QCOMPARE(changed.count(), 1);
    dialog.show();
    shoot(&dialog, QStringLiteral("watched_folders"));
    dialog.list()->setCurrentRow(0);
    QVERIFY(dialog.removeSelected());
    QCOMPARE(dialog.list()->count(), 0);
}

void TestImportWizard::controllerOpensWizard()
{
    MainWindow window;
    window.show();
    ImportController *controller = window.importController();
    QVERIFY(!controller->importAction()->isEnabled());
    const QString file = fixture(QStringLiteral("long_errors.csv"));
    controller->importFiles({file}); // no workspace yet: waits for one
    QVERIFY(!controller->wizard());
    QVERIFY(window.openWorkspace(m_ws->filePath()));
    QTRY_VERIFY(controller->wizard());
    QCOMPARE(controller->importAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QTRY_VERIFY(controller->wizard()->filePage()->isComplete());
    QCOMPARE(controller->wizard()->filePath(), QFileInfo(file).absoluteFilePath());
    controller->wizard()->reject();
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
