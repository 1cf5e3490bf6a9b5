#include "demo/demoworkspace.h"
#include "models/kpifilterproxymodel.h"
#include "models/kpitablemodel.h"
#include "pdf/exportpdfdialog.h"
#include "shell/statusnotice.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QtTest>

using namespace Needle;

// File > Export PDF...: the dialog's options and the write with progress.
class TestExportPdfDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void options_data();
    void options();
    void writesThroughProgress();
    void noticeAfterExport_data();
    void noticeAfterExport();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

void TestExportPdfDialog::initTestCase()
{
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("demo.needle"));
    QVERIFY2(DemoWorkspace::write(path, QDate(2026, 11, 30), &error), qPrintable(error));
    m_workspace = Workspace::open(path, &error);
    QVERIFY2(m_workspace, qPrintable(error));
}

void TestExportPdfDialog::options_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<int>("kpis");
    QTest::addColumn<bool>("meeting");
    QTest::newRow("all") << QString() << 0 << false;
    QTest::newRow("visible") << QStringLiteral("rate") << -1 << false;
    QTest::newRow("minutes") << QStringLiteral("minutes") << 0 << true;
}

void TestExportPdfDialog::options()
{
    QFETCH(QString, choice);
    QFETCH(int, kpis);
    QFETCH(bool, meeting);
    KpiTableModel model(m_workspace.get());
    KpiFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setText(QStringLiteral("rate"));
    ExportPdfDialog dialog(m_workspace.get(), &proxy);
    const QList<QRadioButton *> radios = dialog.findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 3);
    if (choice == QLatin1String("rate"))
        radios.at(1)->setChecked(true);
    if (meeting)
        radios.at(2)->setChecked(true);
    const ReportOptions o = dialog.options();
    if (kpis < 0) {
        QCOMPARE(o.kpiKeys.size(), proxy.rowCount());
        QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < model.rowCount());
    } else {
        QCOMPARE(o.kpiKeys.size(), kpis);
    }
    QCOMPARE(o.meetingId > 0, meeting);
    QVERIFY(o.from < o.to);
    if (!meeting) {
        dialog.resize(dialog.sizeHint());
        QVERIFY(dialog.grab().save(QDir(QCoreApplication::applicationDirPath())
                                       .filePath(QStringLiteral("exportpdfdialog.png"))));
    }
}

void TestExportPdfDialog::writesThroughProgress()
{
    ReportOptions o;
    o.kpiKeys = {QStringLiteral("mrr")};
    o.pageSize = QPageSize::Letter;
    o.orientation = QPageLayout::Landscape;
    o = o.resolved();
    const QString path = m_dir.filePath(QStringLiteral("out.pdf"));
    QVERIFY(ExportPdfDialog::write(m_workspace.get(), o, path, nullptr));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    // Letter, landscape: 792 x 612 points.
    QVERIFY(bytes.contains("/MediaBox [0 0 792.000000 612.000000]"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
}

// After the file is written the window's status bar says where, with Open and Show in Folder.
void TestExportPdfDialog::noticeAfterExport_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("file");
    QTest::newRow("open") << QStringLiteral("Open") << true;
    QTest::newRow("show_in_folder") << QStringLiteral("Show in Folder") << false;
}

void TestExportPdfDialog::noticeAfterExport()
{
    QFETCH(QString, button);
    QFETCH(bool, file);
    QMainWindow window;
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<QUrl> opened;
    StatusNotice::setOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    ReportOptions o;
    o.kpiKeys = {QStringLiteral("mrr")};
    o = o.resolved();
    const QString path = m_dir.filePath(QStringLiteral("notice.pdf"));
    QVERIFY(ExportPdfDialog::write(m_workspace.get(), o, path, &window));
    StatusNotice *notice = window.statusBar()->findChild<StatusNotice *>();
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->message().contains(QStringLiteral("notice.pdf")),
             qPrintable(notice->message()));
    // The message is not cut: the label has the width its text needs.
    auto *label = notice->findChild<QLabel *>();
    QVERIFY(label->width() >= label->sizeHint().width());
    QPushButton *clicked = nullptr;
    for (QPushButton *b : notice->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == button)
            clicked = b;
    QVERIFY(clicked);
    QTest::mouseClick(clicked, Qt::LeftButton);
    StatusNotice::setOpener({});
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().toLocalFile(),
             file ? QFileInfo(path).absoluteFilePath() : QFileInfo(path).absolutePath());
}

QTEST_MAIN(TestExportPdfDialog)
#include "tst_exportpdfdialog.moc"
