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
    <name>Needle::MeetingSummary</name>
    <message numerus="yes">
        <source>Duration: %1; %n KPI(s) discussed</source>
        <translation>
            <numerusform>Duration: %1; %n KPI discussed</numerusform>
            <numerusform>Duration: %1; %n KPIs discussed</numerusform>
        </translation>
    </message>
</context>
</TS>
