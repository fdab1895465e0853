"""The demo's hand-written words in the other language: each customer of ``content.CUSTOMERS``
and each title of ``content.DEALS`` as it reads in English when written in Chinese, and in
Chinese when written in English. A demo built in one language takes these where the
customer's own words are in the other one; nothing else about the customer changes (its
people keep their roles, the deals their values), so the history is the same in any language.
"""

from __future__ import annotations

from planner.domain.model import Account, Contact


def _c(name: str, title: str) -> tuple[str, str]:
    return name, title


# by the customer's place in content.CUSTOMERS: the account, then (name, title) of each contact in order
ACCOUNTS: dict[int, tuple[Account, tuple[tuple[str, str], ...]]] = {
    0: (Account("Taiwan Precision Machinery Co., Ltd.", industry="Machine tools", size="1,200 staff",
                kind="Group enterprise (layered approval)", relationship="Three years together, good trust",
                notes="The general manager cares about delivery dates; purchases need group head office's approval."),
        (_c("Lin Chih-ming", "General manager"), _c("Chen Yi-chun", "IT manager"),
         _c("Wang Ta-tung", "Purchasing section chief"), _c("Chang Ya-ting", "Production control supervisor"))),
    1: (Account("Kaohsiung Port Logistics Ltd.", industry="Logistics", size="300 staff", kind="Key account",
                relationship="New customer", notes="Evaluating a replacement for its warehouse system."),
        (_c("Huang Chien-hua", "VP operations"), _c("Wu Pei-shan", "Warehouse supervisor"),
         _c("Wu Chih-hao", "IT supervisor"))),
    2: (Account("Da'an Corner Café", industry="Food and drink", size="3 staff", kind="Small shop (pay and take)",
                relationship="Long-standing regular", notes="The owner decides; paid means sold."),
        (_c("Ms. Lee", "Owner"),)),
    3: (Account("北風貿易有限公司", industry="批發經銷", size="員工 450 人", kind="重點客戶",
                relationship="營運部門有強力支持者", notes="會計年度自四月開始；預算於二月鎖定。"),
        (_c("Margaret Peacock", "財務長"), _c("Andrew Fuller", "資訊主管"), _c("Laura Callahan", "倉儲組長"),
         _c("Steven Buchanan", "採購"))),
    4: (Account("康拓製造", industry="電子", size="員工 2,000 人", kind="集團企業",
                relationship="競爭對手是現有供應商", notes="研發部 <b>測試</b> & Co. 一直索取樣品。"),
        (_c("Diane Chen", "工程副總"), _c("Tom Harris", "廠長"))),
    5: (Account("Hsinchu Wafer Materials Co., Ltd.", industry="Semiconductor materials", size="800 staff",
                kind="Group enterprise (layered approval)", relationship="Met at a trade fair two years ago",
                notes="Strict security audits: every system must pass the vendor's security assessment."),
        (_c("Tsai Cheng-han", "Plant manager"), _c("Cheng Shu-fen", "IT section chief"),
         _c("Ho Chia-ying", "Process engineer"))),
    6: (Account("Chunggang Bakery Chain", industry="Bakery chain", size="12 shops", kind="Small shop (pay and take)",
                relationship="Restocks every quarter", notes="The owner at the main shop decides; pays at month end."),
        (_c("Mrs. Chou", "Owner"),)),
    7: (Account("Taoyuan Air Cargo Terminal Corp.", industry="Air cargo", size="1,500 staff", kind="Key account",
                relationship="We lost one project with them before",
                notes="Mostly public tenders; a selection committee decides."),
        (_c("Hsu Wen-pin", "Chief information officer"), _c("Liu Szu-yu", "Operations planner"),
         _c("Chien Kuo-chiang", "Purchasing manager"), _c("Lo Chia-hao", "IT specialist"))),
    8: (Account("Hongyuan Medical Devices Ltd.", industry="Medical devices", size="150 staff", kind="Growing company",
                relationship="Came in through a web enquiry", notes="Must meet medical-device quality system rules."),
        (_c("Yang Shu-hui", "QA manager"),)),
    9: (Account("法布里康醫療器材", industry="醫療器材", size="員工 600 人", kind="重點客戶",
                relationship="去年支持者離職", notes="超過 10 萬美元的採購都須經董事會核准。"),
        (_c("Rachel Kim", "營運長"), _c("Oscar Diaz", "品保經理"))),
    10: (Account("立維零售股份有限公司", industry="零售", size="40 家門市", kind="網路商店客戶",
                 relationship="線上下單，貨到付款", notes="小額訂單，決定快速。"),
         (_c("Ben Wright", "門市營運"),)),
}

# by the deal's place in content.DEALS
TITLES: tuple[str, ...] = (
    "Smart factory MES rollout", "Machine monitoring, phase 2", "Annual maintenance renewal",
    "Warehouse system replacement", "RFID stock-taking pilot", "Monthly coffee beans", "Grinder replacement",
    "倉儲自動化", "司機排班試行", "測試線追溯", "供應商入口網站",
    "Plant energy monitoring", "Quality traceability system", "Cold-chain fleet tracking",
    "Customs paperwork automation", "無塵室感測器", "操作員訓練平台", "Old plant equipment replacement study",
    "退貨流程改造", "與貨運商的 EDI 串接", "Warehouse staff scheduling", "Seasonal gift boxes",
    "展會名單：標籤機", "官網詢價：零件包", "Trade-fair lead: handheld scanners",
)


def contacts(index: int, originals: list[Contact]) -> list[Contact]:
    """The customer's contacts with their names and titles in the other language; their parts
    (role, attitude, influence) as they were."""
    words = ACCOUNTS[index][1]
    return [Contact(c.account_id, name, title, c.role, c.attitude, c.influence)
            for c, (name, title) in zip(originals, words, strict=True)]

