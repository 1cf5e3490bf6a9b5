#include "import/importpages.h"

#include "import/importwizard.h"
#include "import/sheetgridmodel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace Needle {

namespace {

QString formatLabel(const QString &format)
{
    if (format == QLatin1String("csv"))
        return FilePage::tr("a CSV text file");
    if (format == QLatin1String("xlsx"))
        return FilePage::tr("an Excel workbook (XLSX)");
    if (format == QLatin1String("ods"))
        return FilePage::tr("an OpenDocument spreadsheet (ODS)");
    return format;
}

QString issuesText(const ImportIssues &issues)
{
    QStringList lines;
    for (const ImportIssue &issue : issues)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

FilePage::FilePage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV, XLSX or ODS file with KPI values. Needle reads it and shows you "
                   "what it will store before anything is written."));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&File:"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("filePath"));
    label->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Browse..."));
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(browse, &QPushButton::clicked, this, &FilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this,
            [this] { setPath(m_path->text().trimmed()); });
    connect(&m_watcher, &QFutureWatcher<SheetPeek>::finished, this, &FilePage::peekFinished);
}

FilePage::~FilePage()
{
    m_watcher.waitForFinished();
}

void FilePage::browse()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("import/lastFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), folder,
        tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(path).absolutePath());
    setPath(path);
}

void FilePage::setPath(const QString &path)
{
    if (m_path->text() != path)
        m_path->setText(path);
    if (path.isEmpty() || (path == m_wizard->peek().path && !m_reading))
        return;
    if (m_reading) {
        m_pending = path;
        return;
    }
    if (!QFileInfo::exists(path)) {
        m_status->setText(tr("%1 does not exist.").arg(path));
        m_wizard->setPeek(SheetPeek());
        emit completeChanged();
        return;
    }
    m_status->setText(tr("Reading %1...").arg(QFileInfo(path).fileName()));
    m_reading = true;
    m_wizard->setBusy(true);
    m_wizard->setPeek(SheetPeek());
    emit completeChanged();
    m_watcher.setFuture(ImportTask::peek(path, QString()));
}

void FilePage::peekFinished()
{
    m_reading = false;
    m_wizard->setBusy(false);
    const SheetPeek peek = m_watcher.result();
    if (!m_pending.isEmpty()) {
        const QString next = m_pending;
        m_pending.clear();
        setPath(next);
        return;
    }
    m_wizard->setPeek(peek);
    const QString name = QFileInfo(peek.path).fileName();
    if (peek.ok())
        m_status->setText(tr("%1 is %2 with %n sheet(s).", nullptr, int(peek.sheets.size()))
                              .arg(name, formatLabel(peek.format)));
    else
        m_status->setText(tr("%1 cannot be imported:\n%2").arg(name, issuesText(peek.issues)));
    emit completeChanged();
}

bool FilePage::isComplete() const
{
    return !m_reading && m_wizard->peek().ok();
}

int FilePage::nextId() const
{
    return m_wizard->peek().sheets.size() > 1 ? ImportWizard::SheetPageId
                                              : ImportWizard::MappingPageId;
}

SheetPage::SheetPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(tr("Choose the sheet"));
    setSubTitle(tr("The workbook has several sheets. Choose the one with the KPI values."));
    auto *layout = new QHBoxLayout(this);
    m_sheets = new QListWidget;
    m_sheets->setObjectName(QStringLiteral("sheetList"));
    m_sheets->setAccessibleName(tr("Sheets"));
    m_sheets->setMaximumWidth(220);
    layout->addWidget(m_sheets);
    auto *right = new QVBoxLayout;
    m_status = new QLabel;
    m_status->setWordWrap(true);
    right->addWidget(m_status);
    m_grid = new QTableView;
    m_grid->setAccessibleName(tr("First rows of the sheet"));
    m_model = new SheetGridModel(this);
    m_grid->setModel(m_model);
    m_grid->horizontalHeader()->setDefaultSectionSize(110);
    right->addWidget(m_grid, 1);
    layout->addLayout(right, 1);
    connect(m_sheets, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            selectSheet(m_sheets->item(row)->data(Qt::UserRole).toString());
    });
    connect(&m_watcher, &QFutureWatcher<SheetPeek>::finished, this, &SheetPage::peekFinished);
}

SheetPage::~SheetPage()
{
    m_watcher.waitForFinished();
}

void SheetPage::initializePage()
{
    const SheetPeek &peek = m_wizard->peek();
    QSignalBlocker block(m_sheets);
    m_sheets->clear();
    for (const SheetInfo &sheet : peek.sheets) {
        const QString label = sheet.state == QLatin1String("visible")
            ? sheet.name
            : tr("%1 (hidden)").arg(sheet.name);
        auto *item = new QListWidgetItem(label, m_sheets);
        item->setData(Qt::UserRole, sheet.name);
        if (sheet.name == peek.sheet)
            m_sheets->setCurrentItem(item);
    }
    m_model->setRows(peek.rows);
    m_status->clear();
}

void SheetPage::selectSheet(const QString &name)
{
    if (name == m_wizard->peek().sheet || m_reading)
        return;
    m_status->setText(tr("Reading sheet %1...").arg(name));
    m_reading = true;
    m_wizard->setBusy(true);
    emit completeChanged();
    m_watcher.setFuture(ImportTask::peek(m_wizard->peek().path, name));
}

void SheetPage::peekFinished()
{
    m_reading = false;
    m_wizard->setBusy(false);
    const SheetPeek peek = m_watcher.result();
    m_wizard->setPeek(peek);
    m_model->setRows(peek.rows);
    m_status->setText(peek.ok() ? QString() : issuesText(peek.issues));
    // The user may have picked another sheet meanwhile.
    const QListWidgetItem *current = m_sheets->currentItem();
    if (current && current->data(Qt::UserRole).toString() != peek.sheet)
        selectSheet(current->data(Qt::UserRole).toString());
    emit completeChanged();
}

bool SheetPage::isComplete() const
{
    return !m_reading && m_wizard->peek().ok();
}

} // namespace Needle
