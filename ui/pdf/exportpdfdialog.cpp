#include "pdf/exportpdfdialog.h"

#include "domain/datetext.h"

#include "models/roles.h"
#include "pdf/pdfexporter.h"
#include "pdf/reportcharts.h"
#include "report/minutesbuilder.h"
#include "report/snapshotbuilder.h"
#include "shell/statusnotice.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Needle {

ExportPdfDialog::ExportPdfDialog(Workspace *workspace, const QAbstractItemModel *visibleKpis,
                                 QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Export PDF"));
    if (visibleKpis)
        for (int r = 0; r < visibleKpis->rowCount(); ++r)
            m_visibleKeys << visibleKpis->index(r, 0).data(KeyRole).toString();

    m_all = new QRadioButton(tr("Snapshot of &all KPIs"));
    m_visible = new QRadioButton(
        tr("Snapshot of the KPIs the &table shows (%1)").arg(m_visibleKeys.size()));
    m_minutes = new QRadioButton(tr("&Minutes of a meeting:"));
    m_meeting = new QComboBox;
    for (const ReviewMeeting &m : WorkspaceReader(workspace).meetings())
        m_meeting->addItem(tr("%1 (%2)").arg(m.title, DateText::day(m.date, QLocale())), m.id);
    m_all->setChecked(true);
    m_visible->setEnabled(!m_visibleKeys.isEmpty());
    m_minutes->setEnabled(m_meeting->count() > 0);
    m_meeting->setEnabled(false);
    connect(m_minutes, &QRadioButton::toggled, m_meeting, &QWidget::setEnabled);

    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addYears(-1).addDays(1));
    m_to = new QDateEdit(today);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(DateText::dayFormat(QLocale())); // as dates read everywhere else
    }
    connect(m_minutes, &QRadioButton::toggled, m_from, [this](bool on) {
        m_from->setEnabled(!on);
        m_to->setEnabled(!on);
    });
    m_pageSize = new QComboBox;
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_orientation = new QComboBox;
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    QSettings settings;
    const int size =
        settings
            .value(QStringLiteral("pdf/pageSize"), int(ReportOptions::defaultPageSize(QLocale())))
            .toInt();
    m_pageSize->setCurrentIndex(qMax(0, m_pageSize->findData(size)));
    m_orientation->setCurrentIndex(
        qMax(0,
             m_orientation->findData(
                 settings.value(QStringLiteral("pdf/orientation"), int(QPageLayout::Portrait))
                     .toInt())));

    auto *form = new QFormLayout;
    form->addRow(m_all);
    form->addRow(m_visible);
    form->addRow(m_minutes, m_meeting);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Paper:"), m_pageSize);
    form->addRow(tr("&Orientation:"), m_orientation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export..."));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_from->date() > m_to->date() && !m_minutes->isChecked()) {
            QMessageBox::warning(this, windowTitle(), tr("The period starts after it ends."));
            return;
        }
        QSettings s;
        s.setValue(QStringLiteral("pdf/pageSize"), m_pageSize->currentData());
        s.setValue(QStringLiteral("pdf/orientation"), m_orientation->currentData());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ReportOptions ExportPdfDialog::options() const
{
    ReportOptions o;
    o.locale = QLocale();
    o.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    o.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    if (m_minutes->isChecked()) {
        o.meetingId = m_meeting->currentData().toLongLong();
        return o.resolved();
    }
    o.from = m_from->date();
    o.to = m_to->date();
    if (m_visible->isChecked())
        o.kpiKeys = m_visibleKeys;
    return o.resolved();
}

bool ExportPdfDialog::write(Workspace *workspace, const ReportOptions &options, const QString &path,
                            QWidget *parent)
{
    QProgressDialog progress(tr("Exporting the PDF..."), tr("Cancel"), 0, 200, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // Building the document is the first half of the bar, painting the pages the second.
    auto step = [&progress](int offset) {
        return [&progress, offset](int done, int total) {
            progress.setValue(offset + (total > 0 ? done * 100 / total : 0));
            return !progress.wasCanceled();
        };
    };
    // The document and its charts come from one state of the workspace.
    const WorkspaceReader snapshot(workspace, WorkspaceReader::Mode::Snapshot);
    const auto db = workspace->connection();
    ReportDocument document;
    QString error;
    bool built = false;
    if (options.meetingId > 0) {
        built = MinutesBuilder::build(db, workspace->displayName(), options, &document, &error);
    } else {
        built = SnapshotBuilder::build(db, workspace->displayName(), options, &document, &error,
                                       step(0));
    }
    if (built)
        built = PdfExporter::write(document, options,
                                   reportChartRenderer(chartDataSource(db), document, options),
                                   path, &error, step(100));
    progress.reset();
    if (!built && !error.isEmpty())
        QMessageBox::warning(parent, tr("Export PDF"), error);
    if (built && parent)
        StatusNotice::fileWritten(parent, tr("Exported %1").arg(QDir::toNativeSeparators(path)),
                                  path);
    return built;
}

namespace {
QString askFileName(QWidget *parent, const QString &suggested)
{
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("pdf/folder"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path = QFileDialog::getSaveFileName(parent, ExportPdfDialog::tr("Export PDF"),
                                                QDir(folder).filePath(suggested),
                                                ExportPdfDialog::tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("pdf/folder"), QFileInfo(path).absolutePath());
    return path;
}
} // namespace

bool ExportPdfDialog::run(Workspace *workspace, const QAbstractItemModel *visibleKpis,
                          QWidget *parent)
{
    ExportPdfDialog dialog(workspace, visibleKpis, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ReportOptions options = dialog.options();
    const QString suggested = options.meetingId > 0
        ? tr("%1-minutes-%2.pdf").arg(workspace->displayName()).arg(options.meetingId)
        : tr("%1-snapshot-%2.pdf").arg(workspace->displayName(), options.to.toString(Qt::ISODate));
    const QString path = askFileName(parent, suggested);
    return !path.isEmpty() && write(workspace, options, path, parent);
}

bool ExportPdfDialog::exportMinutes(Workspace *workspace, qint64 meetingId, QWidget *parent)
{
    ReportOptions options;
    options.meetingId = meetingId;
    options.locale = QLocale();
    options.pageSize = ReportOptions::defaultPageSize(options.locale);
    options = options.resolved();
    const QString path =
        askFileName(parent, tr("%1-minutes-%2.pdf").arg(workspace->displayName()).arg(meetingId));
    return !path.isEmpty() && write(workspace, options, path, parent);
}

} // namespace Needle
