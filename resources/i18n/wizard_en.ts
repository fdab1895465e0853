<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdoptionsList</name>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/adoptions.py" line="74"/>
        <source>{won} of %Ln closed deals won ({share})</source>
        <translation>
            <numerusform>{won} of %Ln closed deal won ({share})</numerusform>
            <numerusform>{won} of %Ln closed deals won ({share})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/dialog.py" line="180"/>
        <source>No deal of this process has been won, lost or abandoned yet.

As deals close, each stage shows how often the deals that reached it were won; a stage&apos;s rate is worth going by from %Ln closed deals on.</source>
        <translation>
            <numerusform>No deal of this process has been won, lost or abandoned yet.

As deals close, each stage shows how often the deals that reached it were won; a stage&apos;s rate is worth going by from %Ln closed deal on.</numerusform>
            <numerusform>No deal of this process has been won, lost or abandoned yet.

As deals close, each stage shows how often the deals that reached it were won; a stage&apos;s rate is worth going by from %Ln closed deals on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/dialog.py" line="212"/>
        <source>“{stage}” has %Ln closed deals: its observed rate is worth adopting from {minimum} on.</source>
        <translation>
            <numerusform>“{stage}” has %Ln closed deal: its observed rate is worth adopting from {minimum} on.</numerusform>
            <numerusform>“{stage}” has %Ln closed deals: its observed rate is worth adopting from {minimum} on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/dialog.py" line="266"/>
        <source>For each stage: of the deals that reached it and have since closed (won, lost or abandoned), the share that was won, with the range it likely lies in. It is shown from %Ln closed deals on; days count from entering a stage to confirming its milestone, for won deals. The README&apos;s “Your track record” gives the exact rules.</source>
        <translation>
            <numerusform>For each stage: of the deals that reached it and have since closed (won, lost or abandoned), the share that was won, with the range it likely lies in. It is shown from %Ln closed deal on; days count from entering a stage to confirming its milestone, for won deals. The README&apos;s “Your track record” gives the exact rules.</numerusform>
            <numerusform>For each stage: of the deals that reached it and have since closed (won, lost or abandoned), the share that was won, with the range it likely lies in. It is shown from %Ln closed deals on; days count from entering a stage to confirming its milestone, for won deals. The README&apos;s “Your track record” gives the exact rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationModel</name>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/model.py" line="101"/>
        <source>No deal that entered this stage has closed yet. The observed rate appears once %Ln of them are won, lost or abandoned.</source>
        <translation>
            <numerusform>No deal that entered this stage has closed yet. The observed rate appears once %Ln of them is won, lost or abandoned.</numerusform>
            <numerusform>No deal that entered this stage has closed yet. The observed rate appears once %Ln of them are won, lost or abandoned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/model.py" line="103"/>
        <source>Won: {won} of %Ln closed deals ({share}); 95% range {low} to {high}.</source>
        <translation>
            <numerusform>Won: {won} of %Ln closed deal ({share}); 95% range {low} to {high}.</numerusform>
            <numerusform>Won: {won} of %Ln closed deals ({share}); 95% range {low} to {high}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/model.py" line="110"/>
        <source>Too few to go by: %Ln closed deals are needed.</source>
        <translation>
            <numerusform>Too few to go by: %Ln closed deal is needed.</numerusform>
            <numerusform>Too few to go by: %Ln closed deals are needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/model.py" line="142"/>
        <source>Closed: {closed} of the %Ln deals that entered this stage.</source>
        <translation>
            <numerusform>Closed: {closed} of the %Ln deal that entered this stage.</numerusform>
            <numerusform>Closed: {closed} of the %Ln deals that entered this stage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/model.py" line="145"/>
        <source>From %Ln won deals that passed this stage.</source>
        <translation>
            <numerusform>From %Ln won deal that passed this stage.</numerusform>
            <numerusform>From %Ln won deals that passed this stage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message numerus="yes">
        <location filename="../../planner/ui/transfer/export_dialog.py" line="132"/>
        <source>Wrote {path}: %n rows.</source>
        <translation>
            <numerusform>Wrote {path}: %n row.</numerusform>
            <numerusform>Wrote {path}: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/transfer/export_dialog.py" line="137"/>
        <source>Wrote {path} with %n dates.</source>
        <translation>
            <numerusform>Wrote {path} with %n date.</numerusform>
            <numerusform>Wrote {path} with %n dates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <location filename="../../planner/ui/transfer/pages.py" line="446"/>
        <source>%n new accounts</source>
        <translation>
            <numerusform>%n new account</numerusform>
            <numerusform>%n new accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/transfer/pages.py" line="447"/>
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/transfer/pages.py" line="448"/>
        <location filename="../../planner/ui/transfer/pages.py" line="470"/>
        <source>%n deals</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/transfer/pages.py" line="469"/>
        <source>%n accounts</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/transfer/pages.py" line="469"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WinLossWidget</name>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/winloss.py" line="248"/>
        <source>%Ln closed deals: {won} won, {lost} lost, {abandoned} abandoned ({share} won). Values in {home}.</source>
        <translation>
            <numerusform>%Ln closed deal: {won} won, {lost} lost, {abandoned} abandoned ({share} won). Values in {home}.</numerusform>
            <numerusform>%Ln closed deals: {won} won, {lost} lost, {abandoned} abandoned ({share} won). Values in {home}.</numerusform>
        </translation>
    </message>
</context>
</TS>
