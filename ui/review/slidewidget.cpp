#include "review/slidewidget.h"

#include "domain/datetext.h"

#include "analysis/rollup.h"
#include "charts/kpichart.h"
#include "charts/kpichartfeed.h"
#include "charts/palette.h"
#include "workspace/workspacereader.h"
#include "workspace/workspace.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QTextDocument>

#include <cmath>

namespace Needle {

namespace {
// How far back a slide's chart looks: enough periods to see a trend, not so many that the
// period under review is a sliver.
QDate chartStart(Cadence cadence, const QDate &to)
{
    switch (cadence) {
    case Cadence::Daily:
        return to.addDays(-120);
    case Cadence::Weekly:
        return to.addMonths(-12);
    case Cadence::Monthly:
        return to.addMonths(-24);
    case Cadence::Quarterly:
        return to.addYears(-4);
    }
    return to.addYears(-2);
}

// A number and its unit never part at a line end ("3.50 %" not "3.50" and "%").
QString keepUnits(QString text)
{
    static const QRegularExpression unit(QStringLiteral("(\\d) (%|pts\\b|days\\b)"));
    return text.replace(unit, QStringLiteral("\\1\u00a0\\2"));
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-left:0; -qt-list-indent:1;\">");
    for (const QString &i : items)
        html += QStringLiteral("<li>%1</li>").arg(keepUnits(i).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}
} // namespace

SlideWidget::SlideWidget(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(p);

    m_name = new QLabel;
    m_name->setAccessibleName(tr("KPI"));
    m_reason = new QLabel;
    m_statusIcon = new QLabel;
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_chart = new KpiChart;
    m_chart->setChartPalette(ChartPalette::light());
    m_chartView = new QChartView(m_chart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_details = new QLabel;
    m_details->setWordWrap(true);
    // The details take the height the chart leaves and fit their type to it (fitDetails):
    // they never push the slide taller than the screen, where they would be cut.
    m_details->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextFormat(Qt::RichText);

    m_name->setWordWrap(true);
    m_latest = new QLabel;
    m_latest->setWordWrap(true);
    auto *title = new QHBoxLayout;
    title->addWidget(m_name, 1);
    title->addWidget(m_reason, 0, Qt::AlignRight | Qt::AlignVCenter);
    auto *status = new QHBoxLayout;
    status->addWidget(m_statusIcon, 0, Qt::AlignTop);
    status->addWidget(m_status, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_chartView, 3);
    body->addWidget(m_details, 2);
    m_body = body;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(title);
    layout->addLayout(status);
    layout->addWidget(m_latest);
    layout->addLayout(body, 1);
    applyScale();
}

void SlideWidget::showSlide(const SlideContent &content, const ReviewMeeting &meeting)
{
    m_content = content;
    m_name->setText(content.name);
    m_reason->setText(content.reason);
    QString status = content.pending ? tr("pending") : displayName(content.status);
    if (!content.pending && !content.statusText.isEmpty())
        status = tr("%1: %2").arg(status, content.statusText);
    m_status->setText(keepUnits(status));
    QStringList facts;
    if (!content.latestText.isEmpty())
        facts << tr("Latest: %1").arg(content.latestText);
    facts << (content.ownerName.isEmpty() ? tr("No owner")
                                          : tr("Owner: %1").arg(content.ownerName));
    m_latest->setText(keepUnits(facts.join(QStringLiteral(" · "))));
    const int icon = qMax(16, m_status->fontMetrics().height());
    m_statusIcon->setPixmap(
        statusIcon(content.status, ChartPalette::light(), icon).pixmap(icon, icon));

    KpiChartRequest request;
    request.kpiId = content.kpiId;
    if (const std::optional<Kpi> kpi = WorkspaceReader(m_workspace).kpi(content.kpiId)) {
        request.granularity = granularityOf(kpi->cadence);
        request.from = chartStart(kpi->cadence, meeting.periodTo);
    }
    request.asOf = meeting.periodTo;
    KpiChartData data = buildKpiChartData(m_workspace, request);
    data.title = QStringLiteral(" "); // the slide's own title says it, larger
    m_chart->setData(data);
    m_details->setText(detailsHtml());
    fitDetails();
}

QString SlideWidget::detailsHtml() const
{
    const SlideContent &c = m_content;
    QString html;
    auto section = [&html](const QString &title, const QStringList &items) {
        if (!items.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(title.toHtmlEscaped()) + list(items);
    };
    if (!c.error.isEmpty())
        section(tr("Cannot compute"), {c.error});
    section(tr("Trend"), c.trend);
    section(tr("Against benchmarks"), c.benchmarks);
    section(tr("Since the last meeting"), c.sinceLastMeeting);
    QStringList actions;
    const QLocale locale;
    for (const SummaryEntry &e : c.openActionItems) {
        QString line = tr("%1 — %2, due %3")
                           .arg(e.note.text, e.ownerName.isEmpty() ? tr("no owner") : e.ownerName,
                                DateText::day(e.note.dueDate, locale));
        if (e.overdue)
            line = tr("OVERDUE: %1").arg(line);
        actions << line;
    }
    section(tr("Open action items"), actions);
    QStringList anomalies;
    for (const SlideAnomaly &a : c.anomalies)
        anomalies << (a.judged ? tr("%1: %2 (%3)")
                                     .arg(DateText::day(a.period, locale), a.reason, a.verdictText)
                               : tr("%1: %2 — not judged yet (V)")
                                     .arg(DateText::day(a.period, locale), a.reason));
    section(tr("Flagged in the period"), anomalies);
    section(tr("Data quality"), c.quality);
    return html;
}

QString SlideWidget::detailsText() const
{
    QTextDocument doc;
    doc.setHtml(m_details->text());
    return doc.toPlainText();
}

void SlideWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
    fitDetails();
}

int SlideWidget::baseSize() const
{
    // About 30 lines of body text per screen height, whatever the resolution.
    return qBound(11, height() / 34, 40);
}

int SlideWidget::detailsHeight(int pixelSize) const
{
    QTextDocument doc;
    QFont f = m_details->font();
    f.setPixelSize(pixelSize);
    doc.setDefaultFont(f);
    doc.setHtml(m_details->text());
    doc.setTextWidth(m_details->contentsRect().width());
    return int(std::ceil(doc.size().height()));
}

// The details in the largest type (from the slide's body size down) that fits the room; when
// even small type does not fit, they get half the width, then the chart's place as well.
void SlideWidget::fitDetails()
{
    if (!layout() || m_details->text().isEmpty())
        return;
    const int base = baseSize();
    const struct
    {
        int chart, details, smallest;
        bool chart_shown;
    } steps[] = {
        {3, 2, base * 3 / 4, true}, {1, 1, std::max(10, base / 2), true}, {0, 1, 8, false}};
    for (const auto &step : steps) {
        m_chartView->setVisible(step.chart_shown);
        m_body->setStretch(0, step.chart);
        m_body->setStretch(1, step.details);
        layout()->activate();
        const int room = m_details->contentsRect().height();
        for (int size = base; size >= step.smallest; --size) {
            if (detailsHeight(size) <= room || (size == 8 && !step.chart_shown)) {
                QFont f = m_details->font();
                f.setPixelSize(size);
                m_details->setFont(f);
                return;
            }
        }
    }
}

bool SlideWidget::chartShown() const
{
    return m_chartView->isVisibleTo(this);
}

bool SlideWidget::textFits() const
{
    if (detailsHeight(m_details->font().pixelSize()) > m_details->contentsRect().height())
        return false;
    for (const QLabel *label : {m_name, m_reason, m_status, m_latest}) {
        const int need = label->wordWrap() ? label->heightForWidth(label->contentsRect().width())
                                           : label->sizeHint().height();
        if (need > label->contentsRect().height() + 1
            || (!label->wordWrap() && label->sizeHint().width() > label->width()))
            return false;
    }
    return true;
}

void SlideWidget::applyScale()
{
    const int base = baseSize();
    QFont f = font();
    f.setPixelSize(base);
    m_details->setFont(f);
    m_latest->setFont(f);
    m_reason->setFont(f);
    QFont statusFont = f;
    statusFont.setPixelSize(base * 5 / 4);
    m_status->setFont(statusFont);
    QFont big = f;
    big.setPixelSize(base * 9 / 4);
    big.setBold(true);
    m_name->setFont(big);
}

} // namespace Needle
