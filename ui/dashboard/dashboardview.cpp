#include "dashboard/dashboardview.h"

#include "dashboard/dashboardmodel.h"
#include "dashboard/flowlayout.h"
#include "dashboard/tiledelegate.h"
#include "shell/preferencesdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QVBoxLayout>

namespace Needle {

namespace {

QComboBox *combo(const QString &accessibleName, const QString &objectName)
{
    auto *c = new QComboBox;
    c->setAccessibleName(accessibleName);
    c->setObjectName(objectName);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *l = new QLabel(text);
    l->setBuddy(buddy);
    return l;
}

// A label and its control (and any more widgets), kept together when the bar wraps.
QWidget *group(std::initializer_list<QWidget *> widgets)
{
    auto *g = new QWidget;
    auto *row = new QHBoxLayout(g);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    for (QWidget *w : widgets)
        row->addWidget(w);
    return g;
}

const DashboardPeriod::Preset presets[] = {
    DashboardPeriod::Preset::Last30Days,   DashboardPeriod::Preset::Last90Days,
    DashboardPeriod::Preset::ThisQuarter,  DashboardPeriod::Preset::YearToDate,
    DashboardPeriod::Preset::Last12Months, DashboardPeriod::Preset::Custom};

} // namespace

DashboardView::DashboardView(Workspace *workspace, WorkspaceAnalyzer *analyzer, QWidget *parent)
    : QWidget(parent), m_model(new DashboardModel(workspace, this))
{
    if (analyzer)
        m_model->setAnalyzer(analyzer);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createBar());

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("dashboardTiles"));
    m_list->setAccessibleName(tr("KPI tiles"));
    m_list->setViewMode(QListView::ListMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSpacing(6);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);
    m_list->setItemDelegate(new TileDelegate(m_list));
    m_list->setModel(m_model);
    // The grid sits on the window colour so the tiles (base colour) stand out as cards.
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->kpiIdAt(index.row()))
            emit kpiActivated(id);
    });
    // Commands act on the tile the user sees selected; a rebuild of the tiles (an edit, an
    // import, an undo, a period switch) keeps it selected, or leaves none when it is filtered out.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit currentKpiChanged(currentKpiId()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { emit currentKpiChanged(currentKpiId()); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptKpi = currentKpiId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardView::restoreSelection);
    connect(m_model, &DashboardModel::reloaded, this, &DashboardView::fillChoices);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardView::updateSummary);
    fillChoices();
    updateSummary();
}

QWidget *DashboardView::createBar()
{
    // Two wrapping rows: period, granularity, grouping and the summary; then the filters. In
    // a narrow window each row flows onto more lines instead of holding the window wide.
    auto *bar = new QWidget;
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(6, 6, 6, 0);
    rows->setSpacing(4);

    m_periodCombo = combo(tr("Period"), QStringLiteral("periodCombo"));
    for (DashboardPeriod::Preset p : presets)
        m_periodCombo->addItem(DashboardPeriod::displayName(p), DashboardPeriod::storageName(p));
    m_periodCombo->setCurrentIndex(4);
    m_fromEdit = new QDateEdit;
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_fromEdit->setAccessibleName(tr("Custom period from"));
    m_fromEdit->setCalendarPopup(true);
    m_toEdit = new QDateEdit;
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    m_toEdit->setAccessibleName(tr("Custom period to"));
    m_toEdit->setCalendarPopup(true);
    m_fromEdit->setDate(QDate::currentDate().addMonths(-12));
    m_toEdit->setDate(QDate::currentDate());
    m_fromEdit->setVisible(false);
    m_toEdit->setVisible(false);
    m_granularityCombo = combo(tr("Granularity"), QStringLiteral("granularityCombo"));
    m_granularityCombo->addItem(tr("Automatic"), QString());
    for (Granularity g :
         {Granularity::Day, Granularity::Week, Granularity::Month, Granularity::Quarter})
        m_granularityCombo->addItem(DashboardPeriod::displayName(g),
                                    DashboardPeriod::granularityStorageName(g));
    m_groupCombo = combo(tr("Group by"), QStringLiteral("groupCombo"));
    m_groupCombo->addItem(tr("Category"), int(DashboardModel::Grouping::Category));
    m_groupCombo->addItem(tr("Owner"), int(DashboardModel::Grouping::Owner));
    m_groupCombo->addItem(tr("Status"), int(DashboardModel::Grouping::Status));
    m_groupCombo->addItem(tr("Nothing"), int(DashboardModel::Grouping::None));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    // Takes the rest of its line and keeps to its right edge.
    m_summary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *row1 = new FlowLayout;
    row1->addWidget(
        group({buddyLabel(tr("&Period:"), m_periodCombo), m_periodCombo, m_fromEdit, m_toEdit}));
    row1->addWidget(
        group({buddyLabel(tr("&Granularity:"), m_granularityCombo), m_granularityCombo}));
    row1->addWidget(group({buddyLabel(tr("Group &by:"), m_groupCombo), m_groupCombo}));
    row1->addWidget(m_summary);
    rows->addLayout(row1);

    m_textEdit = new QLineEdit;
    m_textEdit->setObjectName(QStringLiteral("filterText"));
    m_textEdit->setAccessibleName(tr("Filter tiles by text"));
    m_textEdit->setPlaceholderText(tr("Filter by name, key, description or owner"));
    m_textEdit->setClearButtonEnabled(true);
    m_textEdit->setMinimumWidth(m_textEdit->fontMetrics().averageCharWidth() * 26);
    m_textEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_categoryCombo = combo(tr("Category filter"), QStringLiteral("categoryCombo"));
    m_categoryCombo->addItem(tr("All categories"), QString());
    for (Category c :
         {Category::Financial, Category::Customer, Category::Operational, Category::Internal})
        m_categoryCombo->addItem(displayName(c), storageName(c));
    m_ownerCombo = combo(tr("Owner filter"), QStringLiteral("ownerCombo"));
    m_statusCombo = combo(tr("Status filter"), QStringLiteral("statusCombo"));
    m_statusCombo->addItem(tr("Any status"), QString());
    for (Status s :
         {Status::OnTrack, Status::AtRisk, Status::OffTrack, Status::NoTarget, Status::NoData})
        m_statusCombo->addItem(displayName(s), storageName(s));
    m_tagCombo = combo(tr("Tag filter"), QStringLiteral("tagCombo"));

    auto *row2 = new FlowLayout(nullptr, 6, 4);
    row2->addWidget(m_textEdit);
    row2->addWidget(m_categoryCombo);
    row2->addWidget(m_ownerCombo);
    row2->addWidget(m_statusCombo);
    row2->addWidget(m_tagCombo);
    rows->addLayout(row2);

    auto period = [this] {
        if (!m_updating)
            applyPeriod();
    };
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, period);
    connect(m_granularityCombo, &QComboBox::currentIndexChanged, this, period);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, period);
    connect(m_toEdit, &QDateEdit::dateChanged, this, period);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGrouping(DashboardModel::Grouping(m_groupCombo->currentData().toInt()));
    });
    auto filters = [this] {
        if (!m_updating)
            applyFilters();
    };
    connect(m_textEdit, &QLineEdit::textChanged, this, filters);
    for (QComboBox *c : {m_categoryCombo, m_ownerCombo, m_statusCombo, m_tagCombo})
        connect(c, &QComboBox::currentIndexChanged, this, filters);
    return bar;
}

void DashboardView::applyPeriod()
{
    DashboardPeriod period;
    DashboardPeriod::parse(m_periodCombo->currentData().toString(), &period.preset);
    const bool custom = period.preset == DashboardPeriod::Preset::Custom;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    if (custom) {
        period.customFrom = std::min(m_fromEdit->date(), m_toEdit->date());
        period.customTo = std::max(m_fromEdit->date(), m_toEdit->date());
    }
    Granularity g;
    if (parseGranularity(m_granularityCombo->currentData().toString(), &g))
        period.granularity = g;
    const qint64 current = currentKpiId();
    m_model->setPeriod(period);
    selectKpi(current);
}

void DashboardView::applyFilters()
{
    const qint64 current = currentKpiId();
    Category category;
    m_model->setCategory(parse(m_categoryCombo->currentData().toString(), &category)
                             ? std::optional<Category>(category)
                             : std::nullopt);
    Status status;
    m_model->setStatus(parse(m_statusCombo->currentData().toString(), &status)
                           ? std::optional<Status>(status)
                           : std::nullopt);
    m_model->setOwnerId(m_ownerCombo->currentData().toLongLong());
    m_model->setTag(m_tagCombo->currentData().toString());
    m_model->setText(m_textEdit->text());
    selectKpi(current);
}

void DashboardView::fillChoices()
{
    m_updating = true;
    const qint64 owner = m_ownerCombo->currentData().toLongLong();
    m_ownerCombo->clear();
    m_ownerCombo->addItem(tr("All owners"), 0);
    QMap<QString, qint64> owners;
    bool unowned = false;
    for (const Tile &t : m_model->tiles()) {
        if (t.kpi.archived)
            continue;
        if (t.kpi.ownerId > 0)
            owners.insert(t.ownerName, t.kpi.ownerId);
        else
            unowned = true;
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        m_ownerCombo->addItem(it.key(), it.value());
    if (unowned)
        m_ownerCombo->addItem(tr("No owner"), -1);
    m_ownerCombo->setCurrentIndex(std::max(0, m_ownerCombo->findData(owner)));

    // KPIs without tags leave the tag filter out rather than offer an empty list.
    const QString tag = m_tagCombo->currentData().toString();
    m_tagCombo->clear();
    m_tagCombo->addItem(tr("All tags"), QString());
    for (const QString &t : m_model->tags())
        m_tagCombo->addItem(t, t);
    m_tagCombo->setCurrentIndex(std::max(0, m_tagCombo->findData(tag)));
    m_tagCombo->setVisible(m_tagCombo->count() > 1);
    m_updating = false;
    applyFilters();
}

void DashboardView::updateSummary()
{
    int shown = 0, offTrack = 0, atRisk = 0, total = 0;
    for (const Tile &t : m_model->tiles())
        total += t.kpi.archived ? 0 : 1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Tile *t = m_model->tileAt(row);
        if (!t)
            continue;
        ++shown;
        offTrack += t->status == Status::OffTrack ? 1 : 0;
        atRisk += t->status == Status::AtRisk ? 1 : 0;
    }
    m_summary->setText(tr("Shown: %1 of %2 · off track: %3 · at risk: %4")
                           .arg(shown)
                           .arg(total)
                           .arg(offTrack)
                           .arg(atRisk));
}

qint64 DashboardView::currentKpiId() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_list->selectionModel()->isSelected(current))
        return 0; // a focus frame without selection is not a choice the user made
    return m_model->kpiIdAt(current.row());
}

void DashboardView::restoreSelection()
{
    const int row = m_keptKpi ? m_model->rowOfKpi(m_keptKpi) : -1;
    m_keptKpi = 0;
    if (row >= 0)
        m_list->selectionModel()->setCurrentIndex(m_model->index(row),
                                                  QItemSelectionModel::ClearAndSelect);
    emit currentKpiChanged(currentKpiId());
}

void DashboardView::selectKpi(qint64 kpiId)
{
    const int row = kpiId ? m_model->rowOfKpi(kpiId) : -1;
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row));
        m_list->scrollTo(m_model->index(row));
    }
}

void DashboardView::applyPreferences(const Preferences &preferences)
{
    m_model->setIsoDates(preferences.isoDates);
    m_model->setLocale(preferences.numberLocale());
}

void DashboardView::saveState() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("dashboard"));
    s.setValue(QStringLiteral("period"), m_periodCombo->currentData());
    s.setValue(QStringLiteral("customFrom"), m_fromEdit->date());
    s.setValue(QStringLiteral("customTo"), m_toEdit->date());
    s.setValue(QStringLiteral("granularity"), m_granularityCombo->currentData());
    s.setValue(QStringLiteral("grouping"), m_groupCombo->currentIndex());
}

void DashboardView::restoreState()
{
    QSettings s;
    s.beginGroup(QStringLiteral("dashboard"));
    m_updating = true;
    const QString fallback =
        QSettings()
            .value(QStringLiteral("preferences/defaultPeriod"), QStringLiteral("last12m"))
            .toString();
    const int period = m_periodCombo->findData(s.value(QStringLiteral("period"), fallback));
    if (period >= 0)
        m_periodCombo->setCurrentIndex(period);
    const QDate from = s.value(QStringLiteral("customFrom")).toDate();
    const QDate to = s.value(QStringLiteral("customTo")).toDate();
    if (from.isValid() && to.isValid()) {
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
    }
    const int g = m_granularityCombo->findData(s.value(QStringLiteral("granularity")));
    m_granularityCombo->setCurrentIndex(std::max(0, g));
    m_groupCombo->setCurrentIndex(
        qBound(0, s.value(QStringLiteral("grouping"), 0).toInt(), m_groupCombo->count() - 1));
    m_updating = false;
    applyPeriod();
}

} // namespace Needle
