#include "shell/workspacestatus.h"

#include "analysis/workspaceanalyzer.h"
#include "workspace/workspace.h"
#include "workspace/workspacereader.h"

#include <QAction>
#include <QFileInfo>
#include <QStatusBar>
#include <QStyleOptionToolButton>
#include <QStylePainter>
#include <QToolTip>
#include <QUndoStack>
#include <algorithm>

namespace Needle {

StatusField::StatusField(QWidget *parent) : QToolButton(parent)
{
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QSize StatusField::minimumSizeHint() const
{
    QSize size = QToolButton::minimumSizeHint();
    size.setWidth(std::min(size.width(), fontMetrics().averageCharWidth() * 12));
    return size;
}

void StatusField::paintEvent(QPaintEvent *)
{
    QStylePainter p(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    // The text area is the button less its frame margins; what does not fit is elided.
    const int frame = QToolButton::sizeHint().width() - fontMetrics().horizontalAdvance(text());
    const int room = width() - frame;
    if (fontMetrics().horizontalAdvance(text()) > room)
        option.text = fontMetrics().elidedText(text(), Qt::ElideRight, std::max(0, room));
    p.drawComplexControl(QStyle::CC_ToolButton, option);
}

WorkspaceStatus::WorkspaceStatus(QStatusBar *bar, QAction *historyAction)
    : QObject(bar), m_import(new StatusField), m_freshness(new StatusField)
{
    m_import->setObjectName(QStringLiteral("lastImportStatus"));
    m_import->setAccessibleName(tr("Last import"));
    m_freshness->setObjectName(QStringLiteral("freshnessStatus"));
    m_freshness->setAccessibleName(tr("Data freshness"));
    connect(m_import, &QToolButton::clicked, historyAction, &QAction::trigger);
    // Nothing to open for the freshness: a click (or Space) shows which KPIs are stale.
    connect(m_freshness, &QToolButton::clicked, m_freshness, [this] {
        QToolTip::showText(m_freshness->mapToGlobal(QPoint(0, 0)), m_freshness->toolTip(),
                           m_freshness);
    });
    bar->addPermanentWidget(m_import);
    bar->addPermanentWidget(m_freshness);
    // A message takes the room it needs: while one shows, the fields give up width (they elide,
    // their tool tips keep the whole text).
    connect(bar, &QStatusBar::messageChanged, this, [this, bar](const QString &message) {
        int room = QWIDGETSIZE_MAX;
        if (!message.isEmpty()) {
            const int needed = bar->fontMetrics().horizontalAdvance(message)
                + bar->fontMetrics().averageCharWidth() * 4;
            room = std::max(m_import->minimumSizeHint().width(), (bar->width() - needed) / 2);
        }
        m_import->setMaximumWidth(room);
        m_freshness->setMaximumWidth(room);
    });
    setWorkspace(nullptr, nullptr);
}

void WorkspaceStatus::setWorkspace(Workspace *workspace, WorkspaceAnalyzer *analyzer)
{
    if (m_workspace)
        disconnect(m_workspace->undoStack(), nullptr, this, nullptr);
    if (m_analyzer)
        disconnect(m_analyzer, nullptr, this, nullptr);
    m_workspace = workspace;
    m_analyzer = analyzer;
    m_import->setVisible(workspace != nullptr);
    m_freshness->setVisible(workspace != nullptr);
    if (!workspace)
        return;
    // Imports (from the wizard, a dropped file or a watched folder), their undo and redo, and
    // every edit move the undo stack; the analysis reruns after each of them.
    connect(workspace->undoStack(), &QUndoStack::indexChanged, this,
            &WorkspaceStatus::updateImport);
    if (analyzer) {
        connect(analyzer, &WorkspaceAnalyzer::finished, this, &WorkspaceStatus::updateFreshness);
        connect(analyzer, &WorkspaceAnalyzer::analysisRemoved, this,
                &WorkspaceStatus::updateFreshness);
    }
    updateImport();
    updateFreshness();
}

void WorkspaceStatus::setDateFormat(const QLocale &locale, bool isoDates)
{
    m_locale = locale;
    m_isoDates = isoDates;
    if (m_workspace) {
        updateImport();
        updateFreshness();
    }
}

QString WorkspaceStatus::date(const QDate &d) const
{
    return m_isoDates ? d.toString(Qt::ISODate) : m_locale.toString(d, QLocale::ShortFormat);
}

void WorkspaceStatus::updateImport()
{
    if (!m_workspace)
        return;
    const QVector<ImportBatch> batches = WorkspaceReader(m_workspace).importBatches();
    const auto last = std::find_if(batches.cbegin(), batches.cend(),
                                   [](const ImportBatch &b) { return !b.undone; });
    if (last == batches.cend()) {
        m_import->setText(batches.isEmpty() ? tr("No imports yet") : tr("Every import undone"));
        m_import->setToolTip(tr("Import KPI values with File > Import... or by dropping a "
                                "spreadsheet on the window. Click to open the import history."));
    } else {
        const QDateTime at = last->importedAt.toLocalTime();
        const QString when = m_isoDates ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                        : m_locale.toString(at, QLocale::ShortFormat);
        const QString file = QFileInfo(last->fileName).fileName();
        const QString values = m_locale.toString(last->valuesWritten);
        m_import->setText(tr("Last import: %1, %2, values: %3").arg(file, when, values));
        const QString sheet =
            last->sheet.isEmpty() ? file : tr("%1, sheet %2").arg(file, last->sheet);
        m_import->setToolTip(tr("%1 imported on %2. Values written: %3; rows read: %4. "
                                "Click to open the import history.")
                                 .arg(sheet, when, values, m_locale.toString(last->rowsRead)));
    }
    m_import->setAccessibleDescription(m_import->toolTip());
    m_import->updateGeometry();
}

void WorkspaceStatus::updateFreshness()
{
    if (!m_workspace)
        return;
    QDate latest;
    QStringList stale;
    int analysed = 0;
    const QVector<Kpi> kpis = WorkspaceReader(m_workspace).kpis();
    for (const Kpi &k : kpis) {
        const KpiAnalysis *a = m_analyzer && !k.archived ? m_analyzer->analysis(k.id) : nullptr;
        if (!a)
            continue;
        ++analysed;
        if (a->lastValueDate.isValid() && (!latest.isValid() || a->lastValueDate > latest))
            latest = a->lastValueDate;
        if (a->stale)
            stale << (a->lastValueDate.isValid()
                          ? tr("%1 (last value %2)").arg(k.name, date(a->lastValueDate))
                          : k.name);
    }
    if (analysed == 0 && m_analyzer && m_analyzer->isBusy()) {
        m_freshness->setText(tr("Checking data freshness..."));
        m_freshness->setToolTip(QString());
    } else if (!latest.isValid()) {
        m_freshness->setText(tr("No values yet"));
        m_freshness->setToolTip(tr("No KPI has a value yet."));
    } else if (stale.isEmpty()) {
        m_freshness->setText(tr("Data as of %1; every KPI current").arg(date(latest)));
        m_freshness->setToolTip(tr("The latest value is from %1 and every KPI has a recent "
                                   "value for its cadence.")
                                    .arg(date(latest)));
    } else {
        std::sort(stale.begin(), stale.end(), [](const QString &a, const QString &b) {
            return QString::localeAwareCompare(a, b) < 0;
        });
        m_freshness->setText(
            tr("Data as of %1; stale KPIs: %n", nullptr, int(stale.size())).arg(date(latest)));
        m_freshness->setToolTip(tr("No value for more than one and a half periods of their "
                                   "cadence:\n%1")
                                    .arg(stale.join(QLatin1Char('\n'))));
    }
    m_freshness->setAccessibleDescription(m_freshness->toolTip());
    m_freshness->updateGeometry();
}

} // namespace Needle
