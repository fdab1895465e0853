"""Two to three years of a sales history, planned before anything is written.

``plan`` decides every deal's life from one seeded random generator: when it was created,
which milestones it reached and on which days, how it ended (lost at a milestone, given up
after going quiet, won) or where it waits today. It uses no file: ``replay`` writes the
plan through the services, step by step in the order the days came, so every rule of the
method applies as if a user had entered it all on those days.

The pace and the odds are a model, not a record: each stage takes a lognormal number of
days around its median, and a deal passes a stage's milestone with the chance that makes its
observed win rate from that stage land near (not on) the rate the process was configured
with, so calibration has a true difference to show.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import NamedTuple

from planner.demo import content
from planner.demo.content import Customer
from planner.domain.lifecycle import Tick
from planner.domain.model import Account, ItemKind, Process, Stage

SEED = 20261127
DAYS = 1050  # the oldest generated deal: just under three years ago
# median days spent in each reference stage before its milestone, and each process's pace
MEDIAN_DAYS = {"a": 14, "b": 30, "c": 35, "d": 45, "e": 30, "f": 30, "g": 60, "h": 45, None: 30}
PACE = {"group": 1.3, "key": 1.0, "trimmed": 0.6, "shop": 0.12}
PROCESS_WEIGHTS = {"group": 35, "key": 30, "trimmed": 20, "shop": 15}
LOST_SHARE = 0.55  # of the deals that fail a stage, those the customer turned down (the rest go quiet)
UNFILED_DAYS = 800  # deals closed longer ago than this carry no reason category
FIRST_SECOND, LAST_SECOND = 3600, 35_999  # 01:00 to 09:59 UTC: office hours in Taiwan


class Do(StrEnum):
    OPEN = "open"  # the deal is created
    FOLLOW = "follow"  # created as the follow-up of a won deal
    WORK = "work"  # some of the current stage's work is done
    CONFIRM = "confirm"  # the stage's milestone is reached
    LOSE = "lose"  # the stage's milestone went against us
    ABANDON = "abandon"
    ARCHIVE = "archive"
    CORRECT = "correct"  # a correction note on the deal's first milestone


class Step(NamedTuple):
    """One thing done to one deal; steps sort in the order they happened."""

    on: date
    second: int  # of the day, UTC
    deal: int  # index in ``Plan.deals``
    n: int  # its order among the deal's steps
    do: Do
    stage: int = -1  # position of the stage whose milestone or work this is
    text: str = ""  # evidence, reason or correction
    decision: str = ""  # the customer's decision, when a milestone went against us
    ticks: tuple[Tick, ...] = ()  # work done with it
    next_target: date | None = None  # changed with it, when not None
    expected_close: date | None = None
    category: str = ""  # the reason category's key, when the deal is lost or abandoned


@dataclass
class PlannedDeal:
    index: int  # in ``Plan.deals``
    customer: int
    process: str
    title: str
    value: float
    currency: str
    english: bool
    created: date
    expected_close: date | None
    next_target: date | None
    risks: str
    follow_up_of: int | None = None  # index of the won deal this one follows
    steps: list[Step] = field(default_factory=list)
    words: int = 0  # which of a (zh_TW, en) pair its texts are written in


@dataclass
class Plan:
    today: date
    processes: dict[str, Process]
    customers: list[Customer]
    deals: list[PlannedDeal]
    start: date  # when the processes and customers were set up

    def steps(self) -> list[Step]:
        """Every step in the order it happened: by day, second, deal and the deal's own order
        (as the steps sort), keyed by one integer: a third of the time at 100,000 deals."""
        deals = 1 << max(20, len(self.deals).bit_length())  # more than any deal index or step number
        return sorted((s for d in self.deals for s in d.steps),
                      key=lambda s: ((s.on.toordinal() * 86_400 + s.second) * deals + s.deal) * deals + s.n)


def plan(total: int, today: date, seed: int = SEED, language: str | None = None) -> Plan:
    """The hand-written deals, then generated ones up to ``total`` deals in all; written in
    ``language`` ("en", "zh_TW"), or each customer's own when None. The language changes
    words only: the same seed and day give the same deals, steps and days in any language."""
    rng = random.Random(seed)
    processes = content.processes(language)
    history = _History(rng, today, processes, language)
    customers = content.customers(language)
    generated = max(0, total - len(content.DEALS))
    if generated > 200:  # a large file gets customers of its own, about fifty deals each
        customers += _customers(rng, generated // 50, language)
    for index, written in enumerate(content.DEALS):
        history.hand_written(index, written)
    history.generated(generated, customers)
    start = min(d.created for d in history.deals) - timedelta(days=14)
    return Plan(today, processes, customers, history.deals, start)


def stage_days(process: str, stage: Stage, rng: random.Random) -> int:
    median = MEDIAN_DAYS.get(stage.ref_key, 30) * PACE[process]
    return max(1, round(median * math.exp(rng.gauss(0, 0.6))))


def pass_rates(stages: list[Stage], rng: random.Random) -> list[float]:
    """The chance of passing each stage's milestone, so that the chance of winning from a
    stage is its configured win rate off by up to a quarter either way."""
    wins = [min(0.97, max(0.02, s.win_rate / 100 * rng.uniform(0.75, 1.3))) for s in stages]
    for i in range(len(wins) - 2, -1, -1):  # a later stage never wins less often
        wins[i] = min(wins[i], wins[i + 1])
    return [w / (wins[i + 1] if i + 1 < len(wins) else 1.0) for i, w in enumerate(wins)]


class _History:
    def __init__(self, rng: random.Random, today: date, processes: dict[str, Process],
                 language: str | None) -> None:
        self.rng, self.today, self.processes, self.language = rng, today, processes, language
        self.last = today - timedelta(days=1)  # nothing happens today: the file is written now
        self.rates = {k: pass_rates(p.stages, rng) for k, p in processes.items()}
        self.deals: list[PlannedDeal] = []
        self.won: list[tuple[int, date]] = []  # deals won, and when, that no follow-up has taken

    # --- steps ---
    def _add(self, deal: PlannedDeal, on: date, do: Do, **fields: object) -> None:
        if deal.steps and deal.steps[-1].on == on:  # later the same day
            second = min(LAST_SECOND, deal.steps[-1].second + self.rng.randint(60, 3600))
        else:
            second = self.rng.randint(FIRST_SECOND, LAST_SECOND)
        deal.steps.append(Step(on, second, deal.index, len(deal.steps), do, **fields))  # type: ignore[arg-type]  # Step's own fields

    def _text(self, deal: PlannedDeal, options: tuple[tuple[str, str], ...]) -> str:
        return self.rng.choice(options)[deal.words]

    def _ticks(self, stage: Stage, share: float, required: bool) -> tuple[Tick, ...]:
        return tuple(Tick(kind, i, item.text)
                     for kind, items in ((ItemKind.TASK, stage.tasks), (ItemKind.DELIVERABLE, stage.deliverables))
                     for i, item in enumerate(items)
                     if (required and item.required) or self.rng.random() < share)

    def _confirm(self, deal: PlannedDeal, k: int, on: date, **fields: object) -> None:
        stage = self.processes[deal.process].stages[k]
        evidence = content.SHOP_EVIDENCE if deal.process == "shop" else content.EVIDENCE[stage.ref_key]
        self._add(deal, on, Do.CONFIRM, stage=k, text=self._text(deal, evidence),
                  ticks=self._ticks(stage, 0.6, True), **fields)

    def _end(self, deal: PlannedDeal, k: int, on: date, lost: bool) -> None:
        category = self.rng.choices(content.REASON_CATEGORIES, (25, 30, 15, 10, 10, 5, 5) if lost
                                    else (5, 10, 25, 25, 25, 5, 5))[0]
        # the oldest closings predate the habit of filing them: their reason is text only
        filed = category if (self.today - on).days <= UNFILED_DAYS else ""
        if lost:
            self._add(deal, on, Do.LOSE, stage=k, text=self._text(deal, content.LOST_EVIDENCE),
                      decision=self._text(deal, content.LOST[category]), category=filed)
        else:
            self._add(deal, on, Do.ABANDON, text=self._text(deal, content.ABANDONED[category]), category=filed)

    def _work(self, deal: PlannedDeal, k: int, on: date) -> None:
        ticks = self._ticks(self.processes[deal.process].stages[k], 0.45, False)
        if ticks:
            self._add(deal, on, Do.WORK, stage=k, ticks=ticks)

    def _archive(self, deal: PlannedDeal, closed: date) -> None:
        """Old closed deals are often archived a while after they closed."""
        on = closed + timedelta(days=self.rng.randint(30, 120))
        if on <= self.last and (self.today - closed).days > 540 and self.rng.random() < 0.4:
            self._add(deal, on, Do.ARCHIVE)

    # --- deals ---
    def _new(self, customer: int, process: str, title: str, value: float, currency: str, english: bool,
             created: date, expected_close: date | None, next_target: date | None, risks: str,
             follow_up_of: int | None = None) -> PlannedDeal:
        deal = PlannedDeal(len(self.deals), customer, process, title, value, currency, english, created,
                           expected_close, next_target, risks, follow_up_of,
                           words=content.words(english, self.language))
        self.deals.append(deal)
        self._add(deal, created, Do.OPEN if follow_up_of is None else Do.FOLLOW)
        return deal

    def hand_written(self, index: int, w: content.HandWritten) -> None:
        english = content.CUSTOMERS[w.customer].english
        words = content.words(english, self.language)
        created, end = self.today - timedelta(days=w.created_ago), self.today - timedelta(days=w.quiet)
        stages = self.processes[w.process].stages
        count = len(stages) if w.end == "won" else w.milestones
        is_open = not w.end
        deal = self._new(w.customer, w.process, content.title(index, self.language), w.value, w.currency, english,
                         created,
                         self.today + timedelta(days=self.rng.randint(-45, 150)) if is_open else end,
                         end + timedelta(days=self.rng.randint(14, 45)) if is_open else None,
                         self.rng.choice(content.RISKS)[words])
        # milestones spread from the start to the end; a deal lost or given up waited a while first
        share = {"lost": 4, "abandoned": 3}.get(w.end, 5)
        until = created + (end - created) * share // 5
        days = [created + (until - created) * (j + 1) // count for j in range(count)]
        for k in range(count):
            self._confirm(deal, k, days[k])
            if k == 0 and deal.index == content.CORRECTED:  # noticed a few days later
                fixed = min(days[0] + timedelta(days=7), days[1] if count > 1 else end, self.last)
                self._add(deal, fixed, Do.CORRECT, text=content.CORRECTION[deal.words])
        if w.end == "lost":
            self._end(deal, count, end, lost=True)
        elif w.end == "abandoned":
            self._end(deal, count, end, lost=False)
        elif is_open:
            self._work(deal, count, end)

    def generated(self, count: int, customers: list[Customer]) -> None:
        for _ in range(count):
            follows = self._follow_up()
            if follows is not None:
                self._live(follows)
                continue
            i = self.rng.randrange(len(customers))
            customer = customers[i]
            process = self.rng.choice(customer.processes)
            created = self.today - timedelta(days=max(1, round(DAYS * self.rng.random() ** 1.25)))
            low, high, step = content.VALUES[process]
            usd = customer.english and self.rng.random() < 0.8
            value = self.rng.randrange(low, high + 1, step) / (30 if usd else 1)
            title, phase = self.rng.choice(content.TITLES[process]), self.rng.choice(content.PHASES)
            english = customer.english
            words = content.words(english, self.language)
            name = title[words] + phase[words]
            total = sum(MEDIAN_DAYS.get(s.ref_key, 30) for s in self.processes[process].stages) * PACE[process]
            deal = self._new(i, process, name, round(value, -2 if usd else 0), "USD" if usd else "TWD",
                             english, created, created + timedelta(days=round(total * self.rng.uniform(0.6, 1.0))),
                             None, self.rng.choice(content.RISKS)[words])
            self._live(deal)

    def _follow_up(self) -> PlannedDeal | None:
        """Now and then a won deal is followed by the next one with the same customer."""
        if not self.won or self.rng.random() > 0.15:
            return None
        i, won_on = self.won.pop(self.rng.randrange(len(self.won)))
        created = won_on + timedelta(days=self.rng.randint(20, 150))
        if created > self.last:
            return None
        old = self.deals[i]
        base = old.title.split(" – ")[0].split("（")[0]  # a renewal of a renewal is named as the first
        pattern = content.REPEAT if old.process == "shop" else content.RENEWAL
        title = pattern[old.words].format(base=base, year=created.year)
        total = sum(MEDIAN_DAYS.get(s.ref_key, 30) for s in self.processes[old.process].stages)
        expected = created + timedelta(days=round(total * PACE[old.process]))
        return self._new(old.customer, old.process, title, old.value, old.currency, old.english, created,
                         expected, None, "", follow_up_of=i)

    def _live(self, deal: PlannedDeal) -> None:
        """A generated deal's life from its creation to its end, or to today."""
        stages, rates = self.processes[deal.process].stages, self.rates[deal.process]
        medians = [MEDIAN_DAYS.get(s.ref_key, 30) * PACE[deal.process] for s in stages]
        day, expected = deal.created, deal.expected_close
        for k, stage in enumerate(stages):
            due = day + timedelta(days=stage_days(deal.process, stage, self.rng))
            if due > self.last:  # still at work on this stage today
                if self.rng.random() < 0.7:
                    self._work(deal, k, day + (self.last - day) * self.rng.randint(1, 9) // 10)
                return
            if self.rng.random() >= rates[k]:
                if self.rng.random() < LOST_SHARE:
                    self._end(deal, k, due, lost=True)
                    self._archive(deal, due)
                    return
                given_up = day + timedelta(days=self.rng.randint(45, 300))  # after going quiet
                if given_up <= self.last:  # otherwise it sits idle, open, today
                    self._end(deal, k, given_up, lost=False)
                    self._archive(deal, given_up)
                return
            fields: dict[str, object] = {}
            if k + 1 < len(stages):
                fields["next_target"] = due + timedelta(days=round(medians[k + 1] * self.rng.uniform(0.8, 1.2)))
                projected = due + timedelta(days=round(sum(medians[k + 1:])))
                if expected is not None and projected > expected + timedelta(days=21) and self.rng.random() < 0.6:
                    expected = fields["expected_close"] = projected  # the seller admits the slip
            elif expected is None:
                expected = fields["expected_close"] = due
            self._confirm(deal, k, due, **fields)
            day = due
        self.won.append((deal.index, day))
        self._archive(deal, day)


def _customers(rng: random.Random, count: int, language: str | None) -> list[Customer]:
    """Customers for a large file. Each is drawn as English or Chinese (how it buys), then
    written in ``language`` or its own: the same draws either way, so the history stays."""
    out, names = [], set()
    for i in range(count):
        english = rng.random() < 0.3
        words = content.words(english, language)
        if english:
            trade = rng.choice(content.EN_TRADES)[words]
            place, company = rng.choice(content.EN_PLACES)[words], rng.choice(content.EN_COMPANY)[words]
            name = f"{place} {trade[0]} {company}" if words else f"{place}{trade[0]}{company}"
        else:
            trade = rng.choice(content.TRADES)[words]
            city, brand = rng.choice(content.CITIES)[words], rng.choice(content.BRANDS)[words]
            company = rng.choice(content.COMPANY)[words]
            name = f"{city} {brand} {trade[0]} {company}" if words else f"{city}{brand}{trade[0]}{company}"
        size = content.STAFF[words].format(n=rng.randint(20, 3000))
        if name in names:
            name = f"{name} #{i + 1}"
        names.add(name)
        kinds = tuple(dict.fromkeys(rng.choices(list(PROCESS_WEIGHTS), list(PROCESS_WEIGHTS.values()), k=2)))
        out.append(Customer(Account(name, industry=trade[1], size=size), [], english, kinds))
    return out
