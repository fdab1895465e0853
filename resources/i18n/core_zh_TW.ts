<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>app</name>
    <message>
        <location filename="../../planner/ui/app.py" line="123"/>
        <source>{path} does not exist. Create a new planner file there?</source>
        <translation>{path} 不存在。要在那裡建立新的規劃檔嗎？</translation>
    </message>
</context>
<context>
    <name>calibrate</name>
    <message>
        <location filename="../../planner/calibrate_output.py" line="105"/>
        <source>too few ({low}–{high})</source>
        <translation>樣本太少（{low}–{high}）</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="127"/>
        <source>+ {amounts} without a rate</source>
        <translation>＋ 無匯率的 {amounts}</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="139"/>
        <source>Win/loss: no deal has been won, lost or abandoned yet.</source>
        <translation>贏輸分析：還沒有任何商機贏單、輸單或放棄。</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="144"/>
        <location filename="../../planner/calibrate_output.py" line="173"/>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="144"/>
        <location filename="../../planner/calibrate_output.py" line="173"/>
        <source>Abandoned</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="145"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="145"/>
        <source>Value ({home})</source>
        <translation>金額（{home}）</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="146"/>
        <source>(retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="146"/>
        <location filename="../../planner/calibrate_output.py" line="182"/>
        <source>(archived)</source>
        <translation>（已封存）</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="160"/>
        <source>Win/loss by reason category (lost and abandoned deals)</source>
        <translation>依原因類別的贏輸分析（輸單與已放棄的商機）</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="161"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="162"/>
        <source>Win/loss by the stage where deals were lost or abandoned</source>
        <translation>依輸單或放棄時所在階段的贏輸分析</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="163"/>
        <location filename="../../planner/calibrate_output.py" line="172"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="164"/>
        <source>Win/loss by process</source>
        <translation>依流程的贏輸分析</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="165"/>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="165"/>
        <location filename="../../planner/calibrate_output.py" line="173"/>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="166"/>
        <source>Won share</source>
        <translation>贏單比例</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="166"/>
        <source>Won value ({home})</source>
        <translation>贏單金額（{home}）</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="172"/>
        <source>Set rate</source>
        <translation>設定贏率</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="172"/>
        <source>Entered</source>
        <translation>進入</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="174"/>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="174"/>
        <source>Observed (95% range)</source>
        <translation>實際贏率（95% 區間）</translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="175"/>
        <source>Days to milestone (median / 80%)</source>
        <translation>到里程點天數（中位數／80%）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/calibrate_output.py" line="183"/>
        <source>{process}: %Ln deals</source>
        <translation>
            <numerusform>{process}：%Ln 筆商機</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/calibrate_output.py" line="187"/>
        <source>Observed: the share of closed deals (won, lost or abandoned) that were won after entering the stage; shown from %Ln closed deals on, with its 95% range. Days: from entering the stage to confirming its milestone, for deals that went on to win.</source>
        <translation>
            <numerusform>實際贏率：進入該階段後已結案（贏單、輸單或放棄）的商機中贏單所占的比例；累積 %Ln 筆已結案的商機後才顯示，並附 95% 區間。天數：從進入階段到確認其里程點，只計算最後贏單的商機。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/calibrate_output.py" line="192"/>
        <source>No processes.</source>
        <translation>沒有任何流程。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../planner/commands.py" line="48"/>
        <source>--deals must be between 0 and 1000000.</source>
        <translation>--deals 必須介於 0 到 1000000 之間。</translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="70"/>
        <source>{path}: OK, every rule holds.</source>
        <translation>{path}：正常，所有規則皆成立。</translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="77"/>
        <source>… and {n} more.</source>
        <translation>……還有 {n} 項。</translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="100"/>
        <source>Backed up to {path}.</source>
        <translation>已備份至 {path}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/commands.py" line="60"/>
        <source>Wrote {path} with %n deals.</source>
        <translation>
            <numerusform>已寫入 {path}，共 %n 筆商機。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="57"/>
        <source>Stopped: nothing was written to {path}.</source>
        <translation>已停止：未寫入任何內容至 {path}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/commands.py" line="73"/>
        <source>{path}: %n problems found:</source>
        <translation>
            <numerusform>{path}：發現 %n 個問題：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/commands.py" line="114"/>
        <location filename="../../planner/commands.py" line="198"/>
        <source>Wrote {path} (%n pages).</source>
        <translation>
            <numerusform>已寫入 {path}（共 %n 頁）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="129"/>
        <location filename="../../planner/commands.py" line="160"/>
        <source>--process takes a process id (a whole number).</source>
        <translation>--process 需要流程編號（整數）。</translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="227"/>
        <source>{path} is a planner file: add --force to replace it.</source>
        <translation>{path} 是規劃檔：若要取代它，請加上 --force。</translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="238"/>
        <source>Unexpected error: {error} (details in {log})</source>
        <translation>未預期的錯誤：{error}（詳細資訊在 {log}）</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../planner/ui/crash.py" line="26"/>
        <source>Something went wrong: {error}

Your saved work is safe in the planner file. The details were written to {log}; if you report the problem, please attach that file.</source>
        <translation>發生未預期的錯誤：{error}

您已儲存的工作都安全地保存在規劃檔中。詳細資訊已寫入 {log}；回報問題時，請附上這個檔案。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../planner/domain/messages.py" line="52"/>
        <source>That stage belongs to another process.</source>
        <translation>該階段屬於另一個流程。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="161"/>
        <source>A deal never moves back: the stage “{stage}” is frozen by a confirmed milestone.</source>
        <translation>商機不能倒退：階段「{stage}」已因里程點確認而凍結。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="55"/>
        <source>This deal is closed and can no longer be changed.</source>
        <translation>此商機已結案，無法再修改。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="91"/>
        <source>A milestone cannot be confirmed in the future.</source>
        <translation>里程點的確認日期不能是未來的日期。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="155"/>
        <source>The date cannot be earlier than the previous milestone ({date}).</source>
        <translation>日期不能早於前一個里程點（{date}）。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="157"/>
        <source>Describe the evidence for this milestone.</source>
        <translation>請說明此里程點的佐證。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="158"/>
        <source>A milestone that went against us needs the customer&apos;s decision (why the deal is lost).</source>
        <translation>結果對我方不利的里程點，須填寫客戶的決定（輸單的原因）。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="160"/>
        <source>Required work is missing: {items}.</source>
        <translation>尚缺必要的工作：{items}。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="58"/>
        <source>The name cannot be empty.</source>
        <translation>名稱不能空白。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="61"/>
        <source>The name is too long (at most {n} characters).</source>
        <translation>名稱太長（最多 {n} 個字元）。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="163"/>
        <source>The text is too long (at most {n} characters).</source>
        <translation>文字太長（最多 {n} 個字元）。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="20"/>
        <source>A number is too large for a planner file (it holds at most 19 digits).</source>
        <translation>數字太大，規劃檔容納不下（最多 19 位數）。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="77"/>
        <source>The next step is too long (at most {n} characters).</source>
        <translation>下一步太長了（最多 {n} 個字元）。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="89"/>
        <source>The value must be a number.</source>
        <translation>金額必須是數字。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="91"/>
        <source>The value cannot be negative.</source>
        <translation>金額不能是負數。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="93"/>
        <source>The value is too large.</source>
        <translation>金額太大。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="101"/>
        <source>The currency must be a three-letter code such as TWD or USD.</source>
        <translation>幣別必須是三個字母的代碼，例如 TWD 或 USD。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="108"/>
        <source>A win rate is a whole number from 0 to 100.</source>
        <translation>贏率須為 0 到 100 的整數。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="67"/>
        <source>Give a reason.</source>
        <translation>請填寫原因。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="122"/>
        <location filename="../../planner/domain/reference.py" line="350"/>
        <source>A process needs at least one stage.</source>
        <translation>流程至少需要一個階段。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="127"/>
        <source>The stage “{stage}” needs a milestone.</source>
        <translation>階段「{stage}」需要一個里程點。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="144"/>
        <source>The stage “{stage}” cannot be removed: deals are in it or have passed it.</source>
        <translation>無法移除階段「{stage}」：已有商機位於或經過此階段。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="155"/>
        <source>The stage “{stage}” cannot be moved: deals are in it or have passed it.</source>
        <translation>無法移動階段「{stage}」：已有商機位於或經過此階段。</translation>
    </message>
    <message>
        <location filename="../../planner/store/errors.py" line="15"/>
        <source>This file is open read-only: {path} cannot be changed here.</source>
        <translation>這個檔案以唯讀方式開啟：無法在這裡變更 {path}。</translation>
    </message>
    <message>
        <location filename="../../planner/store/errors.py" line="16"/>
        <source>Table {table}, row {row}: column {column} holds a value Deal Planner cannot show.</source>
        <translation>資料表 {table} 第 {row} 列：{column} 欄位存有 Deal Planner 無法顯示的值。</translation>
    </message>
    <message>
        <location filename="../../planner/store/errors.py" line="25"/>
        <source>Cannot read {path}: its tables are not those Deal Planner writes (another program changed them; “deal-planner check” lists how).</source>
        <translation>無法讀取 {path}：它的資料表不是 Deal Planner 所寫的樣子（已被其他程式修改；「deal-planner check」會列出改了哪些）。</translation>
    </message>
    <message>
        <location filename="../../planner/store/errors.py" line="45"/>
        <source>the file cannot be opened or made there</source>
        <translation>無法在該處開啟或建立檔案</translation>
    </message>
    <message>
        <location filename="../../planner/store/errors.py" line="49"/>
        <source>the file or its folder can only be read</source>
        <translation>檔案或其資料夾為唯讀</translation>
    </message>
    <message>
        <location filename="../../planner/store/errors.py" line="50"/>
        <location filename="../../planner/store/errors.py" line="51"/>
        <source>another program is using the file</source>
        <translation>另一個程式正在使用此檔案</translation>
    </message>
    <message>
        <location filename="../../planner/store/errors.py" line="52"/>
        <location filename="../../planner/store/errors.py" line="53"/>
        <source>the file is damaged</source>
        <translation>檔案已損壞</translation>
    </message>
    <message>
        <location filename="../../planner/store/errors.py" line="54"/>
        <source>the computer ran out of memory</source>
        <translation>電腦的記憶體不足</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="30"/>
        <source>A confirmed milestone cannot be changed or deleted. Add a correction note instead.</source>
        <translation>已確認的里程點不能修改或刪除。請改為新增更正附註。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="33"/>
        <source>This milestone is already confirmed and cannot be replaced.</source>
        <translation>此里程點已確認，無法取代。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="36"/>
        <source>Milestones are confirmed in order: only the current stage&apos;s milestone can be confirmed now.</source>
        <translation>里程點須依序確認：目前只能確認當前階段的里程點。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="40"/>
        <source>Required tasks or deliverables of this stage are still missing.</source>
        <translation>此階段仍缺少必要的任務或交付件。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="43"/>
        <source>This stage is frozen by a confirmed milestone and is read-only.</source>
        <translation>此階段已因里程點確認而凍結，僅供檢視。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="46"/>
        <source>A deal never moves back into a frozen stage.</source>
        <translation>商機不能退回已凍結的階段。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="49"/>
        <source>A deal leaves a stage only by confirming its milestone.</source>
        <translation>商機只能透過確認里程點離開目前階段。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="58"/>
        <source>A new deal starts open, in the first stage of its process.</source>
        <translation>新商機一律從流程的第一個階段開始。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="61"/>
        <source>A deal is won only by confirming the last milestone.</source>
        <translation>只有確認最後一個里程點，商機才算贏單。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="64"/>
        <source>A deal is lost only through a milestone that went against us.</source>
        <translation>只有在里程點結果對我方不利時，商機才算輸單。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="70"/>
        <source>A deal with confirmed milestones cannot be deleted. Archive it instead.</source>
        <translation>已確認里程點的商機不能刪除，請改為封存。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="73"/>
        <source>A deal cannot change its process.</source>
        <translation>商機不能更換流程。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="76"/>
        <source>The event log cannot be changed.</source>
        <translation>事件紀錄不能修改。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="79"/>
        <source>A correction note cannot be changed or deleted.</source>
        <translation>更正附註不能修改或刪除。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="82"/>
        <source>A stage that deals are in or have passed cannot be removed or moved.</source>
        <translation>已有商機位於或經過的階段不能移除或移動。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="85"/>
        <source>It cannot be deleted while deals use it.</source>
        <translation>仍有商機使用，無法刪除。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="88"/>
        <source>Required work cannot be removed: the stage&apos;s milestone depends on it.</source>
        <translation>必要的工作不能移除：此階段的里程點取決於它。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="94"/>
        <source>A milestone cannot be dated before the deal&apos;s previous milestone.</source>
        <translation>里程點的日期不能早於這筆商機的前一個里程點。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="101"/>
        <source>Only a lost or abandoned deal has a reason category.</source>
        <translation>只有輸單或已放棄的商機才有原因類別。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="104"/>
        <source>That reason category does not exist.</source>
        <translation>這個原因類別不存在。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="107"/>
        <source>The record of adopted win rates cannot be changed.</source>
        <translation>已採用贏率的紀錄無法變更。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="110"/>
        <source>An adopted rate must be recorded as the stage&apos;s new win rate, in its process.</source>
        <translation>採用的贏率必須以該階段的新贏率記錄，並屬於該階段所在的流程。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="114"/>
        <source>A deal&apos;s buying group holds only people of the deal&apos;s account.</source>
        <translation>商機的採購決策小組只能包含該商機客戶的人員。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="117"/>
        <source>This person is in a deal&apos;s buying group or named on a milestone, so they cannot be deleted.</source>
        <translation>此人在某個商機的採購決策小組中，或被記錄為某個里程點的確認者，因此無法刪除。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="121"/>
        <source>The deal&apos;s buying group lacks a role this stage&apos;s milestone requires.</source>
        <translation>商機的採購決策小組缺少本階段里程點所需的角色。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="124"/>
        <source>Who confirmed a milestone is recorded with it and cannot be changed later.</source>
        <translation>里程點的確認者與里程點一併記錄，之後無法變更。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="127"/>
        <source>Only people of the deal&apos;s account can be named as confirming its milestone.</source>
        <translation>只有該商機客戶的人員才能被記錄為里程點的確認者。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="131"/>
        <source>A row with this id already exists and cannot be replaced.</source>
        <translation>已有相同編號的資料列，不能取代它。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="134"/>
        <source>The id of a row cannot be changed.</source>
        <translation>資料列的編號不能變更。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="138"/>
        <source>When a record was created is kept as it was written and cannot be changed.</source>
        <translation>記錄建立的時間依寫入時保存，之後無法更改。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="141"/>
        <source>A closed deal cannot be deleted: it counts in the win rates. Archive it instead.</source>
        <translation>已結案的商機不能刪除：它計入贏率。請改為封存。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="166"/>
        <source>This stage&apos;s milestone needs someone in the buying group as {role}.</source>
        <translation>本階段的里程點需要採購決策小組中有人擔任{role}。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="169"/>
        <source>economic buyer</source>
        <translation>經濟決策者</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="170"/>
        <source>technical evaluator</source>
        <translation>技術評估者</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="171"/>
        <source>user</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="172"/>
        <source>coach</source>
        <translation>內線（教練）</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="173"/>
        <source>procurement</source>
        <translation>採購</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="174"/>
        <source>other role</source>
        <translation>其他角色</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="178"/>
        <source>Only people of the deal&apos;s buying group can be named as confirming its milestone.</source>
        <translation>只有商機採購決策小組的成員才能被記錄為里程點的確認者。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="180"/>
        <source>{name} is already in the deal&apos;s buying group.</source>
        <translation>{name} 已在此商機的採購決策小組中。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="181"/>
        <source>The deal cannot move to another account while people of its account are in its buying group or named on its milestones.</source>
        <translation>商機的採購決策小組或里程點中仍有此客戶的人員，因此無法移到其他客戶。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="184"/>
        <source>A next step&apos;s date needs the step itself: write what is to be done first.</source>
        <translation>下一步的日期需要有下一步本身：請先寫下要做什麼。</translation>
    </message>
    <message>
        <location filename="../../planner/store/errors.py" line="70"/>
        <source>The planner file refused a value that breaks its rules.</source>
        <translation>規劃檔拒絕了違反規則的值。</translation>
    </message>
    <message>
        <location filename="../../planner/store/errors.py" line="72"/>
        <source>Cannot save to {path}: {reason}</source>
        <translation>無法儲存至 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/store/file_checks.py" line="38"/>
        <location filename="../../planner/store/file_checks.py" line="71"/>
        <source>{path} is a folder, not a planner file.</source>
        <translation>{path} 是資料夾，不是規劃檔。</translation>
    </message>
    <message>
        <location filename="../../planner/store/errors.py" line="24"/>
        <location filename="../../planner/store/file_checks.py" line="74"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>無法讀取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/store/file_checks.py" line="77"/>
        <source>{path} is not a Deal Planner file.</source>
        <translation>{path} 不是 Deal Planner 規劃檔。</translation>
    </message>
    <message>
        <location filename="../../planner/store/file_checks.py" line="80"/>
        <source>{path} is a database of another application, not a Deal Planner file.</source>
        <translation>{path} 是其他應用程式的資料庫，不是 Deal Planner 規劃檔。</translation>
    </message>
    <message>
        <location filename="../../planner/store/file_checks.py" line="29"/>
        <source>{path} was written by a newer version of Deal Planner. Please update the app.</source>
        <translation>{path} 是由較新版本的 Deal Planner 所寫入，請更新應用程式。</translation>
    </message>
    <message>
        <location filename="../../planner/store/file_checks.py" line="40"/>
        <source>{path} is not a regular file (it is a pipe, a device or a socket), so it cannot be a planner file.</source>
        <translation>{path} 不是一般檔案（而是管線、裝置或通訊端），所以不可能是規劃檔。</translation>
    </message>
    <message>
        <location filename="../../planner/store/upgrade.py" line="42"/>
        <source>{path} cannot be upgraded: in table {table}, row {row}, column {column} holds a value this version does not accept. Correct it with the version that wrote the file or an SQLite tool, then open it again.</source>
        <translation>{path} 無法升級：資料表 {table} 第 {row} 列的 {column} 欄位存有這個版本不接受的值。請用寫入這個檔案的版本或 SQLite 工具修正後，再重新開啟。</translation>
    </message>
    <message>
        <location filename="../../planner/store/database.py" line="82"/>
        <location filename="../../planner/store/read_only.py" line="67"/>
        <source>{path} is damaged and cannot be opened.</source>
        <translation>{path} 已損壞，無法開啟。</translation>
    </message>
    <message>
        <location filename="../../planner/store/database.py" line="130"/>
        <location filename="../../planner/safe_write.py" line="53"/>
        <location filename="../../planner/store/upgrade.py" line="65"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/store/upgrade.py" line="86"/>
        <source>{path} was changed outside Deal Planner: its tables or rules are not the ones its version wrote, so this version does not upgrade it.</source>
        <translation>{path} 曾在 Deal Planner 之外被修改：其中的資料表或規則不是它的版本所寫入的，因此這個版本不會升級它。</translation>
    </message>
    <message>
        <location filename="../../planner/store/database.py" line="118"/>
        <location filename="../../planner/commands.py" line="51"/>
        <location filename="../../planner/transfer/full_import.py" line="132"/>
        <source>{path} already exists.</source>
        <translation>{path} 已存在。</translation>
    </message>
    <message>
        <location filename="../../planner/store/database.py" line="140"/>
        <location filename="../../planner/store/database.py" line="147"/>
        <location filename="../../planner/store/read_only.py" line="41"/>
        <location filename="../../planner/store/read_only.py" line="81"/>
        <location filename="../../planner/store/read_only.py" line="104"/>
        <location filename="../../planner/store/read_only.py" line="122"/>
        <source>Cannot open {path}: {reason}</source>
        <translation>無法開啟 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/store/database.py" line="233"/>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="67"/>
        <source>Deal {ids}: its stage belongs to another process.</source>
        <translation>商機 {ids}：所在階段屬於另一個流程。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="70"/>
        <source>Deal {ids}: a stage before the current one has no confirmed milestone.</source>
        <translation>商機 {ids}：目前階段之前有階段的里程點尚未確認。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="79"/>
        <source>Deal {ids}: open, but its current stage is already confirmed.</source>
        <translation>商機 {ids}：仍在進行中，但目前階段已確認。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="85"/>
        <source>Deal {ids}: won without its last milestone.</source>
        <translation>商機 {ids}：未確認最後一個里程點卻標為贏單。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="89"/>
        <source>Deal {ids}: lost without a milestone that went against us.</source>
        <translation>商機 {ids}：沒有不利的里程點卻標為輸單。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="92"/>
        <source>Deal {ids}: a milestone went against us but the deal is not lost.</source>
        <translation>商機 {ids}：里程點結果不利，但商機未標為輸單。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="97"/>
        <source>Deal {ids}: closed without a reason.</source>
        <translation>商機 {ids}：結案但未填原因。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="99"/>
        <source>Deal {ids}: a reason category on a deal that is not lost or abandoned.</source>
        <translation>商機 {ids}：不是輸單或已放棄的商機卻有原因類別。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="101"/>
        <source>Adopted rate {ids}: its stage is not in its process.</source>
        <translation>採用的贏率 {ids}：其階段不屬於所記錄的流程。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="103"/>
        <source>Milestone {ids}: its stage is not in the deal&apos;s process.</source>
        <translation>里程點 {ids}：其階段不在該商機的流程中。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="106"/>
        <source>Deal {ids}: a milestone is dated before the one of an earlier stage.</source>
        <translation>商機 {ids}：有里程點的日期早於較早階段的里程點。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="112"/>
        <source>Deal {ids}: its buying group holds people of another account.</source>
        <translation>商機 {ids}：採購決策小組中有其他客戶的人員。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="116"/>
        <source>Milestone {ids}: the people named on it differ from the sealed event log.</source>
        <translation>里程點 {ids}：記錄的確認者與已封緘的事件記錄不符。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="120"/>
        <source>Deal {ids}: when it was created differs from the sealed event log.</source>
        <translation>商機 {ids}：建立時間與已封緘的事件記錄不符。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="122"/>
        <source>Deal {ids}: abandoned or not, unlike what the sealed event log says.</source>
        <translation>商機 {ids}：是否已放棄與已封緘的事件記錄不符。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="124"/>
        <source>Milestone {ids}: dated after today.</source>
        <translation>里程點 {ids}：日期晚於今天。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="126"/>
        <source>Rows {ids} point to something that does not exist.</source>
        <translation>資料列 {ids} 指向不存在的項目。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="131"/>
        <source>SQLite integrity check: {result}</source>
        <translation>SQLite 完整性檢查：{result}</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="132"/>
        <source>The method&apos;s rules and the history could not be checked, as the file&apos;s tables are not those Deal Planner writes.</source>
        <translation>檔案的資料表不是 Deal Planner 所寫的樣子，因此無法檢查方法的規則與歷程。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="157"/>
        <source>The file is not marked as a Deal Planner file.</source>
        <translation>此檔案未標記為 Deal Planner 規劃檔。</translation>
    </message>
    <message>
        <location filename="../../planner/services/noun.py" line="18"/>
        <source>The process was not found.</source>
        <translation>找不到此流程。</translation>
    </message>
    <message>
        <location filename="../../planner/services/noun.py" line="19"/>
        <source>The stage was not found.</source>
        <translation>找不到這個階段。</translation>
    </message>
    <message>
        <location filename="../../planner/services/noun.py" line="20"/>
        <source>The account was not found.</source>
        <translation>找不到此客戶。</translation>
    </message>
    <message>
        <location filename="../../planner/services/noun.py" line="21"/>
        <source>The contact was not found.</source>
        <translation>找不到此聯絡人。</translation>
    </message>
    <message>
        <location filename="../../planner/services/noun.py" line="22"/>
        <source>The deal was not found.</source>
        <translation>找不到此商機。</translation>
    </message>
    <message>
        <location filename="../../planner/services/noun.py" line="23"/>
        <source>The milestone was not found.</source>
        <translation>找不到此里程點。</translation>
    </message>
    <message>
        <location filename="../../planner/services/noun.py" line="24"/>
        <source>The task was not found.</source>
        <translation>找不到此任務。</translation>
    </message>
    <message>
        <location filename="../../planner/services/noun.py" line="25"/>
        <source>The deliverable was not found.</source>
        <translation>找不到此交付件。</translation>
    </message>
    <message>
        <location filename="../../planner/services/noun.py" line="26"/>
        <source>The reason category was not found.</source>
        <translation>找不到這個原因類別。</translation>
    </message>
    <message>
        <location filename="../../planner/services/accounts.py" line="36"/>
        <source>Several accounts are named “{name}”: give the id.</source>
        <translation>有多個客戶名為「{name}」，請改用編號。</translation>
    </message>
    <message>
        <location filename="../../planner/services/accounts.py" line="38"/>
        <source>No account “{name}”.</source>
        <translation>找不到客戶「{name}」。</translation>
    </message>
    <message>
        <location filename="../../planner/services/deals.py" line="134"/>
        <source>An archived process takes no new deals.</source>
        <translation>已封存的流程不接受新商機。</translation>
    </message>
    <message>
        <location filename="../../planner/services/deals.py" line="255"/>
        <source>The deal has another next step now; that step was not brought back.</source>
        <translation>這筆商機現在已有另一個下一步，原本的步驟沒有還原。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="97"/>
        <source>Work can be added only to the current stage.</source>
        <translation>只能在目前階段新增工作。</translation>
    </message>
    <message>
        <location filename="../../planner/settings.py" line="92"/>
        <source>Enter a whole number from 1 to 9999.</source>
        <translation>請輸入 1 到 9999 的整數。</translation>
    </message>
    <message>
        <location filename="../../planner/settings.py" line="104"/>
        <source>Choose one of the offered values.</source>
        <translation>請從提供的選項中選擇。</translation>
    </message>
    <message>
        <location filename="../../planner/settings.py" line="119"/>
        <location filename="../../planner/services/rates.py" line="40"/>
        <source>Enter a currency as three letters, such as TWD.</source>
        <translation>請以三個英文字母輸入幣別，例如 TWD。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="54"/>
        <location filename="../../planner/domain/errors.py" line="55"/>
        <location filename="../../planner/store/errors.py" line="48"/>
        <source>permission denied</source>
        <translation>沒有權限</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="56"/>
        <source>the folder does not exist</source>
        <translation>資料夾不存在</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="57"/>
        <source>part of the path is not a folder</source>
        <translation>路徑中有一段不是資料夾</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="58"/>
        <source>a folder has that name</source>
        <translation>已有同名的資料夾</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="59"/>
        <location filename="../../planner/store/errors.py" line="46"/>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="60"/>
        <source>the disk quota is exceeded</source>
        <translation>已超過磁碟配額</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="61"/>
        <source>the disk is read-only</source>
        <translation>磁碟為唯讀</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="62"/>
        <source>the file name is too long</source>
        <translation>檔名太長</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="63"/>
        <source>the file is too large</source>
        <translation>檔案太大</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="64"/>
        <location filename="../../planner/store/errors.py" line="47"/>
        <source>an input/output error occurred</source>
        <translation>發生輸入／輸出錯誤</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="65"/>
        <source>something of that name is already there</source>
        <translation>那裡已有同名的項目</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="66"/>
        <source>the file is in use</source>
        <translation>檔案正在使用中</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="67"/>
        <location filename="../../planner/domain/errors.py" line="68"/>
        <source>too many files are open</source>
        <translation>開啟的檔案太多</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="69"/>
        <source>the path goes round in circles (symbolic links)</source>
        <translation>路徑的符號連結形成循環</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="70"/>
        <source>the name is not valid there</source>
        <translation>這個名稱在那裡無效</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="71"/>
        <location filename="../../planner/domain/errors.py" line="72"/>
        <source>no such device</source>
        <translation>沒有這個裝置</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="74"/>
        <source>the document could not be built ({error})</source>
        <translation>無法產生文件（{error}）</translation>
    </message>
    <message>
        <location filename="../../planner/safe_write.py" line="54"/>
        <source>a file has that name, and these files go into a folder</source>
        <translation>那是一個檔案，而這些檔案須寫入資料夾</translation>
    </message>
    <message>
        <location filename="../../planner/safe_write.py" line="55"/>
        <source>it is not a regular file (it is a pipe, a device or a socket)</source>
        <translation>它不是一般檔案（而是管線、裝置或通訊端）</translation>
    </message>
    <message>
        <location filename="../../planner/safe_write.py" line="56"/>
        <source>the file was not there after writing</source>
        <translation>寫入後檔案並不在那裡</translation>
    </message>
    <message>
        <location filename="../../planner/safe_write.py" line="57"/>
        <source>{path} is the planner file being read, or a working file of it: write to another file.</source>
        <translation>{path} 是正在讀取的規劃檔或它的工作檔：請寫到另一個檔案。</translation>
    </message>
    <message>
        <location filename="../../planner/safe_write.py" line="59"/>
        <source>{path} belongs to {owner} (SQLite or Deal Planner keeps it there): write to another file.</source>
        <translation>{path} 屬於 {owner}（由 SQLite 或 Deal Planner 放在那裡）：請寫到另一個檔案。</translation>
    </message>
    <message>
        <location filename="../../planner/safe_write.py" line="61"/>
        <source>{path} is open in Deal Planner (process {pid} on {host}): close it there first.</source>
        <translation>{path} 正在 Deal Planner 中開啟（{host} 上的程序 {pid}）：請先在那裡關閉它。</translation>
    </message>
    <message>
        <location filename="../../planner/safe_write.py" line="63"/>
        <source>that folder does not take new files</source>
        <translation>該資料夾無法建立新檔案</translation>
    </message>
    <message>
        <location filename="../../planner/safe_write.py" line="64"/>
        <source>{path} is a planner file; it is replaced only when you confirm that.</source>
        <translation>{path} 是規劃檔；必須經您確認才會被取代。</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="72"/>
        <source>milestone</source>
        <translation>里程點</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="73"/>
        <source>correction note</source>
        <translation>更正附註</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="74"/>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="76"/>
        <source>The history was altered: {what} {id} is no longer what was sealed (seal {seq}).</source>
        <translation>歷程遭到竄改：{what} {id} 已和封緘時的內容不同（第 {seq} 筆封緘）。</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="78"/>
        <source>The history was altered: {what} {id} was deleted after it was sealed (seal {seq}).</source>
        <translation>歷程遭到竄改：{what} {id} 在封緘後被刪除（第 {seq} 筆封緘）。</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="80"/>
        <source>The history was altered: its seal is broken at entry {seq} ({what} {id}).</source>
        <translation>歷程遭到竄改：封緘鏈在第 {seq} 筆斷開（{what} {id}）。</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="82"/>
        <source>{count} later seals do not match either.</source>
        <translation>之後另有 {count} 筆封緘也不相符。</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="84"/>
        <source>The history was altered: {what} {ids} slipped in among rows already sealed.</source>
        <translation>歷程遭到竄改：{what} {ids} 被插進已封緘的紀錄之間。</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="86"/>
        <source>Not sealed yet: {what} {ids}, written by another program since Deal Planner last saved this file.</source>
        <translation>尚未封緘：{what} {ids}，是 Deal Planner 上次儲存這個檔案之後由其他程式寫入的。</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="90"/>
        <source>The history cannot be checked against its seals: {reason}</source>
        <translation>無法用封緘核對歷程：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="739"/>
        <source>The history was rewritten: seal {seq} is not the one this computer saw on {day}, so every seal after a changed row was computed again.</source>
        <translation>歷程遭到改寫：第 {seq} 個封緘已不是這台電腦於{day}看到的那一個，表示某筆資料被改動後，其後的每個封緘都被重新計算過。</translation>
    </message>
    <message>
        <location filename="../../planner/store/snapshot_files.py" line="111"/>
        <source>Cannot write the snapshot {path}: {reason}</source>
        <translation>無法寫入快照 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/store/snapshot_files.py" line="301"/>
        <source>Cannot restore the snapshot {path}: {reason}</source>
        <translation>無法還原快照 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="44"/>
        <source>Table {name} was removed.</source>
        <translation>資料表 {name} 已被移除。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="45"/>
        <source>Table {name} was changed.</source>
        <translation>資料表 {name} 已被修改。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="46"/>
        <source>Table {name} was added that this version does not create.</source>
        <translation>檔案中多了本版本不會建立的資料表 {name}。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="48"/>
        <source>Index {name} was removed.</source>
        <translation>索引 {name} 已被移除。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="49"/>
        <source>Index {name} was changed.</source>
        <translation>索引 {name} 已被修改。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="50"/>
        <source>Index {name} was added that this version does not create.</source>
        <translation>檔案中多了本版本不會建立的索引 {name}。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="52"/>
        <source>Trigger {name} was removed.</source>
        <translation>觸發程序 {name} 已被移除。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="53"/>
        <source>Trigger {name} was changed.</source>
        <translation>觸發程序 {name} 已被修改。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="54"/>
        <source>Trigger {name} was added that this version does not create.</source>
        <translation>檔案中多了本版本不會建立的觸發程序 {name}。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="56"/>
        <source>View {name} was removed.</source>
        <translation>檢視表 {name} 已被移除。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="57"/>
        <source>View {name} was changed.</source>
        <translation>檢視表 {name} 已被修改。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="58"/>
        <source>View {name} was added that this version does not create.</source>
        <translation>檔案中多了本版本不會建立的檢視表 {name}。</translation>
    </message>
    <message>
        <location filename="../../planner/services/milestones.py" line="90"/>
        <source>The file&apos;s rules and the app&apos;s disagree about this milestone; nothing was written.</source>
        <translation>檔案的規則與程式的判斷不一致，這個里程點沒有寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/services/rates.py" line="42"/>
        <source>Enter a rate greater than zero.</source>
        <translation>請輸入大於零的匯率。</translation>
    </message>
    <message>
        <location filename="../../planner/services/rates.py" line="45"/>
        <source>{currency} is the home currency: it needs no rate.</source>
        <translation>{currency} 是本位幣，不需要匯率。</translation>
    </message>
    <message>
        <location filename="../../planner/services/rates.py" line="65"/>
        <source>Set an exchange rate for {currency} first: the other rates are converted with it.</source>
        <translation>請先設定 {currency} 的匯率：其他匯率要靠它換算。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/csv_files.py" line="34"/>
        <source>“{file}” is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8” and try again.</source>
        <translation>「{file}」不是 UTF-8 文字：請在試算表中另存為「CSV UTF-8」後再試一次。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/csv_files.py" line="36"/>
        <source>“{file}” is empty: its first line should name the columns.</source>
        <translation>「{file}」是空的：第一行應該是欄位名稱。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/csv_files.py" line="37"/>
        <location filename="../../planner/transfer/full_import.py" line="44"/>
        <source>The file “{file}” cannot be read: {reason}</source>
        <translation>無法讀取檔案「{file}」：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/csv_files.py" line="38"/>
        <source>“{file}” is too large to be a CSV export.</source>
        <translation>「{file}」太大，不像是 CSV 匯出檔。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/csv_files.py" line="39"/>
        <source>“{file}” is not a readable CSV file (line {line}: {reason}).</source>
        <translation>「{file}」不是可讀取的 CSV 檔案（第 {line} 行：{reason}）。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/full_import.py" line="35"/>
        <source>“{file}” is not a full export of Deal Planner. Nothing was imported.</source>
        <translation>「{file}」不是 Deal Planner 的完整匯出檔。沒有匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/full_import.py" line="36"/>
        <source>“{file}” was exported by a newer version of Deal Planner ({what}). Update the app to import it. Nothing was imported.</source>
        <translation>「{file}」是由較新版的 Deal Planner 匯出（{what}）。請更新程式後再匯入。沒有匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/full_import.py" line="39"/>
        <source>“{file}” is damaged or incomplete (at {where}). Nothing was imported.</source>
        <translation>「{file}」已損毀或不完整（位於 {where}）。沒有匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/full_import.py" line="40"/>
        <source>“{file}” cannot be rebuilt under the file&apos;s rules ({where}: {reason}). Nothing was imported.</source>
        <translation>「{file}」無法依照檔案的規則重建（{where}：{reason}）。沒有匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/full_import.py" line="42"/>
        <source>The history in “{file}” does not match its own seals: {reason} Nothing was imported.</source>
        <translation>「{file}」中的歷程與它自己的封緘不符：{reason}沒有匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/commands.py" line="105"/>
        <source>Give the deals file, --organizations or --people.</source>
        <translation>請指定商機檔案、--organizations 或 --people。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/commands.py" line="118"/>
        <source>--map takes HEADER=FIELD, FIELD one of: {fields}.</source>
        <translation>--map 的格式是 欄名=欄位，欄位可為：{fields}。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/commands.py" line="242"/>
        <source>Give the export file to import.</source>
        <translation>請指定要匯入的匯出檔。</translation>
    </message>
    <message>
        <location filename="../../planner/services/reasons.py" line="62"/>
        <source>A retired category has no place in the list.</source>
        <translation>已停用的類別不在清單中，無法移動。</translation>
    </message>
    <message>
        <location filename="../../planner/services/reasons.py" line="106"/>
        <source>There is already a category named “{name}”.</source>
        <translation>已經有名為「{name}」的類別。</translation>
    </message>
    <message>
        <location filename="../../planner/store/background_check.py" line="31"/>
        <source>Deal Planner is still checking {path} for damage, so nothing was changed. Try again in a moment.</source>
        <translation>Deal Planner 仍在檢查 {path} 是否損壞，因此沒有做任何變更。請稍候再試一次。</translation>
    </message>
    <message>
        <location filename="../../planner/store/background_check.py" line="34"/>
        <source>{path} is damaged, so nothing can be changed in it. Restore a snapshot of it, or keep it open read-only to look at it and copy what you need.</source>
        <translation>{path} 已損壞，因此無法變更其中任何內容。請還原它的快照，或以唯讀方式保持開啟，以便查看並複製您需要的內容。</translation>
    </message>
    <message>
        <location filename="../../planner/store/search.py" line="252"/>
        <source>Deal {ids}: the search index does not hold its current text.</source>
        <translation>商機 {ids}：搜尋索引中的內容與商機目前的文字不一致。</translation>
    </message>
    <message>
        <location filename="../../planner/store/search.py" line="253"/>
        <source>The search index is damaged: {reason}</source>
        <translation>搜尋索引已損壞：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/full_export.py" line="33"/>
        <source>{file} cannot be exported whole: it has no table {table}, which every planner file has (“deal-planner check” lists what was changed in it). Nothing was exported.</source>
        <translation>{file} 無法完整匯出：它缺少每個規劃檔都有的資料表 {table}（「deal-planner check」會列出它被改了什麼）。未匯出任何內容。</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../planner/export.py" line="65"/>
        <source>1 character could not be printed with the bundled fonts; the PDF shows {mark} instead: {chars}</source>
        <translation>有 1 個字元無法以內建字型列印，PDF 中以 {mark} 代替：{chars}</translation>
    </message>
    <message>
        <location filename="../../planner/export.py" line="68"/>
        <source>{n} characters could not be printed with the bundled fonts; the PDF shows {mark} instead: {chars}</source>
        <translation>有 {n} 個字元無法以內建字型列印，PDF 中以 {mark} 代替：{chars}</translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message>
        <location filename="../../planner/forecast_output.py" line="103"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="105"/>
        <source>No date</source>
        <translation>未定</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="142"/>
        <source>Pipeline forecast by month, in {home} (today: {today})</source>
        <translation>銷售管道預測（依月份，以 {home} 計；今天：{today}）</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="144"/>
        <source>Pipeline forecast by quarter, in {home} (today: {today})</source>
        <translation>銷售管道預測（依季度，以 {home} 計；今天：{today}）</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="148"/>
        <source>1 {currency} = {rate} {home} (set {day})</source>
        <translation>1 {currency} = {rate} {home}（{day} 設定）</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="152"/>
        <source>Exchange rates: {rates}</source>
        <translation>匯率：{rates}</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="154"/>
        <source>No open deals to forecast.</source>
        <translation>沒有進行中的商機，無可預測。</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="155"/>
        <source>Deals</source>
        <translation>商機數</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="155"/>
        <source>Open value</source>
        <translation>商機金額</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="156"/>
        <source>Weighted (set)</source>
        <translation>加權（設定贏率）</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="156"/>
        <source>Weighted (observed)</source>
        <translation>加權（實際贏率）</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="157"/>
        <source>No rate</source>
        <translation>無匯率</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="161"/>
        <source>Period / stage</source>
        <translation>期間／階段</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="170"/>
        <location filename="../../planner/forecast_output.py" line="180"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="176"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="176"/>
        <source>Set rate</source>
        <translation>設定贏率</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="177"/>
        <source>Observed rate</source>
        <translation>實際贏率</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/forecast_output.py" line="184"/>
        <source>Open deals that are not archived, by expected close date: overdue if before today. Weighted (set): by each stage&apos;s configured win rate. Weighted (observed): by the stage&apos;s observed rate where it rests on enough closed deals ({n} of %Ln deals here), else by the configured one. No rate: amounts in a currency without an exchange rate, kept out of the totals (deals in brackets). Open value: unweighted.</source>
        <translation>
            <numerusform>未封存的進行中商機，依預計成交日期歸入期間：早於今天即為已逾期。加權（設定贏率）：依各階段設定的贏率。加權（實際贏率）：所在階段已有足夠的已結案商機時依其實際贏率（此處 %Ln 件中有 {n} 件），否則依設定贏率。無匯率：無匯率幣別的金額，以原幣別列示，不計入合計（括號內為商機數）。商機金額：未加權。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../planner/domain/reasons.py" line="21"/>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <location filename="../../planner/domain/reasons.py" line="22"/>
        <source>Competitor</source>
        <translation>競爭對手</translation>
    </message>
    <message>
        <location filename="../../planner/domain/reasons.py" line="23"/>
        <source>No budget</source>
        <translation>沒有預算</translation>
    </message>
    <message>
        <location filename="../../planner/domain/reasons.py" line="24"/>
        <source>Timing</source>
        <translation>時機</translation>
    </message>
    <message>
        <location filename="../../planner/domain/reasons.py" line="25"/>
        <source>No decision</source>
        <translation>未做決定</translation>
    </message>
    <message>
        <location filename="../../planner/domain/reasons.py" line="26"/>
        <source>Relationship</source>
        <translation>關係</translation>
    </message>
    <message>
        <location filename="../../planner/domain/reasons.py" line="27"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../planner/domain/reasons.py" line="29"/>
        <source>Uncategorised</source>
        <translation>未分類</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../planner/settings.py" line="123"/>
        <source>Your name (printed on account plans)</source>
        <translation>您的名字（印在客戶計畫書上）</translation>
    </message>
    <message>
        <location filename="../../planner/settings.py" line="125"/>
        <source>Mark a deal idle after this many days without a milestone</source>
        <translation>超過這麼多天沒有里程點，就把商機標為閒置</translation>
    </message>
    <message>
        <location filename="../../planner/settings.py" line="127"/>
        <source>Language (empty: follow the system)</source>
        <translation>語言（空白：依系統設定）</translation>
    </message>
    <message>
        <location filename="../../planner/settings.py" line="129"/>
        <source>Paper for account plans (empty: by language)</source>
        <translation>客戶計畫書紙張（空白：依語言）</translation>
    </message>
    <message>
        <location filename="../../planner/settings.py" line="131"/>
        <source>Keep the daily snapshots of this file for</source>
        <translation>每日快照的保留期間</translation>
    </message>
    <message>
        <location filename="../../planner/settings.py" line="133"/>
        <source>Keep this many weekly snapshots</source>
        <translation>每週快照保留份數</translation>
    </message>
    <message>
        <location filename="../../planner/settings.py" line="138"/>
        <source>Home currency: every total is shown in it</source>
        <translation>本位幣：所有合計都以此幣別顯示</translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <location filename="../../planner/transfer/messages.py" line="51"/>
        <source>{label} is missing.</source>
        <translation>缺少{label}。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="52"/>
        <source>The organization is missing: a deal or a person needs the account it belongs to.</source>
        <translation>缺少組織：商機或聯絡人都需要所屬的客戶。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="54"/>
        <source>The name is missing.</source>
        <translation>缺少名稱。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="55"/>
        <source>{label} “{value}” is not a date.</source>
        <translation>{label}「{value}」不是日期。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="56"/>
        <source>{label} “{value}” is not an amount.</source>
        <translation>{label}「{value}」不是金額。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="57"/>
        <source>Unknown currency “{value}”: use a three-letter code such as TWD, USD or EUR.</source>
        <translation>不明的幣別「{value}」：請使用 TWD、USD 或 EUR 這類三個字母的代碼。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="59"/>
        <source>The value is in {marked} but the currency column says {column}.</source>
        <translation>金額標示為 {marked}，但幣別欄寫的是 {column}。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="60"/>
        <source>Unknown status “{value}”: use open, won, lost or abandoned.</source>
        <translation>不明的狀態「{value}」：請使用 open、won、lost 或 abandoned。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="61"/>
        <source>The deal was deleted there: take the row out of the file to go on.</source>
        <translation>這個商機在對方系統中已刪除：請將這一列從檔案中移除後再繼續。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="62"/>
        <source>{label} is too long ({n} characters at most).</source>
        <translation>{label}太長（最多 {n} 個字元）。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="63"/>
        <source>The value is too large.</source>
        <translation>金額太大。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="66"/>
        <source>Empty row: nothing to import.</source>
        <translation>空白列：沒有可匯入的內容。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="67"/>
        <source>“{marker}” read as {currency}.</source>
        <translation>「{marker}」視為 {currency}。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="68"/>
        <source>No currency given: {currency}, the file&apos;s home currency.</source>
        <translation>未註明幣別：採用本檔案的本位幣 {currency}。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="69"/>
        <source>No reason was given there; the deal comes in with “{reason}”.</source>
        <translation>對方系統中沒有填寫原因；這個商機匯入時記為「{reason}」。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="70"/>
        <source>A deal with this title is already at this account.</source>
        <translation>這個客戶已有同名的商機。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="71"/>
        <source>{name} is already a contact of {account}: kept as it is.</source>
        <translation>{name} 已是 {account} 的聯絡人：維持原樣。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="72"/>
        <source>{account} is already in this file: kept as it is.</source>
        <translation>{account} 已在本檔案中：維持原樣。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="73"/>
        <source>Same organization as line {line}: that row&apos;s details count.</source>
        <translation>與第 {line} 列是同一個組織：以那一列的資料為準。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="74"/>
        <source>The account for “{name}” waits for your answer about names that differ only in case or spacing.</source>
        <translation>「{name}」要歸入哪個客戶，還在等您確認只差在大小寫或空白的名稱。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="76"/>
        <source>Stage “{theirs}” placed at “{ours}” (a guess: check it).</source>
        <translation>階段「{theirs}」放在「{ours}」（推測的：請確認）。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="79"/>
        <source>New account {account}.</source>
        <translation>新客戶 {account}。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="80"/>
        <source>New contact {name} at {account}.</source>
        <translation>{account} 的新聯絡人 {name}。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="81"/>
        <source>New deal “{title}” for {account}, open in “{stage}”.</source>
        <translation>{account} 的新商機「{title}」，進行中，位於「{stage}」。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="82"/>
        <source>New deal “{title}” for {account}, open in “{stage}”; milestones before it recorded as imported: {n}.</source>
        <translation>{account} 的新商機「{title}」，進行中，位於「{stage}」；之前記錄為匯入的里程點：{n} 個。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="89"/>
        <source>Nothing was imported: a problem in {n} of the rows (see the dry run).</source>
        <translation>沒有匯入任何內容：有 {n} 列有問題（請看試跑結果）。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="84"/>
        <source>New deal “{title}” for {account}, won; every milestone recorded as imported.</source>
        <translation>{account} 的新商機「{title}」，贏單；每個里程點都記錄為匯入。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="85"/>
        <source>New deal “{title}” for {account}, lost at “{stage}”: {reason}</source>
        <translation>{account} 的新商機「{title}」，在「{stage}」輸單：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="86"/>
        <source>New deal “{title}” for {account}, abandoned in “{stage}”: {reason}</source>
        <translation>{account} 的新商機「{title}」，在「{stage}」放棄：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="90"/>
        <source>This file has no process to put deals in: tailor one first (Tools › New Process…).</source>
        <translation>本檔案還沒有可放入商機的流程：請先量身訂做一個（工具 › 新增流程…）。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="92"/>
        <source>Choose the process the deals go into ({names}).</source>
        <translation>請選擇商機要放入的流程（{names}）。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="93"/>
        <source>No process “{name}” in this file (there are: {names}).</source>
        <translation>本檔案中沒有流程「{name}」（現有：{names}）。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="94"/>
        <source>No stage “{name}” in the process “{process}”.</source>
        <translation>流程「{process}」中沒有階段「{name}」。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="95"/>
        <source>Organization names that differ only in case or spacing need your word on whether they are one account: {names}.</source>
        <translation>只差在大小寫或空白的組織名稱，需要您確認是否為同一個客戶：{names}。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="97"/>
        <source>Choose at least one file to import.</source>
        <translation>請至少選擇一個要匯入的檔案。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="98"/>
        <source>Nothing was imported: {file}, line {line}: {reason}</source>
        <translation>沒有匯入任何內容：{file} 第 {line} 列：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="101"/>
        <source>Imported from {source} on {day}: the deal was already past this milestone there. No evidence was given in Deal Planner; the stage&apos;s required work was marked done to record it.</source>
        <translation>於 {day} 從 {source} 匯入：這個商機在對方系統中已經過了這個里程點。Deal Planner 中沒有提供證據；為了記錄這個里程點，已將該階段的必要工作標為完成。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="104"/>
        <source>Imported from {source} on {day}: the deal was won there{when}. No evidence was given in Deal Planner; the stage&apos;s required work was marked done to record it.</source>
        <translation>於 {day} 從 {source} 匯入：這個商機在對方系統中{when}已贏單。Deal Planner 中沒有提供證據；為了記錄這個里程點，已將該階段的必要工作標為完成。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="107"/>
        <source>Imported from {source} on {day}: the deal was lost there{when}. No evidence was given in Deal Planner.</source>
        <translation>於 {day} 從 {source} 匯入：這個商機在對方系統中{when}已輸單。Deal Planner 中沒有提供證據。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="110"/>
        <source> on {day}</source>
        <translation>於 {day} </translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="111"/>
        <source>No reason was given in {source}.</source>
        <translation>{source} 中沒有填寫原因。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="112"/>
        <source>Imported from {source} on {day}.</source>
        <translation>於 {day} 從 {source} 匯入。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="113"/>
        <source>Imported from {source} on {day} (their ID {id}).</source>
        <translation>於 {day} 從 {source} 匯入（對方的編號 {id}）。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/messages.py" line="114"/>
        <source>Created there on {day}.</source>
        <translation>在對方系統中建立於 {day}。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="28"/>
        <source>a spreadsheet</source>
        <translation>試算表</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="91"/>
        <source>Deal title</source>
        <translation>商機名稱</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="92"/>
        <source>Organization (account)</source>
        <translation>組織（客戶）</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="93"/>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="94"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="95"/>
        <source>Pipeline</source>
        <translation>銷售管道</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="96"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="97"/>
        <source>Status (open, won, lost)</source>
        <translation>狀態（進行中、贏單、輸單）</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="98"/>
        <source>Expected close date</source>
        <translation>預計成交日</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="99"/>
        <source>Next milestone target</source>
        <translation>下一個里程點目標日</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="100"/>
        <source>Lost reason</source>
        <translation>輸單原因</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="101"/>
        <source>Won reason</source>
        <translation>贏單原因</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="102"/>
        <source>Closed on</source>
        <translation>結案日</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="103"/>
        <source>Created on</source>
        <translation>建立日</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="104"/>
        <source>Contact person</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="105"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="106"/>
        <source>Risks</source>
        <translation>風險</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="107"/>
        <source>Their ID</source>
        <translation>對方的編號</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="108"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="109"/>
        <source>Industry</source>
        <translation>產業</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="110"/>
        <source>Size</source>
        <translation>規模</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="111"/>
        <source>Kind of customer</source>
        <translation>客戶類型</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="112"/>
        <source>Relationship</source>
        <translation>關係</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="113"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="114"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="115"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="116"/>
        <source>Job title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="117"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="118"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="121"/>
        <source>deals</source>
        <translation>商機</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="122"/>
        <source>organizations</source>
        <translation>組織</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/columns.py" line="123"/>
        <source>people</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/commands.py" line="155"/>
        <source>Dry run: {accounts}, {contacts} and {deals} would be imported; nothing was written.</source>
        <translation>試跑：將匯入 {accounts}、{contacts}和 {deals}；沒有寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/commands.py" line="159"/>
        <source>Imported {accounts}, {contacts} and {deals}. The file as it was before is in {snapshot}.</source>
        <translation>已匯入 {accounts}、{contacts}和 {deals}。匯入前的檔案保存在 {snapshot}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="167"/>
        <source>%n accounts</source>
        <translation>
            <numerusform>%n 個客戶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="168"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n 位聯絡人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="169"/>
        <source>%n deals</source>
        <translation>
            <numerusform>%n 筆商機</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="173"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="174"/>
        <source>%n tables</source>
        <translation>
            <numerusform>%n 個資料表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="224"/>
        <source> … and %n more</source>
        <translation>
            <numerusform> ……還有 %n 欄</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/transfer/commands.py" line="225"/>
        <source>{file}: columns left out: {columns}</source>
        <translation>{file}：未採用的欄位：{columns}</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/commands.py" line="229"/>
        <source>won</source>
        <translation>贏單</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="230"/>
        <source>Stage “{theirs}” (%n deals) → “{ours}”{guess}</source>
        <translation>
            <numerusform>階段「{theirs}」（%n 筆商機）→「{ours}」{guess}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/transfer/commands.py" line="246"/>
        <source>Dry run: {rows} in {tables} would make a new file; nothing was written.</source>
        <translation>試跑：{tables}中的 {rows}將組成新檔案；沒有寫入任何內容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="251"/>
        <source>Wrote {path}: %n rows, every one as in the export.</source>
        <translation>
            <numerusform>已寫入 {path}：%n 列，每一列都與匯出檔相同。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/transfer/commands.py" line="269"/>
        <source>Wrote {path}: {rows} in {tables}.</source>
        <translation>已寫入 {path}：{tables}，共 {rows}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/transfer/commands.py" line="275"/>
        <source>Wrote {path} with %n dates.</source>
        <translation>
            <numerusform>已寫入 {path}，共 %n 個日期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/transfer/commands.py" line="232"/>
        <source> (a guess)</source>
        <translation>（推測）</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/commands.py" line="280"/>
        <source>Wrote {files} in {folder}.</source>
        <translation>已將 {files} 寫入 {folder}。</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/calendar.py" line="31"/>
        <source>Milestone due: {milestone} — {title} ({account})</source>
        <translation>里程點到期：{milestone} — {title}（{account}）</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/calendar.py" line="32"/>
        <source>Expected close: {title} ({account})</source>
        <translation>預計成交：{title}（{account}）</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/calendar.py" line="33"/>
        <source>Next step: {step} — {title} ({account})</source>
        <translation>下一步：{step} — {title}（{account}）</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/calendar.py" line="34"/>
        <source>Task due: {item} — {title} ({account})</source>
        <translation>任務到期：{item} — {title}（{account}）</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/calendar.py" line="35"/>
        <source>Deliverable due: {item} — {title} ({account})</source>
        <translation>交付件到期：{item} — {title}（{account}）</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/calendar.py" line="36"/>
        <source>Stage: {stage}</source>
        <translation>階段：{stage}</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/calendar.py" line="36"/>
        <source>Value: {value}</source>
        <translation>金額：{value}</translation>
    </message>
    <message>
        <location filename="../../planner/transfer/calendar.py" line="37"/>
        <source>Deal Planner: {file}</source>
        <translation>Deal Planner：{file}</translation>
    </message>
</context>
</TS>
