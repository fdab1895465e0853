<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaModel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/agenda/model.py" line="84"/>
        <source>{date} (%n days ago)</source>
        <translation>
            <numerusform>{date} (%n day ago)</numerusform>
            <numerusform>{date} (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message numerus="yes">
        <location filename="../../planner/ui/board/bar.py" line="178"/>
        <source>F&amp;ilters (%n)</source>
        <translation>
            <numerusform>F&amp;ilters (%n)</numerusform>
            <numerusform>F&amp;ilters (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/moves.py" line="157"/>
        <source>Confirm %n milestones to move here</source>
        <translation>
            <numerusform>Confirm %n milestone to move here</numerusform>
            <numerusform>Confirm %n milestones to move here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message numerus="yes">
        <location filename="../../planner/ui/board/header.py" line="197"/>
        <source>%n matching deals</source>
        <translation>
            <numerusform>%n matching deal</numerusform>
            <numerusform>%n matching deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/header.py" line="198"/>
        <source>%n deals</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/board/model.py" line="354"/>
        <source>%n days since the last milestone</source>
        <translation>
            <numerusform>%n day since the last milestone</numerusform>
            <numerusform>%n days since the last milestone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/model.py" line="357"/>
        <source>%n days since the deal was created; no milestone yet</source>
        <translation>
            <numerusform>%n day since the deal was created; no milestone yet</numerusform>
            <numerusform>%n days since the deal was created; no milestone yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/model.py" line="370"/>
        <source>Idle: no milestone for %n days</source>
        <translation>
            <numerusform>Idle: no milestone for %n day</numerusform>
            <numerusform>Idle: no milestone for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/stall.py" line="32"/>
        <source>Stalled: %n days in this stage.</source>
        <translation>
            <numerusform>Stalled: %n day in this stage.</numerusform>
            <numerusform>Stalled: %n days in this stage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/stall.py" line="34"/>
        <source>Your won deals took at most %n days here</source>
        <translation>
            <numerusform>Your won deals took at most %n day here</numerusform>
            <numerusform>Your won deals took at most %n days here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/stall.py" line="35"/>
        <source>(the 80th percentile of %n won deals).</source>
        <translation>
            <numerusform>(the 80th percentile of %n won deal).</numerusform>
            <numerusform>(the 80th percentile of %n won deals).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/stall.py" line="36"/>
        <source>That is more than the %n idle days set for this file (too few won deals here yet to compare with).</source>
        <translation>
            <numerusform>That is more than the %n idle day set for this file (too few won deals here yet to compare with).</numerusform>
            <numerusform>That is more than the %n idle days set for this file (too few won deals here yet to compare with).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../planner/ui/feature_dialogs.py" line="154"/>
        <source>Overdue: %n item(s) in your agenda (Deal › Agenda, {keys}).</source>
        <translation>
            <numerusform>Overdue: %n item in your agenda (Deal › Agenda, {keys}).</numerusform>
            <numerusform>Overdue: %n items in your agenda (Deal › Agenda, {keys}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message numerus="yes">
        <location filename="../../planner/ui/kit/pdf_export.py" line="94"/>
        <source>Wrote {path} (%n pages).</source>
        <translation>
            <numerusform>Wrote {path} (%n page).</numerusform>
            <numerusform>Wrote {path} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../planner/ui/preferences/settings.py" line="115"/>
        <source> days</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StalledModel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/review/model.py" line="53"/>
        <location filename="../../planner/ui/review/model.py" line="57"/>
        <source>%n days</source>
        <comment>a time in a stage</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/review/model.py" line="58"/>
        <source>%n won deals</source>
        <translation>
            <numerusform>%n won deal</numerusform>
            <numerusform>%n won deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/review/model.py" line="61"/>
        <source>%n idle days</source>
        <translation>
            <numerusform>%n idle day</numerusform>
            <numerusform>%n idle days</numerusform>
        </translation>
    </message>
</context>
</TS>
