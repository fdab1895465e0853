"""A realistic bilingual demo file, and large files for benchmarks."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from planner.domain.model import (
    Account,
    Answer,
    Attitude,
    BuyingRole,
    Contact,
    Deal,
    Influence,
    ItemKind,
    Outcome,
)
from planner.domain.reference import process_from_answers, process_from_preset
from planner.services import Confirmation, Planner

ACCOUNTS: list[tuple[Account, list[Contact]]] = [
    (Account("台灣精密機械股份有限公司", industry="工具機製造", size="員工 1,200 人",
             kind="集團企業（層層核准）", relationship="合作三年，信任良好",
             notes="總經理重視交期；採購流程需經集團總部核准。"),
     [Contact(0, "林志明", "總經理", BuyingRole.ECONOMIC_BUYER, Attitude.SUPPORTER, Influence.HIGH),
      Contact(0, "陳怡君", "資訊處經理", BuyingRole.TECHNICAL_EVALUATOR, Attitude.NEUTRAL, Influence.HIGH),
      Contact(0, "王大同", "採購課長", BuyingRole.PROCUREMENT, Attitude.NEUTRAL, Influence.MEDIUM),
      Contact(0, "張雅婷", "生管主任", BuyingRole.COACH, Attitude.SUPPORTER, Influence.MEDIUM)]),
    (Account("高雄港務物流有限公司", industry="物流", size="員工 300 人", kind="重點客戶",
             relationship="新客戶", notes="正在評估倉儲管理系統汰換。"),
     [Contact(0, "黃建華", "營運副總", BuyingRole.ECONOMIC_BUYER, Attitude.NEUTRAL, Influence.HIGH),
      Contact(0, "吳佩珊", "倉儲主管", BuyingRole.USER, Attitude.SUPPORTER, Influence.MEDIUM)]),
    (Account("大安巷口咖啡館", industry="餐飲", size="3 人", kind="小店（銀貨兩訖）",
             relationship="老主顧", notes="老闆自己決定，付款即成交。"),
     [Contact(0, "李小姐", "老闆", BuyingRole.ECONOMIC_BUYER, Attitude.SUPPORTER, Influence.HIGH)]),
    (Account("Northwind Traders Ltd.", industry="Wholesale distribution", size="450 staff",
             kind="Key account", relationship="Strong sponsor in operations",
             notes="Fiscal year starts in April; budget is locked in February."),
     [Contact(0, "Margaret Peacock", "CFO", BuyingRole.ECONOMIC_BUYER, Attitude.NEUTRAL, Influence.HIGH),
      Contact(0, "Andrew Fuller", "Head of IT", BuyingRole.TECHNICAL_EVALUATOR, Attitude.SUPPORTER, Influence.HIGH),
      Contact(0, "Laura Callahan", "Warehouse lead", BuyingRole.USER, Attitude.SUPPORTER, Influence.LOW),
      Contact(0, "Steven Buchanan", "Purchasing", BuyingRole.PROCUREMENT, Attitude.OPPONENT, Influence.MEDIUM)]),
    (Account("Contoso Manufacturing", industry="Electronics", size="2,000 staff",
             kind="Group enterprise", relationship="Competitor is the incumbent",
             notes="R&D <b>testing</b> & Co. keeps asking for samples."),
     [Contact(0, "Diane Chen", "VP Engineering", BuyingRole.TECHNICAL_EVALUATOR, Attitude.NEUTRAL, Influence.HIGH),
      Contact(0, "Tom Harris", "Plant manager", BuyingRole.COACH, Attitude.SUPPORTER, Influence.MEDIUM)]),
]

# (account index, process key, title, value, currency, stages to confirm, then: "", "won", "lost", "abandoned")
DEALS: list[tuple[int, str, str, float, str, int, str]] = [
    (0, "group", "智慧工廠 MES 導入", 8_600_000, "TWD", 3, ""),
    (0, "group", "設備聯網監控二期", 2_400_000, "TWD", 5, ""),
    (0, "group", "年度維護合約續約", 900_000, "TWD", 8, "won"),
    (1, "key", "倉儲管理系統汰換", 3_200_000, "TWD", 1, ""),
    (1, "key", "RFID 盤點試行", 450_000, "TWD", 2, "lost"),
    (2, "shop", "咖啡豆月訂", 12_000, "TWD", 0, ""),
    (2, "shop", "磨豆機更換", 38_000, "TWD", 1, "won"),
    (3, "key", "Warehouse automation", 420_000, "USD", 2, ""),
    (3, "key", "Driver scheduling pilot", 60_000, "USD", 0, "abandoned"),
    (4, "group", "Test-line traceability", 310_000, "USD", 4, ""),
    (4, "group", "Supplier portal", 95_000, "USD", 1, ""),
    (0, "group", "廠區能源監控", 1_800_000, "TWD", 0, ""),
    (0, "group", "品質追溯系統", 3_900_000, "TWD", 2, ""),
    (1, "group", "冷鏈車隊定位", 1_250_000, "TWD", 1, ""),
    (1, "group", "海關文件自動化", 680_000, "TWD", 4, ""),
    (4, "group", "Clean-room sensors", 240_000, "USD", 5, ""),
    (4, "group", "Operator training platform", 130_000, "USD", 6, ""),
    (0, "group", "舊廠設備汰換諮詢", 520_000, "TWD", 3, "abandoned"),
    (3, "key", "Returns handling redesign", 180_000, "USD", 1, ""),
    (3, "key", "EDI link with carriers", 75_000, "USD", 3, ""),
    (1, "key", "倉儲人力排班", 380_000, "TWD", 4, ""),
    (2, "shop", "季節限定禮盒", 24_000, "TWD", 0, ""),
    (3, "trimmed", "Trade-fair lead: label printers", 18_000, "USD", 1, ""),
    (4, "trimmed", "Web lead: spare parts kit", 9_500, "USD", 0, ""),
    (1, "trimmed", "展會名單：手持掃描器", 260_000, "TWD", 2, ""),
]

EVIDENCE = ["會議紀錄已寄出並獲確認", "客戶以電子郵件確認", "Signed minutes from the steering meeting",
            "Customer confirmed by e-mail", "採購單已收到", "Budget approval memo received"]


def _processes(planner: Planner) -> dict[str, int]:
    group = process_from_preset("group_enterprise", "zh_TW")
    group.name = "集團企業完整流程"
    key = process_from_preset("key_account", "en")
    key.name = "Key accounts: tailored solutions"
    shop = process_from_preset("pay_and_take", "zh_TW")
    shop.name = "門市銀貨兩訖"
    trimmed = process_from_answers(
        {"a": Answer.KEEP, "b": Answer.DROP, "c": Answer.NO_INFLUENCE, "d": Answer.DROP,
         "e": Answer.KEEP, "f": Answer.KEEP, "g": Answer.KEEP, "h": Answer.DROP},
        "en", "Inbound leads (trimmed)", "Leads from the web shop and trade fairs.")
    return {k: planner.processes.create(p) for k, p in
            (("group", group), ("key", key), ("shop", shop), ("trimmed", trimmed))}


def _advance(planner: Planner, deal_id: int, steps: int, end: str, rng: random.Random,
             today: date) -> None:
    """Confirm ``steps`` milestones with evidence, then close the deal as told."""
    day = today - timedelta(days=rng.randint(30, 240))
    if end == "won":
        steps = 1_000  # every remaining milestone
    for _ in range(steps):
        work = planner.work.get(deal_id)
        if not work.deal.is_open:
            return
        stage_id = work.deal.stage_id
        assert stage_id is not None
        for table, items in ((ItemKind.TASK, work.stage_tasks(stage_id)),
                             (ItemKind.DELIVERABLE, work.stage_deliverables(stage_id))):
            for item in items:
                if item.required or rng.random() < 0.6:
                    planner.work.set_done(table, item.id, True)  # type: ignore[arg-type]  # a stored row has its id
        day = min(today, day + timedelta(days=rng.randint(3, 28)))
        planner.milestones.confirm(deal_id, [Confirmation(stage_id, day, rng.choice(EVIDENCE),
                                               decision="")], today=today)
    work = planner.work.get(deal_id)
    if work.deal.is_open and work.deal.stage_id is not None:  # some work already done in the current stage
        for task in work.stage_tasks(work.deal.stage_id):
            if rng.random() < 0.45:
                planner.work.set_done(ItemKind.TASK, task.id, True)  # type: ignore[arg-type]  # a stored row has its id
    if end == "lost" and work.deal.is_open:
        planner.milestones.confirm(deal_id, [Confirmation(
            work.deal.stage_id, min(today, day + timedelta(days=5)),  # type: ignore[arg-type]  # a stored deal sits in a stage
            "客戶通知選擇其他供應商", Outcome.AGAINST, decision="價格高於競爭對手 15%")], today=today)
    elif end == "abandoned" and work.deal.is_open:
        planner.deals.abandon(deal_id, "Budget frozen until next year; not worth chasing now.")


def build(path: Path, deals: int | None = None, today: date | None = None) -> Planner:
    today = today or date.today()
    rng = random.Random(20261127)
    planner = Planner.open(path, create=True)
    with planner.store.transaction():  # one commit: thousands of deals in seconds
        procs = _processes(planner)
        account_ids = []
        for account, contacts in ACCOUNTS:
            aid = planner.accounts.create(account)
            account_ids.append(aid)
            for c in contacts:
                c.account_id = aid
                planner.contacts.add(c)
        for acc, proc, title, value, cur, steps, end in DEALS:
            did = planner.deals.create(Deal(
                account_ids[acc], procs[proc], title, value=value, currency=cur,
                expected_close=today + timedelta(days=rng.randint(-10, 150)),
                next_target=today + timedelta(days=rng.randint(5, 40)),
                risks="競爭對手報價較低" if cur == "TWD" else "Incumbent supplier has a long contract"))
            _advance(planner, did, steps, end, rng, today)
        first = planner.milestones.of(1)
        if first:
            planner.milestones.correct(first[0].id, "證據日期應為前一週；原會議紀錄誤植。", today)  # type: ignore[arg-type]  # a stored row has its id
        if deals:
            _bulk(planner, deals, procs, rng, today)
    return planner


def _bulk(planner: Planner, count: int, procs: dict[str, int], rng: random.Random,
          today: date) -> None:
    shown = len(DEALS)
    n_accounts = max(1, (count - shown) // 50)
    cities = ["台北", "新竹", "台中", "台南", "高雄", "Boston", "Austin", "Leeds", "Osaka"]
    kinds = ["精密", "電子", "物流", "食品", "Systems", "Foods", "Logistics"]
    ids = [planner.accounts.create(Account(f"{rng.choice(cities)}{rng.choice(kinds)} #{i + 1}"))
           for i in range(n_accounts)]
    stage_counts = {k: len(planner.processes.get(v).stages) for k, v in procs.items()}
    for i in range(max(0, count - shown)):
        key = rng.choice(list(procs))
        did = planner.deals.create(Deal(
            rng.choice(ids), procs[key], f"Deal {i + 1}", value=rng.randint(1, 500) * 10_000,
            expected_close=today + timedelta(days=rng.randint(-30, 300))))
        roll = rng.random()
        end = "won" if roll < 0.08 else "lost" if roll < 0.13 else "abandoned" if roll < 0.17 else ""
        _advance(planner, did, rng.randint(0, stage_counts[key] - 1), end, rng, today)
