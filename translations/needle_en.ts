<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Needle::AgendaModel</name>
    <message numerus="yes">
        <source>Move %n KPIs on the agenda</source>
        <translation>
            <numerusform>Move %n KPI on the agenda</numerusform>
            <numerusform>Move %n KPIs on the agenda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::CheckReport</name>
    <message numerus="yes">
        <source>Overdue action items: %n</source>
        <translation>
            <numerusform>Overdue action items: %n</numerusform>
            <numerusform>Overdue action items: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::DashboardModel</name>
    <message numerus="yes">
        <source>%1, KPIs: %n</source>
        <translation>
            <numerusform>%1, KPIs: %n</numerusform>
            <numerusform>%1, KPIs: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KPIs: %n</source>
        <translation>
            <numerusform>KPIs: %n</numerusform>
            <numerusform>KPIs: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n</source>
        <translation>
            <numerusform>⚠ %n</numerusform>
            <numerusform>⚠ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::FilePage</name>
    <message numerus="yes">
        <source>%1 is %2 with %n sheet(s).</source>
        <translation>
            <numerusform>%1 is %2 with %n sheet.</numerusform>
            <numerusform>%1 is %2 with %n sheets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::ImportPlanner</name>
    <message numerus="yes">
        <source>The dates for %1 in the file are about %n day(s) apart, but its cadence is %2: the values within one period are combined (%3).</source>
        <translation>
            <numerusform>The dates for %1 in the file are about %n day apart, but its cadence is %2: the values within one period are combined (%3).</numerusform>
            <numerusform>The dates for %1 in the file are about %n days apart, but its cadence is %2: the values within one period are combined (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dates for %1 in the file are about %n day(s) apart, but its cadence is %2: the periods between them stay empty.</source>
        <translation>
            <numerusform>The dates for %1 in the file are about %n day apart, but its cadence is %2: the periods between them stay empty.</numerusform>
            <numerusform>The dates for %1 in the file are about %n days apart, but its cadence is %2: the periods between them stay empty.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::ImportResult</name>
    <message numerus="yes">
        <source>%n value(s) would be written</source>
        <translation>
            <numerusform>%n value would be written</numerusform>
            <numerusform>%n values would be written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) unchanged</source>
        <translation>
            <numerusform>%n value unchanged</numerusform>
            <numerusform>%n values unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) written</source>
        <translation>
            <numerusform>%n value written</numerusform>
            <numerusform>%n values written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) created.</source>
        <translation>
            <numerusform>%n KPI created.</numerusform>
            <numerusform>%n KPIs created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors skipped.</source>
        <translation>
            <numerusform>%n row with errors skipped.</numerusform>
            <numerusform>%n rows with errors skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) created.</source>
        <translation>
            <numerusform>%n owner created.</numerusform>
            <numerusform>%n owners created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::Inspect</name>
    <message numerus="yes">
        <source>%1: %2, %n sheet(s)</source>
        <translation>
            <numerusform>%1: %2, %n sheet</numerusform>
            <numerusform>%1: %2, %n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot; (%n row(s))</source>
        <translation>
            <numerusform>Sheet &quot;%1&quot; (%n row)</numerusform>
            <numerusform>Sheet &quot;%1&quot; (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;, %2 (%n row(s))</source>
        <translation>
            <numerusform>Sheet &quot;%1&quot;, %2 (%n row)</numerusform>
            <numerusform>Sheet &quot;%1&quot;, %2 (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... %n more row(s)</source>
        <translation>
            <numerusform>... %n more row</numerusform>
            <numerusform>... %n more rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::KpiActions</name>
    <message numerus="yes">
        <source>Delete the KPI &quot;%1&quot; with its %n value(s), targets and benchmarks?

Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Delete the KPI &quot;%1&quot; with its %n value, targets and benchmarks?

Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Delete the KPI &quot;%1&quot; with its %n values, targets and benchmarks?

Edit &gt; Undo brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the KPI &quot;%1&quot; (%n value(s)). Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Deleted the KPI &quot;%1&quot; (%n value). Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Deleted the KPI &quot;%1&quot; (%n values). Edit &gt; Undo brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::KpiTableModel</name>
    <message numerus="yes">
        <source>Overdue actions: %n</source>
        <translation>
            <numerusform>Overdue actions: %n</numerusform>
            <numerusform>Overdue actions: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open actions: %n</source>
        <translation>
            <numerusform>Open actions: %n</numerusform>
            <numerusform>Open actions: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::KpiValuesTable</name>
    <message numerus="yes">
        <source>Paste %n value(s)</source>
        <translation>
            <numerusform>Paste %n value</numerusform>
            <numerusform>Paste %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n value(s)</source>
        <translation>
            <numerusform>Delete %n value</numerusform>
            <numerusform>Delete %n values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::MeetingSummary</name>
    <message numerus="yes">
        <source>Duration: %1; %n KPI(s) discussed</source>
        <translation>
            <numerusform>Duration: %1; %n KPI discussed</numerusform>
            <numerusform>Duration: %1; %n KPIs discussed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::PreviewPage</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new value(s)</source>
        <translation>
            <numerusform>%n new value</numerusform>
            <numerusform>%n new values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n row with errors</numerusform>
            <numerusform>%n rows with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table shows the first %n value(s).</source>
        <translation>
            <numerusform>The table shows the first value.</numerusform>
            <numerusform>The table shows the first %n values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::ReviewSession</name>
    <message numerus="yes">
        <source>Move %n KPIs on the agenda</source>
        <translation>
            <numerusform>Move %n KPI on the agenda</numerusform>
            <numerusform>Move %n KPIs on the agenda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::Sentences</name>
    <message numerus="yes">
        <source>No clear trend over the last %n periods.</source>
        <translation>
            <numerusform>No clear trend over the last period.</numerusform>
            <numerusform>No clear trend over the last %n periods.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n periods all read %1: is the feed stuck?</source>
        <translation>
            <numerusform>The last period reads %1: is the feed stuck?</numerusform>
            <numerusform>The last %n periods all read %1: is the feed stuck?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n periods in a row above the average of %1.</source>
        <translation>
            <numerusform>%n period above the average of %1.</numerusform>
            <numerusform>%n periods in a row above the average of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n periods in a row below the average of %1.</source>
        <translation>
            <numerusform>%n period below the average of %1.</numerusform>
            <numerusform>%n periods in a row below the average of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stale: the last value is from %1 (%n days before the as-of date).</source>
        <translation>
            <numerusform>Stale: the last value is from %1 (%n day before the as-of date).</numerusform>
            <numerusform>Stale: the last value is from %1 (%n days before the as-of date).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarters</source>
        <translation>
            <numerusform>%n quarter</numerusform>
            <numerusform>%n quarters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::SourcesController</name>
    <message numerus="yes">
        <source>%n scheduled job(s) ran.</source>
        <translation>
            <numerusform>%n scheduled job ran.</numerusform>
            <numerusform>%n scheduled jobs ran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::TileText</name>
    <message numerus="yes">
        <source>Anomalies: %n</source>
        <translation>
            <numerusform>Anomalies: %n</numerusform>
            <numerusform>Anomalies: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue actions: %n</source>
        <translation>
            <numerusform>Overdue actions: %n</numerusform>
            <numerusform>Overdue actions: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::WorkspaceStatus</name>
    <message numerus="yes">
        <source>Data as of %1; stale KPIs: %n</source>
        <translation>
            <numerusform>Data as of %1; stale KPIs: %n</numerusform>
            <numerusform>Data as of %1; stale KPIs: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
