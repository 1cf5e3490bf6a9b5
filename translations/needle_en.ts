<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
</TS>
