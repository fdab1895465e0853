<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AbandonDialog</name>
    <message>
        <location filename="../../planner/ui/deal/dialogs.py" line="88"/>
        <location filename="../../planner/ui/deal/dialogs.py" line="92"/>
        <source>Abandon deal</source>
        <translation>放棄商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/dialogs.py" line="89"/>
        <source>Giving up in time frees your effort for deals you can win. “{title}” will be closed as abandoned.</source>
        <translation>及時放棄，才能把力氣留給贏得了的商機。「{title}」將以「已放棄」結案。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/dialogs.py" line="91"/>
        <source>&amp;Why are you giving it up?</source>
        <translation>為什麼要放棄？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/dialogs.py" line="93"/>
        <source>This cannot be undone: an abandoned deal stays closed. Its history is kept, and you can later start a follow-up deal.</source>
        <translation>此操作無法復原：放棄後商機即結案。歷程會保留，日後也可以另開後續商機。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/dialogs.py" line="98"/>
        <source>Reason &amp;category:</source>
        <translation>原因類別(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="31"/>
        <source>e.g. machine tools, logistics</source>
        <translation>例如：工具機、物流</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="32"/>
        <source>e.g. 1,200 staff</source>
        <translation>例如：員工 1,200 人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="33"/>
        <source>e.g. group enterprise, key account, small shop</source>
        <translation>例如：集團企業、重點客戶、小店</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="34"/>
        <source>e.g. trusted for three years; new customer</source>
        <translation>例如：合作三年、信任良好；新客戶</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="36"/>
        <source>How they buy, who approves, what matters to them</source>
        <translation>他們怎麼採購、誰核准、重視什麼</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="37"/>
        <source>Archived (hidden when choosing an account for a new deal)</source>
        <translation>已封存（新增商機時不列入客戶選單）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="42"/>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="45"/>
        <source>&amp;Industry:</source>
        <translation>產業(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="46"/>
        <source>Si&amp;ze:</source>
        <translation>規模(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="47"/>
        <source>&amp;Kind of customer:</source>
        <translation>客戶類型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="48"/>
        <source>&amp;Relationship:</source>
        <translation>往來關係(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="49"/>
        <source>N&amp;otes:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="51"/>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="97"/>
        <source>Another account is also named “{name}”; lists tell them apart by industry and number (#{id}). A name of their own is clearer.</source>
        <translation>另一個客戶也叫「{name}」；清單會以產業與編號（#{id}）區分兩者。給它一個獨特的名稱會更清楚。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/editor.py" line="120"/>
        <source>An account needs a name; the previous one is kept.</source>
        <translation>客戶必須有名稱；已保留原本的名稱。</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../planner/ui/kit/formats.py" line="48"/>
        <source>{name} ({industry}, #{id})</source>
        <translation>{name}（{industry}，#{id}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/formats.py" line="51"/>
        <source>{name} (#{id})</source>
        <translation>{name}（#{id}）</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="113"/>
        <location filename="../../planner/ui/accounts/dialog.py" line="133"/>
        <source>Accounts</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="123"/>
        <source>Filter by name, industry, kind…</source>
        <translation>依名稱、產業、類型篩選…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="125"/>
        <source>Filter accounts</source>
        <translation>篩選客戶</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="135"/>
        <source>Show archived</source>
        <translation>顯示已封存</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="137"/>
        <source>New account…</source>
        <translation>新增客戶…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="139"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="156"/>
        <source>Choose an account on the left, or create one.</source>
        <translation>請從左側選擇客戶，或新增一個。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="177"/>
        <source>Export account plan…</source>
        <translation>匯出客戶計畫…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="182"/>
        <source>Changes are saved as you make them; Undo takes them back.</source>
        <translation>變更會隨手儲存；「復原」可以撤回。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="268"/>
        <source>An account with deals cannot be deleted; archive it instead.</source>
        <translation>已有商機的客戶不能刪除；請改為封存。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="269"/>
        <source>Delete this account and its contacts (Undo brings them back)</source>
        <translation>刪除這個客戶及其聯絡人（「復原」可以找回）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/accounts/dialog.py" line="283"/>
        <source>{shown} of %n accounts</source>
        <translation>
            <numerusform>%n 個客戶中的 {shown} 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/accounts/dialog.py" line="284"/>
        <source>%n accounts</source>
        <translation>
            <numerusform>共 %n 個客戶</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="324"/>
        <source>An account named “{name}” already exists{archived}. Add another account with the same name?</source>
        <translation>已經有名為「{name}」的客戶{archived}。要再新增一個同名的客戶嗎？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="325"/>
        <source> (archived)</source>
        <translation>（已封存）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="326"/>
        <source>&amp;Add Another</source>
        <translation>再新增一個(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="327"/>
        <source>&amp;Show the Existing One</source>
        <translation>顯示現有的客戶(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="305"/>
        <location filename="../../planner/ui/accounts/dialog.py" line="323"/>
        <source>New account</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="305"/>
        <source>Name of the customer:</source>
        <translation>客戶名稱：</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../planner/ui/accounts/dialog.py" line="85"/>
        <source>{name} (archived)</source>
        <translation>{name}（已封存）</translation>
    </message>
</context>
<context>
    <name>AmountSpinBox</name>
    <message>
        <location filename="../../planner/ui/kit/amount.py" line="42"/>
        <source>An amount cannot be negative: enter zero or more.</source>
        <translation>金額不能是負數：請輸入零或以上的數字。</translation>
    </message>
</context>
<context>
    <name>BuyingGroup</name>
    <message>
        <location filename="../../planner/ui/kit/buying.py" line="18"/>
        <source>Nobody in the buying group is identified yet</source>
        <translation>尚未識別採購決策小組的任何成員</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/buying.py" line="19"/>
        <source>No economic buyer identified</source>
        <translation>尚未確認經濟決策者</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/buying.py" line="20"/>
        <source>An opponent has high influence</source>
        <translation>有高影響力的反對者</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/buying.py" line="21"/>
        <source>No coach: nobody inside guides us</source>
        <translation>沒有內線（教練）：客戶內部無人引導我們</translation>
    </message>
</context>
<context>
    <name>CategoryBox</name>
    <message>
        <location filename="../../planner/ui/kit/reasons.py" line="53"/>
        <source>No category</source>
        <translation>不指定類別</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/reasons.py" line="58"/>
        <source>{name} (retired)</source>
        <translation>{name}（已停用）</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../planner/ui/deal/buying_group.py" line="226"/>
        <location filename="../../planner/ui/deal/buying_group.py" line="231"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ConfirmationBox</name>
    <message>
        <location filename="../../planner/ui/deal/confirmation_box.py" line="50"/>
        <source>Confirmed on {date}: {outcome}</source>
        <translation>{date} 確認：{outcome}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirmation_box.py" line="61"/>
        <source>Evidence</source>
        <translation>佐證</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirmation_box.py" line="69"/>
        <source>Open the evidence</source>
        <translation>開啟佐證</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirmation_box.py" line="72"/>
        <source>Customer decision</source>
        <translation>客戶的決定</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirmation_box.py" line="75"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirmation_box.py" line="75"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirmation_box.py" line="77"/>
        <source>Confirmed or decided by</source>
        <translation>確認或決定者</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirmation_box.py" line="79"/>
        <source>Correction notes</source>
        <translation>更正附註</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirmation_box.py" line="84"/>
        <source>{date}: {text}</source>
        <translation>{date}：{text}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirmation_box.py" line="91"/>
        <source>Add correction note…</source>
        <translation>新增更正附註…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/confirmation_box.py" line="93"/>
        <source>A confirmed milestone cannot change. If something in it was wrong, add a dated note.</source>
        <translation>已確認的里程點不能修改。若內容有誤，請加上註明日期的附註。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="209"/>
        <source>Edit contact</source>
        <translation>編輯聯絡人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="209"/>
        <source>New contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="213"/>
        <source>e.g. CFO, head of IT</source>
        <translation>例如：財務長、資訊主管</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="223"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="224"/>
        <source>&amp;Job title:</source>
        <translation>職稱(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="225"/>
        <source>Buying &amp;role:</source>
        <translation>採購角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="226"/>
        <source>&amp;Attitude:</source>
        <translation>態度(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="227"/>
        <source>&amp;Influence:</source>
        <translation>影響力(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="228"/>
        <source>&amp;E-mail:</source>
        <translation>電子郵件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="229"/>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="230"/>
        <source>N&amp;otes:</source>
        <translation>備註(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="251"/>
        <source>Enter the person&apos;s name.</source>
        <translation>請輸入這位聯絡人的姓名。</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="304"/>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="305"/>
        <source>No contacts yet. Add the people who decide, evaluate and use.</source>
        <translation>還沒有聯絡人。請加入做決定、負責評估與實際使用的人。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="306"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="307"/>
        <source>Add a contact</source>
        <translation>新增聯絡人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="308"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="309"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="380"/>
        <source>Remove contact</source>
        <translation>移除聯絡人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/contacts.py" line="381"/>
        <source>Remove {name} from this account? You can undo this with Edit &gt; Undo.</source>
        <translation>要從此客戶移除 {name} 嗎？之後可以用「編輯 › 復原」撤回。</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../planner/ui/deal/dialogs.py" line="106"/>
        <source>{stage}: confirmed on {date} ({outcome}). Evidence: {evidence}</source>
        <translation>{stage}：{date} 確認（{outcome}）。佐證：{evidence}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/dialogs.py" line="110"/>
        <source>Add correction note</source>
        <translation>新增更正附註</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/dialogs.py" line="112"/>
        <source>&amp;What was wrong, and what is right?</source>
        <translation>哪裡有誤？正確的內容是什麼？(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/dialogs.py" line="113"/>
        <source>Add note</source>
        <translation>新增附註</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/dialogs.py" line="114"/>
        <source>Correction notes are permanent: they are dated today and cannot be edited, removed or undone. The confirmation stays as it was.</source>
        <translation>更正附註是永久的：以今天為日期，之後不能修改、刪除或復原。原本的確認內容維持不變。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../planner/ui/kit/widgets.py" line="100"/>
        <location filename="../../planner/ui/kit/widgets.py" line="105"/>
        <location filename="../../planner/ui/kit/widgets.py" line="155"/>
        <location filename="../../planner/ui/kit/widgets.py" line="157"/>
        <source>No date</source>
        <translation>無日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/widgets.py" line="106"/>
        <location filename="../../planner/ui/kit/widgets.py" line="158"/>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
</context>
<context>
    <name>DealFields</name>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="102"/>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="103"/>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="104"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="96"/>
        <source>Status:</source>
        <translation>狀態：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="96"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="97"/>
        <source>&amp;Account:</source>
        <translation>客戶(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="98"/>
        <source>Expected &amp;close:</source>
        <translation>預計成交(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="97"/>
        <source>Tit&amp;le:</source>
        <translation>名稱(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="98"/>
        <source>Val&amp;ue:</source>
        <translation>金額(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="99"/>
        <source>&amp;Risks:</source>
        <translation>風險(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="99"/>
        <source>Next &amp;milestone target:</source>
        <translation>下個里程點目標(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="100"/>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="105"/>
        <source>Expected close</source>
        <translation>預計成交日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="106"/>
        <source>Next milestone target</source>
        <translation>下個里程點目標日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="107"/>
        <source>Risks</source>
        <translation>風險</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="108"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>DealWorkspace</name>
    <message>
        <location filename="../../planner/ui/deal/panel.py" line="165"/>
        <source>Select a deal…</source>
        <translation>請選擇一筆商機…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/panel.py" line="167"/>
        <source>Pick a deal on the board to see its stages, tasks, contacts and history here.</source>
        <translation>在看板上點選商機，這裡就會顯示它的階段、任務、聯絡人與歷程。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/panel.py" line="170"/>
        <location filename="../../planner/ui/deal/buying_group.py" line="182"/>
        <source>Buying group</source>
        <translation>採購決策小組</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/ui/deal/panel.py" line="283"/>
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n 個缺口</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="84"/>
        <source>Confirm milestone…</source>
        <translation>確認里程點…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="85"/>
        <source>Confirm the current stage&apos;s milestone. This freezes the stage and every stage before it; it cannot be undone.</source>
        <translation>確認目前階段的里程點。確認後，此階段及之前的所有階段都會凍結，且無法復原。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="88"/>
        <source>Abandon…</source>
        <translation>放棄…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="89"/>
        <source>Give this deal up, with a reason. It cannot be undone.</source>
        <translation>放棄這筆商機並填寫原因。此操作無法復原。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="91"/>
        <source>Follow-up deal…</source>
        <translation>後續商機…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="92"/>
        <source>Start a new deal for what comes after this one, linked to it.</source>
        <translation>為接下來的機會另開一筆商機，並與這筆商機連結。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="94"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="122"/>
        <location filename="../../planner/ui/deal/header.py" line="127"/>
        <source>Archive</source>
        <translation>封存</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="147"/>
        <source>Archived: on the board only with Filters › Show Archived Deals (View menu too).</source>
        <translation>已封存：只有在「篩選 › 顯示已封存商機」（檢視選單中也有）時才會出現在看板上。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="95"/>
        <source>Delete deal…</source>
        <translation>刪除商機…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/panel.py" line="168"/>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/panel.py" line="169"/>
        <source>Stages</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/account_box.py" line="57"/>
        <source>Edit account…</source>
        <translation>編輯客戶…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/account_box.py" line="58"/>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/panel.py" line="171"/>
        <source>Account and contacts</source>
        <translation>客戶與聯絡人</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/panel.py" line="172"/>
        <location filename="../../planner/ui/deal/panel.py" line="173"/>
        <source>History</source>
        <translation>歷程</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="124"/>
        <source>{account} · {process}</source>
        <translation>{account} · {process}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="126"/>
        <source>Take out of the archive</source>
        <translation>取消封存</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/actions.py" line="100"/>
        <source>A deal with confirmed milestones cannot be deleted; archive it instead.</source>
        <translation>已確認里程點的商機不能刪除，請改為封存。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="137"/>
        <source>Won on {date}</source>
        <translation>{date} 贏單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="139"/>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="142"/>
        <source>Lost: {reason}</source>
        <translation>輸單：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="145"/>
        <source>Abandoned: {reason}</source>
        <translation>已放棄：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="150"/>
        <source>A closed deal is read-only.</source>
        <translation>已結案的商機僅供檢視。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="165"/>
        <source>Stage {n} of {total}: {name}</source>
        <translation>第 {n}／{total} 階段：{name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="169"/>
        <source> · target {date}</source>
        <translation> · 目標 {date}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="172"/>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/header.py" line="173"/>
        <source>Next milestone: {milestone}</source>
        <translation>下個里程點：{milestone}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="60"/>
        <source>This date has passed: the deal shows as overdue.</source>
        <translation>這個日期已經過了：商機會標示為逾期。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="109"/>
        <source>What could stop this deal?</source>
        <translation>有什麼可能讓這筆商機卡住？</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="110"/>
        <source>Anything worth remembering about this deal</source>
        <translation>關於這筆商機值得記下的事</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/fields.py" line="113"/>
        <source>Follow-up of “{title}”.</source>
        <translation>接續「{title}」。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/field_binding.py" line="142"/>
        <source>A deal needs a title; the previous one is kept.</source>
        <translation>商機必須有名稱；已保留原本的名稱。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/field_binding.py" line="153"/>
        <source>A currency is a three-letter code such as TWD or USD.</source>
        <translation>幣別是三個英文字母的代碼，例如 TWD 或 USD。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/actions.py" line="71"/>
        <source>Follow-up deal</source>
        <translation>後續商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/actions.py" line="72"/>
        <source>A new open deal for the same account and process, linked to this one.
Title:</source>
        <translation>為同一客戶、同一流程另開一筆進行中的商機，並與這筆商機連結。
名稱：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/actions.py" line="74"/>
        <source>{title} (follow-up)</source>
        <translation>{title}（後續）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/actions.py" line="100"/>
        <location filename="../../planner/ui/deal/actions.py" line="105"/>
        <source>Delete deal</source>
        <translation>刪除商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/actions.py" line="102"/>
        <source>A closed deal cannot be deleted, as it counts in the win rates; archive it instead.</source>
        <translation>已結案的商機計入贏率，因此不能刪除；請改為封存。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/actions.py" line="105"/>
        <source>Delete “{title}” with its tasks, deliverables and notes? This cannot be undone.</source>
        <translation>要刪除「{title}」及其任務、交付件與備註嗎？此操作無法復原。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/close_category.py" line="46"/>
        <source>Reason &amp;category:</source>
        <translation>原因類別(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/close_category.py" line="47"/>
        <source>Why the deal ended, as a category of your list (Settings › Reason Categories…): the win/loss analysis counts deals by it. The written reason stays as it is.</source>
        <translation>以您清單中的類別（設定 › 原因類別…）說明商機為何結束：贏輸分析會依此統計商機。已寫下的原因維持不變。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_group.py" line="77"/>
        <source>wants: {wants}</source>
        <translation>期望：{wants}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_group.py" line="183"/>
        <source>Nobody yet. Add the people who decide, evaluate, use and guide: each one&apos;s attitude toward us and how much they weigh.</source>
        <translation>尚無成員。請加入決策、評估、使用與引導的人，並記下每個人對我們的態度與影響力。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_group.py" line="186"/>
        <source>The deal is closed: its buying group is kept as it was.</source>
        <translation>商機已結案：採購決策小組維持結案時的樣子。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_group.py" line="187"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_group.py" line="188"/>
        <source>Add a person to the buying group</source>
        <translation>將一位人員加入採購決策小組</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_group.py" line="189"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_group.py" line="190"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_group.py" line="191"/>
        <source>Take the person out of this deal&apos;s buying group (they stay a contact of the account)</source>
        <translation>將此人移出本商機的採購決策小組（仍保留為客戶的聯絡人）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_group.py" line="227"/>
        <source>This stage&apos;s milestone requires: {roles}.</source>
        <translation>本階段的里程點需要：{roles}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_group.py" line="230"/>
        <source>Still missing: {roles}.</source>
        <translation>尚缺：{roles}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_group.py" line="314"/>
        <source>Remove from the buying group</source>
        <translation>移出採購決策小組</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_group.py" line="315"/>
        <source>Take {name} out of this deal&apos;s buying group? They stay a contact of the account. You can undo this with Edit &gt; Undo.</source>
        <translation>要將 {name} 移出本商機的採購決策小組嗎？此人仍會保留為客戶的聯絡人。您可以用「編輯 &gt; 復原」還原。</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <location filename="../../planner/ui/deal/due_date.py" line="18"/>
        <source>Due Date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/due_date.py" line="21"/>
        <source>When should “{item}” be done? The agenda lists it from then on until it is ticked.</source>
        <translation>「{item}」應在何時完成？在勾選完成之前，待辦事項都會列出它。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/due_date.py" line="25"/>
        <source>This date has passed: the agenda shows it as overdue.</source>
        <translation>這個日期已經過了：待辦事項會將它列為逾期。</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="93"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="93"/>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="93"/>
        <source>Before → after</source>
        <translation>變更前 → 變更後</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="111"/>
        <source>Deal created</source>
        <translation>建立商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="113"/>
        <source>Changed the {field}</source>
        <translation>修改{field}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="118"/>
        <source>Task done</source>
        <translation>任務完成</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="118"/>
        <source>Task reopened</source>
        <translation>任務改回未完成</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="120"/>
        <source>Deliverable in place</source>
        <translation>交付件已備妥</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="120"/>
        <source>Deliverable no longer in place</source>
        <translation>交付件改回未備妥</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="123"/>
        <source>Task added</source>
        <translation>新增任務</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="123"/>
        <source>Deliverable added</source>
        <translation>新增交付件</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="125"/>
        <source>Task removed</source>
        <translation>移除任務</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="125"/>
        <source>Deliverable removed</source>
        <translation>移除交付件</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="128"/>
        <source>Deliverable link changed</source>
        <translation>修改交付件連結</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="129"/>
        <source>Task renamed</source>
        <translation>任務改名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="129"/>
        <source>Deliverable renamed</source>
        <translation>交付件改名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="135"/>
        <source>Stage note edited: {stage}</source>
        <translation>編輯階段備註：{stage}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="137"/>
        <source>Milestone went against us: {stage}</source>
        <translation>里程點結果不利：{stage}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="138"/>
        <source>Milestone confirmed: {stage}</source>
        <translation>確認里程點：{stage}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="141"/>
        <source>Moved to the next stage</source>
        <translation>推進到下一階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="143"/>
        <source>Status changed</source>
        <translation>狀態變更</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="145"/>
        <source>Deal abandoned</source>
        <translation>放棄商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="148"/>
        <source>Correction note added: {stage}</source>
        <translation>新增更正附註：{stage}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="149"/>
        <source>Correction note added</source>
        <translation>新增更正附註</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="152"/>
        <source>Follow-up deal created</source>
        <translation>建立後續商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="152"/>
        <source>deal #{id}</source>
        <translation>商機 #{id}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="154"/>
        <source>Archived</source>
        <translation>已封存</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="156"/>
        <source>Taken out of the archive</source>
        <translation>取消封存</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="158"/>
        <source>Deal deleted</source>
        <translation>刪除商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="165"/>
        <source>contact #{id}</source>
        <translation>聯絡人 #{id}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="172"/>
        <source>Added to the buying group</source>
        <translation>加入採購決策小組</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="174"/>
        <source>Taken out of the buying group</source>
        <translation>移出採購決策小組</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="178"/>
        <source>Buying role of {name}</source>
        <translation>{name} 的採購角色</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="182"/>
        <source>Attitude of {name}</source>
        <translation>{name} 的態度</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="186"/>
        <source>Influence of {name}</source>
        <translation>{name} 的影響力</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="189"/>
        <source>What {name} wants</source>
        <translation>{name} 的期望</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="193"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="194"/>
        <source>Confirmed or decided by: {stage}</source>
        <translation>確認或決定者：{stage}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="195"/>
        <source>Confirmed or decided by</source>
        <translation>確認或決定者</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="203"/>
        <source>Next step done</source>
        <translation>下一步已完成</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="203"/>
        <source>Next step brought back</source>
        <translation>下一步已還原</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="204"/>
        <source>{step} (by {date})</source>
        <translation>{step}（期限 {date}）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="205"/>
        <source>Task due date</source>
        <translation>任務到期日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="205"/>
        <source>Deliverable due date</source>
        <translation>交付件到期日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="206"/>
        <source>{item}: {date}</source>
        <translation>{item}：{date}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="206"/>
        <source>no date</source>
        <translation>無日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="210"/>
        <source>(no category)</source>
        <translation>（未指定類別）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="212"/>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="224"/>
        <source>category #{id}</source>
        <translation>類別 #{id}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/event_log.py" line="231"/>
        <source>{text} (removed)</source>
        <translation>{text}（已移除）</translation>
    </message>
</context>
<context>
    <name>InfluenceMap</name>
    <message>
        <location filename="../../planner/ui/deal/influence_map.py" line="40"/>
        <source>Not known yet</source>
        <translation>態度不明</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/influence_map.py" line="41"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/influence_map.py" line="42"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/influence_map.py" line="43"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/influence_map.py" line="44"/>
        <source>Influence</source>
        <translation>影響力</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/influence_map.py" line="75"/>
        <source>Influence map</source>
        <translation>影響力地圖</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/influence_map.py" line="77"/>
        <source>The buying group by influence (up) and attitude toward us (across); choose a person to edit</source>
        <translation>採購決策小組依影響力（縱向，越上越高）與對我們的態度（橫向）排列；選擇一人即可編輯</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/influence_map.py" line="342"/>
        <source>Wants: {wants}</source>
        <translation>期望：{wants}</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="254"/>
        <source>Nothing here yet.</source>
        <translation>目前還沒有項目。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="256"/>
        <source>Add a task (Enter)</source>
        <translation>新增任務（按 Enter）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="256"/>
        <source>Add a deliverable (Enter)</source>
        <translation>新增交付件（按 Enter）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="258"/>
        <source>Due…</source>
        <translation>到期日…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="259"/>
        <source>Set the date the selected item should be done by; the agenda lists it until it is ticked</source>
        <translation>設定所選項目應完成的日期；在勾選完成之前，待辦事項都會列出它</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="261"/>
        <source>Link…</source>
        <translation>連結…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="262"/>
        <source>Set the link of the selected deliverable (a file or a web address)</source>
        <translation>設定所選交付件的連結（檔案或網址）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="263"/>
        <location filename="../../planner/ui/deal/work_items.py" line="363"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="264"/>
        <source>Remove the selected item (Del)</source>
        <translation>移除所選項目（Del）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="285"/>
        <source>{done} of {total} done</source>
        <translation>已完成 {done}／{total}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="329"/>
        <source>Deliverable link</source>
        <translation>交付件連結</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="330"/>
        <source>Where is “{item}”? A file path or a web address:</source>
        <translation>「{item}」放在哪裡？請輸入檔案路徑或網址：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="357"/>
        <source>Open link</source>
        <translation>開啟連結</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="359"/>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="360"/>
        <source>Set due date…</source>
        <translation>設定到期日…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="362"/>
        <source>Set link…</source>
        <translation>設定連結…</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="42"/>
        <source>Edit Person in the Buying Group</source>
        <translation>編輯採購決策小組成員</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="43"/>
        <source>Add Person to the Buying Group</source>
        <translation>加入採購決策小組成員</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="54"/>
        <source>e.g. CFO, head of IT</source>
        <translation>例如：財務長、資訊主管</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="61"/>
        <source>What this person wants from the deal, e.g. a payback within two years, less manual work</source>
        <translation>此人希望從這個商機得到什麼，例如：兩年內回收投資、減少人工作業</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="67"/>
        <source>New person…</source>
        <translation>新人員…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="68"/>
        <source>&amp;Person:</source>
        <translation>人員(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="69"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="70"/>
        <source>&amp;Job title:</source>
        <translation>職稱(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="74"/>
        <source>Person:</source>
        <translation>人員：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="75"/>
        <source>Buying &amp;role:</source>
        <translation>採購角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="76"/>
        <source>&amp;Attitude:</source>
        <translation>態度(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="77"/>
        <source>&amp;Influence:</source>
        <translation>影響力(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="78"/>
        <source>&amp;Wants:</source>
        <translation>期望(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="81"/>
        <source>Role, attitude and influence start as the account knows this person; here they are this deal&apos;s.</source>
        <translation>角色、態度與影響力先沿用客戶層級的資料；在這裡設定的是此人在本商機中的情形。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_dialogs.py" line="136"/>
        <source>Enter the person&apos;s name.</source>
        <translation>請輸入此人的姓名。</translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="43"/>
        <source>New deal</source>
        <translation>新增商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="53"/>
        <source>New account…</source>
        <translation>新增客戶…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="55"/>
        <source>Choose an account…</source>
        <translation>請選擇客戶…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="58"/>
        <location filename="../../planner/ui/deal/new_deal.py" line="59"/>
        <source>Name of the new customer</source>
        <translation>新客戶的名稱</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="72"/>
        <source>e.g. Warehouse system replacement</source>
        <translation>例如：倉儲管理系統汰換</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="74"/>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="82"/>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="84"/>
        <source>Expected close</source>
        <translation>預計成交日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="86"/>
        <source>This date has passed: the deal will show as overdue.</source>
        <translation>這個日期已經過了：商機會標示為逾期。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="88"/>
        <source>Next milestone target</source>
        <translation>下個里程點目標日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="96"/>
        <source>&amp;Account:</source>
        <translation>客戶(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="99"/>
        <source>&amp;Process:</source>
        <translation>流程(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="101"/>
        <source>&amp;Title:</source>
        <translation>名稱(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="102"/>
        <source>&amp;Value:</source>
        <translation>金額(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="105"/>
        <source>Expected &amp;close:</source>
        <translation>預計成交(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="106"/>
        <source>First &amp;milestone target:</source>
        <translation>第一個里程點目標(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="113"/>
        <source>Create deal</source>
        <translation>建立商機</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="130"/>
        <location filename="../../planner/ui/deal/new_deal.py" line="198"/>
        <source>There is no process yet. Tailor a process first, then create deals.</source>
        <translation>還沒有任何流程。請先量身打造流程，再建立商機。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="172"/>
        <source>An account named “{name}” already exists: choose it above unless this is another customer of the same name.</source>
        <translation>已經有名為「{name}」的客戶：請在上方選擇它，除非這是另一個同名的客戶。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="186"/>
        <source>Starts in “{stage}”; its milestone: {milestone}</source>
        <translation>從「{stage}」開始；其里程點：{milestone}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="200"/>
        <source>Enter the name of the new account, or choose an existing one.</source>
        <translation>請輸入新客戶的名稱，或選擇既有的客戶。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="202"/>
        <source>Choose an account.</source>
        <translation>請選擇客戶。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="204"/>
        <source>Give the deal a title.</source>
        <translation>請為這筆商機取個名稱。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/new_deal.py" line="207"/>
        <source>A currency is a three-letter code such as TWD or USD.</source>
        <translation>幣別是三個英文字母的代碼，例如 TWD 或 USD。</translation>
    </message>
</context>
<context>
    <name>NextStepSection</name>
    <message>
        <location filename="../../planner/ui/deal/next_step.py" line="38"/>
        <source>This date has passed: the step is overdue.</source>
        <translation>這個日期已經過了：這一步已逾期。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/next_step.py" line="66"/>
        <location filename="../../planner/ui/deal/next_step.py" line="70"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/next_step.py" line="67"/>
        <source>Ne&amp;xt step:</source>
        <translation>下一步(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/next_step.py" line="68"/>
        <source>B&amp;y:</source>
        <translation>期限(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/next_step.py" line="69"/>
        <source>What will you do next? e.g. Call the CFO</source>
        <translation>接下來要做什麼？例如：致電財務長</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/next_step.py" line="71"/>
        <source>Next step&apos;s date</source>
        <translation>下一步的日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/next_step.py" line="72"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/next_step.py" line="73"/>
        <source>Tick the step as done: it leaves the deal and the agenda (Undo brings it back); then write the step after it</source>
        <translation>將這一步勾選為完成：它會從商機與待辦事項中移除（復原可以還原），接著寫下再下一步</translation>
    </message>
</context>
<context>
    <name>NoteEdit</name>
    <message>
        <location filename="../../planner/ui/kit/widgets.py" line="252"/>
        <source>This text is {n} characters long, more than Deal Planner keeps ({limit}): another program wrote it. Its first {limit} are shown, and it cannot be changed here; nothing of it is lost.</source>
        <translation>這段文字長達 {n} 個字元，超過 Deal Planner 保存的上限（{limit}）：由其他程式寫入。此處只顯示前 {limit} 個字元，且無法在此修改；內容完全不會遺失。</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../planner/ui/kit/widgets.py" line="434"/>
        <location filename="../../planner/ui/kit/widgets.py" line="440"/>
        <source>Expanded</source>
        <translation>已展開</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/widgets.py" line="434"/>
        <location filename="../../planner/ui/kit/widgets.py" line="440"/>
        <source>Collapsed</source>
        <translation>已收合</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="74"/>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="77"/>
        <source>By language (Letter for US English, A4 otherwise)</source>
        <translation>依語言（美式英文用 Letter，其餘用 A4）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="79"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="80"/>
        <source>US Letter</source>
        <translation>美式 Letter</translation>
    </message>
</context>
<context>
    <name>StageMapStrip</name>
    <message>
        <location filename="../../planner/ui/deal/stage_map.py" line="81"/>
        <location filename="../../planner/ui/deal/stage_map.py" line="94"/>
        <source>Stage map</source>
        <translation>階段地圖</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/stage_map.py" line="249"/>
        <source>Milestone: {milestone}</source>
        <translation>里程點：{milestone}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/stage_map.py" line="257"/>
        <source>went against us on {date}</source>
        <translation>{date} 結果不利</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/stage_map.py" line="258"/>
        <source>confirmed on {date} (frozen)</source>
        <translation>{date} 確認（已凍結）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/stage_map.py" line="260"/>
        <source>current stage</source>
        <translation>目前階段</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/stage_map.py" line="262"/>
        <source>the deal was closed in this stage</source>
        <translation>商機在此階段結案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/stage_map.py" line="263"/>
        <source>not reached yet</source>
        <translation>尚未到達</translation>
    </message>
</context>
<context>
    <name>StageSection</name>
    <message>
        <location filename="../../planner/ui/deal/stage_section.py" line="77"/>
        <location filename="../../planner/ui/deal/stage_section.py" line="145"/>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/stage_section.py" line="78"/>
        <location filename="../../planner/ui/deal/stage_section.py" line="148"/>
        <source>Deliverables</source>
        <translation>交付件</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/stage_section.py" line="79"/>
        <location filename="../../planner/ui/deal/stage_section.py" line="81"/>
        <source>Stage notes</source>
        <translation>階段備註</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/stage_section.py" line="80"/>
        <source>What happened in this stage, what to remember…</source>
        <translation>這個階段發生了什麼、有什麼要記住的…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/stage_section.py" line="125"/>
        <source>Milestone: {milestone}</source>
        <translation>里程點：{milestone}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/stage_section.py" line="134"/>
        <source>current · {done}/{total}</source>
        <translation>目前 · {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/stage_section.py" line="137"/>
        <source>closed here</source>
        <translation>在此結案</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/stage_section.py" line="142"/>
        <source>Not reached yet. This stage has no tasks or deliverables.</source>
        <translation>尚未到達。此階段沒有任務或交付件。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/stage_section.py" line="143"/>
        <source>Not reached yet. When the deal gets here, it brings:</source>
        <translation>尚未到達。商機進入此階段時會帶入：</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="85"/>
        <source>account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="86"/>
        <source>title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="87"/>
        <source>value</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="88"/>
        <source>currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="89"/>
        <source>expected close</source>
        <translation>預計成交日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="90"/>
        <source>next milestone target</source>
        <translation>下個里程點目標日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="91"/>
        <source>notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="92"/>
        <source>risks</source>
        <translation>風險</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="93"/>
        <source>reason category</source>
        <translation>原因類別</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="109"/>
        <location filename="../../planner/ui/kit/undo.py" line="142"/>
        <source>Edit {field}</source>
        <translation>修改{field}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="187"/>
        <source>task</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="188"/>
        <source>deliverable</source>
        <translation>交付件</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="174"/>
        <location filename="../../planner/ui/kit/undo.py" line="196"/>
        <source>Tick “{item}”</source>
        <translation>勾選「{item}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="94"/>
        <source>next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="95"/>
        <source>next step&apos;s date</source>
        <translation>下一步的日期</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="159"/>
        <source>Next step “{step}”</source>
        <translation>下一步「{step}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="160"/>
        <source>Clear the next step</source>
        <translation>清除下一步</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="197"/>
        <source>Untick “{item}”</source>
        <translation>取消勾選「{item}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="213"/>
        <source>Set the due date of “{item}”</source>
        <translation>設定「{item}」的到期日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="214"/>
        <source>Clear the due date of “{item}”</source>
        <translation>清除「{item}」的到期日</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="230"/>
        <source>Add {kind} “{item}”</source>
        <translation>新增{kind}「{item}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="252"/>
        <source>Remove {kind} “{item}”</source>
        <translation>移除{kind}「{item}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="271"/>
        <source>Rename {kind} “{item}”</source>
        <translation>重新命名{kind}「{item}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="272"/>
        <source>Change the link of “{item}”</source>
        <translation>修改「{item}」的連結</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="289"/>
        <source>Edit the note of “{stage}”</source>
        <translation>編輯「{stage}」的備註</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="317"/>
        <source>Add contact “{name}”</source>
        <translation>新增聯絡人「{name}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="335"/>
        <source>Edit contact “{name}”</source>
        <translation>編輯聯絡人「{name}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="348"/>
        <source>Remove contact “{name}”</source>
        <translation>移除聯絡人「{name}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="362"/>
        <source>Edit account “{name}”</source>
        <translation>編輯客戶「{name}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="375"/>
        <source>New account “{name}”</source>
        <translation>新增客戶「{name}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/undo.py" line="394"/>
        <source>Delete account “{name}”</source>
        <translation>刪除客戶「{name}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_undo.py" line="22"/>
        <location filename="../../planner/ui/deal/buying_undo.py" line="46"/>
        <source>Add “{name}” to the buying group</source>
        <translation>將「{name}」加入採購決策小組</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_undo.py" line="71"/>
        <source>Edit “{name}” in the buying group</source>
        <translation>編輯採購決策小組的「{name}」</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/buying_undo.py" line="86"/>
        <source>Remove “{name}” from the buying group</source>
        <translation>將「{name}」移出採購決策小組</translation>
    </message>
</context>
<context>
    <name>WorkItemsModel</name>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="119"/>
        <source>{item} (required)</source>
        <translation>{item}（必要）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="121"/>
        <source>Due {date}</source>
        <translation>到期日 {date}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="124"/>
        <source>Link: {link}</source>
        <translation>連結：{link}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="135"/>
        <source>Required: the milestone cannot be confirmed without it.</source>
        <translation>必要：缺少它就無法確認里程點。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="138"/>
        <source>Overdue: it was due on {date}.</source>
        <translation>已逾期：到期日是 {date}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="139"/>
        <source>Due on {date}.</source>
        <translation>到期日是 {date}。</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="144"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="144"/>
        <source>not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../planner/ui/deal/work_items.py" line="146"/>
        <source>due {date}</source>
        <translation>到期日 {date}</translation>
    </message>
</context>
<context>
    <name>WorkspaceLabels</name>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="15"/>
        <source>Economic buyer</source>
        <translation>經濟決策者</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="16"/>
        <source>Technical evaluator</source>
        <translation>技術評估者</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="17"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="18"/>
        <source>Coach (inside guide)</source>
        <translation>內線（教練）</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="19"/>
        <source>Procurement</source>
        <translation>採購</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="20"/>
        <source>Other role</source>
        <translation>其他角色</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="26"/>
        <source>Supporter</source>
        <translation>支持者</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="27"/>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="28"/>
        <source>Opponent</source>
        <translation>反對者</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="29"/>
        <source>Attitude unknown</source>
        <translation>態度不明</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="35"/>
        <source>High influence</source>
        <translation>影響力高</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="36"/>
        <source>Medium influence</source>
        <translation>影響力中</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="37"/>
        <source>Low influence</source>
        <translation>影響力低</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="43"/>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="44"/>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="45"/>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="46"/>
        <source>Abandoned</source>
        <translation>已放棄</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="52"/>
        <source>Reached</source>
        <translation>已達成</translation>
    </message>
    <message>
        <location filename="../../planner/ui/kit/labels.py" line="53"/>
        <source>Went against us</source>
        <translation>結果不利</translation>
    </message>
</context>
<context>
    <name>_TextDialog</name>
    <message>
        <location filename="../../planner/ui/deal/dialogs.py" line="76"/>
        <source>Give a reason.</source>
        <translation>請填寫原因。</translation>
    </message>
</context>
</TS>
