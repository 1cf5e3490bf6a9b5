#include "dashboard/kpiview.h"

#include "charts/kpichartfeed.h"
#include "charts/kpichartview.h"
#include "dashboard/kpidefinitionpanel.h"
#include "dashboard/kpinotedialog.h"
#include "dashboard/kpivaluestable.h"
#include "models/reviewnotemodel.h"
#include "workspace/workspacechange.h"
#include "workspace/workspacereader.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Needle {

namespace {
const QString kSettingsGroup = QStringLiteral("kpiView");
} // namespace

KpiView::KpiView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_feed(new KpiChartFeed(workspace, this)),
      m_chartView(new KpiChartView(this)), m_definition(new KpiDefinitionPanel(workspace, this)),
      m_values(new KpiValuesTable(workspace, this)),
      m_noteModel(new ReviewNoteModel(workspace, this)),
      m_mainSplitter(new QSplitter(Qt::Horizontal, this)),
      m_sideSplitter(new QSplitter(Qt::Vertical, this)), m_tabs(new QTabWidget(this))
{
    m_noteModel->setScope(ReviewNoteModel::Scope::Kpi, 0);
    auto *definitionScroll = new QScrollArea(this);
    definitionScroll->setWidget(m_definition);
    definitionScroll->setWidgetResizable(true);
    definitionScroll->setFrameShape(QFrame::NoFrame);
    // The status, latest value and trend stay readable when the window is small (they are
    // what the page is for); the values table below scrolls instead.
    definitionScroll->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    m_tabs->addTab(createValuesTab(), tr("&Values"));
    m_tabs->addTab(createNotesTab(), tr("&Notes"));
    m_sideSplitter->addWidget(definitionScroll);
    m_sideSplitter->addWidget(m_tabs);
    m_sideSplitter->setStretchFactor(0, 2);
    m_sideSplitter->setStretchFactor(1, 3);

    auto *chartPane = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(createToolbar());
    chartLayout->addWidget(m_chartView, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    chartLayout->addWidget(m_message);
    m_mainSplitter->addWidget(chartPane);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_mainSplitter);

    connect(m_feed, &KpiChartFeed::dataChanged, this,
            [this] { m_chartView->setData(m_feed->data()); });
    const auto showError = [this](const QString &message) {
        m_message->setText(message);
        m_message->setVisible(!message.isEmpty());
        emit editFailed(message);
    };
    connect(m_values, &KpiValuesTable::editFailed, this, showError);
    connect(workspace, &Workspace::changed, this, [this](const WorkspaceChange &change) {
        if (change.ids(WorkspaceChange::Record::Kpi, WorkspaceChange::Kind::Removed)
                .contains(m_kpiId))
            setKpi(0);
    });
    restoreState();
}

KpiView::~KpiView()
{
    saveState();
}

int KpiView::sideBySideWidth() const
{
    const QMargins m = layout()->contentsMargins();
    return m_mainSplitter->widget(0)->minimumSizeHint().width()
        + m_sideSplitter->minimumSizeHint().width() + m_mainSplitter->handleWidth() + m.left()
        + m.right();
}

QSize KpiView::minimumSizeHint() const
{
    const QMargins m = layout()->contentsMargins();
    const QSize chart = m_mainSplitter->widget(0)->minimumSizeHint();
    const QSize side = m_sideSplitter->minimumSizeHint();
    const int height = m_mainSplitter->orientation() == Qt::Horizontal
        ? std::max(chart.height(), side.height())
        : chart.height() + side.height() + m_mainSplitter->handleWidth();
    return QSize(std::max(chart.width(), side.width()) + m.left() + m.right(),
                 height + m.top() + m.bottom());
}

void KpiView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation wanted = width() < sideBySideWidth() ? Qt::Vertical : Qt::Horizontal;
    if (m_mainSplitter->orientation() != wanted)
        m_mainSplitter->setOrientation(wanted);
}

QWidget *KpiView::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_granularity = new QComboBox(bar);
    m_granularity->addItem(tr("Daily"), int(Granularity::Day));
    m_granularity->addItem(tr("Weekly"), int(Granularity::Week));
    m_granularity->addItem(tr("Monthly"), int(Granularity::Month));
    m_granularity->addItem(tr("Quarterly"), int(Granularity::Quarter));
    m_granularity->setAccessibleName(tr("Granularity"));
    m_period = new QComboBox(bar);
    m_period->addItem(tr("Last 90 days"), int(Period::Last90Days));
    m_period->addItem(tr("Last 12 months"), int(Period::Last12Months));
    m_period->addItem(tr("Year to date"), int(Period::YearToDate));
    m_period->addItem(tr("Last 3 years"), int(Period::Last3Years));
    m_period->addItem(tr("All values"), int(Period::All));
    m_period->setAccessibleName(tr("Period"));
    m_period->setCurrentIndex(1);
    m_granularity->setCurrentIndex(2);
    m_resetZoom = new QPushButton(tr("&Reset Zoom"), bar);
    m_resetZoom->setToolTip(tr("Show the whole period again (0)"));
    auto *granularityLabel = new QLabel(tr("&Granularity:"), bar);
    granularityLabel->setBuddy(m_granularity);
    auto *periodLabel = new QLabel(tr("&Period:"), bar);
    periodLabel->setBuddy(m_period);
    row->addWidget(granularityLabel);
    row->addWidget(m_granularity);
    row->addSpacing(12);
    row->addWidget(periodLabel);
    row->addWidget(m_period);
    row->addStretch(1);
    row->addWidget(m_resetZoom);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] {
        if (m_kpiId > 0)
            m_granularityByKpi.insert(m_kpiId, granularity());
        updateChartRequest();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &KpiView::updateChartRequest);
    connect(m_resetZoom, &QPushButton::clicked, m_chartView, &KpiChartView::resetZoom);
    return bar;
}

QWidget *KpiView::createValuesTab()
{
    auto *tab = new QWidget(this);
    m_valuesHint = new QLabel(tab);
    m_valuesHint->setWordWrap(true);
    m_valuesHint->setText(
        tr("No values yet. Add one with Add Value (%1), or paste rows of date and value copied "
           "from a spreadsheet (%2).")
            .arg(QKeySequence(Qt::Key_Insert).toString(QKeySequence::NativeText),
                 QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));
    m_addValue = new QPushButton(tr("Add Val&ue…"), tab);
    m_addValue->setToolTip(tr("Add a value for a date (Insert)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addValue);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_values, 1);
    layout->addWidget(m_valuesHint);
    layout->addLayout(buttons);
    connect(m_addValue, &QPushButton::clicked, m_values, qOverload<>(&KpiValuesTable::addValue));
    const auto update = [this] {
        const bool empty = m_values->model()->rowCount() == 0;
        m_valuesHint->setVisible(empty && m_values->canAddValue());
        m_addValue->setEnabled(m_values->canAddValue());
    };
    connect(m_values->model(), &QAbstractItemModel::modelReset, this, update);
    connect(m_values->model(), &QAbstractItemModel::rowsInserted, this, update);
    connect(m_values->model(), &QAbstractItemModel::rowsRemoved, this, update);
    update();
    return tab;
}

QWidget *KpiView::createNotesTab()
{
    auto *tab = new QWidget(this);
    m_notesTable = new QTableView(tab);
    m_notesTable->setModel(m_noteModel);
    m_notesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_notesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_notesTable->verticalHeader()->setVisible(false);
    m_notesTable->horizontalHeader()->setStretchLastSection(true);
    m_notesTable->setColumnHidden(ReviewNoteModel::KpiColumn, true);
    m_notesTable->setWordWrap(true);
    m_notesTable->setAccessibleName(tr("Review notes"));
    auto *add = new QPushButton(tr("&Add Note…"), tab);
    m_editNote = new QPushButton(tr("&Edit…"), tab);
    m_removeNote = new QPushButton(tr("Re&move"), tab);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_editNote);
    buttons->addWidget(m_removeNote);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_notesTable, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &KpiView::addNote);
    connect(m_editNote, &QPushButton::clicked, this, &KpiView::editNote);
    connect(m_removeNote, &QPushButton::clicked, this, &KpiView::removeNote);
    connect(m_notesTable, &QTableView::doubleClicked, this, &KpiView::editNote);
    const auto updateButtons = [this] {
        const bool selected = m_notesTable->selectionModel()->hasSelection();
        m_editNote->setEnabled(selected);
        m_removeNote->setEnabled(selected);
    };
    connect(m_notesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            updateButtons);
    connect(m_noteModel, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();
    return tab;
}

void KpiView::setKpi(qint64 kpiId)
{
    if (kpiId != m_kpiId && kpiId > 0) {
        // Each KPI opens at the granularity last chosen for it, else at its own cadence: a
        // daily view of one KPI does not carry over to a monthly one.
        Granularity g = m_granularityByKpi.value(kpiId, Granularity::Month);
        if (!m_granularityByKpi.contains(kpiId))
            if (const auto kpi = WorkspaceReader(m_workspace).kpi(kpiId))
                g = granularityOf(kpi->cadence);
        m_kpiId = 0; // no chart request for the old KPI at the new granularity
        setGranularity(g);
    }
    m_kpiId = kpiId;
    m_message->setVisible(false);
    m_definition->setKpi(kpiId);
    m_values->setKpi(kpiId);
    m_addValue->setEnabled(m_values->canAddValue());
    m_valuesHint->setVisible(m_values->model()->rowCount() == 0 && m_values->canAddValue());
    m_noteModel->setScope(ReviewNoteModel::Scope::Kpi, kpiId);
    m_notesTable->resizeColumnsToContents();
    updateChartRequest();
}

void KpiView::setGranularity(Granularity granularity)
{
    m_granularity->setCurrentIndex(m_granularity->findData(int(granularity)));
}

Granularity KpiView::granularity() const
{
    return Granularity(m_granularity->currentData().toInt());
}

void KpiView::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

KpiView::Period KpiView::period() const
{
    return Period(m_period->currentData().toInt());
}

void KpiView::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    m_definition->setAsOf(asOf);
    m_values->setAsOf(asOf);
    updateChartRequest();
}

QDate KpiView::periodStartFor(Period period, const QDate &asOf)
{
    switch (period) {
    case Period::Last90Days:
        return asOf.addDays(-89);
    case Period::Last12Months:
        return asOf.addMonths(-12).addDays(1);
    case Period::YearToDate:
        return QDate(asOf.year(), 1, 1);
    case Period::Last3Years:
        return asOf.addYears(-3).addDays(1);
    case Period::All:
        break;
    }
    return QDate();
}

void KpiView::updateChartRequest()
{
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    KpiChartRequest request;
    request.kpiId = m_kpiId;
    request.granularity = granularity();
    request.from = periodStartFor(period(), asOf);
    request.asOf = asOf;
    m_feed->setRequest(request);
}

void KpiView::addNote()
{
    if (m_kpiId == 0)
        return;
    ReviewNote note;
    note.kpiId = m_kpiId;
    note.period = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    KpiNoteDialog dialog(m_workspace, note, this);
    dialog.exec();
}

void KpiView::editNote()
{
    const QModelIndex current = m_notesTable->currentIndex();
    if (!current.isValid())
        return;
    KpiNoteDialog dialog(m_workspace, m_noteModel->rowAt(current.row()), this);
    dialog.exec();
}

void KpiView::removeNote()
{
    const QModelIndex current = m_notesTable->currentIndex();
    if (!current.isValid())
        return;
    QString error;
    if (!m_workspace->removeNote(m_noteModel->rowAt(current.row()).id, &error))
        QMessageBox::warning(this, tr("Remove Note"), error);
}

void KpiView::saveState() const
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("sideSplitter"), m_sideSplitter->saveState());
    settings.setValue(QStringLiteral("granularity"), m_granularity->currentIndex());
    settings.setValue(QStringLiteral("period"), m_period->currentIndex());
    settings.setValue(QStringLiteral("tab"), m_tabs->currentIndex());
}

void KpiView::restoreState()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    m_sideSplitter->restoreState(settings.value(QStringLiteral("sideSplitter")).toByteArray());
    const int granularityIndex = settings.value(QStringLiteral("granularity"), 2).toInt();
    const int periodIndex = settings.value(QStringLiteral("period"), 1).toInt();
    if (granularityIndex >= 0 && granularityIndex < m_granularity->count())
        m_granularity->setCurrentIndex(granularityIndex);
    if (periodIndex >= 0 && periodIndex < m_period->count())
        m_period->setCurrentIndex(periodIndex);
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("tab"), 0).toInt());
}

} // namespace Needle
