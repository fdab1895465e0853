<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AddedBanner</name>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="97"/>
        <source>Another program added to this file&apos;s history since Deal Planner last saved it. Those rows are not sealed yet: the next change saved here seals them as they are, so make sure they are yours.</source>
        <translation>自 Deal Planner 上次儲存後，另一個程式在這個檔案的歷程中加入了資料。這些資料尚未封緘：在這裡儲存的下一個變更會將它們原樣封緘，請先確認是您寫入的。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="93"/>
        <source>Another program added to this file&apos;s history since Deal Planner last saved it. Those rows are not sealed.</source>
        <translation>自 Deal Planner 上次儲存後，另一個程式在這個檔案的歷程中加入了資料。這些資料尚未封緘。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="90"/>
        <source>Another program added to this file&apos;s history since Deal Planner last saved it, and your last change sealed those rows as they were. If they are not yours, restore a snapshot from before them.</source>
        <translation>自 Deal Planner 上次儲存後，另一個程式在這個檔案的歷程中加入了資料，而您剛才的變更已將它們原樣封緘。如果這些資料不是您寫入的，請還原它們之前的快照。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="100"/>
        <source>&amp;Details…</source>
        <translation>詳細資料(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="101"/>
        <source>What another program added</source>
        <translation>另一個程式加入的內容</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="102"/>
        <source>Dis&amp;miss</source>
        <translation>關閉(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="105"/>
        <source>Added by another program</source>
        <translation>由另一個程式加入</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="106"/>
        <source>Rows of the history that Deal Planner did not write:</source>
        <translation>不是由 Deal Planner 寫入的歷程資料：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="108"/>
        <source>Deal Planner seals each milestone, correction and log entry as it saves it. Rows another program wrote into the file (the sqlite3 shell, a script) passed the file&apos;s rules but were not sealed. If they are not yours, restore a snapshot from before them (File › Restore from Snapshot…) before changing anything here; “deal-planner check” lists the same.</source>
        <translation>Deal Planner 在儲存每個里程點、更正與紀錄時都會將它封緘。另一個程式（sqlite3 命令列、指令碼）寫入檔案的資料雖然符合檔案的規則，卻沒有封緘。如果這些資料不是您寫入的，請在這裡做任何變更之前，還原它們之前的快照（檔案 › 從快照還原…）；「deal-planner check」也會列出相同的內容。</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="49"/>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="50"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="51"/>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="52"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="53"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="59"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="60"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="61"/>
        <source>Within a week</source>
        <translation>一週內</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="62"/>
        <source>Later</source>
        <translation>之後</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="63"/>
        <source>Next steps without a date</source>
        <translation>未定日期的下一步</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="70"/>
        <source>Task: {text}</source>
        <translation>任務：{text}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="72"/>
        <source>Deliverable: {text}</source>
        <translation>交付件：{text}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="74"/>
        <source>Milestone target: {text}</source>
        <translation>里程點目標：{text}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="80"/>
        <source>No date</source>
        <translation>未定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/agenda/model.py" line="84"/>
        <source>{date} (%n days ago)</source>
        <translation>
            <numerusform>{date}（%n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="91"/>
        <source>Deal: {deal} ({account})</source>
        <translation>商機：{deal}（{account}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="93"/>
        <source>Stage: {stage}, in {process}</source>
        <translation>階段：{stage}，流程：{process}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="95"/>
        <source>Due: {date}</source>
        <translation>到期日：{date}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="97"/>
        <source>A milestone is confirmed in the deal, with its evidence: Enter opens the deal.</source>
        <translation>里程點要在商機中附上證據確認：按 Enter 開啟商機。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="100"/>
        <source>Space ticks it as done (Undo brings it back); Enter opens the deal.</source>
        <translation>按空白鍵勾選為完成（復原可以還原）；按 Enter 開啟商機。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/model.py" line="216"/>
        <source>{group} ({count})</source>
        <translation>{group}（{count}）</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../planner/ui/agenda/view.py" line="165"/>
        <source>The agenda cannot be read: {reason}</source>
        <translation>無法讀取待辦事項：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/view.py" line="265"/>
        <source>{group}: {count}</source>
        <translation>{group}：{count}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/view.py" line="267"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/view.py" line="271"/>
        <location filename="../../planner/ui/agenda/view.py" line="280"/>
        <source>Agenda</source>
        <translation>待辦事項</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/view.py" line="273"/>
        <source>What is due on your open deals, in every process: next steps, tasks and deliverables with a due date, and the target dates of next milestones. Space ticks a step as done (Undo brings it back); Enter opens its deal.</source>
        <translation>所有流程中進行中商機的待辦事項：下一步、有到期日的任務與交付件，以及下個里程點的目標日。按空白鍵將一步勾選為完成（復原可以還原）；按 Enter 開啟它的商機。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/view.py" line="277"/>
        <source>Nothing is due.

Give each open deal a next step with a date (at the top of the deal panel), or a due date to a task or deliverable (Due… under the stage&apos;s list), and it shows here: overdue first, then today, within a week and later.</source>
        <translation>目前沒有待辦事項。

為每筆進行中的商機寫下有日期的下一步（在商機面板最上方），或為任務、交付件設定到期日（階段清單下方的「到期日…」），它就會出現在這裡：先列逾期，再列今天、一週內與之後。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/view.py" line="281"/>
        <source>&amp;Open Deal</source>
        <translation>開啟商機(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/view.py" line="282"/>
        <source>Show the deal on its board, in the deal panel (Enter)</source>
        <translation>在看板與商機面板中顯示這筆商機（Enter）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/view.py" line="283"/>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/agenda/view.py" line="284"/>
        <source>Tick the selected step as done (Space); Undo brings it back</source>
        <translation>將所選的一步勾選為完成（空白鍵）；復原可以還原</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <location filename="../../planner/ui/board/notice.py" line="53"/>
        <location filename="../../planner/ui/board/notice.py" line="54"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="144"/>
        <source>&amp;Process:</source>
        <translation>流程(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="145"/>
        <source>Search deals, accounts, contacts, notes…</source>
        <translation>搜尋商機、客戶、聯絡人、備註…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="146"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="147"/>
        <source>Filter by account</source>
        <translation>依客戶篩選</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="153"/>
        <source>&amp;Board</source>
        <translation>看板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="154"/>
        <source>The deals as cards, one column per stage ({keys})</source>
        <translation>以卡片檢視商機，每個階段一欄（{keys}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="156"/>
        <source>&amp;List</source>
        <translation>清單(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="157"/>
        <source>The same deals as a list, sortable by any column ({keys})</source>
        <translation>以清單檢視同樣的商機，可依任一欄排序（{keys}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/bar.py" line="178"/>
        <source>F&amp;ilters (%n)</source>
        <translation>
            <numerusform>篩選（%n）(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="178"/>
        <source>F&amp;ilters</source>
        <translation>篩選(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="179"/>
        <source>Show only overdue or stalled deals, those closing this month or quarter, a range of values; show archived deals</source>
        <translation>只顯示逾期或停滯的商機、本月或本季預計成交的商機、某個金額範圍內的商機；也可顯示已封存的商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="183"/>
        <source>S&amp;ort: {order}</source>
        <translation>排序(&amp;O)：{order}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="184"/>
        <source>The order of the cards in each column</source>
        <translation>每一欄中卡片的排列順序</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="272"/>
        <source>Show only the deals of one account</source>
        <translation>只顯示單一客戶的商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="160"/>
        <source>Show &amp;Closed Deals</source>
        <translation>顯示已結案商機(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="162"/>
        <source>Show the won, lost and abandoned deals in a lane below</source>
        <translation>在下方的列中顯示贏單、輸單與已放棄的商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="163"/>
        <source>Closed Deals</source>
        <translation>已結案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="216"/>
        <source>{name} (archived)</source>
        <translation>{name}（已封存）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/bar.py" line="149"/>
        <location filename="../../planner/ui/board/bar.py" line="241"/>
        <source>All accounts</source>
        <translation>所有客戶</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/summary.py" line="59"/>
        <source>+ {amounts} without a rate</source>
        <translation>＋ {amounts} 無匯率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/summary.py" line="72"/>
        <source>pipeline {value} · weighted {weighted}</source>
        <translation>管道 {value} · 加權 {weighted}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/summary.py" line="74"/>
        <source>Open pipeline: {value}
Weighted by stage win rates: {weighted}</source>
        <translation>進行中的管道：{value}
依階段贏率加權：{weighted}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/summary.py" line="78"/>
        <source>Not in these totals, for want of an exchange rate: {amounts} (set one in Settings › Exchange Rates…)</source>
        <translation>因缺匯率而未計入合計：{amounts}（請在「設定 › 匯率…」中設定）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/moves.py" line="76"/>
        <source>Select an open deal first.</source>
        <translation>請先選取一筆進行中的商機。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/moves.py" line="89"/>
        <source>“{deal}” is in the first stage.</source>
        <translation>「{deal}」已在第一個階段。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/moves.py" line="122"/>
        <source>“{deal}” cannot move back to “{stage}”: a deal only moves forward.</source>
        <translation>「{deal}」不能退回「{stage}」：商機只能往前推進。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/moves.py" line="125"/>
        <source>“{deal}” cannot move back to “{stage}”. That stage was frozen when its milestone “{milestone}” was confirmed on {date}. Confirmed milestones cannot be undone.</source>
        <translation>「{deal}」不能退回「{stage}」。該階段的里程點「{milestone}」已於 {date} 確認，階段因此凍結。已確認的里程點無法復原。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/moves.py" line="149"/>
        <source>Frozen for this deal</source>
        <translation>此商機的這個階段已凍結</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/moves.py" line="151"/>
        <source>milestone confirmed on {date}</source>
        <translation>里程點已於 {date} 確認</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/moves.py" line="157"/>
        <source>Confirm %n milestones to move here</source>
        <translation>
            <numerusform>確認 %n 個里程點即可移到這裡</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/menu.py" line="43"/>
        <source>&amp;Open Deal</source>
        <translation>開啟商機(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/menu.py" line="51"/>
        <source>&amp;Confirm Milestone…</source>
        <translation>確認里程點(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/menu.py" line="56"/>
        <source>&amp;Move Forward To</source>
        <translation>推進到(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/menu.py" line="60"/>
        <source>Won (confirm every remaining milestone)</source>
        <translation>贏單（確認其餘所有里程點）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/menu.py" line="64"/>
        <source>Why Can&apos;t It Move &amp;Back?</source>
        <translation>為什麼不能退回(&amp;B)？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="753"/>
        <source>&amp;Quick Add Deal</source>
        <translation>快速新增商機(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/board.py" line="754"/>
        <source>Add a deal to the first stage with just a title and an account</source>
        <translation>只要名稱與客戶，就能把商機加入第一個階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/folding.py" line="76"/>
        <source>&amp;Unfold All</source>
        <translation>全部展開(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/folding.py" line="85"/>
        <source>F&amp;old Stages</source>
        <translation>收合階段(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/folding.py" line="86"/>
        <source>Fold stages to narrow strips so that the others have room</source>
        <translation>把階段收合成窄條，讓其他階段有更多空間</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/quick_add.py" line="89"/>
        <source>Deal added to “{stage}”.</source>
        <translation>已將商機加入「{stage}」。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/listing.py" line="150"/>
        <source>Deals</source>
        <translation>商機</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../planner/ui/board/header.py" line="192"/>
        <source>weighted {amount}</source>
        <translation>加權 {amount}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/header.py" line="197"/>
        <source>Milestone: {milestone}</source>
        <translation>里程點：{milestone}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/header.py" line="198"/>
        <source>Win rate: {rate}%</source>
        <translation>贏率：{rate}%</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/header.py" line="166"/>
        <source>Unfold “{stage}”</source>
        <translation>展開「{stage}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/header.py" line="167"/>
        <source>Fold “{stage}” to a narrow strip</source>
        <translation>把「{stage}」收合成窄條</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/header.py" line="170"/>
        <source>Quick add a deal to “{stage}” (Ins)</source>
        <translation>快速新增商機到「{stage}」（Ins）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/header.py" line="199"/>
        <source>%n matching deals</source>
        <translation>
            <numerusform>%n 筆符合的商機</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/header.py" line="200"/>
        <source>%n deals</source>
        <translation>
            <numerusform>%n 筆商機</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/header.py" line="204"/>
        <source>Total: {amounts}</source>
        <translation>合計：{amounts}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/header.py" line="206"/>
        <source>Weighted (value × {rate}%): {amounts}</source>
        <translation>加權（金額 × {rate}%）：{amounts}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/header.py" line="209"/>
        <source>Without an exchange rate, not in the totals: {amounts}</source>
        <translation>無匯率、未計入合計：{amounts}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/header.py" line="254"/>
        <source>win rate {rate}%</source>
        <translation>贏率 {rate}%</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="348"/>
        <source>The deals of this process cannot be shown.</source>
        <translation>無法顯示這個流程的商機。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="350"/>
        <source>No deals yet.
Add one with Deal › New Deal… (Ctrl+Shift+N).</source>
        <translation>還沒有商機。
請用「商機 › 新增商機…」（Ctrl+Shift+N）新增。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="353"/>
        <source>No deals in this stage</source>
        <translation>此階段沒有商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/column.py" line="352"/>
        <source>No matching deals</source>
        <translation>沒有符合的商機</translation>
    </message>
</context>
<context>
    <name>BoardFilters</name>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="115"/>
        <source>&amp;Overdue</source>
        <translation>逾期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="116"/>
        <source>Open deals whose expected close date has passed</source>
        <translation>預計成交日已過的進行中商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="117"/>
        <source>&amp;Stalled</source>
        <translation>停滯(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="118"/>
        <source>Open deals longer in their stage than your won deals were</source>
        <translation>在目前階段停留得比您過去贏單還久的進行中商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="119"/>
        <source>Closing This &amp;Month</source>
        <translation>本月預計成交(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="120"/>
        <source>Closing This &amp;Quarter</source>
        <translation>本季預計成交(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="121"/>
        <source>Show &amp;Archived Deals</source>
        <translation>顯示已封存商機(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="122"/>
        <source>Archived deals are hidden from the board unless shown here</source>
        <translation>已封存的商機不會出現在看板上，除非在這裡選擇顯示</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="124"/>
        <source>&amp;Clear Filters</source>
        <translation>清除篩選(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="132"/>
        <source>&amp;Value Range…</source>
        <translation>金額範圍(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="134"/>
        <source>&amp;Value at Least {amount}…</source>
        <translation>金額至少 {amount}(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="137"/>
        <source>&amp;Value at Most {amount}…</source>
        <translation>金額至多 {amount}(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="140"/>
        <source>&amp;Value {low} to {high}…</source>
        <translation>金額 {low} 至 {high}(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/value_range.py" line="19"/>
        <source>Value Range</source>
        <translation>金額範圍</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/value_range.py" line="24"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/value_range.py" line="27"/>
        <source>Lowest value</source>
        <translation>最低金額</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/value_range.py" line="28"/>
        <source>Highest value</source>
        <translation>最高金額</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/value_range.py" line="29"/>
        <source>In the file&apos;s home currency ({home}). Deals in a currency without an exchange rate cannot be compared and are left out while a range is set.</source>
        <translation>以本檔案的本位幣（{home}）計。幣別沒有匯率的商機無法比較，設定範圍時不會列出。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/value_range.py" line="34"/>
        <source>&amp;From:</source>
        <translation>從(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/value_range.py" line="36"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/value_range.py" line="43"/>
        <source>Any &amp;Value</source>
        <translation>不限金額(&amp;V)</translation>
    </message>
</context>
<context>
    <name>BoardSort</name>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="177"/>
        <source>By close date</source>
        <translation>依預計成交日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="178"/>
        <source>By value</source>
        <translation>依金額</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="179"/>
        <source>By time in stage</source>
        <translation>依停留時間</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="180"/>
        <source>By title</source>
        <translation>依名稱</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="181"/>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="186"/>
        <source>Expected &amp;Close, Soonest First</source>
        <translation>預計成交日，最近的在前(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="187"/>
        <source>&amp;Value, Largest First</source>
        <translation>金額，最大的在前(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="188"/>
        <source>&amp;Time Since the Last Milestone, Longest First</source>
        <translation>距上一個里程點的時間，最久的在前(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="189"/>
        <source>T&amp;itle, A to Z</source>
        <translation>名稱，依序排列(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/filters_menu.py" line="190"/>
        <source>&amp;Newest First</source>
        <translation>最新的在前(&amp;N)</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../planner/ui/board/delegate.py" line="39"/>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/delegate.py" line="39"/>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/delegate.py" line="40"/>
        <source>Abandoned</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/delegate.py" line="42"/>
        <source>{status}, archived</source>
        <translation>{status}，已封存</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/delegate.py" line="42"/>
        <source>Archived</source>
        <translation>已封存</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <location filename="../../planner/ui/board/model.py" line="348"/>
        <source>No exchange rate from {currency} to {home}: this amount is left out of the totals (Settings › Exchange Rates…)</source>
        <translation>沒有 {currency} 兌 {home} 的匯率：此金額未計入合計（請在「設定 › 匯率…」中設定）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/model.py" line="352"/>
        <source>Expected close: {date}</source>
        <translation>預計成交：{date}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/model.py" line="357"/>
        <source>Next milestone target: {date} (passed)</source>
        <translation>下個里程點目標日：{date}（已過）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/model.py" line="359"/>
        <source>Next milestone target: {date}</source>
        <translation>下個里程點目標日：{date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/model.py" line="361"/>
        <source>%n days since the last milestone</source>
        <translation>
            <numerusform>距上一個里程點 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/model.py" line="364"/>
        <source>%n days since the deal was created; no milestone yet</source>
        <translation>
            <numerusform>建立至今 %n 天，尚未確認任何里程點</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/model.py" line="377"/>
        <source>Idle: no milestone for %n days</source>
        <translation>
            <numerusform>閒置：已 %n 天沒有里程點</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/model.py" line="382"/>
        <source>Buying group: {gaps}</source>
        <translation>採購決策小組：{gaps}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/model.py" line="383"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/model.py" line="367"/>
        <source>Tasks of this stage: {done} of {total} done</source>
        <translation>本階段任務：已完成 {done}／{total}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/model.py" line="370"/>
        <source>Overdue: the expected close date has passed</source>
        <translation>逾期：已超過預計成交日</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/stall.py" line="32"/>
        <source>Stalled: %n days in this stage.</source>
        <translation>
            <numerusform>停滯：已在此階段 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/stall.py" line="34"/>
        <source>Your won deals took at most %n days here</source>
        <translation>
            <numerusform>您的贏單在這裡最多花了 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/stall.py" line="35"/>
        <source>(the 80th percentile of %n won deals).</source>
        <translation>
            <numerusform>（%n 筆贏單的第 80 百分位數）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/board/stall.py" line="36"/>
        <source>That is more than the %n idle days set for this file (too few won deals here yet to compare with).</source>
        <translation>
            <numerusform>超過這個檔案設定的閒置天數 %n 天（此階段的贏單還太少，無法比較）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../planner/ui/forecast/charts.py" line="216"/>
        <source>Each bar stacks the stages of the process.</source>
        <translation>每根長條依流程的階段堆疊。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/charts.py" line="217"/>
        <source>Each bar stacks the processes; choose one process to see its stages.</source>
        <translation>每根長條依流程堆疊；選擇單一流程即可看到各階段。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/charts.py" line="245"/>
        <source>{measure} by expected close</source>
        <translation>{measure}，依預計成交時間</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/charts.py" line="255"/>
        <source>{part}, {period}: {amount}</source>
        <translation>{part}，{period}：{amount}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/charts.py" line="296"/>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>ClosedLane</name>
    <message>
        <location filename="../../planner/ui/board/lane.py" line="63"/>
        <location filename="../../planner/ui/board/lane.py" line="64"/>
        <source>Closed deals</source>
        <translation>已結案商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/lane.py" line="99"/>
        <source>No closed deals yet</source>
        <translation>還沒有已結案的商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/lane.py" line="79"/>
        <source>{won} won · {lost} lost · {abandoned} abandoned</source>
        <translation>贏單 {won} · 輸單 {lost} · 放棄 {abandoned}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/lane.py" line="91"/>
        <source>won value {amounts}</source>
        <translation>贏單金額 {amounts}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/lane.py" line="92"/>
        <source>Won value: {amounts}</source>
        <translation>贏單金額：{amounts}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/lane.py" line="98"/>
        <source>No matching deals</source>
        <translation>沒有符合的商機</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="114"/>
        <source>Confirm Milestone</source>
        <translation>確認里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="114"/>
        <source>Confirm {n} Milestones</source>
        <translation>確認 {n} 個里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="163"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="164"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="165"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="89"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="93"/>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="154"/>
        <source>I &amp;understand that this cannot be undone</source>
        <translation>我了解此操作無法復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="276"/>
        <source>Add them to the buying group in the deal&apos;s panel, then confirm; or choose “Went against us”.</source>
        <translation>請先在商機面板中將他們加入採購決策小組再確認；或選擇「結果不利」。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="287"/>
        <source>Confirming freezes the stage {stages} and closes the deal as lost.</source>
        <translation>確認後，階段{stages}將凍結，商機以輸單結案。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="288"/>
        <source>Confirming freezes the stage {stages} and wins the deal.</source>
        <translation>確認後，階段{stages}將凍結，商機贏單。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="289"/>
        <source>Confirming freezes the stage {stages}: its work becomes read-only and the deal can never move back to it.</source>
        <translation>確認後，階段{stages}將凍結：其工作改為唯讀，商機也再不能退回此階段。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="292"/>
        <source>Confirming freezes the stages {stages} and closes the deal as lost.</source>
        <translation>確認後，階段{stages}將凍結，商機以輸單結案。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="293"/>
        <source>Confirming freezes the stages {stages} and wins the deal.</source>
        <translation>確認後，階段{stages}將凍結，商機贏單。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="294"/>
        <source>Confirming freezes the stages {stages}: their work becomes read-only and the deal can never move back to them.</source>
        <translation>確認後，階段{stages}將凍結：這些階段的工作改為唯讀，商機也再不能退回。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="297"/>
        <source>This cannot be undone; a mistake can later only get a correction note.</source>
        <translation>此操作無法復原；日後若發現錯誤，只能加上更正附註。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="299"/>
        <source>Still to complete: milestone {pages}.</source>
        <translation>尚待完成：第 {pages} 個里程點。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="305"/>
        <source>Confirm and Close as Lost</source>
        <translation>確認並以輸單結案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="306"/>
        <source>&amp;Confirm Milestone</source>
        <translation>確認里程點(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="306"/>
        <source>&amp;Confirm {n} Milestones</source>
        <translation>確認 {n} 個里程點(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="348"/>
        <source>Discard Evidence?</source>
        <translation>要捨棄證據嗎？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="349"/>
        <source>You have written evidence or attached a file for this milestone. Close without confirming and discard it?</source>
        <translation>您已為此里程點寫下證據或附加檔案。要不確認就關閉並捨棄這些內容嗎？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="361"/>
        <source>“{deal}” is closed as lost.</source>
        <translation>「{deal}」已以輸單結案。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="363"/>
        <source>“{deal}” is won.</source>
        <translation>「{deal}」已贏單。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="366"/>
        <source>“{deal}” moved to “{stage}”.</source>
        <translation>「{deal}」已推進到「{stage}」。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirm.py" line="367"/>
        <source>{result} Milestone confirmations are permanent: Undo does not reverse them.</source>
        <translation>{result}里程點確認是永久的：「復原」無法撤銷。</translation>
    </message>
</context>
<context>
    <name>DealList</name>
    <message>
        <location filename="../../planner/ui/board/list_view.py" line="65"/>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/list_view.py" line="66"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/list_view.py" line="67"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/list_view.py" line="68"/>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/list_view.py" line="69"/>
        <source>Expected close</source>
        <translation>預計成交日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/list_view.py" line="70"/>
        <source>Days since milestone</source>
        <translation>距里程點天數</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/list_view.py" line="71"/>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/list_view.py" line="72"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/list_view.py" line="78"/>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/list_view.py" line="78"/>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/list_view.py" line="79"/>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/list_view.py" line="80"/>
        <source>Abandoned</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/list_view.py" line="81"/>
        <source>{status}, archived</source>
        <translation>{status}，已封存</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="50"/>
        <source>Export Account Plan</source>
        <translation>匯出客戶計畫</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="50"/>
        <source>Print Account Plan</source>
        <translation>列印客戶計畫</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="59"/>
        <source>Internal: everything</source>
        <translation>內部使用：完整內容</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="60"/>
        <source>The customer</source>
        <translation>給客戶</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="75"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="83"/>
        <source>&amp;Account:</source>
        <translation>客戶(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="84"/>
        <source>&amp;For:</source>
        <translation>對象(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="86"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="88"/>
        <source>&amp;Save as:</source>
        <translation>儲存為(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="87"/>
        <source>&amp;Paper:</source>
        <translation>紙張(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="101"/>
        <source>Print this plan as chosen above, without saving it</source>
        <translation>依上方的選擇列印此計畫，不另存檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="113"/>
        <source>There are no accounts yet: add one with Deal › Accounts…</source>
        <translation>還沒有客戶：請用「商機 › 客戶…」新增。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="123"/>
        <source>Keeps the deals in progress with their value, stage, next milestone and target date, the milestones reached with the customer&apos;s decisions, the deliverables still to come, and the names and job titles of the people involved. Leaves out risks, notes, tasks, attitudes, influence, buying roles, win rates, weighted values, the forecast and closed deals.</source>
        <translation>保留進行中的商機及其金額、階段、下一個里程點與目標日期，已達成的里程點與客戶的決定，尚待交付的交付件，以及參與人員的姓名與職稱。不含風險、備註、任務、態度、影響力、採購角色、贏率、加權金額、預測與已結案商機。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="129"/>
        <source>Everything, for you and your team: risks, notes, each contact&apos;s attitude and influence, win rates, weighted values, the forecast and closed deals with their reasons.</source>
        <translation>完整內容，供您與團隊內部使用：風險、備註、每位聯絡人的態度與影響力、贏率、加權金額、預測，以及已結案商機與其原因。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="149"/>
        <source>Save Account Plan As</source>
        <translation>將客戶計畫另存為</translation>
    </message>
    <message>
        <location filename="../../planner/ui/export/dialog.py" line="190"/>
        <source>The plan went to the printer.</source>
        <translation>計畫已送往印表機。</translation>
    </message>
</context>
<context>
    <name>FeatureDialogs</name>
    <message>
        <location filename="../../planner/ui/feature_dialogs.py" line="122"/>
        <source>&amp;Win/loss</source>
        <translation>贏輸分析(&amp;W)</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="27"/>
        <location filename="../../planner/ui/forecast/models.py" line="69"/>
        <source>Deals</source>
        <translation>商機數</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="28"/>
        <location filename="../../planner/ui/forecast/models.py" line="70"/>
        <source>Open value</source>
        <translation>未成交金額</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="29"/>
        <source>Weighted by your set rates</source>
        <translation>依您設定的贏率加權</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="30"/>
        <source>Weighted by your observed rates</source>
        <translation>依您的實際贏率加權</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="54"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="56"/>
        <source>No close date</source>
        <translation>無預計成交日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="86"/>
        <source>Open deals whose expected close date is before today ({today}): they are still counted. Update the date, or close the deal.</source>
        <translation>預計成交日已早於今天（{today}）的進行中商機：仍列入計算。請更新日期，或結束這筆商機。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="90"/>
        <source>Open deals without an expected close date: they are counted, but no month can be given for them.</source>
        <translation>沒有預計成交日的進行中商機：列入計算，但無法歸入任何月份。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="115"/>
        <source>{amount} ({deals})</source>
        <translation>{amount}（{deals}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="125"/>
        <source>{symbol} ({code})</source>
        <translation>{symbol}（{code}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="128"/>
        <source>Amounts in {currency}, the file&apos;s home currency</source>
        <translation>金額以本檔案的本位幣 {currency} 表示</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="137"/>
        <source>No stage of these deals has enough closed deals for an observed rate yet: both weightings use the rates you set.</source>
        <translation>這些商機所在的階段都還沒有足夠的已結束商機可算出實際贏率：兩種加權都使用您設定的贏率。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="140"/>
        <source>Deals weighted by your observed rates: all ({deals}).</source>
        <translation>以實際贏率加權的商機：全部（{deals}）。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="142"/>
        <source>Deals weighted by your observed rates: {observed} of {deals}, in stages with enough closed deals; the rest by the rates you set.</source>
        <translation>以實際贏率加權的商機：{deals} 筆中的 {observed} 筆（所在階段已有足夠的已結束商機）；其餘使用您設定的贏率。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="152"/>
        <source>Not in any total or chart, for want of an exchange rate into {home} (set one in Settings › Exchange Rates…):</source>
        <translation>因缺少兌換為 {home} 的匯率，下列金額未計入任何合計或圖表（請在「設定 › 匯率…」中設定）：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/texts.py" line="155"/>
        <source>• {amount} (deals: {deals}); weighted {set} by set rates, {observed} by observed rates</source>
        <translation>• {amount}（商機數：{deals}）；依設定贏率加權 {set}，依實際贏率加權 {observed}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="57"/>
        <source>Without an exchange rate, not in this amount: {amounts}</source>
        <translation>缺少匯率、未計入此金額：{amounts}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="71"/>
        <source>Weighted: set rates</source>
        <translation>加權：設定贏率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="72"/>
        <source>Weighted: observed rates</source>
        <translation>加權：實際贏率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="78"/>
        <source>Open deals, with or without an exchange rate</source>
        <translation>進行中的商機數，不論有無匯率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="79"/>
        <source>The deals&apos; values added up, unweighted</source>
        <translation>商機金額直接加總，未加權</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="80"/>
        <source>Each deal&apos;s value × the win rate you set for its stage</source>
        <translation>每筆商機金額 × 您為其階段設定的贏率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="81"/>
        <source>Each deal&apos;s value × its stage&apos;s observed win rate where the stage has enough closed deals, else × the rate you set</source>
        <translation>每筆商機金額 × 其階段的實際贏率（階段已有足夠的已結束商機時），否則 × 您設定的贏率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="88"/>
        <source>Without a rate</source>
        <translation>無匯率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="92"/>
        <source>Open value in currencies that have no exchange rate, each in its own currency (deals in brackets): never added into the amounts</source>
        <translation>沒有匯率之幣別的未成交金額，各以原幣別表示（括號內為商機數）：一律不計入金額</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="174"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="191"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="192"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="198"/>
        <source>When the deals are expected to close; overdue dates come first and deals without a date last</source>
        <translation>商機預計成交的時間；已逾期的排在最前，沒有日期的排在最後</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="324"/>
        <source>All processes</source>
        <translation>所有流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="339"/>
        <source>Too few closed deals in this stage for an observed rate: its deals are weighted by the rate you set (Tools › Your Track Record…).</source>
        <translation>這個階段的已結束商機還太少，無法算出實際贏率：其商機以您設定的贏率加權（工具 › 您的實績…）。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="342"/>
        <source>Of the closed deals that reached this stage, {rate} were won (Tools › Your Track Record…).</source>
        <translation>曾到達這個階段的已結束商機中，有 {rate} 贏單（工具 › 您的實績…）。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="360"/>
        <source>Process and stage</source>
        <translation>流程與階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="362"/>
        <source>Set rate</source>
        <translation>設定贏率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="364"/>
        <source>Observed rate</source>
        <translation>實際贏率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="370"/>
        <source>The win rate you set for the stage</source>
        <translation>您為這個階段設定的贏率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/models.py" line="372"/>
        <source>How often deals that reached the stage were won, once it has enough closed deals (Tools › Your Track Record…)</source>
        <translation>到達這個階段的商機最後贏單的比例，須有足夠的已結束商機才會顯示（工具 › 您的實績…）</translation>
    </message>
</context>
<context>
    <name>ForecastExportDialog</name>
    <message>
        <location filename="../../planner/ui/forecast/export.py" line="44"/>
        <source>Export Forecast</source>
        <translation>匯出銷售預測</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/export.py" line="48"/>
        <source>{process}, by quarter</source>
        <translation>{process}，依季度</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/export.py" line="49"/>
        <source>{process}, by month</source>
        <translation>{process}，依月份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/export.py" line="62"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/export.py" line="70"/>
        <source>Forecast:</source>
        <translation>預測：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/export.py" line="71"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/export.py" line="72"/>
        <source>&amp;Paper:</source>
        <translation>紙張(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/export.py" line="73"/>
        <source>&amp;Save as:</source>
        <translation>儲存為(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/export.py" line="86"/>
        <source>Print this forecast without saving it</source>
        <translation>列印此預測，不另存檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/export.py" line="108"/>
        <source>Save Forecast As</source>
        <translation>將銷售預測另存為</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/export.py" line="147"/>
        <source>The forecast went to the printer.</source>
        <translation>預測已送往印表機。</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="237"/>
        <source>All processes</source>
        <translation>所有流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="256"/>
        <source>The forecast cannot be read: {reason}</source>
        <translation>無法讀取預測：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="286"/>
        <source>There is no process yet.

Once you tailor a process and add deals to it, the open ones show here by the month they are expected to close, by stage and by process.</source>
        <translation>目前還沒有任何流程。

裁剪好流程並加入商機後，進行中的商機會依預計成交月份、階段與流程顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="289"/>
        <source>This process has no open deals.

Open deals show here by the month they are expected to close and by stage; won, lost, abandoned and archived deals do not.</source>
        <translation>這個流程沒有進行中的商機。

進行中的商機會依預計成交月份與階段顯示在這裡；贏單、輸單、已放棄與已封存的商機不列入。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="291"/>
        <source>There are no open deals to forecast.

Open deals show here by the month they are expected to close, by stage and by process; won, lost, abandoned and archived deals do not.</source>
        <translation>沒有進行中的商機可供預測。

進行中的商機會依預計成交月份、階段與流程顯示在這裡；贏單、輸單、已放棄與已封存的商機不列入。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="355"/>
        <source>Forecast</source>
        <translation>銷售預測</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="356"/>
        <source>By &amp;month</source>
        <translation>依月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="357"/>
        <source>By &amp;quarter</source>
        <translation>依季度(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="358"/>
        <source>&amp;Process:</source>
        <translation>流程(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="359"/>
        <source>By p&amp;eriod</source>
        <translation>依期間(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="360"/>
        <source>By s&amp;tage</source>
        <translation>依階段(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="361"/>
        <source>C&amp;harts</source>
        <translation>圖表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="364"/>
        <source>Open deals by the month or quarter they are expected to close</source>
        <translation>進行中的商機，依預計成交的月份或季度</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="365"/>
        <source>Open deals by process and stage, in the order of the board</source>
        <translation>進行中的商機，依流程與階段，順序與看板相同</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="366"/>
        <source>The same figures as bars by period and as a funnel of stages</source>
        <translation>同樣的數字，以各期間的長條圖與各階段的漏斗圖呈現</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="367"/>
        <source>P&amp;rint / Export PDF…</source>
        <translation>列印／匯出 PDF(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="368"/>
        <source>Write this forecast as a PDF to print or share</source>
        <translation>將這份預測寫成 PDF，方便列印或分享</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="369"/>
        <source>Forecast by period</source>
        <translation>依期間的預測</translation>
    </message>
    <message>
        <location filename="../../planner/ui/forecast/view.py" line="370"/>
        <source>Forecast by process and stage</source>
        <translation>依流程與階段的預測</translation>
    </message>
</context>
<context>
    <name>HistoryBanner</name>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="50"/>
        <source>The history in this file was altered after it was sealed: what it shows of its milestones, corrections or log may not be what was recorded. Printed plans carry no fingerprint for it.</source>
        <translation>這個檔案的歷程在封緘後遭到改動：其中的里程點、更正或紀錄可能不是當初記下的內容。列印的計畫不會附上它的檔案指紋。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="52"/>
        <source>&amp;Details…</source>
        <translation>詳細資料(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="53"/>
        <source>What was altered</source>
        <translation>遭改動的內容</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="56"/>
        <source>History altered</source>
        <translation>歷程遭改動</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="56"/>
        <source>What no longer matches its seal:</source>
        <translation>與封緘不再相符的內容：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="58"/>
        <source>Each milestone, correction and log entry is sealed when it is saved. A row changed or deleted since, by a program that went around the file&apos;s rules, no longer matches its seal. A snapshot from before the change (File › Restore from Snapshot…) holds the history as it was; “deal-planner check” lists the same.</source>
        <translation>每個里程點、更正與紀錄在儲存時都會封緘。之後若有程式繞過檔案的規則改動或刪除其中一筆，它就不再與封緘相符。改動之前的快照（檔案 › 從快照還原…）保有原本的歷程；「deal-planner check」也會列出相同的內容。</translation>
    </message>
</context>
<context>
    <name>HistoryWatch</name>
    <message>
        <location filename="../../planner/ui/history_watch.py" line="156"/>
        <source>The history in {name} was altered after it was sealed.</source>
        <translation>{name} 的歷程在封緘後遭到改動。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/actions.py" line="44"/>
        <source>&amp;New File…</source>
        <translation>新增規劃檔(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="45"/>
        <source>Create a new, empty planner file</source>
        <translation>建立一個新的空白規劃檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="46"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="47"/>
        <source>Open a planner file</source>
        <translation>開啟規劃檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="49"/>
        <source>Open a planner file to look at it without changing it</source>
        <translation>開啟規劃檔僅供查看，不做任何修改</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="50"/>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="51"/>
        <source>Write a copy of this file and continue in the copy</source>
        <translation>寫入此檔的副本，並改在副本中繼續工作</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="52"/>
        <source>&amp;Export Account Plan…</source>
        <translation>匯出客戶計畫(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="53"/>
        <source>Write an account&apos;s plan as a PDF to print or share</source>
        <translation>將客戶計畫輸出為 PDF，方便列印或分享</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="55"/>
        <source>&amp;Print Account Plan…</source>
        <translation>列印客戶計畫(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="56"/>
        <source>Print an account&apos;s plan, for internal use or for the customer</source>
        <translation>列印客戶計畫，供內部使用或交給客戶</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="57"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="58"/>
        <source>Bring in deals, accounts and contacts from Pipedrive, HubSpot, a spreadsheet or a full export</source>
        <translation>從 Pipedrive、HubSpot、試算表或完整匯出檔匯入商機、客戶和聯絡人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="60"/>
        <source>Export &amp;Data…</source>
        <translation>匯出資料(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="61"/>
        <source>For Pipedrive, HubSpot or a spreadsheet, everything as JSON, or a calendar</source>
        <translation>匯出給 Pipedrive、HubSpot 或試算表，以 JSON 匯出全部內容，或匯出行事曆</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="63"/>
        <source>&amp;Back Up…</source>
        <translation>備份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="64"/>
        <source>Save a safe copy of this file; you keep working in this one</source>
        <translation>儲存此檔的安全副本；您仍在原檔中工作</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="65"/>
        <source>Res&amp;tore from Snapshot…</source>
        <translation>從快照還原(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="66"/>
        <source>Put this file back as it was at one of its automatic snapshots</source>
        <translation>讓這個規劃檔回到某一份自動快照當時的樣子</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="69"/>
        <source>Where this file is, its size, version and fingerprint</source>
        <translation>這個檔案的位置、大小、版本與指紋</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="70"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="71"/>
        <source>Your name, idle threshold, language and paper</source>
        <translation>您的姓名、停滯門檻、語言與紙張</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="72"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="73"/>
        <source>Close Deal Planner; everything is already saved</source>
        <translation>關閉 Deal Planner；所有內容都已儲存</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="74"/>
        <source>&amp;Clear List</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="79"/>
        <source>Milestone confirmations cannot be undone</source>
        <translation>里程點確認無法復原</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="80"/>
        <source>A confirmed milestone is permanent; add a correction note in the deal instead</source>
        <translation>已確認的里程點是永久的；如有錯誤，請在商機中加上更正附註</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="82"/>
        <source>&amp;Find Deals</source>
        <translation>尋找商機(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="83"/>
        <source>Search the board</source>
        <translation>在看板中搜尋</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="84"/>
        <source>&amp;New Deal…</source>
        <translation>新增商機(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="85"/>
        <source>Add a deal to an account</source>
        <translation>為客戶新增一筆商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="86"/>
        <source>&amp;Confirm Milestone…</source>
        <translation>確認里程點(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="87"/>
        <source>Confirm the selected deal&apos;s current milestone</source>
        <translation>確認所選商機目前階段的里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="88"/>
        <source>&amp;Open Deal</source>
        <translation>開啟商機(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="89"/>
        <source>Show the selected deal in the deal panel</source>
        <translation>在商機面板中顯示所選商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="90"/>
        <source>&amp;Stalled Deals…</source>
        <translation>停滯的商機(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="91"/>
        <source>Open deals that have sat in their stage longer than your won deals did</source>
        <translation>在目前階段停留得比您的贏單還久的進行中商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="93"/>
        <source>A&amp;genda…</source>
        <translation>待辦事項(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="94"/>
        <source>What is due on your open deals, in every process: overdue first, then today, this week and later</source>
        <translation>所有流程中進行中商機的待辦事項：先列逾期，再列今天、本週與之後</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="96"/>
        <source>&amp;Accounts…</source>
        <translation>客戶(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="97"/>
        <source>Customers and their people</source>
        <translation>客戶與其聯絡人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="98"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="98"/>
        <source>Read the file again</source>
        <translation>重新讀取檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="99"/>
        <source>&amp;Processes…</source>
        <translation>流程(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="100"/>
        <source>Your tailored sales processes</source>
        <translation>您量身打造的銷售流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="101"/>
        <source>&amp;New Process…</source>
        <translation>新增流程(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="102"/>
        <source>Tailor a process from the reference stages</source>
        <translation>從參考階段量身打造流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="103"/>
        <source>&amp;Forecast…</source>
        <translation>銷售預測(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="104"/>
        <source>Open deals by expected close month, stage and process, weighted by your set and observed win rates</source>
        <translation>進行中的商機依預計成交月份、階段與流程彙總，並分別以您設定的贏率與實際贏率加權</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="108"/>
        <source>Your &amp;Track Record…</source>
        <translation>您的實績(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="109"/>
        <source>How often deals that reached each stage were won, beside the win rates you set</source>
        <translation>走到各階段的商機最後有多少比例贏單，並與您設定的贏率並列</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="112"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="113"/>
        <source>Every key Deal Planner answers to</source>
        <translation>Deal Planner 回應的所有按鍵</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="114"/>
        <source>&amp;About Deal Planner</source>
        <translation>關於 Deal Planner(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="115"/>
        <source>About &amp;Qt</source>
        <translation>關於 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="76"/>
        <source>Undo the last edit (milestone confirmations are permanent)</source>
        <translation>復原上一個編輯（里程點確認是永久的）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="48"/>
        <source>Open Read-On&amp;ly…</source>
        <translation>以唯讀開啟(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="68"/>
        <source>&amp;File Properties…</source>
        <translation>檔案內容(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="122"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/recent_files.py" line="42"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="125"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="126"/>
        <source>&amp;Deal</source>
        <translation>商機(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="128"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="129"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="130"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="245"/>
        <source>Toolbar</source>
        <translation>工具列</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="246"/>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="247"/>
        <source>&amp;Deal Panel</source>
        <translation>商機面板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="248"/>
        <source>&amp;Toolbar</source>
        <translation>工具列(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="277"/>
        <source>The deal panel could not start: {error}</source>
        <translation>商機面板無法啟動：{error}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="366"/>
        <source>{name} (read-only)</source>
        <translation>{name}（唯讀）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="397"/>
        <source>{open} open · {closed} closed</source>
        <translation>進行中 {open} · 已結案 {closed}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="399"/>
        <source>{shown} of {open} open shown · {closed_shown} of {closed} closed</source>
        <translation>顯示 {shown}／{open} 筆進行中 · {closed_shown}／{closed} 筆已結案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="490"/>
        <source>{name} is damaged: nothing can be changed in it.</source>
        <translation>{name} 已損壞：無法變更其中任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="585"/>
        <source>There are no deals to search yet: tailor a process or open the demo first.</source>
        <translation>目前還沒有可以搜尋的商機：請先裁剪一個流程，或開啟示範檔。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="440"/>
        <source>This file is open read-only: nothing in it can be changed here.</source>
        <translation>這個檔案以唯讀開啟：在這裡無法修改任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="53"/>
        <source>{name} is still open in another window: {who}.</source>
        <translation>{name} 仍在另一個視窗中開啟：{who}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="69"/>
        <location filename="../../planner/ui/file_actions.py" line="75"/>
        <location filename="../../planner/ui/file_actions.py" line="95"/>
        <source>Cannot Open File</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="87"/>
        <source>{name} is already open in this window.</source>
        <translation>{name} 已在這個視窗中開啟。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="99"/>
        <source>{name} is open in another window, which was brought forward.</source>
        <translation>{name} 已在另一個視窗中開啟，已將該視窗移到前面。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="107"/>
        <source>Opened {name}.</source>
        <translation>已開啟 {name}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="106"/>
        <source>Opened {name} read-only.</source>
        <translation>已以唯讀開啟 {name}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="112"/>
        <source>Planner files (*{suffix});;All files (*)</source>
        <translation>規劃檔 (*{suffix});;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="127"/>
        <source>Open Planner File</source>
        <translation>開啟規劃檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="126"/>
        <source>Open Planner File Read-Only</source>
        <translation>以唯讀開啟規劃檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="133"/>
        <location filename="../../planner/ui/file_actions.py" line="138"/>
        <location filename="../../planner/ui/file_actions.py" line="147"/>
        <source>New Planner File</source>
        <translation>新增規劃檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="138"/>
        <source>{name} already exists. Choose another name, or open it with File › Open.</source>
        <translation>{name} 已存在。請換個名稱，或用「檔案 › 開啟」開啟它。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="155"/>
        <source>Save a Copy As</source>
        <translation>將副本另存為</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="160"/>
        <location filename="../../planner/ui/file_actions.py" line="162"/>
        <location filename="../../planner/ui/file_actions.py" line="172"/>
        <source>Save As</source>
        <translation>另存新檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="162"/>
        <source>{name} already exists. Replace it with a copy of this file?</source>
        <translation>{name} 已存在。要以此檔的副本取代它嗎？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="177"/>
        <source>Now working in {name}.</source>
        <translation>現在在 {name} 中工作。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="213"/>
        <source>No snapshot of this file today: {reason}</source>
        <translation>今天沒能為這個檔案建立快照：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="238"/>
        <source>Back Up To</source>
        <translation>備份至</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="242"/>
        <location filename="../../planner/ui/file_actions.py" line="245"/>
        <location filename="../../planner/ui/file_actions.py" line="247"/>
        <location filename="../../planner/ui/file_actions.py" line="254"/>
        <source>Back Up</source>
        <translation>備份</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="243"/>
        <source>Choose another file than the one that is open.</source>
        <translation>請選擇與目前開啟的檔案不同的檔案。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="247"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要取代它嗎？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="256"/>
        <source>Backed up to {path}.</source>
        <translation>已備份至 {path}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="268"/>
        <source>{name} is open in another window ({who}). Choose another name.</source>
        <translation>{name} 已在另一個視窗（{who}）中開啟，請換一個檔名。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file_actions.py" line="285"/>
        <source>Open the Demo</source>
        <translation>開啟示範檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/recent_files.py" line="37"/>
        <source>No recent files</source>
        <translation>沒有最近開啟的檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/feature_dialogs.py" line="54"/>
        <source>Confirm Milestone</source>
        <translation>確認里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/feature_dialogs.py" line="59"/>
        <source>Nothing was confirmed; the deal is unchanged.</source>
        <translation>沒有確認任何里程點，商機維持不變。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/feature_dialogs.py" line="152"/>
        <source>Overdue: %n item(s) in your agenda (Deal › Agenda, {keys}).</source>
        <translation>
            <numerusform>逾期：待辦事項中有 %n 項（商機 › 待辦事項，{keys}）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="75"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../planner/ui/actions.py" line="78"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../planner/ui/feature_dialogs.py" line="203"/>
        <source>About Deal Planner</source>
        <translation>關於 Deal Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/feature_dialogs.py" line="203"/>
        <source>&lt;h3&gt;Deal Planner {version}&lt;/h3&gt;&lt;p&gt;Complex sales, run by milestones that cannot be undone.&lt;/p&gt;&lt;p&gt;Your file: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Deal Planner {version}&lt;/h3&gt;&lt;p&gt;以無法復原的里程點，推進複雜的銷售。&lt;/p&gt;&lt;p&gt;您的規劃檔：{path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MilestonePage</name>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="109"/>
        <source>Milestone {i} of {n} · ending the stage “{stage}”</source>
        <translation>第 {i}／{n} 個里程點 · 結束階段「{stage}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="130"/>
        <source>&amp;Reached</source>
        <translation>已達成(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="131"/>
        <source>&amp;Went against us</source>
        <translation>結果對我方不利(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="132"/>
        <source>The milestone happened as we worked for: the deal moves on</source>
        <translation>里程點如我方努力的方向達成：商機往前推進</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="133"/>
        <source>The customer decided against us here: the deal closes as lost</source>
        <translation>客戶在此做出對我方不利的決定：商機以輸單結案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="149"/>
        <source>When the milestone happened: today or earlier, never in the future</source>
        <translation>里程點發生的日期：今天或更早，不能是未來</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="153"/>
        <source>What shows it happened: minutes, an e-mail, a signed document…</source>
        <translation>能證明它發生的依據：會議紀錄、電子郵件、簽署文件…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="156"/>
        <source>Attach &amp;File…</source>
        <translation>附加檔案(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="164"/>
        <location filename="../../planner/ui/deal/milestone_page.py" line="165"/>
        <source>Remove the attached file</source>
        <translation>移除附加的檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="178"/>
        <source>Optional: file the lost deal under a reason category, for the win/loss analysis. You can also do it later.</source>
        <translation>可不填：將輸掉的商機歸入一個原因類別，供贏輸分析使用。之後也可以再設定。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="180"/>
        <source>Reason &amp;category:</source>
        <translation>原因類別(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="184"/>
        <source>Confirmed or decided b&amp;y:</source>
        <translation>確認或決定者(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="185"/>
        <source>The people of the deal&apos;s buying group who confirmed this milestone or took the decision; recorded with it for good</source>
        <translation>確認此里程點或做出決定的採購決策小組成員；會與里程點一併永久記錄</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="191"/>
        <source>Outcome:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="192"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="193"/>
        <source>&amp;Evidence:</source>
        <translation>佐證(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="205"/>
        <source>Open tasks and deliverables of this stage</source>
        <translation>本階段未完成的任務與交付件</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="208"/>
        <source>required</source>
        <translation>必要</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="209"/>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="209"/>
        <source>Deliverables</source>
        <translation>交付件</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="230"/>
        <source>Required: the milestone cannot be reached without it</source>
        <translation>必要：缺少它就無法達成里程點</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="239"/>
        <source>Work of this stage</source>
        <translation>本階段的工作</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="240"/>
        <source>Every task and deliverable of this stage is done.</source>
        <translation>本階段的任務與交付件都已完成。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="241"/>
        <source>This stage asks for no tasks or deliverables.</source>
        <translation>本階段不需要任何任務或交付件。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="243"/>
        <source>Open work in this stage</source>
        <translation>本階段未完成的工作</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="244"/>
        <source>Tick what is done; it is saved with the confirmation.</source>
        <translation>勾選已完成的項目；會與確認一併儲存。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="245"/>
        <source>The deal has not entered this stage yet; what you tick is recorded as it enters.</source>
        <translation>商機尚未進入此階段；您勾選的項目會在進入時一併記錄。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="281"/>
        <source>People of the buying group who confirmed or decided</source>
        <translation>確認或做出決定的採購決策小組成員</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="297"/>
        <source>Nobody in the deal&apos;s buying group yet (add people in the panel&apos;s Buying group section).</source>
        <translation>此商機的採購決策小組尚無成員（請在面板的「採購決策小組」區塊加入人員）。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="316"/>
        <location filename="../../planner/ui/deal/milestone_page.py" line="320"/>
        <source>Customer&apos;s deci&amp;sion:</source>
        <translation>客戶的決定(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="318"/>
        <source>What the customer decided, e.g. chose another supplier&apos;s solution</source>
        <translation>客戶做了什麼決定，例如選擇了其他供應商的方案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="321"/>
        <source>Optional: what the customer decided</source>
        <translation>選填：客戶做了什麼決定</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="331"/>
        <source>No file attached</source>
        <translation>未附加檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="336"/>
        <source>Attach Evidence</source>
        <translation>附加佐證</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/milestone_page.py" line="362"/>
        <source>{missing} Tick each item once it is done, or choose “Went against us”.</source>
        <translation>{missing}完成後請逐項勾選，或改選「結果對我方不利」。</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../planner/ui/kit/pdf_export.py" line="38"/>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/pdf_export.py" line="40"/>
        <source>&amp;Open PDF</source>
        <translation>開啟 PDF(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/pdf_export.py" line="44"/>
        <source>P&amp;rint…</source>
        <translation>列印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/pdf_export.py" line="58"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/pdf_export.py" line="74"/>
        <source>{path} is the planner file that is open. Choose another name.</source>
        <translation>{path} 是目前開啟的規劃檔，請換一個檔名。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/pdf_export.py" line="78"/>
        <source>{name} is a planner file with its own deals. Replace it with this PDF?</source>
        <translation>{name} 是另一個有自己商機資料的規劃檔。要用這份 PDF 取代它嗎？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/pdf_export.py" line="89"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/kit/pdf_export.py" line="94"/>
        <source>Wrote {path} (%n pages).</source>
        <translation>
            <numerusform>已寫入 {path}（共 %n 頁）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../../planner/ui/file/properties.py" line="40"/>
        <source>File Properties</source>
        <translation>檔案內容</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/properties.py" line="60"/>
        <source>Location:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/properties.py" line="61"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/properties.py" line="62"/>
        <source>Schema version:</source>
        <translation>結構版本：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/properties.py" line="63"/>
        <source>Deals:</source>
        <translation>商機數：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/properties.py" line="69"/>
        <location filename="../../planner/ui/file/properties.py" line="72"/>
        <location filename="../../planner/ui/file/properties.py" line="74"/>
        <source>Fingerprint:</source>
        <translation>指紋：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/properties.py" line="69"/>
        <source>None: the file&apos;s history was altered after it was sealed.</source>
        <translation>無：檔案的歷程在封緘後遭到改動。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/properties.py" line="80"/>
        <source>The fingerprint sums up the file&apos;s whole history of changes; every printed account plan carries the fingerprint of the file it came from, so a printout can be matched to its file.</source>
        <translation>指紋彙整了這個檔案的完整變更歷程；每份列印的客戶計畫都帶有來源檔案的指紋，因此可以對照出紙本來自哪個檔案。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/properties.py" line="85"/>
        <source>&amp;Copy Fingerprint</source>
        <translation>複製指紋(&amp;C)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../planner/ui/qt_strings.py" line="13"/>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_strings.py" line="14"/>
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../planner/ui/qt_strings.py" line="20"/>
        <source>Right</source>
        <translation>→</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_strings.py" line="21"/>
        <source>Left</source>
        <translation>←</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_strings.py" line="22"/>
        <source>Up</source>
        <translation>↑</translation>
    </message>
    <message>
        <location filename="../../planner/ui/qt_strings.py" line="23"/>
        <source>Down</source>
        <translation>↓</translation>
    </message>
</context>
<context>
    <name>QuickAdd</name>
    <message>
        <location filename="../../planner/ui/board/quick_add.py" line="155"/>
        <location filename="../../planner/ui/board/quick_add.py" line="156"/>
        <source>Title of the new deal</source>
        <translation>新商機的名稱</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/quick_add.py" line="157"/>
        <source>Account: choose or type a new one</source>
        <translation>客戶：選擇現有的，或輸入新的</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/quick_add.py" line="158"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/quick_add.py" line="159"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/quick_add.py" line="160"/>
        <source>Add the deal to the first stage (Enter)</source>
        <translation>把商機加入第一個階段（Enter）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/quick_add.py" line="161"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/quick_add.py" line="162"/>
        <source>Put the form away (Esc)</source>
        <translation>收起表單（Esc）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/quick_add.py" line="212"/>
        <source>Several accounts are named “{name}”: choose one from the list, or the deal adds yet another.</source>
        <translation>有好幾個客戶都叫「{name}」：請從清單中選一個，否則會再新增一個同名客戶。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/quick_add.py" line="215"/>
        <source>A new account “{name}” will be created.</source>
        <translation>將新增客戶「{name}」。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/quick_add.py" line="226"/>
        <source>Give the deal a title.</source>
        <translation>請為這筆商機取個名稱。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/quick_add.py" line="230"/>
        <source>Choose an account, or type the name of a new one.</source>
        <translation>請選擇客戶，或輸入新客戶的名稱。</translation>
    </message>
</context>
<context>
    <name>RateEditor</name>
    <message>
        <location filename="../../planner/ui/preferences/rates.py" line="60"/>
        <source>Exchange Rate</source>
        <translation>匯率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/rates.py" line="73"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/rates.py" line="74"/>
        <source>One unit is worth</source>
        <translation>每一單位等於</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/rates.py" line="75"/>
        <source>Set on</source>
        <translation>設定日期</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../planner/ui/preferences/rates.py" line="95"/>
        <source>Exchange Rates</source>
        <translation>匯率</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/rates.py" line="97"/>
        <source>Totals are shown in {home}. A deal in a currency without a rate here keeps its own amount and is counted apart, never added in.</source>
        <translation>合計以 {home} 顯示。幣別在此沒有匯率的商機，仍顯示原幣金額，另外列出，絕不混入合計。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/rates.py" line="101"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/rates.py" line="101"/>
        <source>In {home}</source>
        <translation>折合 {home}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/rates.py" line="102"/>
        <source>Set on</source>
        <translation>設定日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/rates.py" line="109"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/rates.py" line="110"/>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/rates.py" line="111"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../planner/ui/read_only.py" line="35"/>
        <source>Read-only: this file is open in another window ({who}), which may be changing it.</source>
        <translation>唯讀：這個檔案已在另一個視窗（{who}）中開啟，那邊可能正在修改。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/read_only.py" line="38"/>
        <source>Read-only: the rules inside this file are not the ones Deal Planner wrote. It may have been changed by another program; nothing can be changed in it here.</source>
        <translation>唯讀：這個檔案裡的規則與 Deal Planner 寫入的不同，可能被其他程式改動過；在這裡無法修改任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/read_only.py" line="41"/>
        <source>Read-only: Deal Planner&apos;s check found this file damaged, so nothing can be changed in it here.</source>
        <translation>唯讀：Deal Planner 檢查發現這個檔案已損壞，因此無法在這裡變更其中任何內容。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/read_only.py" line="44"/>
        <source>Read-only: Deal Planner cannot write in this file&apos;s folder.</source>
        <translation>唯讀：Deal Planner 無法寫入這個檔案所在的資料夾。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/read_only.py" line="45"/>
        <source>Read-only: you opened this file to look at it without changing it.</source>
        <translation>唯讀：您以僅供查看的方式開啟了這個檔案。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/read_only.py" line="49"/>
        <source>You can browse, search, export account plans and back it up.</source>
        <translation>您仍可瀏覽、搜尋、匯出客戶計畫及備份。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/read_only.py" line="51"/>
        <source>&amp;Details…</source>
        <translation>詳細資料(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/read_only.py" line="53"/>
        <source>Open for &amp;Changes</source>
        <translation>開啟以便修改(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/read_only.py" line="54"/>
        <source>Open this file again so that you can change it, once no other window has it open</source>
        <translation>在沒有其他視窗開啟這個檔案後，重新開啟以便修改</translation>
    </message>
    <message>
        <location filename="../../planner/ui/read_only.py" line="61"/>
        <source>What Was Changed</source>
        <translation>被改動的地方</translation>
    </message>
    <message>
        <location filename="../../planner/ui/read_only.py" line="62"/>
        <source>Deal Planner found these differences from the rules it writes into a planner file:</source>
        <translation>Deal Planner 發現以下內容與它寫入規劃檔的規則不同：</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../planner/ui/review/reason.py" line="28"/>
        <source>Abandon stalled deal</source>
        <translation>放棄停滯的商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/reason.py" line="30"/>
        <source>“{title}”: {why}.</source>
        <translation>「{title}」：{why}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/reason.py" line="32"/>
        <source>&amp;Why are you giving it up?</source>
        <translation>為什麼要放棄？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/reason.py" line="39"/>
        <source>Reason &amp;category:</source>
        <translation>原因類別(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/reason.py" line="43"/>
        <source>An abandoned deal stays closed; its history is kept and you can start a follow-up deal later.</source>
        <translation>放棄的商機會維持結案，無法復原；它的歷程會保留，之後仍可建立後續商機。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/reason.py" line="50"/>
        <source>Abandon deal</source>
        <translation>放棄商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/reason.py" line="68"/>
        <source>Give a reason.</source>
        <translation>請填寫原因。</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="46"/>
        <source>Reason Categories</source>
        <translation>原因類別</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="48"/>
        <source>When a deal is lost or abandoned, you can file it under one of these categories; the win/loss analysis counts deals by them. A category that deals carry is retired rather than deleted: they keep it, and it is no longer offered.</source>
        <translation>商機輸單或放棄時，可以歸入下列其中一個類別；贏輸分析會依類別統計商機。已有商機使用的類別只會停用而不會刪除：這些商機保留原類別，但之後不再提供選擇。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="53"/>
        <source>Reason categories</source>
        <translation>原因類別</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="56"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="57"/>
        <source>Re&amp;name…</source>
        <translation>重新命名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="58"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="59"/>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="60"/>
        <location filename="../../planner/ui/preferences/reasons.py" line="121"/>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="98"/>
        <source>{name} (retired)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="102"/>
        <source>Kept for the deals filed under it; no longer offered.</source>
        <translation>為已歸入此類別的商機保留；不再提供選擇。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="121"/>
        <source>&amp;Restore</source>
        <translation>恢復使用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="130"/>
        <source>Add Category</source>
        <translation>新增類別</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="130"/>
        <source>Name of the new category:</source>
        <translation>新類別的名稱：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="139"/>
        <source>New name (leave it empty for the built-in name, in your language):</source>
        <translation>新名稱（留空則使用內建名稱，並以您的語言顯示）：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="140"/>
        <source>New name:</source>
        <translation>新名稱：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="141"/>
        <source>Rename Category</source>
        <translation>重新命名類別</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="160"/>
        <source>“{name}” is offered again.</source>
        <translation>「{name}」已恢復使用。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="164"/>
        <source>“{name}” was deleted: no deal was ever filed under it.</source>
        <translation>「{name}」已刪除：從來沒有商機歸入這個類別。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/reasons.py" line="166"/>
        <source>“{name}” is retired: the deals filed under it keep it.</source>
        <translation>「{name}」已停用：已歸入的商機仍保留這個類別。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="42"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="43"/>
        <source>Weekly</source>
        <translation>每週</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="44"/>
        <source>Before upgrade</source>
        <translation>升級前</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="45"/>
        <source>Before import</source>
        <translation>匯入前</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="46"/>
        <source>Before restore</source>
        <translation>還原前</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="64"/>
        <location filename="../../planner/ui/file/restore.py" line="149"/>
        <location filename="../../planner/ui/file/restore.py" line="169"/>
        <source>Restore a Snapshot</source>
        <translation>還原快照</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="68"/>
        <source>Deal Planner keeps snapshots of this file: one a day when you open it, and one before each upgrade, import or restore. Restoring puts the file back as it was then.</source>
        <translation>Deal Planner 會為這個規劃檔保留快照：每天開啟時一份，每次升級、匯入或還原前也各一份。還原會讓檔案回到當時的樣子。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="77"/>
        <source>Taken</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="77"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="77"/>
        <source>Deals</source>
        <translation>商機數</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="77"/>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="78"/>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="89"/>
        <source>There are no snapshots of this file yet.

Deal Planner takes the first one the next time the file is opened, and one before each upgrade or import.</source>
        <translation>這個規劃檔還沒有任何快照。

Deal Planner 會在下次開啟檔案時建立第一份，並在每次升級或匯入前各建立一份。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="98"/>
        <source>Kept in {folder}</source>
        <translation>存放位置：{folder}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="104"/>
        <source>&amp;Restore…</source>
        <translation>還原(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="150"/>
        <source>Put the file back as it was on {when}?

Everything changed since then is replaced. Nothing is lost: the file as it is now is kept as a “before restore” snapshot, which you can restore in turn.</source>
        <translation>要讓規劃檔回到 {when} 的樣子嗎？

之後所做的變更都會被取代，但不會遺失：檔案目前的狀態會先存成一份「還原前」快照，之後也能再還原回來。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="153"/>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="170"/>
        <source>The snapshot was not restored; the file is unchanged.

{reason}</source>
        <translation>快照沒有還原，規劃檔維持原樣。

{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/file/restore.py" line="180"/>
        <source>Restored the snapshot of {when}. The state before it is kept as a snapshot.</source>
        <translation>已還原 {when} 的快照。還原前的狀態已另存為一份快照。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../planner/ui/preferences/settings.py" line="42"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/settings.py" line="47"/>
        <source>Yours, for every planner file on this computer</source>
        <translation>您的設定，適用於這台電腦上的每個規劃檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/settings.py" line="49"/>
        <source>This file&apos;s, kept in it wherever it is opened</source>
        <translation>這個檔案的設定，存在檔案裡，在哪裡開啟都一樣</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/settings.py" line="51"/>
        <source>Exchange &amp;Rates…</source>
        <translation>匯率(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/settings.py" line="53"/>
        <source>Reason &amp;Categories…</source>
        <translation>原因類別(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/settings.py" line="54"/>
        <source>The categories a lost or abandoned deal can be filed under</source>
        <translation>輸單或已放棄的商機可以歸入的類別</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/preferences/settings.py" line="115"/>
        <source> days</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="77"/>
        <source>On the board</source>
        <translation>在看板上</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="80"/>
        <source>In the agenda</source>
        <translation>在待辦事項中</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="97"/>
        <source>Go to the card above or below</source>
        <translation>移到上方或下方的卡片</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="98"/>
        <source>Go to the next column on the left or right</source>
        <translation>移到左邊或右邊的欄</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="100"/>
        <source>Open the deal in the deal panel</source>
        <translation>在商機面板中開啟商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="101"/>
        <source>Why the deal cannot move back</source>
        <translation>商機為何不能退回</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="102"/>
        <source>The card&apos;s menu</source>
        <translation>卡片的選單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="114"/>
        <source>Tick the selected step as done</source>
        <translation>將所選的一步勾選為完成</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="115"/>
        <source>Open the line&apos;s deal on its board</source>
        <translation>在看板上開啟這一行的商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="78"/>
        <source>In lists of accounts and contacts</source>
        <translation>在客戶與聯絡人清單中</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="106"/>
        <source>Delete the selected one (Undo brings it back)</source>
        <translation>刪除選取的項目（「復原」可以找回）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="79"/>
        <source>In the process wizard and editor</source>
        <translation>在流程精靈與編輯器中</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="103"/>
        <source>Clear the search (in the search box); let go of the selected deal (on the cards)</source>
        <translation>清除搜尋（在搜尋框中）；取消選取商機（在卡片上）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="108"/>
        <source>Add a stage after the selected one</source>
        <translation>在選取的階段之後新增階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="110"/>
        <source>Remove the selected stage</source>
        <translation>移除選取的階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/shortcuts.py" line="112"/>
        <source>Move the selected stage up or down</source>
        <translation>將選取的階段上移或下移</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/shortcuts.py" line="34"/>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/shortcuts.py" line="37"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/shortcuts.py" line="38"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location filename="../../planner/ui/preferences/shortcuts.py" line="47"/>
        <source>Commands</source>
        <translation>指令</translation>
    </message>
</context>
<context>
    <name>StalledDialog</name>
    <message>
        <location filename="../../planner/ui/review/stalled.py" line="183"/>
        <source>Stalled Deals</source>
        <translation>停滯的商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/stalled.py" line="185"/>
        <source>These open deals have been in their stage longer than 80% of your won deals took there. Where a stage has fewer than five won deals to compare with, the idle-days setting is the limit. Giving up in time frees your effort for deals you can win.</source>
        <translation>這些進行中的商機停留在目前階段的時間，已經超過您八成贏單在該階段所花的時間。若某個階段可比較的贏單不到五筆，就以閒置天數設定為門檻。及時放棄，才能把心力留給贏得了的商機。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/stalled.py" line="189"/>
        <source>No deal is stalled.

Every open deal is still within what your won deals took in its stage (or within the idle-days setting).</source>
        <translation>目前沒有停滯的商機。

每筆進行中的商機，都還在您的贏單於該階段所花的時間之內（或在閒置天數設定之內）。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/stalled.py" line="191"/>
        <source>Stalled deals</source>
        <translation>停滯的商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/stalled.py" line="192"/>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/stalled.py" line="193"/>
        <source>&amp;Abandon…</source>
        <translation>放棄(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/stalled.py" line="199"/>
        <source>Stalled deals: {n}. Days count from the last milestone, or from the deal&apos;s start while it has none; archived deals are left out.</source>
        <translation>停滯的商機：{n} 筆。天數從最近一個里程點起算，還沒有里程點的從商機建立日起算；已封存的商機不列入。</translation>
    </message>
</context>
<context>
    <name>StalledModel</name>
    <message>
        <location filename="../../planner/ui/review/model.py" line="32"/>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/model.py" line="33"/>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/model.py" line="34"/>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/model.py" line="35"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/model.py" line="36"/>
        <source>Days in stage</source>
        <translation>在此階段天數</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/model.py" line="37"/>
        <source>Stalled after</source>
        <translation>停滯門檻</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/model.py" line="38"/>
        <source>Days over</source>
        <translation>超過天數</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/model.py" line="45"/>
        <source>{days} d (your wins)</source>
        <translation>{days} 天（依您的贏單）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/model.py" line="46"/>
        <source>{days} d (idle setting)</source>
        <translation>{days} 天（依閒置設定）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/review/model.py" line="53"/>
        <location filename="../../planner/ui/review/model.py" line="57"/>
        <source>%n days</source>
        <comment>a time in a stage</comment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/model.py" line="55"/>
        <source>{stay} in this stage; your won deals took at most {bar} here (80th percentile of {sample})</source>
        <translation>已在此階段 {stay}；您的贏單在這裡最多花了 {bar}（{sample}的第 80 百分位數）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/review/model.py" line="58"/>
        <source>%n won deals</source>
        <translation>
            <numerusform>%n 筆贏單</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/review/model.py" line="59"/>
        <source>{stay} in this stage, more than the {idle} set for this file (too few won deals here yet to compare with)</source>
        <translation>已在此階段 {stay}，超過這個檔案設定的{idle}（此階段的贏單還太少，無法比較）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/review/model.py" line="61"/>
        <source>%n idle days</source>
        <translation>
            <numerusform>閒置天數 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../planner/ui/board/welcome.py" line="105"/>
        <source>Welcome to Deal Planner</source>
        <translation>歡迎使用 Deal Planner</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/welcome.py" line="106"/>
        <source>A sale moves forward through milestones that cannot be undone: the budget is locked, the solution is chosen, the contract is signed. Start by tailoring a process to the milestones your customers really have; your deals then move across its stages, one confirmed milestone at a time.</source>
        <translation>銷售是靠一個個無法回頭的里程點往前推進的：預算鎖定、方案選定、合約簽署。先依照客戶實際會經歷的里程點，量身打造一套流程；之後每確認一個里程點，商機就往下一個階段前進一步。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/welcome.py" line="111"/>
        <source>Tailor your first process</source>
        <translation>量身打造您的第一個流程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/welcome.py" line="113"/>
        <source>Answer one question per stage of the reference process; about five minutes.</source>
        <translation>參考流程的每個階段回答一個問題，大約五分鐘。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/welcome.py" line="114"/>
        <source>Open the demo</source>
        <translation>開啟示範檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/welcome.py" line="116"/>
        <source>A sample file with accounts, deals and confirmed milestones to explore freely.</source>
        <translation>內含客戶、商機與已確認里程點的範例檔，可以自由探索。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/board/welcome.py" line="117"/>
        <source>Open Another Planner File…</source>
        <translation>開啟其他規劃檔…</translation>
    </message>
</context>
<context>
    <name>damaged_file</name>
    <message>
        <location filename="../../planner/ui/damaged_file.py" line="40"/>
        <source>“{name}” is damaged: Deal Planner&apos;s check of the whole file, which ran while the window opened, found a problem in it.</source>
        <translation>「{name}」已損壞：Deal Planner 在視窗開啟時對整個檔案所做的檢查，發現其中有問題。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/damaged_file.py" line="43"/>
        <source>Nothing has been changed in the file, and nothing can be until you choose:
• Restore a snapshot: the file goes back to how it was when the snapshot was taken.
• Keep it read-only: browse, search, export account plans or back it up, but change nothing.
• Close: Deal Planner closes and leaves the file as it is.</source>
        <translation>檔案中沒有任何內容被變更；在您做出選擇之前，也無法變更任何內容：
• 還原快照：檔案回到拍攝快照時的狀態。
• 保持唯讀：可瀏覽、搜尋、匯出客戶計畫或備份，但不做任何變更。
• 關閉：Deal Planner 關閉，檔案維持原狀。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/damaged_file.py" line="49"/>
        <source>&amp;Restore a Snapshot…</source>
        <translation>還原快照(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/damaged_file.py" line="50"/>
        <source>&amp;Keep Read-Only</source>
        <translation>保持唯讀(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/damaged_file.py" line="51"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <location filename="../../planner/ui/kit/file_dialogs.py" line="50"/>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/file_dialogs.py" line="51"/>
        <source>Planner file</source>
        <translation>規劃檔</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/file_dialogs.py" line="52"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/file_dialogs.py" line="53"/>
        <source>{suffix} file</source>
        <translation>{suffix} 檔案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/file_dialogs.py" line="118"/>
        <source>{name} belongs to the planner file open in this window. Choose another file.</source>
        <translation>{name} 屬於這個視窗正在開啟的規劃檔，請選擇其他檔案。</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../planner/ui/opening.py" line="75"/>
        <source>another window</source>
        <translation>另一個視窗</translation>
    </message>
    <message>
        <location filename="../../planner/ui/opening.py" line="79"/>
        <source>Deal Planner (process {pid}) on this computer</source>
        <translation>這台電腦上的 Deal Planner（處理程序 {pid}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/opening.py" line="81"/>
        <source>Deal Planner (process {pid}) on the computer “{host}”</source>
        <translation>電腦「{host}」上的 Deal Planner（處理程序 {pid}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/opening.py" line="90"/>
        <source>“{name}” is open in another window: {who}.</source>
        <translation>「{name}」已在另一個視窗中開啟：{who}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/opening.py" line="92"/>
        <source>Only one window at a time can change a planner file. You can look at it here without changing it: browse, search, export account plans and back it up.</source>
        <translation>同一時間只有一個視窗能修改規劃檔。您可以在這裡以唯讀方式查看：瀏覽、搜尋、匯出客戶計畫及備份，但不會修改檔案。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/opening.py" line="95"/>
        <source>Open &amp;Read-Only</source>
        <translation>以唯讀開啟(&amp;R)</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../planner/ui/kit/printing.py" line="46"/>
        <source>No PDF viewer could be started. The file is at {path}.</source>
        <translation>無法啟動 PDF 檢視器。檔案位於 {path}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/printing.py" line="150"/>
        <source>Printing needs Qt PDF, which is not installed. Open the PDF in your viewer and print it from there?</source>
        <translation>列印需要 Qt PDF，但尚未安裝。要在 PDF 檢視器中開啟檔案，再從那裡列印嗎？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/printing.py" line="161"/>
        <source>The PDF could not be read for printing: {reason}</source>
        <translation>無法讀取 PDF 以進行列印：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/printing.py" line="184"/>
        <source>The printer could not be started.</source>
        <translation>無法啟動印表機。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/printing.py" line="196"/>
        <source>Printing…</source>
        <translation>列印中…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/printing.py" line="196"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
