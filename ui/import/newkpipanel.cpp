#include "import/newkpipanel.h"

#include "import/importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Needle {

namespace {

QString unitChoice(Unit unit, const QString &currency)
{
    return unit == Unit::Currency ? QStringLiteral("currency:") + currency : storageName(unit);
}

} // namespace

NewKpiPanel::NewKpiPanel(ImportWizard *wizard, QWidget *parent) : QWidget(parent), m_wizard(wizard)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(tr("Names in the file that match no KPI of the workspace:"));
    m_label->setWordWrap(true);
    layout->addWidget(m_label);
    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(QStringLiteral("createList"));
    m_table->setAccessibleName(tr("KPIs to create or match"));
    m_table->setHorizontalHeaderLabels({tr("Name in the file"), tr("Import as")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnWidth(1, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false); // a long name is elided; its tool tip has it whole
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 3
                              + m_table->horizontalHeader()->sizeHint().height());
    layout->addWidget(m_table, 1);

    m_form = new QWidget;
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("newKpiUnit"));
    form->addRow(tr("&Unit:"), m_unit);
    m_decimals = new QSpinBox;
    m_decimals->setObjectName(QStringLiteral("newKpiDecimals"));
    m_decimals->setRange(0, 6);
    form->addRow(tr("De&cimals:"), m_decimals);
    m_direction = new QComboBox;
    m_direction->setObjectName(QStringLiteral("newKpiDirection"));
    for (Direction d : {Direction::HigherIsBetter, Direction::LowerIsBetter})
        m_direction->addItem(displayName(d), int(d));
    form->addRow(tr("Be&tter:"), m_direction);
    m_guess = new QLabel;
    m_guess->setObjectName(QStringLiteral("newKpiGuess"));
    m_guess->setWordWrap(true);
    auto *formBox = new QVBoxLayout;
    formBox->addWidget(m_guess);
    formBox->addWidget(m_form);
    layout->addLayout(formBox);
    m_owners = new QCheckBox;
    m_owners->setObjectName(QStringLiteral("createOwners"));
    layout->addWidget(m_owners);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { showDefinition(); });
    connect(m_unit, &QComboBox::activated, this, [this] { definitionEdited(); });
    connect(m_direction, &QComboBox::activated, this, [this] { definitionEdited(); });
    connect(m_decimals, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            definitionEdited();
    });
    connect(m_owners, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating)
            return;
        m_wizard->setCreateOwners(on);
        emit changed();
    });
}

QComboBox *NewKpiPanel::choiceBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
}

bool NewKpiPanel::isEmpty() const
{
    return m_table->rowCount() == 0 && m_owners->isHidden();
}

void NewKpiPanel::fillChoices(QComboBox *box, const QVector<Kpi> &existing)
{
    box->addItem(tr("New KPI"), QStringLiteral("new"));
    box->addItem(tr("Leave out"), QStringLiteral("skip"));
    box->insertSeparator(box->count());
    for (const Kpi &k : existing)
        if (!k.isComputed() && !k.archived)
            box->addItem(tr("Same as %1").arg(k.name), QStringLiteral("kpi:") + k.key);
}

void NewKpiPanel::showPlan(const ImportPlan &plan, const QVector<Kpi> &existing)
{
    m_updating = true;
    m_toCreate = plan.kpisToCreate;
    QStringList names = plan.unknownKpis;
    for (const NewKpi &k : plan.kpisToCreate)
        names << k.name;
    m_wizard->addListedNames(names);
    names = m_wizard->listedNames();
    // One order whatever is chosen (by name): a choice never moves the list under the pointer.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    const int currentRow = m_table->currentRow();
    const int scroll = m_table->verticalScrollBar()->value();
    m_table->setRowCount(int(names.size()));
    for (int r = 0; r < names.size(); ++r) {
        auto *item = new QTableWidgetItem(names.at(r));
        item->setData(Qt::UserRole, names.at(r));
        item->setToolTip(names.at(r));
        m_table->setItem(r, 0, item);
        auto *box = choiceBox(r);
        if (!box) {
            box = new QComboBox;
            // Long KPI names in the menu, not in the column: the column keeps its width.
            box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            box->setMinimumContentsLength(12);
            m_table->setCellWidget(r, 1, box);
            connect(box, &QComboBox::activated, this, [this, box] {
                for (int row = 0; row < m_table->rowCount(); ++row)
                    if (choiceBox(row) == box) {
                        m_table->setCurrentCell(row, 0);
                        m_wizard->setKpiChoice(m_table->item(row, 0)->text(),
                                               box->currentData().toString());
                    }
                emit changed();
            });
        }
        box->clear();
        fillChoices(box, existing);
        box->setAccessibleName(tr("Import %1 as").arg(names.at(r)));
        box->setCurrentIndex(std::max(0, box->findData(m_wizard->kpiChoice(names.at(r)))));
    }
    if (currentRow >= 0 && currentRow < m_table->rowCount())
        m_table->setCurrentCell(currentRow, 0);
    else if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    m_table->verticalScrollBar()->setValue(scroll);
    m_table->setVisible(!names.isEmpty());
    m_label->setVisible(!names.isEmpty());

    m_owners->setText(tr("Create the owners the file names: %1")
                          .arg(plan.missingOwners.join(QStringLiteral(", "))));
    m_owners->setToolTip(m_owners->text());
    m_owners->setChecked(m_wizard->createOwners());
    m_owners->setVisible(!plan.missingOwners.isEmpty());
    m_updating = false;
    showDefinition();
}

const NewKpi *NewKpiPanel::definitionOf(const QString &name) const
{
    for (const NewKpi &k : m_toCreate)
        if (k.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &k;
    return nullptr;
}

void NewKpiPanel::showDefinition()
{
    const int row = m_table->currentRow();
    const NewKpi *k =
        row >= 0 && m_table->item(row, 0) ? definitionOf(m_table->item(row, 0)->text()) : nullptr;
    m_form->setVisible(k != nullptr);
    m_guess->setVisible(k != nullptr);
    if (!k)
        return;
    m_updating = true;
    m_unit->clear();
    QStringList currencies{QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP")};
    if (k->unit == Unit::Currency && !currencies.contains(k->currency))
        currencies.prepend(k->currency);
    for (Unit u : {Unit::Count, Unit::Percent, Unit::Ratio, Unit::Score, Unit::Duration}) {
        m_unit->addItem(displayName(u), unitChoice(u, QString()));
        if (u == Unit::Count)
            for (const QString &code : std::as_const(currencies))
                m_unit->addItem(tr("%1 (%2)").arg(displayName(Unit::Currency), code),
                                unitChoice(Unit::Currency, code));
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(unitChoice(k->unit, k->currency))));
    m_decimals->setValue(k->decimals);
    m_direction->setCurrentIndex(std::max(0, m_direction->findData(int(k->direction))));
    m_guess->setText(k->edited ? tr("As you chose; %1 is created when you import.").arg(k->name)
                         : k->libraryName.isEmpty()
                         ? tr("Guessed from the cells; change what is wrong.")
                         : tr("Guessed from the cells and the library's %1; change what is "
                              "wrong.")
                               .arg(k->libraryName));
    m_updating = false;
}

void NewKpiPanel::definitionEdited()
{
    const int row = m_table->currentRow();
    if (m_updating || row < 0 || !m_table->item(row, 0))
        return;
    NewKpi edited;
    const QString unit = m_unit->currentData().toString();
    if (unit.startsWith(QLatin1String("currency:"))) {
        edited.unit = Unit::Currency;
        edited.currency = unit.mid(9);
    } else {
        parse(unit, &edited.unit);
    }
    edited.decimals = m_decimals->value();
    edited.direction = Direction(m_direction->currentData().toInt());
    m_wizard->setKpiDefinition(m_table->item(row, 0)->text(), edited);
    emit changed();
}

} // namespace Needle
