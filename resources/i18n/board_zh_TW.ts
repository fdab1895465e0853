<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Board</name>
    <message>
        <location filename="../../planner/ui/board/board.py" line="64"/>
        <location filename="../../planner/ui/board/board.py" line="65"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="114"/>
        <source>&amp;Process:</source>
        <translation>流程(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="118"/>
        <source>Search deals, accounts, contacts, notes…</source>
        <translation>搜尋商機、客戶、聯絡人、備註…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="122"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="126"/>
        <source>Filter by account</source>
        <translation>依客戶篩選</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="127"/>
        <source>Show only the deals of one account</source>
        <translation>只顯示單一客戶的商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="129"/>
        <source>Show &amp;Closed Deals</source>
        <translation>顯示已結案商機(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="132"/>
        <source>Show the won, lost and abandoned deals in a lane below</source>
        <translation>在下方的列中顯示贏單、輸單與已放棄的商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="138"/>
        <source>Closed Deals</source>
        <translation>已結案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="253"/>
        <source>{name} (archived)</source>
        <translation>{name}（已封存）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="345"/>
        <source>No deals yet.
Add one with Deal › New Deal… (Ctrl+Shift+N).</source>
        <translation>還沒有商機。
請用「商機 › 新增商機…」（Ctrl+Shift+N）新增。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="368"/>
        <source>All accounts</source>
        <translation>所有客戶</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="416"/>
        <source>pipeline {value} · weighted {weighted} (+ other currencies)</source>
        <translation>管道 {value} · 加權 {weighted}（另有其他幣別）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="417"/>
        <source>pipeline {value} · weighted {weighted}</source>
        <translation>管道 {value} · 加權 {weighted}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="420"/>
        <source>Open pipeline: {value}
Weighted by stage win rates: {weighted}</source>
        <translation>進行中的管道：{value}
依階段贏率加權：{weighted}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="551"/>
        <source>Select an open deal first.</source>
        <translation>請先選取一筆進行中的商機。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="562"/>
        <source>“{deal}” is in the first stage.</source>
        <translation>「{deal}」已在第一個階段。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="591"/>
        <source>“{deal}” cannot move back to “{stage}”: a deal only moves forward.</source>
        <translation>「{deal}」不能退回「{stage}」：商機只能往前推進。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="594"/>
        <source>“{deal}” cannot move back to “{stage}”. That stage was frozen when its milestone “{milestone}” was confirmed on {date}. Confirmed milestones cannot be undone.</source>
        <translation>「{deal}」不能退回「{stage}」。該階段的里程點「{milestone}」已於 {date} 確認，階段因此凍結。已確認的里程點無法復原。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="615"/>
        <source>Frozen for this deal</source>
        <translation>此商機的這個階段已凍結</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="617"/>
        <source>milestone confirmed on {date}</source>
        <translation>里程點已於 {date} 確認</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="623"/>
        <source>Confirm {n} milestone(s) to move here</source>
        <translation>確認 {n} 個里程點即可移到這裡</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="648"/>
        <source>&amp;Open Deal</source>
        <translation>開啟商機(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="655"/>
        <source>&amp;Confirm Milestone…</source>
        <translation>確認里程點(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="661"/>
        <source>&amp;Move Forward To</source>
        <translation>推進到(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="665"/>
        <source>Won (confirm every remaining milestone)</source>
        <translation>贏單（確認其餘所有里程點）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="669"/>
        <source>Why Can&apos;t It Move &amp;Back?</source>
        <translation>為什麼不能退回(&amp;B)？</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../planner/ui/board/column.py" line="228"/>
        <source>weighted {amount}</source>
        <translation>加權 {amount}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="230"/>
        <source>+ {n} more currencies</source>
        <translation>另有 {n} 種幣別</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="231"/>
        <source>+ 1 more currency</source>
        <translation>另有 1 種幣別</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="236"/>
        <source>Milestone: {milestone}</source>
        <translation>里程點：{milestone}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="237"/>
        <source>Win rate: {rate}%</source>
        <translation>贏率：{rate}%</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="238"/>
        <source>{n} matching deals</source>
        <translation>{n} 筆符合的商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="239"/>
        <source>{n} deals</source>
        <translation>{n} 筆商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="241"/>
        <source>Total: {amounts}</source>
        <translation>合計：{amounts}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="242"/>
        <source>Weighted (value × {rate}%): {amounts}</source>
        <translation>加權（金額 × {rate}%）：{amounts}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="282"/>
        <source>win rate {rate}%</source>
        <translation>贏率 {rate}%</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="353"/>
        <location filename="../../planner/ui/board/column.py" line="368"/>
        <source>No deals in this stage</source>
        <translation>此階段沒有商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="367"/>
        <source>No matching deals</source>
        <translation>沒有符合的商機</translation>
    </message>
</context>
<context>
    <name>BoardFormat</name>
    <message>
        <location filename="../../planner/ui/board/format.py" line="64"/>
        <source>{n}d</source>
        <translation>{n}天</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../planner/ui/board/delegate.py" line="29"/>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/delegate.py" line="29"/>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/delegate.py" line="30"/>
        <source>Abandoned</source>
        <translation>已放棄</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <location filename="../../planner/ui/board/model.py" line="214"/>
        <source>Expected close: {date}</source>
        <translation>預計成交：{date}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/model.py" line="218"/>
        <source>{n} days since the last milestone</source>
        <translation>距上一個里程點 {n} 天</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/model.py" line="221"/>
        <source>{n} days since the deal was created; no milestone yet</source>
        <translation>建立至今 {n} 天，尚未確認任何里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/model.py" line="224"/>
        <source>Tasks of this stage: {done} of {total} done</source>
        <translation>本階段任務：已完成 {done}／{total}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/model.py" line="227"/>
        <source>Overdue: the expected close date has passed</source>
        <translation>逾期：已超過預計成交日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/model.py" line="229"/>
        <source>Idle: nothing recorded for {n} days</source>
        <translation>停滯：已 {n} 天沒有任何紀錄</translation>
    </message>
</context>
<context>
    <name>ClosedLane</name>
    <message>
        <location filename="../../planner/ui/board/lane.py" line="44"/>
        <location filename="../../planner/ui/board/lane.py" line="61"/>
        <source>Closed deals</source>
        <translation>已結案商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/lane.py" line="45"/>
        <location filename="../../planner/ui/board/lane.py" line="72"/>
        <source>No closed deals yet</source>
        <translation>還沒有已結案的商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/lane.py" line="65"/>
        <source>{won} won · {lost} lost · {abandoned} abandoned</source>
        <translation>贏單 {won} · 輸單 {lost} · 放棄 {abandoned}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/lane.py" line="68"/>
        <source>won value {amounts}</source>
        <translation>贏單金額 {amounts}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/lane.py" line="71"/>
        <source>No matching deals</source>
        <translation>沒有符合的商機</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="409"/>
        <source>Confirm Milestone</source>
        <translation>確認里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="409"/>
        <source>Confirm {n} Milestones</source>
        <translation>確認 {n} 個里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="448"/>
        <source>I understand that this &amp;cannot be undone</source>
        <translation>我了解此操作無法復原(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="457"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="458"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="459"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="557"/>
        <source>Still needed: {items}.</source>
        <translation>尚需填寫：{items}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="382"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="386"/>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="566"/>
        <source>Confirming freezes the stage {stages} and closes the deal as lost.</source>
        <translation>確認後，階段{stages}將凍結，商機以輸單結案。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="567"/>
        <source>Confirming freezes the stage {stages} and wins the deal.</source>
        <translation>確認後，階段{stages}將凍結，商機贏單。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="568"/>
        <source>Confirming freezes the stage {stages}: its work becomes read-only and the deal can never move back to it.</source>
        <translation>確認後，階段{stages}將凍結：其工作改為唯讀，商機也再不能退回此階段。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="571"/>
        <source>Confirming freezes the stages {stages} and closes the deal as lost.</source>
        <translation>確認後，階段{stages}將凍結，商機以輸單結案。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="572"/>
        <source>Confirming freezes the stages {stages} and wins the deal.</source>
        <translation>確認後，階段{stages}將凍結，商機贏單。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="573"/>
        <source>Confirming freezes the stages {stages}: their work becomes read-only and the deal can never move back to them.</source>
        <translation>確認後，階段{stages}將凍結：這些階段的工作改為唯讀，商機也再不能退回。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="576"/>
        <source>This cannot be undone; a mistake can later only get a correction note.</source>
        <translation>此操作無法復原；日後若發現錯誤，只能加上更正附註。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="578"/>
        <source>Still to complete: milestone {pages}.</source>
        <translation>尚待完成：第 {pages} 個里程點。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="584"/>
        <source>Confirm and Close as Lost</source>
        <translation>確認並以輸單結案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="585"/>
        <source>&amp;Confirm Milestone</source>
        <translation>確認里程點(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="585"/>
        <source>&amp;Confirm {n} Milestones</source>
        <translation>確認 {n} 個里程點(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="618"/>
        <source>“{deal}” is closed as lost.</source>
        <translation>「{deal}」已以輸單結案。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="620"/>
        <source>“{deal}” is won.</source>
        <translation>「{deal}」已贏單。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="623"/>
        <source>“{deal}” moved to “{stage}”.</source>
        <translation>「{deal}」已推進到「{stage}」。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="624"/>
        <source>{result} Milestone confirmations are permanent: Undo does not reverse them.</source>
        <translation>{result}里程點確認是永久的：「復原」無法撤銷。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="58"/>
        <source>Export Account Plan</source>
        <translation>匯出客戶計畫</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="78"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="86"/>
        <source>&amp;Account:</source>
        <translation>客戶(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="87"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="88"/>
        <source>&amp;Paper:</source>
        <translation>紙張(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="89"/>
        <source>&amp;Save as:</source>
        <translation>儲存為(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="97"/>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="99"/>
        <source>&amp;Open PDF</source>
        <translation>開啟 PDF(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="101"/>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="119"/>
        <source>There are no accounts yet: add one with Deal › Accounts…</source>
        <translation>還沒有客戶：請用「商機 › 客戶…」新增。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="138"/>
        <source>Save Account Plan As</source>
        <translation>將客戶計畫另存為</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="139"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="160"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="165"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>已寫入 {path}（共 {pages} 頁）。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="173"/>
        <source>No PDF viewer could be started. The file is at {path}.</source>
        <translation>無法啟動 PDF 檢視器。檔案位於 {path}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export_dialog.py" line="194"/>
        <source>The printer could not be started.</source>
        <translation>無法啟動印表機。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/main_window.py" line="248"/>
        <source>&amp;New File…</source>
        <translation>新增規劃檔(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="248"/>
        <source>Create a new, empty planner file</source>
        <translation>建立一個新的空白規劃檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="249"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="249"/>
        <source>Open a planner file</source>
        <translation>開啟規劃檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="250"/>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="250"/>
        <source>Write a copy of this file and continue in the copy</source>
        <translation>寫入此檔的副本，並改在副本中繼續工作</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="251"/>
        <source>&amp;Export Account Plan…</source>
        <translation>匯出客戶計畫(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="251"/>
        <source>Write an account&apos;s plan as a PDF to print or share</source>
        <translation>將客戶計畫輸出為 PDF，方便列印或分享</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="252"/>
        <source>&amp;Back Up…</source>
        <translation>備份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="252"/>
        <source>Save a safe copy of this file; you keep working in this one</source>
        <translation>儲存此檔的安全副本；您仍在原檔中工作</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="253"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="253"/>
        <source>Your name, idle threshold, language and paper</source>
        <translation>您的姓名、停滯門檻、語言與紙張</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="254"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="254"/>
        <source>Close Deal Planner; everything is already saved</source>
        <translation>關閉 Deal Planner；所有內容都已儲存</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="255"/>
        <source>&amp;Clear List</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="256"/>
        <source>Milestone confirmations cannot be undone</source>
        <translation>里程點確認無法復原</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="257"/>
        <source>A confirmed milestone is permanent; add a correction note in the deal instead</source>
        <translation>已確認的里程點是永久的；如有錯誤，請在商機中加上更正附註</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="258"/>
        <source>&amp;Find Deals</source>
        <translation>尋找商機(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="258"/>
        <source>Search the board</source>
        <translation>在看板中搜尋</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="259"/>
        <source>&amp;New Deal…</source>
        <translation>新增商機(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="259"/>
        <source>Add a deal to an account</source>
        <translation>為客戶新增一筆商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="260"/>
        <source>&amp;Confirm Milestone…</source>
        <translation>確認里程點(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="260"/>
        <source>Confirm the selected deal&apos;s current milestone</source>
        <translation>確認所選商機目前階段的里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="261"/>
        <source>&amp;Open Deal</source>
        <translation>開啟商機(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="261"/>
        <source>Show the selected deal in the deal panel</source>
        <translation>在商機面板中顯示所選商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="262"/>
        <source>&amp;Accounts…</source>
        <translation>客戶(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="262"/>
        <source>Customers and their people</source>
        <translation>客戶與其聯絡人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="263"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="263"/>
        <source>Read the file again</source>
        <translation>重新讀取檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="264"/>
        <source>&amp;Processes…</source>
        <translation>流程(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="264"/>
        <source>Your tailored sales processes</source>
        <translation>您量身打造的銷售流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="265"/>
        <source>&amp;New Process…</source>
        <translation>新增流程(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="265"/>
        <source>Tailor a process from the reference stages</source>
        <translation>從參考階段量身打造流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="266"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="266"/>
        <source>Every key Deal Planner answers to</source>
        <translation>Deal Planner 回應的所有按鍵</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="267"/>
        <source>&amp;About Deal Planner</source>
        <translation>關於 Deal Planner(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="268"/>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="276"/>
        <source>Undo the last edit (milestone confirmations are permanent)</source>
        <translation>復原上一個編輯（里程點確認是永久的）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="278"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="279"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="280"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="281"/>
        <source>&amp;Deal</source>
        <translation>商機(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="282"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="283"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="284"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="285"/>
        <source>Toolbar</source>
        <translation>工具列</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="286"/>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="287"/>
        <source>&amp;Deal Panel</source>
        <translation>商機面板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="288"/>
        <source>&amp;Toolbar</source>
        <translation>工具列(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="312"/>
        <source>The deal panel could not start: {error}</source>
        <translation>商機面板無法啟動：{error}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="395"/>
        <source>{open} open · {closed} closed</source>
        <translation>進行中 {open} · 已結案 {closed}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="397"/>
        <source>{shown} of {open} open shown · {closed} closed</source>
        <translation>顯示 {shown}／{open} 筆進行中 · 已結案 {closed}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="424"/>
        <source>Cannot Open File</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="428"/>
        <source>Opened {name}.</source>
        <translation>已開啟 {name}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="432"/>
        <source>Planner files (*{suffix});;All files (*)</source>
        <translation>規劃檔 (*{suffix});;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="448"/>
        <source>Open Planner File</source>
        <translation>開啟規劃檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="453"/>
        <location filename="../../planner/ui/main_window.py" line="457"/>
        <location filename="../../planner/ui/main_window.py" line="463"/>
        <source>New Planner File</source>
        <translation>新增規劃檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="458"/>
        <source>{name} already exists. Choose another name, or open it with File › Open.</source>
        <translation>{name} 已存在。請換個名稱，或用「檔案 › 開啟」開啟它。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="470"/>
        <source>Save a Copy As</source>
        <translation>將副本另存為</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="475"/>
        <location filename="../../planner/ui/main_window.py" line="483"/>
        <source>Save As</source>
        <translation>另存新檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="476"/>
        <source>{name} already exists. Replace it with a copy of this file?</source>
        <translation>{name} 已存在。要以此檔的副本取代它嗎？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="486"/>
        <source>Now working in {name}.</source>
        <translation>現在在 {name} 中工作。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="491"/>
        <source>Back Up To</source>
        <translation>備份至</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="495"/>
        <location filename="../../planner/ui/main_window.py" line="497"/>
        <location filename="../../planner/ui/main_window.py" line="503"/>
        <source>Back Up</source>
        <translation>備份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="495"/>
        <source>Choose another file than the one that is open.</source>
        <translation>請選擇與目前開啟的檔案不同的檔案。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="498"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要取代它嗎？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="505"/>
        <source>Backed up to {path}.</source>
        <translation>已備份至 {path}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="518"/>
        <source>Open the Demo</source>
        <translation>開啟示範檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="535"/>
        <source>No recent files</source>
        <translation>沒有最近開啟的檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="571"/>
        <source>Confirm Milestone</source>
        <translation>確認里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="575"/>
        <source>Nothing was confirmed; the deal is unchanged.</source>
        <translation>沒有確認任何里程點，商機維持不變。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="668"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="668"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="674"/>
        <source>About Deal Planner</source>
        <translation>關於 Deal Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="675"/>
        <source>&lt;h3&gt;Deal Planner {version}&lt;/h3&gt;&lt;p&gt;Complex sales, run by milestones that cannot be undone.&lt;/p&gt;&lt;p&gt;Your file: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Deal Planner {version}&lt;/h3&gt;&lt;p&gt;以無法復原的里程點，推進複雜的銷售。&lt;/p&gt;&lt;p&gt;您的規劃檔：{path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MilestonePage</name>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="149"/>
        <source>Milestone {i} of {n} · ending the stage “{stage}”</source>
        <translation>第 {i}／{n} 個里程點 · 結束階段「{stage}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="170"/>
        <source>&amp;Reached</source>
        <translation>已達成(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="171"/>
        <source>&amp;Went against us</source>
        <translation>結果對我方不利(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="172"/>
        <source>The milestone happened as we worked for: the deal moves on</source>
        <translation>里程點如我方努力的方向達成：商機往前推進</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="173"/>
        <source>The customer decided against us here: the deal closes as lost</source>
        <translation>客戶在此做出對我方不利的決定：商機以輸單結案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="189"/>
        <source>When the milestone happened: today or earlier, never in the future</source>
        <translation>里程點發生的日期：今天或更早，不能是未來</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="193"/>
        <source>What shows it happened: minutes, an e-mail, a signed document…</source>
        <translation>能證明它發生的依據：會議紀錄、電子郵件、簽署文件…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="196"/>
        <source>Attach &amp;File…</source>
        <translation>附加檔案(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="204"/>
        <location filename="../../planner/ui/confirm_dialog.py" line="205"/>
        <source>Remove the attached file</source>
        <translation>移除附加的檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="219"/>
        <source>Outcome:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="220"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="221"/>
        <source>&amp;Evidence:</source>
        <translation>佐證(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="230"/>
        <source>Open tasks and deliverables of this stage</source>
        <translation>本階段未完成的任務與交付件</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="233"/>
        <source>required</source>
        <translation>必要</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="234"/>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="234"/>
        <source>Deliverables</source>
        <translation>交付件</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="255"/>
        <source>Required: the milestone cannot be reached without it</source>
        <translation>必要：缺少它就無法達成里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="264"/>
        <source>Work of this stage</source>
        <translation>本階段的工作</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="265"/>
        <source>Every task and deliverable of this stage is done.</source>
        <translation>本階段的任務與交付件都已完成。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="266"/>
        <source>This stage asks for no tasks or deliverables.</source>
        <translation>本階段不需要任何任務或交付件。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="268"/>
        <source>Open work in this stage</source>
        <translation>本階段未完成的工作</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="269"/>
        <source>Tick what is done; it is saved with the confirmation.</source>
        <translation>勾選已完成的項目；會與確認一併儲存。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="270"/>
        <source>The deal has not entered this stage yet; what you tick is recorded as it enters.</source>
        <translation>商機尚未進入此階段；您勾選的項目會在進入時一併記錄。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="310"/>
        <location filename="../../planner/ui/confirm_dialog.py" line="314"/>
        <source>Customer&apos;s &amp;decision:</source>
        <translation>客戶的決定(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="312"/>
        <source>What the customer decided, e.g. chose another supplier&apos;s solution</source>
        <translation>客戶做了什麼決定，例如選擇了其他供應商的方案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="315"/>
        <source>Optional: what the customer decided</source>
        <translation>選填：客戶做了什麼決定</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="325"/>
        <source>No file attached</source>
        <translation>未附加檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="330"/>
        <source>Attach Evidence</source>
        <translation>附加佐證</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="354"/>
        <source>the evidence</source>
        <translation>佐證</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="356"/>
        <source>the customer&apos;s decision (why the deal is lost)</source>
        <translation>客戶的決定（輸單的原因）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="358"/>
        <source>the required work of this stage</source>
        <translation>本階段的必要工作</translation>
    </message>
    <message>
        <location filename="../../planner/ui/confirm_dialog.py" line="366"/>
        <source>Required and not done yet: {items}. Tick it once it is done, or choose “Went against us”.</source>
        <translation>尚未完成的必要項目：{items}。完成後請勾選，或改選「結果對我方不利」。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="30"/>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="33"/>
        <source>By language (Letter for US English, A4 otherwise)</source>
        <translation>依語言（美式英文用 Letter，其餘用 A4）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="35"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="36"/>
        <source>US Letter</source>
        <translation>美式 Letter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="45"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="59"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../planner/ui/settings_dialog.py" line="72"/>
        <source>Settings are kept in the planner file, so they travel with it.</source>
        <translation>設定儲存在規劃檔中，會隨檔案一起帶走。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="33"/>
        <source>On the board</source>
        <translation>在看板上</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="34"/>
        <source>Go to the card above or below</source>
        <translation>移到上方或下方的卡片</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="35"/>
        <source>Go to the next column on the left or right</source>
        <translation>移到左邊或右邊的欄</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="36"/>
        <source>Open the deal in the deal panel</source>
        <translation>在商機面板中開啟商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="37"/>
        <source>Confirm the deal&apos;s milestone</source>
        <translation>確認商機的里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="38"/>
        <source>Why the deal cannot move back</source>
        <translation>商機為何不能退回</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="39"/>
        <source>The card&apos;s menu</source>
        <translation>卡片的選單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="40"/>
        <source>Clear the search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="42"/>
        <source>In lists of accounts and contacts</source>
        <translation>在客戶與聯絡人清單中</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="43"/>
        <source>Delete the selected one (Undo brings it back)</source>
        <translation>刪除選取的項目（「復原」可以找回）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="46"/>
        <source>In the process wizard and editor</source>
        <translation>在流程精靈與編輯器中</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="47"/>
        <source>Add a stage after the selected one</source>
        <translation>在選取的階段之後新增階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="48"/>
        <source>Remove the selected stage</source>
        <translation>移除選取的階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="49"/>
        <source>Move the selected stage up or down</source>
        <translation>將選取的階段上移或下移</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="59"/>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="62"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="63"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location filename="../../planner/ui/shortcuts_dialog.py" line="71"/>
        <source>Commands</source>
        <translation>指令</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../planner/ui/board/welcome.py" line="44"/>
        <source>Welcome to Deal Planner</source>
        <translation>歡迎使用 Deal Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/welcome.py" line="52"/>
        <source>A sale moves forward through milestones that cannot be undone: the budget is locked, the solution is chosen, the contract is signed. Start by tailoring a process to the milestones your customers really have; your deals then move across its stages, one confirmed milestone at a time.</source>
        <translation>銷售是靠一個個無法回頭的里程點往前推進的：預算鎖定、方案選定、合約簽署。先依照客戶實際會經歷的里程點，量身打造一套流程；之後每確認一個里程點，商機就往下一個階段前進一步。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/welcome.py" line="62"/>
        <source>Tailor your first process</source>
        <translation>量身打造您的第一個流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/welcome.py" line="63"/>
        <source>Answer one question per stage of the reference process; about five minutes.</source>
        <translation>參考流程的每個階段回答一個問題，大約五分鐘。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/welcome.py" line="70"/>
        <source>Open the demo</source>
        <translation>開啟示範檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/welcome.py" line="71"/>
        <source>A sample file with accounts, deals and confirmed milestones to explore freely.</source>
        <translation>內含客戶、商機與已確認里程點的範例檔，可以自由探索。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/welcome.py" line="78"/>
        <source>Open Another Planner File…</source>
        <translation>開啟其他規劃檔…</translation>
    </message>
</context>
</TS>
