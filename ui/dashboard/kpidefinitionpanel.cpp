#include "dashboard/kpidefinitionpanel.h"

#include "domain/datetext.h"

#include "analysis/workspaceanalyzer.h"
#include "charts/palette.h"
#include "domain/valueformat.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Needle {

namespace {
enum Field {
    Latest,
    Trend_,
    Forecast_,
    Formula,
    Unit_,
    Direction_,
    Cadence_,
    Owner_,
    Source,
    Target_,
    Benchmarks,
    FieldCount
};

QString fieldLabel(int field)
{
    switch (field) {
    case Latest:
        return KpiDefinitionPanel::tr("Latest");
    case Trend_:
        return KpiDefinitionPanel::tr("Trend");
    case Forecast_:
        return KpiDefinitionPanel::tr("Forecast");
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
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    for (int f = 0; f < FieldCount; ++f)
        m_texts.append(QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addLayout(statusRow);
    layout->addWidget(m_description);
    layout->addWidget(m_details);
    layout->addStretch(1);
    setAccessibleName(tr("KPI definition"));

    connect(workspace, &Workspace::changed, this, [this](const WorkspaceChange &change) {
        if (change.touchesKpi(m_kpiId) || change.touches(WorkspaceChange::Record::Owner))
            refresh();
    });
}

void KpiDefinitionPanel::setKpi(qint64 kpiId)
{
    m_kpiId = kpiId;
    refresh();
}

void KpiDefinitionPanel::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    refresh();
}

QString KpiDefinitionPanel::fieldText(const QString &label) const
{
    for (int f = 0; f < FieldCount; ++f)
        if (fieldLabel(f) == label)
            return m_texts.at(f);
    return QString();
}

void KpiDefinitionPanel::setField(int row, const QString &text)
{
    m_texts[row] = text;
}

void KpiDefinitionPanel::updateDetails()
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (int f = 0; f < FieldCount; ++f) {
        if (m_texts.at(f).isEmpty())
            continue;
        html += QStringLiteral("<tr><td style=\"padding-right:8px\">%1</td><td>%2</td></tr>")
                    .arg(fieldLabel(f).toHtmlEscaped(),
                         m_texts.at(f).toHtmlEscaped().replace(QLatin1Char('\n'),
                                                               QStringLiteral("<br>")));
    }
    m_details->setText(html + QStringLiteral("</table>"));
}

void KpiDefinitionPanel::refresh()
{
    // The definition, owner and analysis shown together come from one state.
    const WorkspaceReader read(m_workspace, WorkspaceReader::Mode::Snapshot);
    const std::optional<Kpi> kpi = m_kpiId ? read.kpi(m_kpiId) : std::nullopt;
    if (!kpi) {
        m_name->setText(tr("No KPI selected"));
        m_description->clear();
        m_status->clear();
        m_statusIcon->clear();
        for (int f = 0; f < FieldCount; ++f)
            setField(f, QString());
        updateDetails();
        return;
    }
    const QLocale locale;
    m_name->setText(kpi->name);
    m_description->setText(kpi->description);
    m_description->setVisible(!kpi->description.isEmpty());

    // The KPI's own analysis at its cadence: the status the dashboard and `needle check` show.
    AnalysisOptions options;
    options.locale = locale;
    options.asOf = m_asOf;
    const QVector<KpiAnalysis> results =
        analyzeWorkspace(m_workspace->connection(), {kpi->id}, options);
    const auto self = std::find_if(results.cbegin(), results.cend(),
                                   [&](const KpiAnalysis &a) { return a.kpiId == kpi->id; });
    const KpiAnalysis analysis = self != results.cend() ? *self : KpiAnalysis();
    const Status status = analysis.status;
    const std::optional<Target> &target = analysis.target;
    const ChartPalette palette = ChartPalette::fromWidgetPalette(this->palette());
    m_statusIcon->setPixmap(statusIcon(status, palette, 18).pixmap(18, 18));
    m_status->setText(analysis.statusSentence.isEmpty()
                          ? displayName(status)
                          : tr("%1: %2").arg(displayName(status), analysis.statusSentence));
    m_status->setWordWrap(true);
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, palette.statusColor(status));
    m_status->setPalette(statusPalette);

    const std::optional<RolledPoint> &latest = analysis.latest;
    QString latestText = latest ? tr("%1 for the period from %2")
                                      .arg(ValueFormat::format(*kpi, latest->value, locale),
                                           DateText::day(latest->period, locale))
                                : tr("No values yet");
    if (!analysis.error.isEmpty())
        latestText = analysis.error;
    else if (analysis.vsPrevious.valid)
        latestText += QLatin1Char('\n') + analysis.vsPrevious.sentence;
    for (const QString &quality : analysis.qualitySentences)
        latestText += QLatin1Char('\n') + quality;
    setField(Latest, latestText);
    setField(Trend_, analysis.trend.valid ? analysis.trend.sentence : QString());
    setField(Forecast_, analysis.pace.valid ? analysis.pace.sentence : QString());
    setField(Formula, kpi->isComputed() ? kpi->formula : tr("Stored values"));
    QString unit = displayName(kpi->unit);
    if (!kpi->currency.isEmpty())
        unit += QStringLiteral(" (%1)").arg(kpi->currency);
    setField(Unit_, unit);
    setField(Direction_, displayName(kpi->direction));
    setField(Cadence_,
             tr("%1, rolled up by %2")
                 .arg(displayName(kpi->cadence), displayName(kpi->aggregation).toLower()));
    const std::optional<Owner> owner = kpi->ownerId ? read.owner(kpi->ownerId) : std::nullopt;
    setField(
        Owner_,
        owner ? (owner->team.isEmpty() ? owner->name : tr("%1 (%2)").arg(owner->name, owner->team))
              : tr("Nobody"));
    setField(Source, kpi->sourceNote);
    QString targetText;
    if (target && target->isBand())
        targetText = tr("%1 to %2")
                         .arg(ValueFormat::format(*kpi, *target->low, locale),
                              ValueFormat::format(*kpi, *target->high, locale));
    else if (target && target->value)
        targetText = ValueFormat::format(*kpi, *target->value, locale);
    if (target && target->deadline.isValid())
        targetText = tr("%1 by %2").arg(targetText, DateText::day(target->deadline, locale));
    setField(Target_, target ? targetText : tr("None"));
    QStringList benchmarks;
    for (const BenchmarkGap &gap : analysis.benchmarkGaps)
        benchmarks << gap.sentence;
    setField(Benchmarks, benchmarks.join(QLatin1Char('\n')));
    updateDetails();
}

} // namespace Needle
