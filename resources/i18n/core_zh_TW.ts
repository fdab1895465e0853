<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>app</name>
    <message>
        <location filename="../../planner/ui/app.py" line="118"/>
        <source>{path} does not exist. Create a new planner file there?</source>
        <translation>{path} 不存在。要在那裡建立新的規劃檔嗎？</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../planner/commands.py" line="47"/>
        <source>--deals must be between 0 and 1000000.</source>
        <translation>--deals 必須介於 0 到 1000000 之間。</translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="55"/>
        <source>Wrote {path} with {count} deals.</source>
        <translation>已寫入 {path}，共 {count} 筆商機。</translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="67"/>
        <source>{path}: OK, every rule holds.</source>
        <translation>{path}：正常，所有規則皆成立。</translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="70"/>
        <source>{path}: {n} problem(s) found:</source>
        <translation>{path}：發現 {n} 個問題：</translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="74"/>
        <source>… and {n} more.</source>
        <translation>……還有 {n} 項。</translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="97"/>
        <source>Backed up to {path}.</source>
        <translation>已備份至 {path}。</translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="111"/>
        <location filename="../../planner/commands.py" line="192"/>
        <source>Wrote {path} ({pages} pages).</source>
        <translation>已寫入 {path}（共 {pages} 頁）。</translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="126"/>
        <location filename="../../planner/commands.py" line="154"/>
        <source>--process takes a process id (a whole number).</source>
        <translation>--process 需要流程編號（整數）。</translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="215"/>
        <source>{path} is a planner file: add --force to replace it.</source>
        <translation>{path} 是規劃檔：若要取代它，請加上 --force。</translation>
    </message>
    <message>
        <location filename="../../planner/commands.py" line="226"/>
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
        <location filename="../../planner/domain/messages.py" line="121"/>
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
        <location filename="../../planner/domain/messages.py" line="115"/>
        <source>The date cannot be earlier than the previous milestone ({date}).</source>
        <translation>日期不能早於前一個里程點（{date}）。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="117"/>
        <source>Describe the evidence for this milestone.</source>
        <translation>請說明此里程點的佐證。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="118"/>
        <source>A milestone that went against us needs the customer&apos;s decision (why the deal is lost).</source>
        <translation>結果對我方不利的里程點，須填寫客戶的決定（輸單的原因）。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="120"/>
        <source>Required work is missing: {items}.</source>
        <translation>尚缺必要的工作：{items}。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="34"/>
        <source>The name cannot be empty.</source>
        <translation>名稱不能空白。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="37"/>
        <source>The name is too long (at most {n} characters).</source>
        <translation>名稱太長（最多 {n} 個字元）。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="123"/>
        <source>The text is too long (at most {n} characters).</source>
        <translation>文字太長（最多 {n} 個字元）。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="50"/>
        <source>The value must be a number.</source>
        <translation>金額必須是數字。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="52"/>
        <source>The value cannot be negative.</source>
        <translation>金額不能是負數。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="54"/>
        <source>The value is too large.</source>
        <translation>金額太大。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="62"/>
        <source>The currency must be a three-letter code such as TWD or USD.</source>
        <translation>幣別必須是三個字母的代碼，例如 TWD 或 USD。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="69"/>
        <source>A win rate is a whole number from 0 to 100.</source>
        <translation>贏率須為 0 到 100 的整數。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="67"/>
        <source>Give a reason.</source>
        <translation>請填寫原因。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="83"/>
        <location filename="../../planner/domain/reference.py" line="350"/>
        <source>A process needs at least one stage.</source>
        <translation>流程至少需要一個階段。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="88"/>
        <source>The stage “{stage}” needs a milestone.</source>
        <translation>階段「{stage}」需要一個里程點。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="105"/>
        <source>The stage “{stage}” cannot be removed: deals are in it or have passed it.</source>
        <translation>無法移除階段「{stage}」：已有商機位於或經過此階段。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/rules.py" line="116"/>
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
        <source>A row with this id already exists and cannot be replaced.</source>
        <translation>已有相同編號的資料列，不能取代它。</translation>
    </message>
    <message>
        <location filename="../../planner/domain/messages.py" line="104"/>
        <source>The id of a row cannot be changed.</source>
        <translation>資料列的編號不能變更。</translation>
    </message>
    <message>
        <location filename="../../planner/store/errors.py" line="44"/>
        <source>The planner file refused a value that breaks its rules.</source>
        <translation>規劃檔拒絕了違反規則的值。</translation>
    </message>
    <message>
        <location filename="../../planner/store/errors.py" line="46"/>
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
        <location filename="../../planner/store/upgrade.py" line="41"/>
        <source>{path} cannot be upgraded: in table {table}, row {row}, column {column} holds a value this version does not accept. Correct it with the version that wrote the file or an SQLite tool, then open it again.</source>
        <translation>{path} 無法升級：資料表 {table} 第 {row} 列的 {column} 欄位存有這個版本不接受的值。請用寫入這個檔案的版本或 SQLite 工具修正後，再重新開啟。</translation>
    </message>
    <message>
        <location filename="../../planner/store/database.py" line="79"/>
        <source>{path} is damaged and cannot be opened.</source>
        <translation>{path} 已損壞，無法開啟。</translation>
    </message>
    <message>
        <location filename="../../planner/store/database.py" line="127"/>
        <location filename="../../planner/safe_write.py" line="45"/>
        <location filename="../../planner/store/upgrade.py" line="64"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/store/upgrade.py" line="85"/>
        <source>{path} was changed outside Deal Planner: its tables or rules are not the ones its version wrote, so this version does not upgrade it.</source>
        <translation>{path} 曾在 Deal Planner 之外被修改：其中的資料表或規則不是它的版本所寫入的，因此這個版本不會升級它。</translation>
    </message>
    <message>
        <location filename="../../planner/store/database.py" line="115"/>
        <location filename="../../planner/commands.py" line="50"/>
        <source>{path} already exists.</source>
        <translation>{path} 已存在。</translation>
    </message>
    <message>
        <location filename="../../planner/store/database.py" line="137"/>
        <location filename="../../planner/store/database.py" line="144"/>
        <location filename="../../planner/store/read_only.py" line="40"/>
        <location filename="../../planner/store/read_only.py" line="58"/>
        <location filename="../../planner/store/read_only.py" line="78"/>
        <location filename="../../planner/store/read_only.py" line="91"/>
        <source>Cannot open {path}: {reason}</source>
        <translation>無法開啟 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/store/database.py" line="198"/>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="15"/>
        <source>Deal {ids}: its stage belongs to another process.</source>
        <translation>商機 {ids}：所在階段屬於另一個流程。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="18"/>
        <source>Deal {ids}: a stage before the current one has no confirmed milestone.</source>
        <translation>商機 {ids}：目前階段之前有階段的里程點尚未確認。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="23"/>
        <source>Deal {ids}: open, but its current stage is already confirmed.</source>
        <translation>商機 {ids}：仍在進行中，但目前階段已確認。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="29"/>
        <source>Deal {ids}: won without its last milestone.</source>
        <translation>商機 {ids}：未確認最後一個里程點卻標為贏單。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="33"/>
        <source>Deal {ids}: lost without a milestone that went against us.</source>
        <translation>商機 {ids}：沒有不利的里程點卻標為輸單。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="36"/>
        <source>Deal {ids}: a milestone went against us but the deal is not lost.</source>
        <translation>商機 {ids}：里程點結果不利，但商機未標為輸單。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="39"/>
        <source>Deal {ids}: closed without a reason.</source>
        <translation>商機 {ids}：結案但未填原因。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="41"/>
        <source>Milestone {ids}: its stage is not in the deal&apos;s process.</source>
        <translation>里程點 {ids}：其階段不在該商機的流程中。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="44"/>
        <source>Deal {ids}: a milestone is dated before the one of an earlier stage.</source>
        <translation>商機 {ids}：有里程點的日期早於較早階段的里程點。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="50"/>
        <source>Milestone {ids}: dated after today.</source>
        <translation>里程點 {ids}：日期晚於今天。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="52"/>
        <source>Rows {ids} point to something that does not exist.</source>
        <translation>資料列 {ids} 指向不存在的項目。</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="57"/>
        <source>SQLite integrity check: {result}</source>
        <translation>SQLite 完整性檢查：{result}</translation>
    </message>
    <message>
        <location filename="../../planner/store/invariants.py" line="67"/>
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
        <location filename="../../planner/services/accounts.py" line="35"/>
        <source>Several accounts are named “{name}”: give the id.</source>
        <translation>有多個客戶名為「{name}」，請改用編號。</translation>
    </message>
    <message>
        <location filename="../../planner/services/accounts.py" line="37"/>
        <source>No account “{name}”.</source>
        <translation>找不到客戶「{name}」。</translation>
    </message>
    <message>
        <location filename="../../planner/services/deals.py" line="59"/>
        <source>An archived process takes no new deals.</source>
        <translation>已封存的流程不接受新商機。</translation>
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
        <source>an input/output error occurred</source>
        <translation>發生輸入／輸出錯誤</translation>
    </message>
    <message>
        <location filename="../../planner/domain/errors.py" line="66"/>
        <source>the document could not be built ({error})</source>
        <translation>無法產生文件（{error}）</translation>
    </message>
    <message>
        <location filename="../../planner/safe_write.py" line="46"/>
        <source>it is not a regular file (it is a pipe, a device or a socket)</source>
        <translation>它不是一般檔案（而是管線、裝置或通訊端）</translation>
    </message>
    <message>
        <location filename="../../planner/safe_write.py" line="47"/>
        <source>the file was not there after writing</source>
        <translation>寫入後檔案並不在那裡</translation>
    </message>
    <message>
        <location filename="../../planner/safe_write.py" line="48"/>
        <source>{path} is the planner file being read, or a working file of it: write to another file.</source>
        <translation>{path} 是正在讀取的規劃檔或它的工作檔：請寫到另一個檔案。</translation>
    </message>
    <message>
        <location filename="../../planner/safe_write.py" line="50"/>
        <source>{path} belongs to {owner} (SQLite or Deal Planner keeps it there): write to another file.</source>
        <translation>{path} 屬於 {owner}（由 SQLite 或 Deal Planner 放在那裡）：請寫到另一個檔案。</translation>
    </message>
    <message>
        <location filename="../../planner/safe_write.py" line="52"/>
        <source>{path} is open in Deal Planner (process {pid} on {host}): close it there first.</source>
        <translation>{path} 正在 Deal Planner 中開啟（{host} 上的程序 {pid}）：請先在那裡關閉它。</translation>
    </message>
    <message>
        <location filename="../../planner/safe_write.py" line="54"/>
        <source>{path} is a planner file; it is replaced only when you confirm that.</source>
        <translation>{path} 是規劃檔；必須經您確認才會被取代。</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="65"/>
        <source>milestone</source>
        <translation>里程點</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="66"/>
        <source>correction note</source>
        <translation>更正附註</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="67"/>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="69"/>
        <source>The history was altered: {what} {id} is no longer what was sealed (seal {seq}).</source>
        <translation>歷程遭到竄改：{what} {id} 已和封存時的內容不同（第 {seq} 筆封存）。</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="71"/>
        <source>The history was altered: {what} {id} was deleted after it was sealed (seal {seq}).</source>
        <translation>歷程遭到竄改：{what} {id} 在封存後被刪除（第 {seq} 筆封存）。</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="73"/>
        <source>The history was altered: its seal is broken at entry {seq} ({what} {id}).</source>
        <translation>歷程遭到竄改：封存鏈在第 {seq} 筆斷開（{what} {id}）。</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="75"/>
        <source>{count} later seals do not match either.</source>
        <translation>之後另有 {count} 筆封存也不相符。</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="77"/>
        <source>The history was altered: {what} {ids} slipped in among rows already sealed.</source>
        <translation>歷程遭到竄改：{what} {ids} 被插進已封存的紀錄之間。</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="79"/>
        <source>Not sealed yet: {what} {ids}, written by another program since Deal Planner last saved this file.</source>
        <translation>尚未封存：{what} {ids}，是 Deal Planner 上次儲存這個檔案之後由其他程式寫入的。</translation>
    </message>
    <message>
        <location filename="../../planner/store/chain.py" line="83"/>
        <source>The history cannot be checked against its seals: {reason}</source>
        <translation>無法用封存核對歷程：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/store/snapshot_files.py" line="110"/>
        <source>Cannot write the snapshot {path}: {reason}</source>
        <translation>無法寫入快照 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/store/snapshot_files.py" line="300"/>
        <source>Cannot restore the snapshot {path}: {reason}</source>
        <translation>無法還原快照 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="41"/>
        <source>Table {name} was removed.</source>
        <translation>資料表 {name} 已被移除。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="42"/>
        <source>Table {name} was changed.</source>
        <translation>資料表 {name} 已被修改。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="43"/>
        <source>Table {name} was added that this version does not create.</source>
        <translation>檔案中多了本版本不會建立的資料表 {name}。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="45"/>
        <source>Index {name} was removed.</source>
        <translation>索引 {name} 已被移除。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="46"/>
        <source>Index {name} was changed.</source>
        <translation>索引 {name} 已被修改。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="47"/>
        <source>Index {name} was added that this version does not create.</source>
        <translation>檔案中多了本版本不會建立的索引 {name}。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="49"/>
        <source>Trigger {name} was removed.</source>
        <translation>觸發程序 {name} 已被移除。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="50"/>
        <source>Trigger {name} was changed.</source>
        <translation>觸發程序 {name} 已被修改。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="51"/>
        <source>Trigger {name} was added that this version does not create.</source>
        <translation>檔案中多了本版本不會建立的觸發程序 {name}。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="53"/>
        <source>View {name} was removed.</source>
        <translation>檢視表 {name} 已被移除。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="54"/>
        <source>View {name} was changed.</source>
        <translation>檢視表 {name} 已被修改。</translation>
    </message>
    <message>
        <location filename="../../planner/store/tamper.py" line="55"/>
        <source>View {name} was added that this version does not create.</source>
        <translation>檔案中多了本版本不會建立的檢視表 {name}。</translation>
    </message>
    <message>
        <location filename="../../planner/services/milestones.py" line="76"/>
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
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../planner/export.py" line="62"/>
        <source>1 character could not be printed with the bundled fonts; the PDF shows {mark} instead: {chars}</source>
        <translation>有 1 個字元無法以內建字型列印，PDF 中以 {mark} 代替：{chars}</translation>
    </message>
    <message>
        <location filename="../../planner/export.py" line="65"/>
        <source>{n} characters could not be printed with the bundled fonts; the PDF shows {mark} instead: {chars}</source>
        <translation>有 {n} 個字元無法以內建字型列印，PDF 中以 {mark} 代替：{chars}</translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message>
        <location filename="../../planner/forecast_output.py" line="102"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="104"/>
        <source>No date</source>
        <translation>未定</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="141"/>
        <source>Pipeline forecast by month, in {home} (today: {today})</source>
        <translation>銷售管道預測（依月份，以 {home} 計；今天：{today}）</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="143"/>
        <source>Pipeline forecast by quarter, in {home} (today: {today})</source>
        <translation>銷售管道預測（依季度，以 {home} 計；今天：{today}）</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="147"/>
        <source>1 {currency} = {rate} {home} (set {day})</source>
        <translation>1 {currency} = {rate} {home}（{day} 設定）</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="151"/>
        <source>Exchange rates: {rates}</source>
        <translation>匯率：{rates}</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="153"/>
        <source>No open deals to forecast.</source>
        <translation>沒有進行中的商機，無可預測。</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="154"/>
        <source>Deals</source>
        <translation>商機數</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="154"/>
        <source>Open value</source>
        <translation>商機金額</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="155"/>
        <source>Weighted (set)</source>
        <translation>加權（設定贏率）</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="155"/>
        <source>Weighted (observed)</source>
        <translation>加權（實際贏率）</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="156"/>
        <source>No rate</source>
        <translation>無匯率</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="160"/>
        <source>Period / stage</source>
        <translation>期間／階段</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="169"/>
        <location filename="../../planner/forecast_output.py" line="179"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="175"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="175"/>
        <source>Set rate</source>
        <translation>設定贏率</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="176"/>
        <source>Observed rate</source>
        <translation>實際贏率</translation>
    </message>
    <message>
        <location filename="../../planner/forecast_output.py" line="183"/>
        <source>Open deals that are not archived, by expected close date: overdue if before today. Weighted (set): by each stage&apos;s configured win rate. Weighted (observed): by the stage&apos;s observed rate where it rests on enough closed deals ({n} of {count} deals here), else by the configured one. No rate: amounts in a currency without an exchange rate, kept out of the totals (deals in brackets). Open value: unweighted.</source>
        <translation>未封存的進行中商機，依預計成交日期歸入期間：早於今天即為已逾期。加權（設定贏率）：依各階段設定的贏率。加權（實際贏率）：所在階段已有足夠的已結案商機時依其實際贏率（此處 {count} 件中有 {n} 件），否則依設定贏率。無匯率：無匯率幣別的金額，以原幣別列示，不計入合計（括號內為商機數）。商機金額：未加權。</translation>
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
</TS>
