<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AdoptionsList</name>
    <message>
        <location filename="../../planner/ui/calibration/adoptions.py" line="69"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/adoptions.py" line="72"/>
        <source>no closed deals yet</source>
        <translation>尚無已結案的商機</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/adoptions.py" line="74"/>
        <source>{won} of %Ln closed deals won ({share})</source>
        <translation>
            <numerusform>已結案的 %Ln 筆中贏了 {won} 筆（{share}）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/adoptions.py" line="96"/>
        <location filename="../../planner/ui/calibration/adoptions.py" line="101"/>
        <source>Adopted rates</source>
        <translation>已採用的贏率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/adoptions.py" line="97"/>
        <source>No observed rate of this process has been adopted yet. Adopting one changes the stage&apos;s rate for the future and is recorded here.</source>
        <translation>這個流程還沒有採用過實際贏率。採用後，該階段今後的贏率會改變，並記錄在這裡。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/adoptions.py" line="99"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/adoptions.py" line="99"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/adoptions.py" line="99"/>
        <source>Rate</source>
        <translation>贏率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/adoptions.py" line="100"/>
        <source>From your record</source>
        <translation>依據您的實績</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="133"/>
        <source>{name} (archived)</source>
        <translation>{name}（已封存）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="176"/>
        <source>There is no process yet.

Once deals of a process are won, lost or abandoned, each of its stages shows here how often deals that reached it were won.</source>
        <translation>目前還沒有任何流程。

等某個流程的商機贏單、輸單或放棄後，這裡會列出每個階段：走到這個階段的商機最後有多少比例贏單。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="179"/>
        <source>This process has no stages.</source>
        <translation>這個流程沒有任何階段。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/dialog.py" line="180"/>
        <source>No deal of this process has been won, lost or abandoned yet.

As deals close, each stage shows how often the deals that reached it were won; a stage&apos;s rate is worth going by from %Ln closed deals on.</source>
        <translation>
            <numerusform>這個流程的商機還沒有任何一筆贏單、輸單或放棄。

商機陸續結案後，每個階段會顯示走到這裡的商機有多少比例贏單；累積 %Ln 筆已結案的商機後，該階段的贏率才值得參考。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/dialog.py" line="212"/>
        <source>“{stage}” has %Ln closed deals: its observed rate is worth adopting from {minimum} on.</source>
        <translation>
            <numerusform>「{stage}」目前有 %Ln 筆已結案的商機：累積到 {minimum} 筆後，實際贏率才值得採用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="215"/>
        <source>“{stage}” already has its observed rate.</source>
        <translation>「{stage}」的贏率已經與實際贏率相同。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="217"/>
        <source>This file is open read-only: its rates cannot be changed here.</source>
        <translation>這個檔案以唯讀方式開啟：無法在這裡修改贏率。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="218"/>
        <source>Adopting sets “{stage}” from {old} to {new} for the future.</source>
        <translation>採用後，「{stage}」今後的贏率將從 {old} 改為 {new}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="226"/>
        <source>Adopt Observed Rate</source>
        <translation>採用實際贏率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="227"/>
        <source>Change the win rate of “{stage}” from {old} to {new}?

Only the future changes: the forecast weights this stage&apos;s open deals with the new rate from now on. Confirmed milestones, closed deals and this track record stay as recorded.</source>
        <translation>要將「{stage}」的贏率從 {old} 改為 {new} 嗎？

只影響今後：從現在起，預測會以新贏率為這個階段進行中的商機加權。已確認的里程點、已結案的商機和這份實績紀錄都維持原樣。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="232"/>
        <source>Adopt</source>
        <translation>採用</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="248"/>
        <source>The rate was not changed: {reason}</source>
        <translation>贏率沒有變更：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="264"/>
        <source>Your Track Record</source>
        <translation>您的實績</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/dialog.py" line="266"/>
        <source>For each stage: of the deals that reached it and have since closed (won, lost or abandoned), the share that was won, with the range it likely lies in. It is shown from %Ln closed deals on; days count from entering a stage to confirming its milestone, for won deals. The README&apos;s “Your track record” gives the exact rules.</source>
        <translation>
            <numerusform>每個階段：走到這個階段且之後已結案（贏單、輸單或放棄）的商機中，贏單所占的比例，以及它可能落在的區間。累積 %Ln 筆已結案的商機後才會顯示；天數是從進入階段到確認其里程點，只計算贏單。確切的計算規則請見 README 的「Your track record」一節。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="270"/>
        <source>&amp;Process:</source>
        <translation>流程(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="271"/>
        <source>&amp;Win Rates by Stage</source>
        <translation>各階段贏率(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="272"/>
        <source>Win/&amp;Loss</source>
        <translation>贏輸分析(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="273"/>
        <source>&amp;Adopt Observed Rate…</source>
        <translation>採用實際贏率(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/dialog.py" line="274"/>
        <source>Track record by stage</source>
        <translation>各階段實績</translation>
    </message>
</context>
<context>
    <name>CalibrationModel</name>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="88"/>
        <source>too few ({n})</source>
        <translation>樣本太少（{n}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="89"/>
        <source>{rate} ({low}–{high})</source>
        <translation>{rate}（{low}–{high}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="113"/>
        <source>The same as the configured rate.</source>
        <translation>與設定的贏率相同。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="115"/>
        <source>{points} points above the configured rate.</source>
        <translation>比設定的贏率高 {points} 個百分點。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="117"/>
        <source>{points} points below the configured rate.</source>
        <translation>比設定的贏率低 {points} 個百分點。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/model.py" line="101"/>
        <source>No deal that entered this stage has closed yet. The observed rate appears once %Ln of them are won, lost or abandoned.</source>
        <translation>
            <numerusform>進入這個階段的商機還沒有任何一筆結案。等其中 %Ln 筆贏單、輸單或放棄後，就會出現實際贏率。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/model.py" line="103"/>
        <source>Won: {won} of %Ln closed deals ({share}); 95% range {low} to {high}.</source>
        <translation>
            <numerusform>贏單：已結案的 %Ln 筆商機中的 {won} 筆（{share}）；95% 區間為 {low} 到 {high}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/model.py" line="110"/>
        <source>Too few to go by: %Ln closed deals are needed.</source>
        <translation>
            <numerusform>樣本太少，還不足以參考：需要 %Ln 筆已結案的商機。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/model.py" line="142"/>
        <source>Closed: {closed} of the %Ln deals that entered this stage.</source>
        <translation>
            <numerusform>已結案：進入這個階段的 %Ln 筆商機中的 {closed} 筆。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/model.py" line="145"/>
        <source>From %Ln won deals that passed this stage.</source>
        <translation>
            <numerusform>依據經過這個階段的 %Ln 筆贏單計算。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="203"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="203"/>
        <source>Configured</source>
        <translation>設定贏率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="203"/>
        <source>Observed (95% range)</source>
        <translation>實際贏率（95% 區間）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="203"/>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="204"/>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="204"/>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="204"/>
        <source>Abandoned</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="204"/>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="205"/>
        <source>Median days</source>
        <translation>天數中位數</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="205"/>
        <source>80% within (days)</source>
        <translation>80% 在幾天內</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="209"/>
        <source>The win rate the process gives this stage: it weights the forecast</source>
        <translation>流程為這個階段設定的贏率：預測依此加權</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="210"/>
        <source>Won ÷ closed among the deals that entered this stage, with its 95% range</source>
        <translation>進入這個階段的商機中，贏單數 ÷ 已結案數，並附 95% 區間</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="211"/>
        <source>Deals that entered this stage and were won, lost or abandoned: the sample size</source>
        <translation>進入這個階段後贏單、輸單或放棄的商機數，也就是樣本數</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="212"/>
        <source>Deals that entered this stage and are still open</source>
        <translation>進入這個階段、目前仍在進行中的商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="213"/>
        <source>Days from entering the stage to confirming its milestone, for deals that were won</source>
        <translation>從進入階段到確認其里程點所花的天數，只計算最後贏單的商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/model.py" line="214"/>
        <source>Four in five won deals confirmed this stage&apos;s milestone within this many days</source>
        <translation>五筆贏單中有四筆在這個天數內確認了這個階段的里程點</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="233"/>
        <source>Their columns</source>
        <translation>對方的欄位</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="234"/>
        <source>Which column holds what. The guesses come from the column names; change any, or leave a column out.</source>
        <translation>每個欄位放的是什麼。推測依據欄位名稱；您可以更改，或不採用某個欄位。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="243"/>
        <source>Their column</source>
        <translation>對方的欄位</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="243"/>
        <source>First value</source>
        <translation>第一個值</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="243"/>
        <source>Read as</source>
        <translation>視為</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="251"/>
        <source>— left out —</source>
        <translation>— 不採用 —</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="371"/>
        <source>The same organization?</source>
        <translation>是同一個組織嗎？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="372"/>
        <source>These names differ only in capitals or spaces. Ticked, they become one account (an account already in this file, if one is among them); unticked, one account for each spelling.</source>
        <translation>這些名稱只差在大小寫或空白。勾選時會成為同一個客戶（若其中有本檔案已有的客戶，就用那一個）；不勾選時，每種寫法各成一個客戶。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="380"/>
        <source>Names</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="380"/>
        <source>Rows</source>
        <translation>列數</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="380"/>
        <source>One account</source>
        <translation>同一個客戶</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="385"/>
        <source>{name} (in this file)</source>
        <translation>{name}（本檔案中）</translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="41"/>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="145"/>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="151"/>
        <source>Export Data</source>
        <translation>匯出資料</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="77"/>
        <source>Your deals, accounts and contacts for another tool, everything this file holds, or the dates to come for your calendar. This file is only read.</source>
        <translation>將商機、客戶和聯絡人匯出給其他工具、匯出本檔案的全部內容，或將即將到來的日期匯出到行事曆。只會讀取本檔案。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="79"/>
        <source>For &amp;Pipedrive: organizations, people and deals (three CSV files)</source>
        <translation>給 &amp;Pipedrive：組織、聯絡人和商機（三個 CSV 檔案）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="80"/>
        <source>For &amp;HubSpot: companies, contacts and deals (three CSV files)</source>
        <translation>給 &amp;HubSpot：公司、聯絡人和商機（三個 CSV 檔案）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="81"/>
        <source>For a &amp;spreadsheet: accounts, contacts and deals (three CSV files)</source>
        <translation>給試算表(&amp;S)：客戶、聯絡人和商機（三個 CSV 檔案）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="82"/>
        <source>&amp;Everything, history included, as one JSON file (File › Import… makes a new planner file of it)</source>
        <translation>全部內容(&amp;E)，包括歷程，存成一個 JSON 檔案（檔案 › 匯入… 可將它做成新的規劃檔）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="84"/>
        <source>The dates to come as a &amp;calendar (.ics): next milestones and expected closes</source>
        <translation>即將到來的日期匯出為行事曆(&amp;C)（.ics）：下一個里程點和預計成交日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="87"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="88"/>
        <source>E&amp;xport</source>
        <translation>匯出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="103"/>
        <source>&amp;Folder:</source>
        <translation>資料夾(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="103"/>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="112"/>
        <source>Export into the folder</source>
        <translation>匯出到資料夾</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="117"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="117"/>
        <source>Calendar files (*.ics)</source>
        <translation>行事曆檔案 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="118"/>
        <source>Export to the file</source>
        <translation>匯出到檔案</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/transfer/export_dialog.py" line="132"/>
        <source>Wrote {path}: %n rows.</source>
        <translation>
            <numerusform>已寫入 {path}：%n 列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/transfer/export_dialog.py" line="137"/>
        <source>Wrote {path} with %n dates.</source>
        <translation>
            <numerusform>已寫入 {path}，共 %n 個日期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/export_dialog.py" line="142"/>
        <source>Wrote {files} in {folder}.</source>
        <translation>已將 {files} 寫入 {folder}。</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../planner/ui/processes/wizard_finish.py" line="35"/>
        <source>Name and save your process</source>
        <translation>為流程命名並儲存</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_finish.py" line="36"/>
        <source>Say which solution or customer group it serves. You can keep several processes and choose one for each deal.</source>
        <translation>說明這個流程適用於哪種方案或哪一類客戶。您可以保留多個流程，每筆商機各選一個。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_finish.py" line="39"/>
        <source>e.g. Key accounts, Web shop, Public sector</source>
        <translation>例如：大客戶、網路商店、公部門</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_finish.py" line="42"/>
        <source>Which solution or customer group is it for?</source>
        <translation>這個流程適用於哪種方案或哪一類客戶？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_finish.py" line="46"/>
        <source>Process &amp;name:</source>
        <translation>流程名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_finish.py" line="47"/>
        <source>&amp;Description:</source>
        <translation>說明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_finish.py" line="70"/>
        <source>Your process</source>
        <translation>您的流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_finish.py" line="104"/>
        <source>{name} (no influence)</source>
        <translation>{name}（無法影響）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_finish.py" line="105"/>
        <source>Left out: {stages}</source>
        <translation>已刪去：{stages}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_finish.py" line="105"/>
        <location filename="../../planner/ui/processes/wizard_finish.py" line="110"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_finish.py" line="106"/>
        <source>All eight reference stages are kept.</source>
        <translation>八個參考階段全部保留。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_finish.py" line="109"/>
        <source>Win rates do not rise at: {stages}. You can save anyway and adjust them later.</source>
        <translation>以下階段的贏率沒有逐步升高：{stages}。您仍可先儲存，之後再調整。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_finish.py" line="127"/>
        <source>Give the process a name.</source>
        <translation>請為流程取個名稱。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../planner/ui/transfer/wizard.py" line="41"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/wizard.py" line="44"/>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="74"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="75"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="77"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="78"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="72"/>
        <source>Required: the milestone cannot be confirmed until this is done</source>
        <translation>必要：完成這一項之前，無法確認里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="74"/>
        <location filename="../../planner/ui/processes/models.py" line="105"/>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="74"/>
        <source>Optional</source>
        <translation>選擇性</translation>
    </message>
</context>
<context>
    <name>NumberedDelegate</name>
    <message>
        <location filename="../../planner/ui/processes/delegates.py" line="94"/>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
</context>
<context>
    <name>ProcessEditorDialog</name>
    <message>
        <location filename="../../planner/ui/processes/library_editor.py" line="37"/>
        <source>Edit process: {name}</source>
        <translation>編輯流程：{name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_editor.py" line="44"/>
        <source>Process &amp;name:</source>
        <translation>流程名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_editor.py" line="45"/>
        <source>&amp;Description:</source>
        <translation>說明(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_editor.py" line="49"/>
        <source>Deals using this process: {deals}. History is never rewritten: a stage that deals are in or have passed cannot be removed or moved, but its words and work can be improved.</source>
        <translation>使用這個流程的商機：{deals} 筆。歷程不會被改寫：已有商機停留或經過的階段不能移除或搬動，但可以修改它的文字與工作內容。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_editor.py" line="81"/>
        <source>Give the process a name.</source>
        <translation>請為流程取個名稱。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_editor.py" line="89"/>
        <source>This change cannot be saved</source>
        <translation>這項變更無法儲存</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_editor.py" line="96"/>
        <source>Discard your changes?</source>
        <translation>要放棄您的變更嗎？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_editor.py" line="97"/>
        <source>Your changes to this process have not been saved.</source>
        <translation>您對這個流程所做的變更尚未儲存。</translation>
    </message>
</context>
<context>
    <name>ProcessLibraryDialog</name>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="67"/>
        <source>Processes</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="87"/>
        <source>Show &amp;archived</source>
        <translation>顯示已封存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="90"/>
        <source>No processes yet. Start with “New process…”: the wizard helps you trim the reference process to your business.</source>
        <translation>還沒有任何流程。請從「新增流程…」開始：精靈會協助您把參考流程裁剪成適合自己業務的樣子。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="98"/>
        <source>&amp;New process…</source>
        <translation>新增流程(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="99"/>
        <source>Tailor a new process with the wizard</source>
        <translation>用精靈裁剪出新的流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="100"/>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="101"/>
        <source>Change names, milestones, work and win rates</source>
        <translation>修改名稱、里程點、工作項目與贏率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="102"/>
        <source>D&amp;uplicate…</source>
        <translation>複製(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="103"/>
        <source>Start a new process from this one</source>
        <translation>以這個流程為基礎建立新流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="104"/>
        <location filename="../../planner/ui/processes/library.py" line="235"/>
        <source>A&amp;rchive</source>
        <translation>封存(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="105"/>
        <source>Archived processes are not offered for new deals; their deals keep them</source>
        <translation>已封存的流程不再提供給新商機使用；原有商機照常沿用</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="107"/>
        <source>E&amp;xport…</source>
        <translation>匯出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="108"/>
        <source>Save this process to a file to share with a colleague</source>
        <translation>將這個流程存成檔案，分享給同事</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="109"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="110"/>
        <source>Add a process from a file a colleague shared</source>
        <translation>從同事分享的檔案加入流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="131"/>
        <source>&amp;Your processes</source>
        <translation>您的流程(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="191"/>
        <source>The processes cannot be listed</source>
        <translation>無法列出流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="229"/>
        <source>The process cannot be shown</source>
        <translation>無法顯示這個流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="234"/>
        <source>Un&amp;archive</source>
        <translation>取消封存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="249"/>
        <source>New process saved.</source>
        <translation>新流程已儲存。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="258"/>
        <source>The process cannot be opened</source>
        <translation>無法開啟這個流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="262"/>
        <source>“{name}” saved.</source>
        <translation>「{name}」已儲存。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="270"/>
        <source>Duplicate process</source>
        <translation>複製流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="270"/>
        <source>Name of the new process:</source>
        <translation>新流程的名稱：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="271"/>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="277"/>
        <source>The process cannot be duplicated</source>
        <translation>無法複製這個流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="279"/>
        <source>“{name}” created from “{source}”.</source>
        <translation>已從「{source}」建立「{name}」。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="289"/>
        <source>The process cannot be archived</source>
        <translation>無法封存這個流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="291"/>
        <source>“{name}” is active again.</source>
        <translation>「{name}」已恢復使用。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="292"/>
        <source>“{name}” is archived: hidden from new deals, kept for its deals.</source>
        <translation>「{name}」已封存：新商機不會再看到它，原有商機照常使用。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="305"/>
        <source>Deal Planner process (*.json);;All files (*)</source>
        <translation>Deal Planner 流程檔 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="312"/>
        <source>Export process</source>
        <translation>匯出流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="321"/>
        <source>The process cannot be exported</source>
        <translation>無法匯出這個流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="324"/>
        <source>“{name}” exported to {path}.</source>
        <translation>「{name}」已匯出至 {path}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="327"/>
        <source>Import process</source>
        <translation>匯入流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="335"/>
        <source>{name} (imported)</source>
        <translation>{name}（匯入）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="342"/>
        <source>The process cannot be imported</source>
        <translation>無法匯入這個流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library.py" line="345"/>
        <source>“{name}” imported.</source>
        <translation>「{name}」已匯入。</translation>
    </message>
</context>
<context>
    <name>ProcessListModel</name>
    <message>
        <location filename="../../planner/ui/processes/library_list.py" line="57"/>
        <source>Archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_list.py" line="57"/>
        <source>Active</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_list.py" line="83"/>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_list.py" line="83"/>
        <source>Stages</source>
        <translation>階段數</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_list.py" line="83"/>
        <source>Deals</source>
        <translation>商機數</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_list.py" line="83"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>ProcessStrip</name>
    <message>
        <location filename="../../planner/ui/processes/strip.py" line="312"/>
        <source>Your process so far</source>
        <translation>目前的流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/strip.py" line="325"/>
        <source>Stages of your process</source>
        <translation>您的流程階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/strip.py" line="326"/>
        <source>Choose a stage to go to its page.</source>
        <translation>選擇一個階段，前往該階段的頁面。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/strip.py" line="335"/>
        <source>● kept   ■ your own   ○ left out</source>
        <translation>● 保留   ■ 自訂   ○ 刪去</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/strip.py" line="356"/>
        <source>In the process: {kept} · left out: {dropped}</source>
        <translation>保留：{kept} · 刪去：{dropped}</translation>
    </message>
</context>
<context>
    <name>ProcessView</name>
    <message>
        <location filename="../../planner/ui/processes/library_view.py" line="54"/>
        <source>Select a process to see its stages.</source>
        <translation>選取一個流程，即可查看它的階段。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_view.py" line="80"/>
        <source>Archived: not offered for new deals. Deals that still use it: {deals}</source>
        <translation>已封存：不再提供給新商機。仍在使用的商機：{deals} 筆</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_view.py" line="83"/>
        <source>Stages: {stages} · deals using it: {deals}</source>
        <translation>階段：{stages} 個 · 使用中的商機：{deals} 筆</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_view.py" line="94"/>
        <source>{name} (no influence)</source>
        <translation>{name}（無法影響）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_view.py" line="96"/>
        <source>Left out of the reference process: {stages}</source>
        <translation>自參考流程刪去：{stages}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/library_view.py" line="97"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../planner/ui/processes/wizard_question.py" line="24"/>
        <source>Stage {number} of {total}: {name}</source>
        <translation>第 {number} 階段（共 {total} 個）：{name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_question.py" line="35"/>
        <source>MILESTONE THIS STAGE PROTECTS</source>
        <translation>本階段守護的里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_question.py" line="38"/>
        <source>Once it has happened it cannot be undone; work that should have come before it can no longer be made up.</source>
        <translation>一旦發生就無法撤回；原本應該在它之前完成的工作，事後再也補不回來。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_question.py" line="45"/>
        <source>KEEP IT WHEN</source>
        <translation>以下情況請保留</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_question.py" line="46"/>
        <source>DROP IT WHEN</source>
        <translation>以下情況可刪去</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_question.py" line="51"/>
        <source>For example: {example}</source>
        <translation>例如：{example}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_question.py" line="56"/>
        <source>&amp;Keep this stage</source>
        <translation>保留這個階段(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_question.py" line="57"/>
        <source>&amp;Drop it: this does not happen in our sales</source>
        <translation>刪去：我們的銷售沒有這一步(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_question.py" line="60"/>
        <source>Drop it: we can neither take part in nor &amp;influence this step</source>
        <translation>刪去：這一步我們既無法參與，也無法影響(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_question.py" line="62"/>
        <source>A step of the customer&apos;s that you cannot take part in or influence is treated as if it did not exist. It is dropped and recorded as such.</source>
        <translation>客戶流程中您無法參與、也無法影響的步驟，就當作不存在。它會被刪去，並記錄刪去的原因。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_question.py" line="129"/>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_question.py" line="129"/>
        <source>drop</source>
        <translation>刪去</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_question.py" line="130"/>
        <source>drop: no influence</source>
        <translation>刪去：無法影響</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_question.py" line="131"/>
        <source>Why “{preset}” suggests: {answer}</source>
        <translation>「{preset}」建議{answer}的原因</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="415"/>
        <location filename="../../planner/ui/transfer/pages.py" line="424"/>
        <source>What will happen</source>
        <translation>將會發生什麼</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="416"/>
        <source>Every row of your files, as the import will take it. The import is one step: all of it or nothing, and the file is snapshotted first.</source>
        <translation>您檔案中的每一列，以及匯入會如何處理它。匯入是一個步驟：全部完成或完全不做，而且會先為檔案建立快照。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="424"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="424"/>
        <source>Line</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="425"/>
        <source>Worth knowing, or wrong</source>
        <translation>值得留意或有誤之處</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="445"/>
        <source>Ready: {accounts}, {contacts} and {deals} will be imported.</source>
        <translation>準備就緒：將匯入 {accounts}、{contacts}和 {deals}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/transfer/pages.py" line="446"/>
        <source>%n new accounts</source>
        <translation>
            <numerusform>%n 個新客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/transfer/pages.py" line="447"/>
        <source>%n new contacts</source>
        <translation>
            <numerusform>%n 位新聯絡人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/transfer/pages.py" line="448"/>
        <location filename="../../planner/ui/transfer/pages.py" line="470"/>
        <source>%n deals</source>
        <translation>
            <numerusform>%n 筆商機</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="468"/>
        <source>Imported {accounts}, {contacts} and {deals}.</source>
        <translation>已匯入 {accounts}、{contacts}和 {deals}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/transfer/pages.py" line="469"/>
        <source>%n accounts</source>
        <translation>
            <numerusform>%n 個客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/transfer/pages.py" line="469"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n 位聯絡人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="450"/>
        <source>Nothing can be imported yet: {reason} Correct the file (or go back and change a choice), then try again.</source>
        <translation>目前還無法匯入：{reason}請修正檔案（或返回更改選擇）後再試一次。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="465"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
</context>
<context>
    <name>RolesEditor</name>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="164"/>
        <source>The roles a deal&apos;s buying group must hold before this stage&apos;s milestone can be confirmed, e.g. an economic buyer identified before the commercial evaluation.</source>
        <translation>確認本階段里程點之前，商機的採購決策小組必須具備的角色，例如：商務評估之前須確認經濟決策者。</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="131"/>
        <source>What to import</source>
        <translation>要匯入什麼</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="132"/>
        <source>Export your deals, organizations and people from the other tool as CSV files, then choose them here. Nothing is written before the last page.</source>
        <translation>請先從其他工具將商機、組織和聯絡人匯出為 CSV 檔案，再在這裡選擇。到最後一頁之前不會寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="134"/>
        <source>From &amp;Pipedrive (its CSV export)</source>
        <translation>來自 &amp;Pipedrive（它的 CSV 匯出檔）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="135"/>
        <source>From &amp;HubSpot (its CSV export)</source>
        <translation>來自 &amp;HubSpot（它的 CSV 匯出檔）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="136"/>
        <source>From another &amp;spreadsheet (CSV)</source>
        <translation>來自其他試算表(&amp;S)（CSV）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="137"/>
        <source>A full export of Deal Planner (JSON), as a &amp;new planner file</source>
        <translation>Deal Planner 的完整匯出檔（JSON），做成新的規劃檔(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="140"/>
        <source>Deals:</source>
        <translation>商機：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="140"/>
        <source>Organizations:</source>
        <translation>組織：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="141"/>
        <source>People:</source>
        <translation>聯絡人：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="142"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 檔案 (*.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="145"/>
        <location filename="../../planner/ui/transfer/pages.py" line="150"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="146"/>
        <source>Choose a CSV file</source>
        <translation>選擇 CSV 檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="147"/>
        <source>Export file:</source>
        <translation>匯出檔：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="148"/>
        <source>New planner file:</source>
        <translation>新的規劃檔：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="151"/>
        <source>Choose the export</source>
        <translation>選擇匯出檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="152"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 檔案 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="153"/>
        <source>Save the new planner file as</source>
        <translation>將新的規劃檔儲存為</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="154"/>
        <source>Planner files (*.planner)</source>
        <translation>規劃檔 (*.planner)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="167"/>
        <source>In Pipedrive: open the list of deals (and of organizations, of people), choose the columns, then … › Export filter results › CSV.</source>
        <translation>在 Pipedrive 中：開啟商機清單（以及組織、聯絡人清單），選好欄位，再選 … › Export filter results › CSV。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="169"/>
        <source>In HubSpot: open Deals (and Companies, Contacts), then Export › CSV.</source>
        <translation>在 HubSpot 中：開啟 Deals（以及 Companies、Contacts），再選 Export › CSV。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="170"/>
        <source>Any CSV file with a header row: you say which column is which on the next page.</source>
        <translation>任何有標題列的 CSV 檔案：您可在下一頁指定每個欄位的意思。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="171"/>
        <source>A file written by File › Export Data… › Everything: it becomes a new planner file, row for row, history included.</source>
        <translation>由「檔案 › 匯出資料… › 全部內容」寫出的檔案：會逐列做成新的規劃檔，包括歷程。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="192"/>
        <location filename="../../planner/ui/transfer/pages.py" line="213"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="196"/>
        <source>What your team calls this stage</source>
        <translation>團隊對這個階段的稱呼</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="198"/>
        <source>The event that ends this stage and cannot be undone</source>
        <translation>結束這個階段、且無法撤回的事件</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="201"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="203"/>
        <source>How likely a deal in this stage is to be won</source>
        <translation>處於這個階段的商機，最後贏單的可能性</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="204"/>
        <source>chance that a deal in this stage is won</source>
        <translation>處於此階段的商機贏單機率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="211"/>
        <source>Tools and methods the team uses here</source>
        <translation>團隊在這個階段使用的工具與方法</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="217"/>
        <source>Stage nam&amp;e:</source>
        <translation>名稱(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="236"/>
        <source>Abo&amp;ut this stage</source>
        <translation>階段說明(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="292"/>
        <source>Deli&amp;verables ({n})</source>
        <translation>交付件(&amp;V)（{n}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="218"/>
        <source>&amp;Milestone:</source>
        <translation>里程點(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="219"/>
        <source>&amp;Win rate:</source>
        <translation>贏率(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="220"/>
        <source>T&amp;ools:</source>
        <translation>工具(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="225"/>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="226"/>
        <source>Deliverable</source>
        <translation>交付件</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="229"/>
        <source>What this stage is for, in your team&apos;s words</source>
        <translation>用團隊自己的話，說明這個階段要做什麼</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="238"/>
        <source>Tick “Required” for work that must be done before the milestone can be confirmed.</source>
        <translation>確認里程點之前必須完成的工作，請勾選「必要」。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="281"/>
        <source>A stage of your own: it follows no reference stage.</source>
        <translation>自訂階段：不對應任何參考階段。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="284"/>
        <source>From the reference stage “{name}”.</source>
        <translation>來自參考階段「{name}」。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="291"/>
        <source>&amp;Tasks ({n})</source>
        <translation>任務(&amp;T)（{n}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/stage_editor.py" line="293"/>
        <source>Buyin&amp;g roles ({n})</source>
        <translation>採購角色(&amp;G)（{n}）</translation>
    </message>
</context>
<context>
    <name>StageListModel</name>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="179"/>
        <source>(no name yet)</source>
        <translation>（尚未命名）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="181"/>
        <source>(no milestone yet)</source>
        <translation>（尚未設定里程點）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="182"/>
        <source>Ends with: {milestone}
Win rate: {rate}%</source>
        <translation>結束於：{milestone}
贏率：{rate}%</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="184"/>
        <source>Deals are in this stage or have passed it: it keeps its place.</source>
        <translation>已有商機在這個階段或已經過它：它的位置不能變動。</translation>
    </message>
</context>
<context>
    <name>StagesPage</name>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="298"/>
        <source>Their stages in your process</source>
        <translation>對方的階段放進您的流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="299"/>
        <source>A deal further along there comes in with the milestones before its stage confirmed as imported, dated today: no evidence is invented for them.</source>
        <translation>在對方系統中已進展較多的商機，匯入時它所在階段之前的里程點會確認為「匯入」，日期為今天：不會為它們捏造證據。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="301"/>
        <source>&amp;Process:</source>
        <translation>流程(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="325"/>
        <source>Their pipeline and stage</source>
        <translation>對方的銷售管道和階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="325"/>
        <source>Deals</source>
        <translation>商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="326"/>
        <source>In your process</source>
        <translation>在您的流程中</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="332"/>
        <source>{stage} (placed by a guess)</source>
        <translation>{stage}（推測放置）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="338"/>
        <source>Won (past every stage)</source>
        <translation>贏單（已過所有階段）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/transfer/pages.py" line="341"/>
        <source>A guess: check it.</source>
        <translation>推測的：請確認。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../planner/ui/processes/wizard_start.py" line="26"/>
        <source>Tailor your sales process</source>
        <translation>裁剪您的銷售流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_start.py" line="27"/>
        <source>Find the milestones your sales really have, then give each stage its work. It takes a few minutes.</source>
        <translation>找出您的銷售真正有的里程點，再替每個階段安排工作。只要幾分鐘。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_start.py" line="30"/>
        <source>Some moments in a sale cannot be undone: the account is given to a seller, the customer locks its budget, the contract is signed. These are milestones. The stretch of work between two milestones is a stage.

You start from a reference process of eight stages and trim it to your business: for each stage you keep it, drop it, or drop it because you can neither take part in it nor influence it. Then you name the stages you kept in your team&apos;s words.</source>
        <translation>銷售過程中有些時刻一旦發生就無法撤回：客戶指派給了業務、客戶鎖定了預算、合約簽了字。這些就是里程點。兩個里程點之間的那段工作，就是一個銷售階段。

您將從一個八階段的參考流程出發，依自己的業務加以裁剪：每個階段都可以保留、刪去，或因為既無法參與也無法影響而刪去。接著，再用團隊習慣的說法為保留下來的階段命名。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_start.py" line="38"/>
        <source>Full reference process</source>
        <translation>完整參考流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_start.py" line="39"/>
        <source>All eight stages of the method; you answer every question yourself. Best when no preset sounds like your business.</source>
        <translation>包含方法中的全部八個階段，每個問題都由您親自回答。沒有合適的範本時，最適合從這裡開始。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_start.py" line="55"/>
        <source>&amp;Where do you want to start?</source>
        <translation>您想從哪裡開始？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_start.py" line="57"/>
        <source>A preset answers the eight questions for a typical business. You still see every answer and can change it.</source>
        <translation>範本會依典型的業務型態預先回答八個問題。每個答案您都看得到，也都可以修改。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_start.py" line="106"/>
        <source>Start again from here?</source>
        <translation>要從這裡重新開始嗎？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_start.py" line="107"/>
        <source>Starting from “{start}” replaces the answers you gave. What you typed into stages is kept.</source>
        <translation>改從「{start}」開始，會取代您先前的回答。您在各階段中輸入的內容會保留。</translation>
    </message>
</context>
<context>
    <name>StripModel</name>
    <message>
        <location filename="../../planner/ui/processes/strip.py" line="118"/>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/strip.py" line="119"/>
        <source>your own stage</source>
        <translation>自訂階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/strip.py" line="120"/>
        <source>dropped</source>
        <translation>刪去</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/strip.py" line="121"/>
        <source>dropped: we cannot take part in it or influence it</source>
        <translation>刪去：我們無法參與也無法影響</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/strip.py" line="122"/>
        <source>not answered yet</source>
        <translation>尚未回答</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/strip.py" line="130"/>
        <source>(no name yet)</source>
        <translation>（尚未命名）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/strip.py" line="134"/>
        <source>Ends with: {milestone} · win rate {rate}%</source>
        <translation>結束於：{milestone} · 贏率 {rate}%</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/strip.py" line="136"/>
        <source>Click or press Enter to go to this stage.</source>
        <translation>按一下或按 Enter 鍵即可前往此階段。</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="253"/>
        <source>{rate}%</source>
        <translation>{rate}%</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="259"/>
        <source>Added by your team</source>
        <translation>團隊自行加入</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="260"/>
        <source>From the reference stage “{name}”</source>
        <translation>來自參考階段「{name}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="275"/>
        <source>{total} ({required} required)</source>
        <translation>{total}（必要 {required}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="286"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="286"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="286"/>
        <source>Milestone that ends it</source>
        <translation>結束階段的里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="287"/>
        <source>Win rate</source>
        <translation>贏率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="287"/>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/models.py" line="287"/>
        <source>Deliverables</source>
        <translation>交付件</translation>
    </message>
</context>
<context>
    <name>TailorPage</name>
    <message>
        <location filename="../../planner/ui/processes/wizard_tailor.py" line="18"/>
        <source>Shape the stages you kept</source>
        <translation>調整保留下來的階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard_tailor.py" line="19"/>
        <source>Use your team&apos;s words. Add a stage of your own wherever your customers have another milestone; reference stages keep the method&apos;s order.</source>
        <translation>用團隊自己的說法。客戶還有其他里程點的地方，就加入自訂階段；參考階段維持方法原本的順序。</translation>
    </message>
</context>
<context>
    <name>TailorPanel</name>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="99"/>
        <source>&amp;Stages</source>
        <translation>階段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="105"/>
        <source>Add a stage of your own</source>
        <translation>加入自訂階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="107"/>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="293"/>
        <source>Remove stage</source>
        <translation>移除階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="109"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="110"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="112"/>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="128"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="114"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="120"/>
        <source>&amp;Add a stage</source>
        <translation>加入階段(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="121"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="126"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="235"/>
        <source>Deals have passed the stages after this one: select the last stage with a lock, or one after it, to add a stage.</source>
        <translation>已有商機經過後面的階段：要新增階段，請選取最後一個上鎖的階段或它之後的階段。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="241"/>
        <source>Deals are in this stage or have passed it: it keeps its place. Its name, milestone and work can still be improved.</source>
        <translation>已有商機在這個階段或已經過它：它的位置不能變動，但名稱、里程點與工作仍可改進。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="244"/>
        <source>A reference stage is kept or dropped by its question: go back to that page to drop it.</source>
        <translation>參考階段由它的問題決定保留或刪去：要刪去，請回到那一頁修改答案。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="247"/>
        <source>A process needs at least one stage.</source>
        <translation>流程至少要有一個階段。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="266"/>
        <source>“{stage}” ({rate}%) is not higher than “{previous}” ({previous_rate}%).</source>
        <translation>「{stage}」（{rate}%）沒有高於「{previous}」（{previous_rate}%）。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="272"/>
        <source>Win rates usually rise from stage to stage: a deal further along is more likely to be won. You can still go on.</source>
        <translation>贏率通常會一個階段比一個階段高：商機推進得越遠，越有機會贏單。您仍然可以繼續。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="284"/>
        <source>New stage</source>
        <translation>新階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="285"/>
        <source>Add stage</source>
        <translation>加入階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="300"/>
        <source>Move stage</source>
        <translation>搬移階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="315"/>
        <source>A process needs at least one stage: keep a reference stage or add one of your own.</source>
        <translation>流程至少要有一個階段：請保留一個參考階段，或加入自訂階段。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="321"/>
        <source>Stage {number} needs a name.</source>
        <translation>第 {number} 個階段需要名稱。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="327"/>
        <source>“{stage}” needs a milestone: the event that ends it and cannot be undone.</source>
        <translation>「{stage}」需要里程點：也就是結束這個階段、且無法撤回的事件。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/tailor_panel.py" line="333"/>
        <source>A win rate is a whole number from 0 to 100.</source>
        <translation>贏率必須是 0 到 100 的整數。</translation>
    </message>
</context>
<context>
    <name>TailoringWizard</name>
    <message>
        <location filename="../../planner/ui/processes/wizard.py" line="36"/>
        <source>New sales process</source>
        <translation>新增銷售流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard.py" line="40"/>
        <source>&amp;Save process</source>
        <translation>儲存流程(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard.py" line="118"/>
        <source>Discard this process?</source>
        <translation>要放棄這個流程嗎？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/processes/wizard.py" line="119"/>
        <source>You have started tailoring a process. If you cancel now, nothing is saved and your answers are lost.</source>
        <translation>您已開始裁剪流程。現在取消的話，不會儲存任何內容，您的回答也會遺失。</translation>
    </message>
</context>
<context>
    <name>WinLossWidget</name>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="213"/>
        <source>All processes</source>
        <translation>所有流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="215"/>
        <source>{name} (archived)</source>
        <translation>{name}（已封存）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="226"/>
        <source>+ {amounts} without a rate</source>
        <translation>＋ 無匯率的 {amounts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/calibration/winloss.py" line="248"/>
        <source>%Ln closed deals: {won} won, {lost} lost, {abandoned} abandoned ({share} won). Values in {home}.</source>
        <translation>
            <numerusform>已結案 %Ln 筆商機：贏單 {won} 筆、輸單 {lost} 筆、放棄 {abandoned} 筆（贏單比例 {share}）。金額以 {home} 計。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="253"/>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="253"/>
        <source>Abandoned</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="253"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="255"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="255"/>
        <location filename="../../planner/ui/calibration/winloss.py" line="261"/>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="256"/>
        <source>(retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="261"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="262"/>
        <source>{process} · {stage}</source>
        <translation>{process} · {stage}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="268"/>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="268"/>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="268"/>
        <source>Won share</source>
        <translation>贏單比例</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="268"/>
        <source>Won value</source>
        <translation>贏單金額</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="269"/>
        <source>(archived)</source>
        <translation>（已封存）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="276"/>
        <source>&amp;Process:</source>
        <translation>流程(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="277"/>
        <source>By reason category (lost and abandoned deals)</source>
        <translation>依原因類別（輸單與已放棄的商機）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="278"/>
        <source>By the stage where deals were lost or abandoned</source>
        <translation>依輸單或放棄時所在的階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="279"/>
        <source>By process</source>
        <translation>依流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="281"/>
        <source>Lost and abandoned deals by reason category</source>
        <translation>依原因類別統計的輸單與已放棄商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="282"/>
        <source>Lost and abandoned deals by stage</source>
        <translation>依階段統計的輸單與已放棄商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="283"/>
        <source>Closed deals by process</source>
        <translation>依流程統計的已結案商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="285"/>
        <source>No deal has been won, lost or abandoned yet.

As deals close, this shows why they end: by the reason category you file them under, by the stage where they were lost or given up, and by process.</source>
        <translation>還沒有任何商機贏單、輸單或放棄。

商機陸續結案後，這裡會顯示它們為何結束：依您歸入的原因類別、依輸單或放棄時所在的階段，以及依流程。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/calibration/winloss.py" line="288"/>
        <source>Every closed deal counts, archived ones too. Share: the part of all lost and abandoned deals. A deal closed without a category is uncategorised; you can file it from its panel. Amounts in a currency without an exchange rate are shown apart, never added in.</source>
        <translation>所有已結案的商機都計入，包括已封存的。占比：在所有輸單與已放棄商機中所占的比例。結案時沒有指定類別的商機列為未分類，可以在商機面板中補上。沒有匯率的幣別金額會分開列出，不會加總進來。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../planner/process_exchange.py" line="41"/>
        <source>The file “{file}” cannot be read: {reason}</source>
        <translation>無法讀取檔案「{file}」：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/process_exchange.py" line="42"/>
        <source>“{file}” is not a Deal Planner process file. Nothing was imported.</source>
        <translation>「{file}」不是 Deal Planner 的流程檔，沒有匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/process_exchange.py" line="44"/>
        <source>“{file}” was exported by a newer version of Deal Planner (format {version}). Update the app to import it. Nothing was imported.</source>
        <translation>「{file}」是由較新版本的 Deal Planner 匯出的（格式 {version}）。請先更新程式再匯入。沒有匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/process_exchange.py" line="48"/>
        <source>“{file}” is damaged or incomplete (at {where}). Nothing was imported.</source>
        <translation>「{file}」已損壞或內容不完整（位置：{where}），沒有匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/process_exchange.py" line="50"/>
        <source>“{file}” is too large to be a process file. Nothing was imported.</source>
        <translation>「{file}」太大，不可能是流程檔，沒有匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/process_exchange.py" line="52"/>
        <source>Cannot write “{file}”: {reason}</source>
        <translation>無法寫入「{file}」：{reason}</translation>
    </message>
</context>
</TS>
