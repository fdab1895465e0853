"""What the demo file says: its processes, customers, hand-written deals and the words of
its history (evidence, customers' decisions, reasons to give up), in both languages."""

from __future__ import annotations

from typing import NamedTuple

from planner.demo import translated
from planner.domain.model import Account, Answer, Attitude, BuyingRole, Contact, Influence, Process
from planner.domain.reference import process_from_answers, process_from_preset


def words(english: bool, language: str | None) -> int:
    """Which of a (zh_TW, en) pair a demo writes: the one of ``language`` ("en", "zh_TW"), or
    with None the customer's own (a bilingual demo, English customers in English)."""
    if language is None:
        return 1 if english else 0
    return 1 if language.replace("-", "_").split("_")[0] == "en" else 0


def processes(language: str | None = None) -> dict[str, Process]:
    """The four processes, by the key the deals below use: all in ``language`` when given, else
    two in Chinese and two in English. A preset has the same stages, work and rates in either
    language: only the words differ."""
    if language is None:
        chinese, latin = "zh_TW", "en"
    else:
        chinese = latin = "en" if words(False, language) else "zh_TW"
    group = process_from_preset("group_enterprise", chinese)
    group.name = "集團企業完整流程" if chinese == "zh_TW" else "Group enterprise: the full process"
    for stage in group.stages:  # the commercial evaluation waits for the economic buyer to be known
        if stage.ref_key == "e":
            stage.required_roles = [BuyingRole.ECONOMIC_BUYER]
    key = process_from_preset("key_account", latin)
    key.name = "Key accounts: tailored solutions" if latin == "en" else "重點客戶：量身方案"
    shop = process_from_preset("pay_and_take", chinese)
    shop.name = "門市銀貨兩訖" if chinese == "zh_TW" else "Shop: pay and take"
    answers = {"a": Answer.KEEP, "b": Answer.DROP, "c": Answer.NO_INFLUENCE, "d": Answer.DROP,
               "e": Answer.KEEP, "f": Answer.KEEP, "g": Answer.KEEP, "h": Answer.DROP}
    if latin == "en":
        trimmed = process_from_answers(answers, "en", "Inbound leads (trimmed)",
                                       "Leads from the web shop and trade fairs.")
    else:
        trimmed = process_from_answers(answers, "zh_TW", "展會與官網名單（精簡）", "來自網路商店與展會的名單。")
    return {"group": group, "key": key, "shop": shop, "trimmed": trimmed}


class Customer(NamedTuple):
    account: Account
    contacts: list[Contact]
    english: bool  # the language its deals are written in
    processes: tuple[str, ...]  # how it buys: the processes its generated deals follow


def _c(name: str, title: str, role: BuyingRole, attitude: Attitude, influence: Influence) -> Contact:
    return Contact(0, name, title, role, attitude, influence)


E, T, U, C, P = (BuyingRole.ECONOMIC_BUYER, BuyingRole.TECHNICAL_EVALUATOR, BuyingRole.USER,
                 BuyingRole.COACH, BuyingRole.PROCUREMENT)
SUP, NEU, OPP = Attitude.SUPPORTER, Attitude.NEUTRAL, Attitude.OPPONENT
HI, MID, LO = Influence.HIGH, Influence.MEDIUM, Influence.LOW

# the first five carry the hand-written deals; the others add customers to the history
CUSTOMERS: list[Customer] = [
    Customer(Account("台灣精密機械股份有限公司", industry="工具機製造", size="員工 1,200 人",
                     kind="集團企業（層層核准）", relationship="合作三年，信任良好",
                     notes="總經理重視交期；採購流程需經集團總部核准。"),
             [_c("林志明", "總經理", E, SUP, HI), _c("陳怡君", "資訊處經理", T, NEU, HI),
              _c("王大同", "採購課長", P, NEU, MID), _c("張雅婷", "生管主任", C, SUP, MID)],
             False, ("group",)),
    Customer(Account("高雄港務物流有限公司", industry="物流", size="員工 300 人", kind="重點客戶",
                     relationship="新客戶", notes="正在評估倉儲管理系統汰換。"),
             [_c("黃建華", "營運副總", E, NEU, HI), _c("吳佩珊", "倉儲主管", U, SUP, MID),
              _c("吳志豪", "資訊主任", C, SUP, LO)],
             False, ("key", "group")),
    Customer(Account("大安巷口咖啡館", industry="餐飲", size="3 人", kind="小店（銀貨兩訖）",
                     relationship="老主顧", notes="老闆自己決定，付款即成交。"),
             [_c("李小姐", "老闆", E, SUP, HI)], False, ("shop",)),
    Customer(Account("Northwind Traders Ltd.", industry="Wholesale distribution", size="450 staff",
                     kind="Key account", relationship="Strong sponsor in operations",
                     notes="Fiscal year starts in April; budget is locked in February."),
             [_c("Margaret Peacock", "CFO", E, NEU, HI), _c("Andrew Fuller", "Head of IT", T, SUP, HI),
              _c("Laura Callahan", "Warehouse lead", U, SUP, LO), _c("Steven Buchanan", "Purchasing", P, OPP, MID)],
             True, ("key", "trimmed")),
    Customer(Account("Contoso Manufacturing", industry="Electronics", size="2,000 staff",
                     kind="Group enterprise", relationship="Competitor is the incumbent",
                     notes="R&D <b>testing</b> & Co. keeps asking for samples."),
             [_c("Diane Chen", "VP Engineering", T, NEU, HI), _c("Tom Harris", "Plant manager", C, SUP, MID)],
             True, ("group", "trimmed")),
    Customer(Account("新竹晶圓材料股份有限公司", industry="半導體材料", size="員工 800 人",
                     kind="集團企業（層層核准）", relationship="兩年前經展會認識",
                     notes="資安稽核嚴格，所有系統需通過原廠資安評估。"),
             [_c("蔡承翰", "廠長", E, NEU, HI), _c("鄭淑芬", "資訊課長", T, SUP, MID),
              _c("何佳穎", "製程工程師", C, SUP, LO)], False, ("group",)),
    Customer(Account("中港連鎖烘焙坊", industry="餐飲連鎖", size="12 家門市", kind="小店（銀貨兩訖）",
                     relationship="每季固定補貨", notes="總店老闆娘決定採購，月底結帳。"),
             [_c("周太太", "老闆娘", E, SUP, HI)], False, ("shop",)),
    Customer(Account("桃園航空貨運站股份有限公司", industry="航空貨運", size="員工 1,500 人",
                     kind="重點客戶", relationship="曾有一次專案失利",
                     notes="公開招標為主，評選委員會決定。"),
             [_c("許文彬", "資訊長", E, NEU, HI), _c("劉思妤", "營運規劃師", U, SUP, LO),
              _c("簡國強", "採購經理", P, OPP, MID), _c("羅家豪", "IT 專員", C, SUP, LO)], False, ("key", "group")),
    Customer(Account("宏遠醫療器材有限公司", industry="醫療器材", size="員工 150 人", kind="成長型企業",
                     relationship="透過官網詢價認識", notes="需符合醫療器材品質系統要求。"),
             [_c("楊淑惠", "品保經理", T, SUP, MID)], False, ("trimmed", "key")),
    Customer(Account("Fabrikam Medical Devices", industry="Medical devices", size="600 staff",
                     kind="Key account", relationship="Champion left last year",
                     notes="Every purchase above USD 100k goes to the board."),
             [_c("Rachel Kim", "COO", E, NEU, HI), _c("Oscar Diaz", "QA manager", T, SUP, MID)],
             True, ("key", "group")),
    Customer(Account("Litware Retail Inc.", industry="Retail", size="40 stores", kind="Web shop customer",
                     relationship="Orders online, pays on delivery", notes="Small orders, quick decisions."),
             [_c("Ben Wright", "Store operations", E, SUP, HI)], True, ("trimmed", "shop")),
]
SHOWN_CUSTOMERS = 5  # the customers of the hand-written deals


def customers(language: str | None = None) -> list[Customer]:
    """CUSTOMERS, each in ``language`` when given (its own words otherwise); a customer keeps
    ``english`` (how it buys: in US dollars), only its words change."""
    out = []
    for i, c in enumerate(CUSTOMERS):
        if words(c.english, language) == (1 if c.english else 0):
            out.append(c)
            continue
        account = translated.ACCOUNTS[i][0]
        out.append(c._replace(account=account, contacts=translated.contacts(i, c.contacts)))
    return out


def title(index: int, language: str | None = None) -> str:
    """The title of DEALS[index] in ``language`` (as written when None)."""
    written = DEALS[index]
    english = CUSTOMERS[written.customer].english
    return written.title if words(english, language) == (1 if english else 0) else translated.TITLES[index]


class HandWritten(NamedTuple):
    """One deal of the demo as written by hand: how far it went and when."""

    customer: int
    process: str
    title: str
    value: float
    currency: str
    milestones: int  # confirmed before it ends as below ("won" confirms them all)
    end: str  # "" (still open), "won", "lost" or "abandoned"
    created_ago: int  # days before today
    quiet: int  # days since its last step: idle time of an open deal, age of a closed one


DEALS: list[HandWritten] = [
    HandWritten(0, "group", "智慧工廠 MES 導入", 8_600_000, "TWD", 3, "", 260, 20),
    HandWritten(0, "group", "設備聯網監控二期", 2_400_000, "TWD", 5, "", 420, 12),
    HandWritten(0, "group", "年度維護合約續約", 900_000, "TWD", 8, "won", 980, 400),
    HandWritten(1, "key", "倉儲管理系統汰換", 3_200_000, "TWD", 1, "", 75, 30),
    HandWritten(1, "key", "RFID 盤點試行", 450_000, "TWD", 2, "lost", 700, 520),
    HandWritten(2, "shop", "咖啡豆月訂", 12_000, "TWD", 0, "", 6, 6),
    HandWritten(2, "shop", "磨豆機更換", 38_000, "TWD", 1, "won", 820, 812),
    HandWritten(3, "key", "Warehouse automation", 420_000, "USD", 2, "", 300, 150),
    HandWritten(3, "key", "Driver scheduling pilot", 60_000, "USD", 0, "abandoned", 900, 700),
    HandWritten(4, "group", "Test-line traceability", 310_000, "USD", 4, "", 380, 45),
    HandWritten(4, "group", "Supplier portal", 95_000, "USD", 1, "", 400, 210),
    HandWritten(0, "group", "廠區能源監控", 1_800_000, "TWD", 0, "", 40, 40),
    HandWritten(0, "group", "品質追溯系統", 3_900_000, "TWD", 2, "", 150, 25),
    HandWritten(1, "group", "冷鏈車隊定位", 1_250_000, "TWD", 1, "", 95, 60),
    HandWritten(1, "group", "海關文件自動化", 680_000, "TWD", 4, "", 330, 18),
    HandWritten(4, "group", "Clean-room sensors", 240_000, "USD", 5, "", 520, 35),
    HandWritten(4, "group", "Operator training platform", 130_000, "USD", 6, "", 610, 14),
    HandWritten(0, "group", "舊廠設備汰換諮詢", 520_000, "TWD", 3, "abandoned", 1020, 780),
    HandWritten(3, "key", "Returns handling redesign", 180_000, "USD", 1, "", 180, 120),
    HandWritten(3, "key", "EDI link with carriers", 75_000, "USD", 3, "", 260, 9),
    HandWritten(1, "key", "倉儲人力排班", 380_000, "TWD", 4, "", 450, 40),
    HandWritten(2, "shop", "季節限定禮盒", 24_000, "TWD", 0, "", 20, 20),
    HandWritten(3, "trimmed", "Trade-fair lead: label printers", 18_000, "USD", 1, "", 120, 95),
    HandWritten(4, "trimmed", "Web lead: spare parts kit", 9_500, "USD", 0, "", 15, 15),
    HandWritten(1, "trimmed", "展會名單：手持掃描器", 260_000, "TWD", 2, "", 200, 70),
]
CORRECTED = 0  # the hand-written deal whose first milestone gets a correction note
CORRECTION = ("證據日期應為前一週；原會議紀錄誤植。",
              "The evidence date should be a week earlier; the first minutes had it wrong.")

# what the customer did at each reference stage's milestone: (zh_TW, en)
EVIDENCE: dict[str | None, tuple[tuple[str, str], ...]] = {
    "a": (("客戶指定窗口並同意初次拜訪", "The customer named a contact and agreed to a first visit"),
          ("業務主管完成客戶分配", "Account assigned by the sales manager")),
    "b": (("客戶確認有此需求，同意進一步評估", "The customer confirmed the need and agreed to evaluate"),
          ("需求訪談紀錄經客戶回信確認", "Discovery notes confirmed by e-mail")),
    "c": (("需求規格書經客戶簽核", "Requirements signed off by the customer"),
          ("評估小組名單與時程已確認", "Evaluation team and timeline confirmed")),
    "d": (("方案評估會議紀錄獲客戶確認", "Solution review minutes confirmed by the customer"),
          ("概念驗證結果通過客戶驗收", "Proof of concept accepted")),
    "e": (("客戶預算核准公文已收到", "Budget approval memo received"),
          ("商務條件經客戶高層同意", "Commercial terms agreed by the executive sponsor")),
    "f": (("合約用印完成，採購單已收到", "Contract signed and purchase order received"),
          ("客戶付款完成", "Payment received")),
    "g": (("驗收單已簽署", "Acceptance certificate signed"),
          ("上線會議紀錄經客戶確認", "Go-live minutes signed by the customer")),
    "h": (("客戶同意擔任推薦案例", "The customer agreed to act as a reference"),
          ("年度檢討會議確認擴大合作", "Annual review confirmed a wider partnership")),
    None: (("會議紀錄已寄出並獲確認", "Signed minutes from the steering meeting"),),
}
# a shop's one milestone is the payment itself
SHOP_EVIDENCE = (("客戶付款完成，發票已開立", "Paid; invoice issued"), ("貨到收款完成", "Paid on delivery"),
                 ("門市刷卡付款", "Paid by card in the shop"))

# how we learnt that a milestone went against us: (zh_TW, en)
LOST_EVIDENCE = (("客戶來信通知評選結果", "The customer wrote to tell us the result"),
                 ("會議中客戶當面告知決定", "Told in person at the review meeting"),
                 ("採購部門正式通知未得標", "Formal notice from purchasing"),
                 ("電話告知，會議紀錄已寄出確認", "Told by phone; confirmed in the minutes"))

# why deals end without a win, by category (the list section 4 of the method's review uses)
REASON_CATEGORIES = ("price", "competitor", "no_budget", "timing", "no_decision", "relationship", "other")

# what the customer decided when a milestone went against us: (zh_TW, en)
LOST: dict[str, tuple[tuple[str, str], ...]] = {
    "price": (("客戶認為報價高於預算 15%，決定不採購", "Our price was 15% above their budget; they declined"),
              ("客戶選擇報價較低的方案", "They chose a cheaper offer")),
    "competitor": (("客戶決定續用現有供應商", "They stayed with the incumbent supplier"),
                   ("評選委員會選擇競爭對手的方案", "The selection committee chose a competitor"),
                   ("競爭對手提供免費導入，客戶轉向對方", "A competitor offered free onboarding and won")),
    "no_budget": (("集團總部刪減年度資本支出，專案取消", "Head office cut the capital budget; project cancelled"),
                  ("客戶預算改用於其他優先專案", "The budget went to another priority")),
    "timing": (("客戶決定延後至明年再議，本案結束", "They postponed to next year and closed this round"),
               ("法規時程改變，客戶取消本期採購", "A regulatory change made them cancel this round")),
    "no_decision": (("客戶內部無法達成共識，決定維持現狀", "No internal agreement; they keep things as they are"),),
    "relationship": (("關鍵支持者離職，新主管另有合作對象", "Our sponsor left; the new manager has another partner"),),
    "other": (("客戶被併購，採購全面凍結", "The customer was acquired; all purchasing frozen"),),
}

# why the seller gave up on a deal: (zh_TW, en)
ABANDONED: dict[str, tuple[tuple[str, str], ...]] = {
    "price": (("客戶只接受低於成本的價格，不值得再投入", "They only accept a price below our cost"),),
    "competitor": (("競爭對手已簽框架合約，勝算太低", "A competitor holds a framework contract; odds too low"),),
    "no_budget": (("客戶預算凍結至明年，暫不追蹤", "Budget frozen until next year; not worth chasing now"),
                  ("客戶沒有編列預算，評估後放棄", "No budget set aside; we stopped")),
    "timing": (("客戶專案延後一年以上，先行結案", "Their project slipped by more than a year"),
               ("客戶正在搬遷廠區，兩年內不會採購", "They are moving plants and will not buy for two years")),
    "no_decision": (("三個月聯絡不上決策者，停止追蹤", "No reply from the decision maker for three months"),
                    ("客戶遲遲無法決定，資源轉給其他案件", "They keep deferring; our time goes to other deals")),
    "relationship": (("窗口換人後不再回應，關係需重建", "The new contact does not answer; relationship to rebuild"),),
    "other": (("客戶需求改變，我們的產品不再適合", "Their needs changed; our product no longer fits"),),
}

RISKS = (("競爭對手報價較低", "A competitor is cheaper"), ("決策者尚未見面", "We have not met the decision maker"),
         ("預算可能延到下一年度", "The budget may slip to next year"), ("", ""), ("", ""))

# generated deals' titles, by process: (zh_TW, en)
TITLES: dict[str, tuple[tuple[str, str], ...]] = {
    "group": (("智慧工廠 MES 導入", "MES rollout"), ("ERP 系統升級", "ERP upgrade"),
              ("設備聯網監控", "Machine connectivity"), ("品質追溯系統", "Quality traceability"),
              ("能源管理平台", "Energy monitoring"), ("預測性維護", "Predictive maintenance"),
              ("供應鏈協同平台", "Supplier collaboration portal"), ("資安防護強化", "Security hardening"),
              ("產線數位看板", "Shop-floor dashboards"), ("年度維護合約", "Annual maintenance contract")),
    "key": (("倉儲管理系統", "Warehouse management"), ("運輸排程最佳化", "Route planning"),
            ("RFID 盤點", "RFID stock-taking"), ("冷鏈溫度監控", "Cold-chain monitoring"),
            ("客服中心系統", "Contact-centre system"), ("退貨流程改造", "Returns handling"),
            ("EDI 串接", "EDI integration"), ("人力排班系統", "Workforce scheduling")),
    "shop": (("咖啡豆月訂", "Monthly coffee beans"), ("磨豆機更換", "Grinder replacement"),
             ("節慶禮盒", "Holiday gift boxes"), ("濃縮咖啡機", "Espresso machine"),
             ("耗材補貨", "Supplies top-up"), ("門市設備保養", "Store equipment service")),
    "trimmed": (("展會名單：手持掃描器", "Trade-fair lead: handheld scanners"),
                ("官網詢價：標籤機", "Web lead: label printers"), ("官網詢價：工業平板", "Web lead: rugged tablets"),
                ("展會名單：條碼系統", "Trade-fair lead: barcode system"),
                ("官網詢價：零件包", "Web lead: spare parts kit")),
}
PHASES = (("", ""), ("", ""), ("", ""), ("二期", " phase 2"), ("試行", " pilot"), ("擴充", " extension"))

# deal values by process: (smallest, largest, step) in TWD; a USD deal is a thirtieth
VALUES: dict[str, tuple[int, int, int]] = {
    "group": (500_000, 9_000_000, 50_000), "key": (200_000, 4_000_000, 10_000),
    "shop": (5_000, 60_000, 1_000), "trimmed": (10_000, 300_000, 1_000)}

# the customers that --deals N adds, named from these parts (zh_TW or English)
# each part as (zh_TW, en): a customer drawn in one language may be written in the other
CITIES = (("台北", "Taipei"), ("新北", "New Taipei"), ("桃園", "Taoyuan"), ("新竹", "Hsinchu"), ("台中", "Taichung"),
          ("彰化", "Changhua"), ("台南", "Tainan"), ("高雄", "Kaohsiung"), ("宜蘭", "Yilan"))
BRANDS = (("宏達", "Hungta"), ("永豐", "Yungfeng"), ("大成", "Tacheng"), ("聯華", "Lienhua"), ("台興", "Taihsing"),
          ("建興", "Chienhsing"), ("正新", "Chenghsin"), ("東元", "Tungyuan"), ("美利", "Meili"), ("光陽", "Kuangyang"),
          ("華新", "Huahsin"), ("長興", "Changhsing"))
# (name part, industry) in each language
TRADES = ((("精密", "機械製造"), ("Precision", "Machinery")),
          (("電子", "電子零組件"), ("Electronics", "Electronic parts")),
          (("物流", "物流"), ("Logistics", "Logistics")), (("食品", "食品加工"), ("Foods", "Food processing")),
          (("紡織", "紡織"), ("Textiles", "Textiles")), (("醫材", "醫療器材"), ("Medical", "Medical devices")),
          (("塑膠", "塑膠製品"), ("Plastics", "Plastic products")),
          (("光電", "光電"), ("Optoelectronics", "Optoelectronics")))
COMPANY = (("股份有限公司", "Co., Ltd."), ("有限公司", "Ltd."))
EN_PLACES = (("港灣", "Harbor"), ("峰頂", "Summit"), ("河岸", "Riverside"), ("北門", "Northgate"),
             ("藍水", "Bluewater"), ("紅杉", "Redwood"), ("湖濱", "Lakeshore"), ("鐵橋", "Ironbridge"))
EN_TRADES = ((("物流", "物流"), ("Logistics", "Logistics")), (("食品", "食品加工"), ("Foods", "Food processing")),
             (("系統", "工業自動化"), ("Systems", "Industrial automation")),
             (("零件", "電子"), ("Components", "Electronics")),
             (("醫療", "醫療器材"), ("Medical", "Medical devices")), (("包裝", "包裝"), ("Packaging", "Packaging")))
EN_COMPANY = (("有限公司", "Ltd."), ("股份有限公司", "Inc."), ("公司", "Co."))
STAFF = ("員工 {n} 人", "{n} staff")
# a won deal's follow-up: (zh_TW, en)
REPEAT = ("{base}（回購）", "{base} – repeat order")
RENEWAL = ("{base}（{year} 續約）", "{base} – {year} renewal")

# what people of the buying group want from a deal, by their role: (zh_TW, en)
WANTS: dict[BuyingRole, tuple[tuple[str, str], ...]] = {
    BuyingRole.ECONOMIC_BUYER: (("三年內回收投資", "A payback within three years"),
                                ("不增加年度預算", "No rise in the yearly budget"),
                                ("向總部證明數位轉型成效", "Results to show head office")),
    BuyingRole.TECHNICAL_EVALUATOR: (("與現有 ERP 無縫整合", "A clean fit with the current ERP"),
                                     ("通過資安稽核", "To pass the security audit"),
                                     ("系統穩定，少停機", "Fewer outages")),
    BuyingRole.USER: (("減少人工輸入", "Less manual typing"), ("畫面簡單好上手", "Screens anyone can use"),
                      ("不要再加班盤點", "No more overtime for stock-taking")),
    BuyingRole.COACH: (("專案成功，爭取升遷", "A success that helps their promotion"),
                       ("被視為引進新方法的人", "To be seen as the one who brought it in")),
    BuyingRole.PROCUREMENT: (("至少三家比價", "Three quotes at least"), ("付款條件 90 天", "90-day payment terms")),
    BuyingRole.OTHER: (("不影響日常作業", "No disruption to daily work"),),
}
# people a deal's buying group comes to know along the way when the account had nobody in the role
NEW_PEOPLE: dict[BuyingRole, tuple[tuple[str, str], tuple[str, str]]] = {
    BuyingRole.ECONOMIC_BUYER: (("郭振宇", "財務長"), ("Richard Wong", "Chief financial officer")),
    BuyingRole.COACH: (("蘇怡萱", "專案經理"), ("Nina Patel", "Project manager")),
}
