"""What the record gives back: the forecast and the account plan (as the PDF prints it)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from planner.domain import lifecycle, rules
from planner.domain.errors import PlannerError
from planner.domain.model import Deal, DealStatus
from planner.services.noun import Noun, unreadable

if TYPE_CHECKING:  # imported where used: the app's start-up opens a file without them
    from planner.domain.agenda import AgendaLine
    from planner.domain.calibration import DealPath, ProcessCalibration
    from planner.domain.forecast import Forecast, ForecastPrint, Granularity, ListedDeal, OpenDeal, StageRef

    _Placed = TypeVar("_Placed", OpenDeal, ListedDeal)
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

    def pipeline(self, by: Granularity = "month", process_id: int | None = None,
                 today: date | None = None) -> Forecast:
        """The open pipeline by expected-close period and stage (see domain.forecast): open,
        not archived deals of every process that is not archived (or only ``process_id``),
        in the home currency with the file's rates, weighted by the set win rates and by the
        observed ones where calibration calls them meaningful."""
        from planner.domain.forecast import build
        from planner.store.pipeline import open_deals

        stages = self._pipeline_stages(process_id)
        deals = self._in_stages(open_deals(self.store, process_id), stages)
        return build(deals, stages, self.planner.rates.home(), self.planner.rates.table(), by,
                     today or date.today())

    def pipeline_print(self, by: Granularity = "month", process_id: int | None = None,
                       printed_on: date | None = None, planner_name: str = "") -> ForecastPrint:
        """The pipeline forecast as its PDF prints it: the forecast and, from the same read,
        its deals by account with their titles; the rates it converted with."""
        from planner.domain.forecast import ForecastPrint, OpenDeal, build
        from planner.store.pipeline import listed_deals

        printed_on = printed_on or date.today()
        stages = self._pipeline_stages(process_id)
        listed = self._in_stages(listed_deals(self.store, process_id), stages)
        forecast = build((OpenDeal(d.deal_id, d.account_id, d.process_id, d.stage_id, d.value, d.currency,
                                   d.expected_close) for d in listed),
                         stages, self.planner.rates.home(), self.planner.rates.table(), by, printed_on)
        process_name = "" if process_id is None else self.planner.processes.get(process_id).name
        fingerprint, altered = self._printable_fingerprint()
        return ForecastPrint(forecast, tuple(listed), tuple(self.planner.rates.all()), printed_on, process_name,
                             planner_name, fingerprint, altered)

    def _pipeline_stages(self, process_id: int | None) -> list[StageRef]:
        """The stages the forecast shows, with their observed rates where calibration calls
        them meaningful. The rates are calibration's own (domain.calibration.calibrate), fed
        with where deals got to and how they ended: the milestone dates it also reads, for
        time in stage, are not needed here (at 100,000 deals, a second saved)."""
        from planner.domain.calibration import DealPath, calibrate
        from planner.domain.forecast import StageRef
        from planner.store.pipeline import outcomes

        if process_id is not None:
            processes = [self.planner.processes.get(process_id)]
        else:
            processes = [self.planner.processes.get(s.id) for s in self.planner.processes.summaries()]
        stage_ids = {p.id: {s.id for s in p.stages} for p in processes}
        by_process: dict[int, list[DealPath]] = defaultdict(list)
        for pid, stage_id, status, deals, sample in outcomes(self.store, process_id):
            if pid not in stage_ids:  # a deal of no process (an edited file)
                raise unreadable("deals", sample, "process_id")
            if stage_id not in stage_ids[pid]:
                raise unreadable("deals", sample, "stage_id")
            by_process[pid] += [DealPath(sample, pid, stage_id, status, date.min)] * deals
        shown = [calibrate(p, by_process[p.id]) for p in processes  # type: ignore[index]  # stored: it has its id
                 if process_id is not None or not p.archived]
        return [StageRef(p.process_id, p.name, s.stage_id, s.name, s.position, s.configured_rate,
                         s.won_share * 100 if s.meaningful and s.won_share is not None else None)
                for p in shown for s in p.stages]

    @staticmethod
    def _in_stages(deals: list[_Placed], stages: list[StageRef]) -> list[_Placed]:
        process_of = {s.stage_id: s.process_id for s in stages}
        for d in deals:
            if process_of.get(d.stage_id) != d.process_id:  # a file edited around its rules
                raise unreadable("deals", d.deal_id, "stage_id")
        return deals

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

    def agenda(self) -> list[AgendaLine]:
        """What is due across every open deal (not archived, of a process that is not):
        next steps, undone work of the current stage with a due date, next milestones'
        targets; ``domain.agenda`` groups them by when they are due."""
        from planner.store.agenda import lines

        return lines(self.store)

    def overdue_count(self, today: date) -> int:
        """How many of ``agenda``'s lines are overdue on ``today``, without reading them."""
        from planner.store.agenda import overdue_count

        return overdue_count(self.store, today)

    def account_plan(self, account_id: int, printed_on: date | None = None,
                     planner_name: str = "") -> AccountPlan:
        from planner.domain.plan import AccountPlan

        account = self.planner.accounts.get(account_id)
        deals = [d for d in self.planner.deals.all(account_id) if not d.archived]
        plans = [self._deal_plan(d) for d in deals]
        fingerprint, altered = self._printable_fingerprint()
        return AccountPlan(
            account=account, contacts=self.planner.contacts.of(account_id),
            open_deals=[p for p in plans if p.deal.is_open],
            closed_deals=[p for p in plans if not p.deal.is_open],
            forecast=self.forecast(deals), printed_on=printed_on or date.today(),
            planner_name=planner_name, fingerprint=fingerprint, history_altered=altered,
            home=self.planner.rates.home(), rates=self.planner.rates.table())

    def _printable_fingerprint(self) -> tuple[str, bool]:
        """(the fingerprint a printout carries, whether the history was altered): only a
        history whose every seal holds is vouched for by it (the head of a ledger whose rows
        were changed around the triggers is the genuine one's); an altered one prints without
        one, and says so."""
        if self.planner.file.history_altered():
            return "", True
        try:
            return self.planner.file.fingerprint(), False
        except PlannerError:  # a file whose chain cannot be read still prints, without one
            return "", False

    def _deal_plan(self, deal: Deal) -> DealPlan:
        from planner.domain.plan import DealPlan

        work = self.planner.work.get(deal.id)  # type: ignore[arg-type]  # a stored row has its id
        try:
            stage = work.process.stage(deal.stage_id)  # type: ignore[arg-type]  # a stored deal sits in a stage
        except KeyError:  # its id held twice (a table rebuilt without its key): another row's work was read
            raise unreadable("deals", deal.id, "stage_id") from None
        rate = stage.win_rate if deal.is_open else (100 if deal.status == DealStatus.WON else 0)
        return DealPlan(
            deal=deal, process=work.process,
            stage_map=lifecycle.stage_map(work.process, deal, work.milestones),
            milestones=work.milestones,
            stage_deliverables=len(work.stage_deliverables(stage.id)),  # type: ignore[arg-type]  # a stored stage has its id
            open_tasks=[t for t in work.stage_tasks(stage.id) if not t.done] if deal.is_open else [],  # type: ignore[arg-type]  # a stored stage has its id
            missing_deliverables=[d for d in work.stage_deliverables(stage.id) if not d.done] if deal.is_open else [],  # type: ignore[arg-type]  # a stored stage has its id
            win_rate=rate, weighted_value=rules.weighted(deal.value, rate),
            people=work.people)

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
