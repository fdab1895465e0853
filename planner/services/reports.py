"""What the record gives back: the forecast and the account plan (as the PDF prints it)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

from planner.domain import lifecycle, rules
from planner.domain.errors import PlannerError
from planner.domain.model import Deal, DealStatus
from planner.services.noun import Noun, unreadable

if TYPE_CHECKING:  # imported where used: the app's start-up opens a file without them
    from planner.domain.calibration import DealPath, ProcessCalibration
    from planner.domain.plan import AccountPlan, DealPlan, ForecastRow
    from planner.domain.stalled import StalledDeal
    from planner.domain.winloss import WinLoss


class Reports(Noun):
    def forecast(self, deals: list[Deal]) -> list[ForecastRow]:
        """Open value and weighted value by expected close month and currency."""
        from planner.domain.plan import ForecastRow

        processes = {p: self.store.process(p) for p in {d.process_id for d in deals if d.is_open}}
        rates = {s.id: s.win_rate for p in processes.values() if p for s in p.stages}
        for d in deals:
            if d.is_open and d.stage_id not in rates:  # a file edited around its rules
                raise unreadable("deals", d.id, "stage_id")
        sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
        for d in deals:
            if not d.is_open:
                continue
            key = (d.expected_close.strftime("%Y-%m") if d.expected_close else "", d.currency)
            sums[key][0] += d.value
            sums[key][1] += rules.weighted(d.value, rates[d.stage_id])
            sums[key][2] += 1
        return [ForecastRow(m, c, v[0], v[1], int(v[2]))
                for (m, c), v in sorted(sums.items(), key=lambda kv: (kv[0][0] == "", kv[0]))]

    def calibration(self, process_id: int | None = None) -> list[ProcessCalibration]:
        """Observed win rates and time in stage, per process (all of them, archived too, in
        the order the process list shows; or only ``process_id``): see domain.calibration."""
        from planner.domain.calibration import calibrate
        from planner.store.history import deal_paths

        if process_id is not None:
            processes = [self.planner.processes.get(process_id)]
        else:
            processes = [self.planner.processes.get(s.id) for s in self.planner.processes.summaries()]
        stage_ids = {p.id: {s.id for s in p.stages} for p in processes}
        by_process: dict[int, list[DealPath]] = defaultdict(list)
        for path in deal_paths(self.store, process_id):
            if path.process_id not in stage_ids:  # a deal of no process (an edited file)
                raise unreadable("deals", path.deal_id, "process_id")
            if path.stage_id not in stage_ids[path.process_id]:
                raise unreadable("deals", path.deal_id, "stage_id")
            by_process[path.process_id].append(path)
        return [calibrate(p, by_process[p.id]) for p in processes]  # type: ignore[index]  # a stored process has its id

    def stalled(self, today: date | None = None) -> list[StalledDeal]:
        """Open deals past their stage's bar (see domain.stalled), furthest past first: the
        calibration of every process is read once, then each process's cards once."""
        from planner import settings
        from planner.domain.stalled import Placed, by_stage, stalled_deals

        today = today or date.today()
        idle_days = settings.IDLE_DAYS.of(self.planner.settings.all())
        calibrations = self.calibration()
        placed = []
        for process in calibrations:
            names = {s.stage_id: s.name for s in process.stages}
            for card in self.store.cards(process.process_id, today):
                if card.status == DealStatus.OPEN and not card.archived:
                    if card.stage_id not in names:  # a file edited around its rules
                        raise unreadable("deals", card.deal_id, "stage_id")
                    placed.append(Placed(card, process.process_id, process.name, names[card.stage_id]))
        return stalled_deals(placed, today, by_stage(calibrations), idle_days)

    def account_plan(self, account_id: int, printed_on: date | None = None,
                     planner_name: str = "") -> AccountPlan:
        from planner.domain.plan import AccountPlan

        account = self.planner.accounts.get(account_id)
        deals = [d for d in self.planner.deals.all(account_id) if not d.archived]
        plans = [self._deal_plan(d) for d in deals]
        return AccountPlan(
            account=account, contacts=self.planner.contacts.of(account_id),
            open_deals=[p for p in plans if p.deal.is_open],
            closed_deals=[p for p in plans if not p.deal.is_open],
            forecast=self.forecast(deals), printed_on=printed_on or date.today(),
            planner_name=planner_name, fingerprint=self._printable_fingerprint(),
            home=self.planner.rates.home(), rates=self.planner.rates.table())

    def _printable_fingerprint(self) -> str:
        try:
            return self.planner.file.fingerprint()
        except PlannerError:  # a file whose chain cannot be read still prints, without one
            return ""

    def _deal_plan(self, deal: Deal) -> DealPlan:
        from planner.domain.plan import DealPlan

        work = self.planner.work.get(deal.id)  # type: ignore[arg-type]  # a stored row has its id
        stage = work.process.stage(deal.stage_id)  # type: ignore[arg-type]  # a stored deal sits in a stage
        rate = stage.win_rate if deal.is_open else (100 if deal.status == DealStatus.WON else 0)
        return DealPlan(
            deal=deal, process=work.process,
            stage_map=lifecycle.stage_map(work.process, deal, work.milestones),
            milestones=work.milestones,
            open_tasks=[t for t in work.stage_tasks(stage.id) if not t.done] if deal.is_open else [],  # type: ignore[arg-type]  # a stored stage has its id
            missing_deliverables=[d for d in work.stage_deliverables(stage.id) if not d.done] if deal.is_open else [],  # type: ignore[arg-type]  # a stored stage has its id
            win_rate=rate, weighted_value=rules.weighted(deal.value, rate))

    def win_loss(self, process_id: int | None = None) -> WinLoss:
        """How closed deals ended, by reason category, by the stage they were lost or abandoned
        in, and by process (all processes, archived too, in the list's order; or only
        ``process_id``), values in the home currency: see domain.winloss."""
        from planner.domain.winloss import analyse

        if process_id is not None:
            processes = [self.planner.processes.get(process_id)]
        else:
            processes = [self.planner.processes.get(s.id) for s in self.planner.processes.summaries()]
        deals = self.store.closed_deals(process_id)
        stages = {s.id: p.id for p in processes for s in p.stages}
        categories = self.store.reason_categories()
        known = {c.id for c in categories}
        for d in deals:  # a file edited around its rules: named, not miscounted
            if stages.get(d.stage_id) != d.process_id:
                raise unreadable("deals", d.deal_id, "stage_id" if d.process_id in stages.values() else "process_id")
            if d.category_id is not None and d.category_id not in known:
                raise unreadable("deals", d.deal_id, "close_category")
        return analyse(deals, processes, categories, self.planner.rates.home(), self.planner.rates.table())
