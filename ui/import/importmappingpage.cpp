#include "import/importpages.h"

#include "import/importwizard.h"
#include "import/sheetgridmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Needle {

namespace {

const QVector<ColumnRole> &allRoles()
{
    static const QVector<ColumnRole> roles = {
        ColumnRole::Ignore, ColumnRole::Kpi,   ColumnRole::Date,   ColumnRole::Value,
        ColumnRole::Owner,  ColumnRole::Unit,  ColumnRole::Target, ColumnRole::Benchmark,
        ColumnRole::Note,   ColumnRole::Series};
    return roles;
}

int sheetColumns(const QVector<Row> &rows)
{
    int columns = 0;
    for (const Row &r : rows)
        columns = std::max(columns, int(r.size()));
    return columns;
}

} // namespace

MappingPage::MappingPage(ImportWizard *wizard) : m_wizard(wizard)
{
    setTitle(tr("Layout and columns"));
    setSubTitle(tr("Needle guessed how the sheet holds its values. Check the layout and what "
                   "each column means; the next page shows the values before anything is stored."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_layout = new QComboBox;
    m_layout->setObjectName(QStringLiteral("layoutBox"));
    for (ImportLayout l : {ImportLayout::Long, ImportLayout::Wide, ImportLayout::Transposed})
        m_layout->addItem(displayName(l), int(l));
    form->addRow(tr("&Layout:"), m_layout);
    m_headerRow = new QSpinBox;
    m_headerRow->setMinimum(1);
    form->addRow(tr("Column &names in row:"), m_headerRow);
    m_numbers = new QComboBox;
    m_numbers->addItem(tr("Detect from the sheet"), int(ValueParser::NumberLocale::Unknown));
    m_numbers->addItem(tr("1,234.5 (decimal point)"), int(ValueParser::NumberLocale::DecimalPoint));
    m_numbers->addItem(tr("1.234,5 (decimal comma)"), int(ValueParser::NumberLocale::DecimalComma));
    form->addRow(tr("N&umbers:"), m_numbers);
    m_dates = new QComboBox;
    m_dates->addItem(tr("Detect from the sheet"), int(ValueParser::DateOrder::Unknown));
    m_dates->addItem(tr("Day first (31/12/2024)"), int(ValueParser::DateOrder::DayMonthYear));
    m_dates->addItem(tr("Month first (12/31/2024)"), int(ValueParser::DateOrder::MonthDayYear));
    form->addRow(tr("&Dates:"), m_dates);
    layout->addLayout(form);
    m_detected = new QLabel;
    m_detected->setWordWrap(true);
    layout->addWidget(m_detected);

    auto *splitter = new QSplitter(Qt::Vertical);
    m_columns = new QTableWidget(0, 3);
    m_columns->setObjectName(QStringLiteral("columnTable"));
    m_columns->setAccessibleName(tr("Columns"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Name in the file"), tr("Means")});
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    splitter->addWidget(m_columns);
    m_grid = new QTableView;
    m_grid->setAccessibleName(tr("The sheet as the mapping reads it"));
    m_model = new SheetGridModel(this);
    m_grid->setModel(m_model);
    m_grid->horizontalHeader()->setDefaultSectionSize(120);
    splitter->addWidget(m_grid);
    layout->addWidget(splitter, 1);
    m_missing = new QLabel;
    m_missing->setObjectName(QStringLiteral("mappingMissing"));
    m_missing->setWordWrap(true);
    layout->addWidget(m_missing);

    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            layoutChosen();
    });
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) {
        if (!m_updating)
            headerRowChosen(row - 1);
    });
    connect(m_numbers, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard->setNumberLocale(ValueParser::NumberLocale(m_numbers->currentData().toInt()));
    });
    connect(m_dates, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard->setDateOrder(ValueParser::DateOrder(m_dates->currentData().toInt()));
    });
}

void MappingPage::initializePage()
{
    const SheetPeek &peek = m_wizard->peek();
    m_model->setRows(peek.rows);
    // A file like one imported before is read as it was then, with its KPI names matched the
    // same way.
    const std::optional<ColumnMapping> saved = m_wizard->savedMapping();
    const ColumnMapping detected =
        saved ? *saved : LayoutDetector::detect(peek.rows, m_wizard->kpiKeysAndNames());
    ColumnMapping mapping = detected;
    for (auto it = m_wizard->mapping().kpiMatches.cbegin();
         it != m_wizard->mapping().kpiMatches.cend(); ++it)
        mapping.kpiMatches.insert(it.key(), it.value());
    m_wizard->setMapping(mapping);
    m_detected->setText(saved ? tr("Read as the earlier import of a file like this one was: %1.")
                                    .arg(displayName(detected.layout))
                              : tr("Detected: %1, %2% sure.")
                                    .arg(displayName(detected.layout))
                                    .arg(detected.confidence));
    showMapping();
}

void MappingPage::layoutChosen()
{
    const auto layout = ImportLayout(m_layout->currentData().toInt());
    ColumnMapping mapping =
        LayoutDetector::detect(m_wizard->peek().rows, m_wizard->kpiKeysAndNames(), layout);
    mapping.kpiMatches = m_wizard->mapping().kpiMatches; // names matched stay matched
    m_wizard->setMapping(mapping);
    showMapping();
}

void MappingPage::headerRowChosen(int row)
{
    ColumnMapping mapping = m_wizard->mapping();
    mapping.headerRow = row;
    mapping.headers.clear();
    const QVector<Row> &rows = m_wizard->peek().rows;
    if (row < rows.size()) {
        for (const Cell &cell : rows.at(row))
            mapping.headers << SheetGridModel::displayText(cell).trimmed();
    }
    // Recognised names win; other columns keep what they meant.
    for (int c = 0; c < mapping.headers.size(); ++c) {
        const ColumnRole role = roleForHeader(mapping.headers.at(c));
        if (role != ColumnRole::Ignore)
            mapping.setRole(c, role);
    }
    m_wizard->setMapping(mapping);
    showMapping();
}

void MappingPage::setRole(int column, int role)
{
    ColumnMapping mapping = m_wizard->mapping();
    mapping.setRole(column, ColumnRole(role));
    m_wizard->setMapping(mapping);
    showMapping();
}

void MappingPage::showMapping()
{
    m_updating = true;
    const ColumnMapping mapping = m_wizard->mapping();
    const QVector<Row> &rows = m_wizard->peek().rows;
    m_layout->setCurrentIndex(m_layout->findData(int(mapping.layout)));
    m_headerRow->setMaximum(std::max(1, int(rows.size())));
    m_headerRow->setValue(mapping.headerRow + 1);

    const int columns = sheetColumns(rows);
    m_columns->setRowCount(columns);
    for (int c = 0; c < columns; ++c) {
        m_columns->setItem(c, 0, new QTableWidgetItem(ImportIssue::columnName(c + 1)));
        m_columns->setItem(c, 1, new QTableWidgetItem(mapping.headers.value(c)));
        auto *box = qobject_cast<QComboBox *>(m_columns->cellWidget(c, 2));
        if (!box) {
            box = new QComboBox;
            for (ColumnRole r : allRoles())
                box->addItem(displayName(r), int(r));
            connect(box, &QComboBox::activated, this,
                    [this, box, c] { setRole(c, box->currentData().toInt()); });
            m_columns->setCellWidget(c, 2, box);
        }
        box->setAccessibleName(tr("Meaning of column %1").arg(ImportIssue::columnName(c + 1)));
        box->setCurrentIndex(box->findData(int(mapping.role(c))));
    }
    m_columns->resizeColumnToContents(0);
    m_model->setMapping(&mapping);
    QString missing;
    if (!mapping.isComplete(&missing))
        m_missing->setText(missing);
    else
        m_missing->clear();
    m_updating = false;
    emit completeChanged();
}

bool MappingPage::isComplete() const
{
    return m_wizard->mapping().isComplete();
}

} // namespace Needle
