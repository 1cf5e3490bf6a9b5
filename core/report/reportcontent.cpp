#include "report/reportcontent.h"

namespace Needle {

ReportBlock ReportBlock::heading(const QString &text, bool inContents)
{
    ReportBlock b;
    b.kind = Kind::Heading;
    b.text = text;
    b.style = TextStyle::Heading;
    b.inContents = inContents;
    return b;
}

ReportBlock ReportBlock::subheading(const QString &text)
{
    ReportBlock b;
    b.kind = Kind::Subheading;
    b.text = text;
    b.style = TextStyle::Subheading;
    return b;
}

ReportBlock ReportBlock::paragraph(const QString &text, TextStyle style)
{
    ReportBlock b;
    b.kind = Kind::Paragraph;
    b.text = text;
    b.style = style;
    return b;
}

ReportBlock ReportBlock::tableBlock(const ReportTable &table)
{
    ReportBlock b;
    b.kind = Kind::Table;
    b.table = table;
    b.style = TextStyle::TableCell;
    return b;
}

ReportBlock ReportBlock::chart(qint64 kpiId)
{
    ReportBlock b;
    b.kind = Kind::Chart;
    b.kpiId = kpiId;
    return b;
}

ReportBlock ReportBlock::pageBreak()
{
    ReportBlock b;
    b.kind = Kind::PageBreak;
    return b;
}

} // namespace Needle
