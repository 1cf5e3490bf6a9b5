#pragma once

#include "analysis/kpianalysis.h"
#include "analysis/rollup.h"
#include "domain/enums.h"
#include "domain/kpi.h"
#include "domain/target.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace Needle {

// What a report says, as data (no geometry, no painting): the dashboard snapshot and the
// meeting minutes are both built as a cover and a flow of blocks. ReportLayout places the blocks
// on pages; the PDF painter in ui/pdf draws the placed items.

enum class TextStyle { Title, Subtitle, Heading, Subheading, Body, Small, TableHeader, TableCell };

struct ReportCell
{
    QString text;
    std::optional<Status> status; // drawn as an icon (shape, readable in grey) before the text
    qint64 sparklineKpiId = 0; // a sparkline of that KPI's series fills the cell
    bool alignRight = false; // numbers
};

struct ReportTable
{
    QStringList headers; // empty: a plain list of label/value pairs without header or rules
    QVector<qreal> weights; // relative column widths
    QVector<QVector<ReportCell>> rows;
    TextStyle cellStyle = TextStyle::TableCell;
};

struct ReportBlock
{
    enum class Kind { Heading, Subheading, Paragraph, Table, Chart, PageBreak };
    Kind kind = Kind::Paragraph;
    QString text;
    TextStyle style = TextStyle::Body;
    bool inContents = false; // headings listed in the contents and the PDF outline
    ReportTable table;
    qint64 kpiId = 0; // chart

    static ReportBlock heading(const QString &text, bool inContents = true);
    static ReportBlock subheading(const QString &text);
    static ReportBlock paragraph(const QString &text, TextStyle style = TextStyle::Body);
    static ReportBlock tableBlock(const ReportTable &table);
    static ReportBlock chart(qint64 kpiId);
    static ReportBlock pageBreak();
};

// The data a chart or sparkline of one KPI is drawn from: the KPI's values rolled up to its
// cadence over the report's period, and the target in force at its end.
struct ReportSeries
{
    Kpi kpi;
    QVector<RolledPoint> points;
    std::optional<Target> target;
    QVector<Anomaly> anomalies; // flagged in the period, with reasons and verdicts
    QVector<ForecastPoint> forecast; // after the latest complete period
    QDate from;
    QDate to;
};

struct ReportDocument
{
    // Metadata of the PDF file.
    QString title;
    QString subject;
    QString author;
    QString keywords;

    QString coverTitle;
    QString coverSubtitle;
    QVector<QPair<QString, QString>> coverFacts; // label, value
    QString footer; // printed on every page beside the page number
    QString contentsTitle; // empty: no contents page

    QVector<ReportBlock> blocks;
    QHash<qint64, ReportSeries> series; // by KPI id, for charts and sparklines
};

} // namespace Needle
