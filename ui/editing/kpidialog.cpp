#include "editing/kpidialog.h"

#include "analysis/formula.h"
#include "catalog/kpilibrary.h"
#include "editing/enumcombo.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Needle {

KpiDialog::KpiDialog(Workspace *workspace, const std::optional<Kpi> &existing, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_existing(existing)
{
    setWindowTitle(existing ? tr("Edit KPI: %1").arg(existing->name) : tr("New KPI"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto add = [form](const QString &label, QWidget *field, const QString &objectName) {
        field->setObjectName(objectName);
        QString accessible = label;
        accessible.remove(QLatin1Char('&')).remove(QLatin1Char(':'));
        field->setAccessibleName(accessible);
        form->addRow(label, field);
    };
    if (!existing) {
        m_library = new QComboBox;
        m_library->addItem(tr("A blank KPI"), QString());
        // KPIs the workspace already has (by key) are marked, still there to start from.
        QSet<QString> keys;
        for (const Kpi &k : WorkspaceReader(workspace).kpis())
            keys.insert(k.key);
        for (const LibraryEntry &e : KpiLibrary::entries()) {
            const bool have = keys.contains(e.kpi.key);
            m_library->addItem(have ? tr("%1 (already in this workspace)").arg(e.kpi.name)
                                    : e.kpi.name,
                               e.kpi.key);
            if (have)
                m_library->setItemData(
                    m_library->count() - 1,
                    tr("The workspace has a KPI with the key \"%1\".").arg(e.kpi.key),
                    Qt::ToolTipRole);
        }
        add(tr("&Start from:"), m_library, QStringLiteral("library"));
        connect(m_library, &QComboBox::currentIndexChanged, this, &KpiDialog::fillFromLibrary);
    }
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("e.g. Weekly active teams"));
    add(tr("&Name:"), m_name, QStringLiteral("name"));
    m_key = new QLineEdit;
    m_key->setToolTip(tr("Lower-case letters, digits and underscores; used in formulas and on "
                         "the command line."));
    add(tr("&Key:"), m_key, QStringLiteral("key"));
    m_description = new QPlainTextEdit;
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 4);
    add(tr("&Description:"), m_description, QStringLiteral("description"));
    m_category = new QComboBox;
    EnumCombo::fill<Category>(m_category);
    add(tr("&Category:"), m_category, QStringLiteral("category"));
    m_indicator = new QComboBox;
    EnumCombo::fill<Indicator>(m_indicator);
    add(tr("&Indicator:"), m_indicator, QStringLiteral("indicator"));
    m_unit = new QComboBox;
    EnumCombo::fill<Unit>(m_unit);
    add(tr("&Unit:"), m_unit, QStringLiteral("unit"));
    m_currency = new QLineEdit;
    m_currency->setMaxLength(3);
    m_currency->setPlaceholderText(tr("e.g. EUR"));
    add(tr("C&urrency:"), m_currency, QStringLiteral("currency"));
    m_direction = new QComboBox;
    EnumCombo::fill<Direction>(m_direction);
    add(tr("&Better when:"), m_direction, QStringLiteral("direction"));
    m_cadence = new QComboBox;
    EnumCombo::fill<Cadence>(m_cadence);
    add(tr("Ca&dence:"), m_cadence, QStringLiteral("cadence"));
    m_aggregation = new QComboBox;
    EnumCombo::fill<Aggregation>(m_aggregation);
    add(tr("&Roll-up:"), m_aggregation, QStringLiteral("aggregation"));
    m_decimals = new QSpinBox;
    m_decimals->setRange(0, 6);
    add(tr("Deci&mals:"), m_decimals, QStringLiteral("decimals"));
    m_formula = new QLineEdit;
    m_formula->setPlaceholderText(tr("Empty for measured KPIs; e.g. ltv / cac"));
    add(tr("&Formula:"), m_formula, QStringLiteral("formula"));
    m_formulaCheck = new QLabel;
    m_formulaCheck->setObjectName(QStringLiteral("formulaCheck"));
    m_formulaCheck->setWordWrap(true);
    form->addRow(QString(), m_formulaCheck);
    m_owner = new QComboBox;
    m_owner->addItem(tr("No owner"), 0);
    for (const Owner &o : WorkspaceReader(workspace).owners())
        m_owner->addItem(o.team.isEmpty() ? o.name : tr("%1 (%2)").arg(o.name, o.team), o.id);
    add(tr("&Owner:"), m_owner, QStringLiteral("owner"));
    m_source = new QLineEdit;
    add(tr("Data &source:"), m_source, QStringLiteral("source"));
    m_tags = new QLineEdit;
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. growth, q3"));
    add(tr("&Tags:"), m_tags, QStringLiteral("tags"));
    m_sensitivity = new QComboBox;
    EnumCombo::fill<Sensitivity>(m_sensitivity);
    add(tr("Anomaly se&nsitivity:"), m_sensitivity, QStringLiteral("sensitivity"));
    m_omtm = new QCheckBox(tr("The one metric that &matters (replaces the current one)"));
    add(QString(), m_omtm, QStringLiteral("omtm"));
    m_archived = new QCheckBox(tr("&Archived (hidden from the dashboard)"));
    add(QString(), m_archived, QStringLiteral("archived"));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KpiDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KpiDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    setFields(existing.value_or(Kpi())); // a blank KPI has the defaults of a library one
    m_keyEdited = existing.has_value();
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_keyEdited)
            m_key->setText(Kpi::keyFromName(name));
        check();
    });
    connect(m_key, &QLineEdit::textEdited, this, [this] { m_keyEdited = true; });
    for (QLineEdit *e : {m_key, m_currency, m_formula})
        connect(e, &QLineEdit::textChanged, this, &KpiDialog::check);
    for (QComboBox *c : {m_unit, m_direction})
        connect(c, &QComboBox::currentIndexChanged, this, &KpiDialog::check);
    connect(m_decimals, &QSpinBox::valueChanged, this, &KpiDialog::check);
    check();
}

void KpiDialog::fillFromLibrary(int index)
{
    const std::optional<LibraryEntry> entry =
        KpiLibrary::find(m_library->itemData(index).toString());
    if (!entry)
        return;
    Kpi k = entry->kpi;
    k.ownerId = m_owner->currentData().toLongLong();
    setFields(k);
    m_keyEdited = false;
    if (m_description->toPlainText().isEmpty())
        m_description->setPlainText(entry->howMeasured);
}

void KpiDialog::setFields(const Kpi &k)
{
    m_name->setText(k.name);
    m_key->setText(k.key);
    m_description->setPlainText(k.description);
    EnumCombo::select(m_category, k.category);
    EnumCombo::select(m_indicator, k.indicator);
    EnumCombo::select(m_unit, k.unit);
    m_currency->setText(k.currency);
    EnumCombo::select(m_direction, k.direction);
    EnumCombo::select(m_cadence, k.cadence);
    EnumCombo::select(m_aggregation, k.aggregation);
    m_decimals->setValue(k.decimals);
    m_formula->setText(k.formula);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(k.ownerId)));
    m_source->setText(k.sourceNote);
    m_tags->setText(k.tags.join(QStringLiteral(", ")));
    EnumCombo::select(m_sensitivity, k.sensitivity);
    m_omtm->setChecked(k.omtm);
    m_archived->setChecked(k.archived);
}

Kpi KpiDialog::kpi() const
{
    Kpi k = m_existing.value_or(Kpi());
    k.name = m_name->text().trimmed();
    k.key = m_key->text().trimmed();
    k.description = m_description->toPlainText().trimmed();
    k.category = EnumCombo::value(m_category, Category::Operational);
    k.indicator = EnumCombo::value(m_indicator, Indicator::Lagging);
    k.unit = EnumCombo::value(m_unit, Unit::Count);
    k.currency = k.unit == Unit::Currency ? m_currency->text().trimmed().toUpper() : QString();
    k.direction = EnumCombo::value(m_direction, Direction::HigherIsBetter);
    k.cadence = EnumCombo::value(m_cadence, Cadence::Monthly);
    k.aggregation = EnumCombo::value(m_aggregation, Aggregation::Last);
    k.decimals = m_decimals->value();
    k.formula = m_formula->text().trimmed();
    k.ownerId = m_owner->currentData().toLongLong();
    k.sourceNote = m_source->text().trimmed();
    k.tags.clear();
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            k.tags << t.trimmed();
    k.sensitivity = EnumCombo::value(m_sensitivity, Sensitivity::Normal);
    k.omtm = m_omtm->isChecked();
    k.archived = m_archived->isChecked();
    return k;
}

void KpiDialog::check()
{
    m_currency->setEnabled(EnumCombo::value(m_unit, Unit::Count) == Unit::Currency);
    const Kpi k = kpi();
    QString formulaText;
    bool formulaOk = true;
    if (k.isComputed()) {
        QVector<Kpi> all = WorkspaceReader(m_workspace).kpis();
        all.erase(std::remove_if(all.begin(), all.end(),
                                 [&k](const Kpi &o) { return o.id == k.id && k.id; }),
                  all.end());
        all << k;
        QString error;
        QStringList keys;
        formulaOk = Formula::checkDefinitions(all, k.key, &error)
            && Formula::referencedKeys(k.formula, &keys, &error);
        formulaText = formulaOk ? tr("✓ Computed from %1").arg(keys.join(QStringLiteral(", ")))
                                : tr("✗ %1").arg(error);
    }
    m_formulaCheck->setText(formulaText);
    m_formulaCheck->setVisible(!formulaText.isEmpty());
    QPalette pal = m_formulaCheck->palette();
    pal.setColor(QPalette::WindowText,
                 formulaOk ? palette().color(QPalette::WindowText) : QColor(0xc2, 0x4e, 0x00));
    m_formulaCheck->setPalette(pal);

    QString error;
    const bool untouched = !m_existing && k.name.isEmpty() && k.key.isEmpty();
    if (untouched) // nothing typed yet: OK waits for a name, without an error
        m_problem->clear();
    else if (!k.validate(&error) && !error.isEmpty())
        m_problem->setText(error);
    else if (const auto other = WorkspaceReader(m_workspace).kpiByKey(k.key);
             other && other->id != k.id)
        m_problem->setText(tr("The workspace already has a KPI with the key \"%1\" (%2); "
                              "choose another key.")
                               .arg(k.key, other->name));
    else if (!formulaOk)
        m_problem->setText(tr("Fix the formula first."));
    else
        m_problem->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem->text().isEmpty() && !untouched);
}

QString KpiDialog::problem() const
{
    return m_problem->text();
}

bool KpiDialog::save(QString *errorMessage)
{
    QString invalid;
    if (!problem().isEmpty() || !kpi().validate(&invalid)) {
        *errorMessage = problem().isEmpty() ? invalid : problem();
        return false;
    }
    Kpi k = kpi();
    const bool ok = m_existing ? m_workspace->updateKpi(k, errorMessage)
                               : m_workspace->addKpi(&k, errorMessage);
    if (ok)
        m_existing = k;
    return ok;
}

void KpiDialog::accept()
{
    QString error;
    if (!save(&error)) {
        m_problem->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace Needle
