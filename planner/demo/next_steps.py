"""What comes next on the demo's open deals: a next step for each, fitting the stage it is in,
some with a date (a few overdue, some today, this week, later), and due dates on some of the
current stage's tasks, so that the agenda and the overdue notice have something to show.

Drawn by a generator of its own, seeded by the deal, so that the history's plan (``history``)
and its random stream stay as they were: the same day still builds the same file. Written
last, as of the evening before ``today``, through the services like everything else.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import date, timedelta

from planner.demo.history import SEED, PlannedDeal
from planner.domain.model import ItemKind, Stage
from planner.services import DealWork, Part, Planner

# (Chinese, English) next steps by the reference stage the deal is in; None: a stage of its own
STEPS: dict[str | None, tuple[tuple[str, str], ...]] = {
    "a": (("安排與窗口的初次拜訪", "Book a first meeting with the contact"),
          ("確認雙方的負責窗口", "Agree who owns the account on both sides")),
    "b": (("訪談現場主管，確認痛點", "Interview the floor managers about the pain points"),
          ("整理客戶目前的作業流程", "Map how the customer works today")),
    "c": (("取得需求規格書初稿", "Get the first draft of the requirements"),
          ("確認預算編列的時程", "Find out when the budget is set")),
    "d": (("準備方案簡報與試作樣品", "Prepare the solution deck and a sample"),
          ("安排技術評估會議", "Set up the technical evaluation meeting")),
    "e": (("寄送正式報價與付款條件", "Send the formal quote and payment terms"),
          ("備妥供應商評鑑資料", "Prepare the supplier assessment file")),
    "f": (("與採購確認合約條款", "Go through the contract terms with purchasing"),
          ("追蹤合約用印進度", "Chase the signed contract")),
    "g": (("召開導入啟動會議", "Hold the implementation kick-off"),
          ("確認驗收標準與時程", "Agree the acceptance criteria and dates")),
    "h": (("安排季度回顧會議", "Book the quarterly review"),
          ("請教是否有轉介紹的機會", "Ask whether they know someone we could help")),
    None: (("電話確認訂購數量", "Call to confirm the quantities"),
           ("寄送最新價目表", "Send the current price list")),
}
# days from today a step's date falls on: overdue, today, within a week, later; None: no date
_WHEN: tuple[tuple[tuple[int, int] | None, int], ...] = (
    ((-12, -1), 20), ((0, 0), 15), ((1, 7), 30), ((8, 35), 25), (None, 10))


def step_for(deal: PlannedDeal, stage: Stage, today: date) -> tuple[str, date | None]:
    """The deal's next step in its language, and its date (or None)."""
    rng = random.Random(f"{SEED}-next-step-{deal.index}")
    text = rng.choice(STEPS.get(stage.ref_key, STEPS[None]))[deal.words]
    span = rng.choices([w for w, _ in _WHEN], [n for _, n in _WHEN])[0]
    return text, None if span is None else today + timedelta(days=rng.randint(*span))


def work_due(deal: PlannedDeal, today: date, open_tasks: int) -> tuple[int, date] | None:
    """(which open task of the stage, its due date) for some deals; None for the others."""
    rng = random.Random(f"{SEED}-task-due-{deal.index}")
    if not open_tasks or rng.random() > 0.45:
        return None
    return rng.randrange(open_tasks), today + timedelta(days=rng.randint(-6, 21))


def write(planner: Planner, deals: list[PlannedDeal], held: Mapping[int, DealWork], today: date) -> None:
    """A next step on every deal still open (``held``: by planned index), and a due date on some
    of their open tasks; in the caller's transaction and dated moment."""
    for index in sorted(held):
        work = planner.work.refreshed(held[index], frozenset({Part.WORK}))
        deal_id, stage_id = work.deal.id, work.deal.stage_id
        assert deal_id is not None and stage_id is not None
        planned = deals[index]
        planner.deals.set_next_step(deal_id, *step_for(planned, work.process.stage(stage_id), today))
        open_tasks = [t for t in work.stage_tasks(stage_id) if not t.done]
        due = work_due(planned, today, len(open_tasks))
        if due is not None:
            task = open_tasks[due[0]]
            assert task.id is not None
            planner.work.set_due(ItemKind.TASK, task.id, due[1])
