"""AccountPlan builders for the PDF tests and the benchmark (no database needed)."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.lifecycle import stage_map
from planner.domain.model import (
    Account,
    Attitude,
    BuyingRole,
    Contact,
    Correction,
    Deal,
    DealStatus,
    Deliverable,
    Influence,
    Milestone,
    Outcome,
    Process,
    Stage,
    Task,
)
from planner.domain.plan import AccountPlan, DealPlan, ForecastRow
from planner.domain.rules import weighted

PRINTED = date(2025, 3, 14)

# the method's eight reference stages: (name, milestone, win rate)
REFERENCE_ZH = [
    ("客戶識別分配階段", "客戶已指派給業務", 5),
    ("潛在需求識別階段", "客戶決定著手解決業務問題", 10),
    ("需求評估影響階段", "客戶確定詳細需求規格與預算", 20),
    ("方案定製評估階段", "客戶完成各供應商技術方案評估", 35),
    ("商務評估推進階段", "客戶確認商務條件與供應商商務能力", 50),
    ("商務談判簽約階段", "簽訂具法律效力的正式合約", 70),
    ("交付實施階段", "合約履行完成或終止", 90),
    ("客戶關係加強階段", "客戶確認交付價值並提出新需求", 95),
]
REFERENCE_EN = [
    ("Customer identification & assignment", "Account assigned to a seller", 5),
    ("Latent-need discovery", "Customer moves to solve the business problem", 10),
    ("Needs assessment & influence", "Detailed requirement criteria and budget fixed", 20),
    ("Solution design & evaluation", "Customer concludes the evaluation of all technical solutions", 35),
    ("Commercial evaluation", "Commercial requirements and supplier capability concluded", 50),
    ("Negotiation & contract", "Formal, legally binding agreement signed", 70),
    ("Delivery & implementation", "Contract performance completed or terminated", 90),
    ("Relationship strengthening", "Customer confirms the value delivered", 95),
]


def make_process(stages: list[tuple[str, str, int]], name: str, pid: int = 1, first_id: int = 100) -> Process:
    return Process(
        name=name,
        id=pid,
        stages=[Stage(name=n, milestone=m, win_rate=w, position=i, id=first_id + i, process_id=pid)
                for i, (n, m, w) in enumerate(stages)],
    )


def deal_plan(
    process: Process,
    deal: Deal,
    confirmed: int = 0,
    *,
    against: bool = False,
    corrections: dict[int, list[Correction]] | None = None,
    tasks: list[Task] | None = None,
    deliverables: list[Deliverable] | None = None,
    start: date = date(2024, 9, 2),
    evidence: str = "",
    evidence_template: str = "{milestone}: minutes of the meeting of {date}",
    decisions: dict[int, str] | None = None,
    delivered: int = 0,
) -> DealPlan:
    """A deal whose first ``confirmed`` milestones are confirmed (the last against us if ``against``)."""
    milestones = []
    for i, stage in enumerate(process.stages[:confirmed]):
        last = i == confirmed - 1
        milestones.append(Milestone(
            deal_id=deal.id or 0,
            stage_id=stage.id or 0,
            confirmed_on=start + timedelta(days=23 * i),
            evidence=evidence or evidence_template.format(milestone=stage.milestone,
                                                          date=start + timedelta(days=23 * i)),
            outcome=Outcome.AGAINST if against and last else Outcome.REACHED,
            decision="Chose another supplier" if against and last else (decisions or {}).get(i, ""),
            corrections=(corrections or {}).get(i, []),
            id=(deal.id or 0) * 100 + i,
        ))
    if deal.is_open:
        deal.stage_id = process.stages[min(confirmed, len(process.stages) - 1)].id
    elif deal.stage_id is None:
        deal.stage_id = process.stages[max(0, confirmed - 1)].id
    entries = stage_map(process, deal, milestones)
    rate = process.stage(deal.stage_id).win_rate if deal.is_open or deal.status == DealStatus.WON else 0
    if deal.status == DealStatus.WON:
        rate = 100
    return DealPlan(
        deal=deal,
        process=process,
        stage_map=entries,
        milestones=milestones,
        open_tasks=tasks or [],
        missing_deliverables=deliverables or [],
        win_rate=rate,
        weighted_value=weighted(deal.value, rate),
        stage_deliverables=len(deliverables or []) + delivered,  # ``delivered``: handed over already
    )


def forecast_of(open_deals: list[DealPlan]) -> list[ForecastRow]:
    rows: dict[tuple[str, str], ForecastRow] = {}
    for dp in open_deals:
        month = dp.deal.expected_close.strftime("%Y-%m") if dp.deal.expected_close else ""
        row = rows.setdefault((month, dp.deal.currency), ForecastRow(month, dp.deal.currency, 0.0, 0.0, 0))
        row.open_value += dp.deal.value
        row.weighted_value += dp.weighted_value
        row.deals += 1
    return list(rows.values())


def realistic_plan(chinese: bool = True) -> AccountPlan:
    """The Taiwanese machine-tool maker of the samples: 3 contacts, 3 open and 3 closed deals."""
    process = make_process(REFERENCE_ZH if chinese else REFERENCE_EN,
                           "大型設備專案流程" if chinese else "Capital equipment projects")
    if chinese:
        account = Account(
            id=1, name="台灣精密機械股份有限公司", industry="工具機製造", size="員工約 1,200 人，年營收 NT$ 85 億",
            kind="上市公司，集團採購，預算需董事會核准", relationship="既有客戶，合作五年",
            notes="台中總廠與越南新廠同步擴產。採購流程：事業部提出需求 → 資訊處技術評估 → 採購處議價 → 董事會核准。\n"
                  "2025 年預算於 1 月凍結，第二季可追加。",
        )
        contacts = [
            Contact(1, "陳志明", "總經理", BuyingRole.ECONOMIC_BUYER, Attitude.SUPPORTER, Influence.HIGH,
                    notes="重視交期與在地服務；每季親自檢視重大投資。"),
            Contact(1, "林怡君", "資訊處處長", BuyingRole.TECHNICAL_EVALUATOR, Attitude.NEUTRAL, Influence.MEDIUM,
                    notes="偏好開放架構，曾導入競爭對手系統。"),
            Contact(1, "黃建華", "採購經理", BuyingRole.PROCUREMENT, Attitude.OPPONENT, Influence.MEDIUM,
                    notes="要求三家比價，付款條件 90 天。"),
        ]
        titles = ["越南新廠 MES 導入專案", "台中總廠設備聯網升級", "售後服務年約續約"]
        closed_titles = [("2024 年度預防保養合約", DealStatus.WON, "準時交付並通過驗收，客戶續簽三年。"),
                         ("品質檢測系統", DealStatus.LOST, "客戶選擇了德國供應商的方案，價格低 15%。"),
                         ("員工訓練平台", DealStatus.ABANDONED, "需求非核心業務，及時放棄以集中資源。")]
        task_texts = [("安排總經理與我方高層會談", True), ("準備越南廠參考案例", False),
                      ("確認付款條件與保固範圍", True)]
        deliv_texts = [("技術方案建議書 v2", True), ("投資報酬率試算表", False)]
        correction = "原紀錄日期誤植為 10 月 5 日；依會議紀錄更正為 10 月 2 日。"
        risks = "採購經理傾向競爭對手；越南廠網路基礎建設尚未完成，可能延誤導入時程。"
        notes = "客戶希望 6 月前完成第一期上線。"
        planner_name = "王小明"
        evidence_template = "{date} 會議紀錄，雙方簽認：{milestone}"
        decisions = {1: "成立專案小組，由總經理督導", 2: "預算上限 NT$ 1,500 萬", 4: "同意進入議約"}
    else:
        account = Account(
            id=1, name="Taiwan Precision Machinery Co., Ltd.", industry="Machine tools",
            size="About 1,200 employees; revenue NT$ 8.5 bn",
            kind="Listed company; group purchasing, board approval for budgets",
            relationship="Existing customer for five years",
            notes="Expanding the Taichung plant and a new plant in Vietnam at the same time.\n"
                  "The 2025 budget was frozen in January; it can be topped up in Q2.",
        )
        contacts = [
            Contact(1, "Chen Chih-ming", "President", BuyingRole.ECONOMIC_BUYER, Attitude.SUPPORTER, Influence.HIGH,
                    notes="Cares about delivery times and local service."),
            Contact(1, "Lin Yi-chun", "Head of IT", BuyingRole.TECHNICAL_EVALUATOR, Attitude.NEUTRAL,
                    Influence.MEDIUM, notes="Prefers open architectures; used a competitor before."),
            Contact(1, "Huang Chien-hua", "Purchasing manager", BuyingRole.PROCUREMENT, Attitude.OPPONENT,
                    Influence.MEDIUM, notes="Wants three quotes and 90-day payment terms."),
        ]
        titles = ["MES roll-out, Vietnam plant", "Machine connectivity upgrade, Taichung", "Service contract renewal"]
        closed_titles = [("2024 preventive maintenance", DealStatus.WON, "Delivered on time; renewed for three years."),
                         ("Quality inspection system", DealStatus.LOST,
                          "The customer chose a German supplier, 15% cheaper."),
                         ("Staff training platform", DealStatus.ABANDONED,
                          "Peripheral need; given up in time to focus resources.")]
        task_texts = [("Arrange a meeting between the president and our CEO", True),
                      ("Prepare a reference case from a plant in Vietnam", False),
                      ("Agree payment terms and warranty scope", True)]
        deliv_texts = [("Technical proposal v2", True), ("ROI calculation", False)]
        correction = "The date was first recorded as 5 October; corrected to 2 October from the minutes."
        risks = "The purchasing manager leans towards a competitor; the Vietnam plant's network is not ready yet."
        notes = "The customer wants phase one live before June."
        planner_name = "Wang Hsiao-ming"
        evidence_template = "{milestone}: minutes of the meeting of {date}, signed by both sides"
        decisions = {1: "Project team set up under the president", 2: "Budget capped at NT$ 15 M",
                     4: "Agreed to move to contract talks"}

    open_deals = []
    for i, (title, confirmed, value, close) in enumerate([
        (titles[0], 5, 12_500_000, date(2025, 6, 30)),
        (titles[1], 2, 4_800_000, date(2025, 9, 15)),
        (titles[2], 6, 1_200_000, date(2025, 4, 10)),
    ]):
        deal = Deal(account_id=1, process_id=1, title=title, value=value, currency="TWD",
                    expected_close=close, next_target=close - timedelta(days=45), id=10 + i,
                    risks=risks if i == 0 else "", notes=notes if i == 0 else "")
        tasks = [Task(deal.id, 0, t, required=r, id=k) for k, (t, r) in enumerate(task_texts)] if i != 2 else []
        delivs = [Deliverable(deal.id, 0, t, required=r, id=k) for k, (t, r) in enumerate(deliv_texts)]
        corrections = {1: [Correction(milestone_id=0, written_on=date(2024, 10, 8), text=correction)]}
        if i != 0:
            delivs, corrections = [], None
        open_deals.append(deal_plan(process, deal, confirmed, tasks=tasks, deliverables=delivs,
                                    corrections=corrections, evidence_template=evidence_template,
                                    decisions=decisions))
    closed_deals = []
    for i, (title, status, reason) in enumerate(closed_titles):
        deal = Deal(account_id=1, process_id=1, title=title, value=[2_400_000, 3_100_000, 650_000][i],
                    currency="TWD", status=status, close_reason=reason, id=20 + i)
        confirmed = {DealStatus.WON: 8, DealStatus.LOST: 4, DealStatus.ABANDONED: 2}[status]
        closed_deals.append(deal_plan(process, deal, confirmed, against=status == DealStatus.LOST,
                                      evidence_template=evidence_template))
    return AccountPlan(
        account=account, contacts=contacts, open_deals=open_deals, closed_deals=closed_deals,
        forecast=forecast_of(open_deals), printed_on=PRINTED, planner_name=planner_name,
    )


def small_plan(
    *,
    name: str = "Acme",
    notes: str = "",
    deal_title: str = "Deal",
    stages: int = 3,
    confirmed: int = 1,
    contacts: list[Contact] | None = None,
    deal_notes: str = "",
    evidence: str = "",
    task: str = "Call the buyer",
    planner_name: str = "",
    with_deal: bool = True,
) -> AccountPlan:
    """One account with at most one open deal: the place to put a test's odd text."""
    process = make_process([(f"Stage {i + 1}", f"Milestone {i + 1}", min(100, 10 * (i + 1))) for i in range(stages)],
                           "Test process")
    open_deals = []
    if with_deal:
        deal = Deal(account_id=1, process_id=1, title=deal_title, value=1000, currency="USD", id=1,
                    notes=deal_notes, expected_close=date(2025, 5, 1))
        open_deals.append(deal_plan(process, deal, min(confirmed, stages - 1), evidence=evidence,
                                    tasks=[Task(1, 0, task, required=True)]))
    return AccountPlan(
        account=Account(id=1, name=name, notes=notes),
        contacts=contacts or [],
        open_deals=open_deals,
        closed_deals=[],
        forecast=forecast_of(open_deals),
        printed_on=PRINTED,
        planner_name=planner_name,
    )


def big_plan(deals: int = 200) -> AccountPlan:
    """An account with many open deals over the 8-stage process, for the benchmark."""
    process = make_process(REFERENCE_ZH, "大型設備專案流程")
    open_deals = []
    for i in range(deals):
        deal = Deal(account_id=1, process_id=1, title=f"商機 {i + 1}：產線自動化第 {i % 7 + 1} 期",
                    value=100_000 * (i + 1),
                    currency="TWD" if i % 5 else "USD", expected_close=date(2025, 1 + i % 12, 15),
                    next_target=date(2025, 1 + i % 12, 1), id=i + 1,
                    notes="客戶要求分期交貨。" * (i % 4), risks="競爭對手報價較低。" if i % 3 == 0 else "")
        tasks = [Task(deal.id, 0, f"任務 {k + 1}：準備簡報與報價", required=k == 0) for k in range(3)]
        delivs = [Deliverable(deal.id, 0, f"交付件 {k + 1}", required=k == 0) for k in range(2)]
        corrections = {0: [Correction(0, date(2024, 10, 1), "日期更正。")]} if i % 4 == 0 else None
        open_deals.append(deal_plan(process, deal, i % 8, tasks=tasks, deliverables=delivs, corrections=corrections))
    contacts = [Contact(1, f"聯絡人 {k}", "經理", BuyingRole.USER) for k in range(10)]
    return AccountPlan(
        account=Account(id=1, name="台灣精密機械股份有限公司", industry="工具機", notes="大型客戶。"),
        contacts=contacts, open_deals=open_deals, closed_deals=[], forecast=forecast_of(open_deals),
        printed_on=PRINTED, planner_name="王小明",
    )


def varied_plan(deals: int = 200) -> AccountPlan:
    """An account with many open deals whose words are all different, as typed ones are.

    ``big_plan`` repeats the same tasks, evidence and dates on every deal; this one gives each
    deal its own (Chinese and English mixed, of varied length), so that nothing the report
    remembers from one deal serves the next except its own labels and the stage names.
    """
    process = make_process(REFERENCE_ZH, "大型設備專案流程")
    sites = ["台中總廠", "越南新廠", "高雄物流中心", "新竹研發中心", "桃園二廠", "Penang plant", "Osaka office"]
    open_deals = []
    for i in range(deals):
        site = sites[i % len(sites)]
        deal = Deal(account_id=1, process_id=1, title=f"{site} 專案 #{1000 + i * 7}：產線自動化 phase {i % 5 + 1}",
                    value=137_000 * (i + 1) + 1_250 * (i % 9),
                    currency="TWD" if i % 5 else "USD", expected_close=date(2025, 1, 1) + timedelta(days=3 * i + 17),
                    next_target=date(2024, 12, 1) + timedelta(days=3 * i), id=i + 1,
                    notes=f"{site}希望在第 {i % 4 + 1} 季前完成驗收；聯絡窗口 {i % 13 + 1} 號。" * (i % 3 + 1),
                    risks=f"Competitor quoted {7 + i % 11}% lower for lot {i}." if i % 3 == 0 else "")
        tasks = [Task(deal.id, 0, f"為{site}準備第 {i + 1}-{k + 1} 版簡報（報價 {i * 3 + k} 萬）", required=k == 0)
                 for k in range(1 + i % 3)]
        delivs = [Deliverable(deal.id, 0, f"Deliverable {i}.{k}: 規格書 rev {k + i % 6}", required=k == 0)
                  for k in range(i % 3)]
        corrections = ({0: [Correction(0, date(2024, 10, 1) + timedelta(days=i),
                                       f"日期更正：原紀錄誤植為 {i % 28 + 1} 日。")]} if i % 4 == 0 else None)
        start = date(2024, 3, 1) + timedelta(days=2 * i)
        open_deals.append(deal_plan(
            process, deal, i % 8, tasks=tasks, deliverables=delivs, corrections=corrections, start=start,
            evidence_template=f"{{date}} {site}會議紀錄第 {i}-{{milestone}} 號，雙方簽認",
            decisions={1: f"成立 {site} 專案小組 {i}", 3: f"預算上限 NT$ {i * 11 + 300} 萬"}, delivered=i % 2))
    contacts = [Contact(1, f"聯絡人 {k}", "經理", BuyingRole.USER) for k in range(10)]
    return AccountPlan(
        account=Account(id=1, name="台灣精密機械股份有限公司", industry="工具機", notes="大型客戶。"),
        contacts=contacts, open_deals=open_deals, closed_deals=[], forecast=forecast_of(open_deals),
        printed_on=PRINTED, planner_name="王小明",
    )
