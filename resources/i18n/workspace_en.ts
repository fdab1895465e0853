<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountsDialog</name>
    <message numerus="yes">
        <location filename="../../planner/ui/accounts/dialog.py" line="283"/>
        <source>{shown} of %n accounts</source>
        <translation>
            <numerusform>{shown} of %n account</numerusform>
            <numerusform>{shown} of %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/accounts/dialog.py" line="284"/>
        <source>%n accounts</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealWorkspace</name>
    <message numerus="yes">
        <location filename="../../planner/ui/deal/panel.py" line="283"/>
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
</context>
</TS>
