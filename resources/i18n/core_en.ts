<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>calibrate</name>
    <message numerus="yes">
        <location filename="../../planner/calibrate_output.py" line="183"/>
        <source>{process}: %Ln deals</source>
        <translation>
            <numerusform>{process}: %Ln deal</numerusform>
            <numerusform>{process}: %Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/calibrate_output.py" line="187"/>
        <source>Observed: the share of closed deals (won, lost or abandoned) that were won after entering the stage; shown from %Ln closed deals on, with its 95% range. Days: from entering the stage to confirming its milestone, for deals that went on to win.</source>
        <translation>
            <numerusform>Observed: the share of closed deals (won, lost or abandoned) that were won after entering the stage; shown from %Ln closed deal on, with its 95% range. Days: from entering the stage to confirming its milestone, for deals that went on to win.</numerusform>
            <numerusform>Observed: the share of closed deals (won, lost or abandoned) that were won after entering the stage; shown from %Ln closed deals on, with its 95% range. Days: from entering the stage to confirming its milestone, for deals that went on to win.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../../planner/commands.py" line="60"/>
        <source>Wrote {path} with %n deals.</source>
        <translation>
            <numerusform>Wrote {path} with %n deal.</numerusform>
            <numerusform>Wrote {path} with %n deals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/commands.py" line="73"/>
        <source>{path}: %n problems found:</source>
        <translation>
            <numerusform>{path}: %n problem found:</numerusform>
            <numerusform>{path}: %n problems found:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/commands.py" line="114"/>
        <location filename="../../planner/commands.py" line="198"/>
        <source>Wrote {path} (%n pages).</source>
        <translation>
            <numerusform>Wrote {path} (%n page).</numerusform>
            <numerusform>Wrote {path} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message numerus="yes">
        <location filename="../../planner/forecast_output.py" line="183"/>
        <source>Open deals that are not archived, by expected close date: overdue if before today. Weighted (set): by each stage&apos;s configured win rate. Weighted (observed): by the stage&apos;s observed rate where it rests on enough closed deals ({n} of %Ln deals here), else by the configured one. No rate: amounts in a currency without an exchange rate, kept out of the totals (deals in brackets). Open value: unweighted.</source>
        <translation>
            <numerusform>Open deals that are not archived, by expected close date: overdue if before today. Weighted (set): by each stage&apos;s configured win rate. Weighted (observed): by the stage&apos;s observed rate where it rests on enough closed deals ({n} of %Ln deal here), else by the configured one. No rate: amounts in a currency without an exchange rate, kept out of the totals (deals in brackets). Open value: unweighted.</numerusform>
            <numerusform>Open deals that are not archived, by expected close date: overdue if before today. Weighted (set): by each stage&apos;s configured win rate. Weighted (observed): by the stage&apos;s observed rate where it rests on enough closed deals ({n} of %Ln deals here), else by the configured one. No rate: amounts in a currency without an exchange rate, kept out of the totals (deals in brackets). Open value: unweighted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="167"/>
        <source>%n accounts</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="168"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="169"/>
        <source>%n deals</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="173"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="174"/>
        <source>%n tables</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="224"/>
        <source> … and %n more</source>
        <translation>
            <numerusform> … and %n more</numerusform>
            <numerusform> … and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="230"/>
        <source>Stage “{theirs}” (%n deals) → “{ours}”{guess}</source>
        <translation>
            <numerusform>Stage “{theirs}” (%n deal) → “{ours}”{guess}</numerusform>
            <numerusform>Stage “{theirs}” (%n deals) → “{ours}”{guess}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="251"/>
        <source>Wrote {path}: %n rows, every one as in the export.</source>
        <translation>
            <numerusform>Wrote {path}: %n row, every one as in the export.</numerusform>
            <numerusform>Wrote {path}: %n rows, every one as in the export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="275"/>
        <source>Wrote {path} with %n dates.</source>
        <translation>
            <numerusform>Wrote {path} with %n date.</numerusform>
            <numerusform>Wrote {path} with %n dates.</numerusform>
        </translation>
    </message>
</context>
</TS>
