#include "dashboard/kpidefinitionpanel.h"

#include "analysis/status.h"
#include "charts/palette.h"
#include "domain/valueformat.h"
#include "storage/benchmarkrepository.h"
#include "storage/kpirepository.h"
#include "storage/measurementrepository.h"
#include "storage/ownerrepository.h"
#include "storage/targetrepository.h"
#include "workspace/workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Needle {

namespace {
enum Field { Latest, Formula, Unit_, Direction_, Cadence_, Owner_, Source, Target_, Benchmarks,
             FieldCount };

QString fieldLabel(int field)
{
    switch (field) {
    case Latest:
        return KpiDefinitionPanel::tr("Latest");
    case Formula:
        return KpiDefinitionPanel::tr("Formula");
    case Unit_:
        return KpiDefinitionPanel::tr("Unit");
    case Direction_:
        return KpiDefinitionPanel::tr("Direction");
    case Cadence_:
        return KpiDefinitionPanel::tr("Cadence");
    case Owner_:
        return KpiDefinitionPanel::tr("Owner");
    case Source:
        return KpiDefinitionPanel::tr("Source");
    case Target_:
        return KpiDefinitionPanel::tr("Target");
    case Benchmarks:
        return KpiDefinitionPanel::tr("Benchmarks");
    }
    return QString();
}
} // namespace

KpiDefinitionPanel::KpiDefinitionPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    m_name = new QLabel(this);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_statusIcon = new QLabel(this);
    m_status = new QLabel(this);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (int f = 0; f < FieldCount; ++f) {
        auto *label = new QLabel(fieldLabel(f) + QLatin1Char(':'), this);
        auto *field = new QLabel(this);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setBuddy(field);
        m_form->addRow(label, field);
        m_labels.append(label);
        m_fields.append(field);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addLayout(statusRow);
    layout->addWidget(m_description);
    layout->addLayout(m_form);
    layout->addStretch(1);
    setAccessibleName(tr("KPI definition"));

    const auto ifMine = [this](qint64 kpiId) {
        if (kpiId == m_kpiId)
            refresh();
    };
    connect(workspace, &Workspace::kpiChanged, this, ifMine);
    connect(workspace, &Workspace::targetsChanged, this, ifMine);
    connect(workspace, &Workspace::benchmarksChanged, this, ifMine);
    connect(workspace, &Workspace::valuesChanged, this, ifMine);
    connect(workspace, &Workspace::valuesReset, this, &KpiDefinitionPanel::refresh);
    connect(workspace, &Workspace::ownerChanged, this, &KpiDefinitionPanel::refresh);
}

void KpiDefinitionPanel::setKpi(qint64 kpiId)
{
    m_kpiId = kpiId;
    refresh();
}

QString KpiDefinitionPanel::fieldText(const QString &label) const
{
    for (int f = 0; f < FieldCount; ++f)
        if (fieldLabel(f) == label)
            return m_fields.at(f)->text();
    return QString();
}

void KpiDefinitionPanel::setField(int row, const QString &text)
{
    m_fields.at(row)->setText(text);
    m_fields.at(row)->setVisible(!text.isEmpty());
    m_labels.at(row)->setVisible(!text.isEmpty());
}

void KpiDefinitionPanel::refresh()
{
    const QSqlDatabase db = m_workspace->connection();
    const std::optional<Kpi> kpi = m_kpiId ? KpiRepository(db).byId(m_kpiId) : std::nullopt;
    if (!kpi) {
        m_name->setText(tr("No KPI selected"));
        m_description->clear();
        m_status->clear();
        m_statusIcon->clear();
        for (int f = 0; f < FieldCount; ++f)
            setField(f, QString());
        return;
    }
    const QLocale locale;
    m_name->setText(kpi->name);
    m_description->setText(kpi->description);
    m_description->setVisible(!kpi->description.isEmpty());

    const std::optional<Measurement> latest = MeasurementRepository(db).latest(kpi->id);
    const TargetRepository targets(db);
    const std::optional<Target> target = targets.inForce(kpi->id, latest ? latest->date
                                                                          : QDate::currentDate());
    const Status status = latest ? statusOf(latest->value, target, kpi->direction)
                                 : Status::NoData;
    const ChartPalette palette = ChartPalette::fromWidgetPalette(this->palette());
    m_statusIcon->setPixmap(statusIcon(status, palette, 18).pixmap(18, 18));
    m_status->setText(displayName(status));
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, palette.statusColor(status));
    m_status->setPalette(statusPalette);

    setField(Latest, latest ? tr("%1 on %2").arg(ValueFormat::format(*kpi, latest->value, locale),
                                                 locale.toString(latest->date, QLocale::ShortFormat))
                            : tr("No values yet"));
    setField(Formula, kpi->isComputed() ? kpi->formula : tr("Stored values"));
    QString unit = displayName(kpi->unit);
    if (!kpi->currency.isEmpty())
        unit += QStringLiteral(" (%1)").arg(kpi->currency);
    setField(Unit_, unit);
    setField(Direction_, displayName(kpi->direction));
    setField(Cadence_, tr("%1, rolled up by %2")
                           .arg(displayName(kpi->cadence), displayName(kpi->aggregation).toLower()));
    const std::optional<Owner> owner = kpi->ownerId ? OwnerRepository(db).byId(kpi->ownerId)
                                                    : std::nullopt;
    setField(Owner_, owner ? (owner->team.isEmpty() ? owner->name
                                                    : tr("%1 (%2)").arg(owner->name, owner->team))
                           : tr("Nobody"));
    setField(Source, kpi->sourceNote);
    QString targetText;
    if (target && target->isBand())
        targetText = tr("%1 to %2").arg(ValueFormat::format(*kpi, *target->low, locale),
                                        ValueFormat::format(*kpi, *target->high, locale));
    else if (target && target->value)
        targetText = ValueFormat::format(*kpi, *target->value, locale);
    if (target && target->deadline.isValid())
        targetText = tr("%1 by %2").arg(targetText,
                                        locale.toString(target->deadline, QLocale::ShortFormat));
    setField(Target_, target ? targetText : tr("None"));
    QStringList benchmarks;
    const QVector<Benchmark> list = BenchmarkRepository(db).forKpi(kpi->id);
    for (const Benchmark &b : list)
        benchmarks << tr("%1: %2").arg(b.label, ValueFormat::format(*kpi, b.value, locale));
    setField(Benchmarks, benchmarks.join(QLatin1Char('\n')));
}

} // namespace Needle
