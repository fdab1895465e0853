"""What an import will do, row by row, and what is wrong: decided before anything is written.

``plan`` reads the CSV sheets through their column mappings against the open file and
gives one ``RowPlan`` per row of every sheet (none is left out: an empty row says so), the
accounts it will create or reuse, the duplicate names the user must confirm and how the
other tool's pipelines and stages land on the chosen process. The dry run shows it; the
import (``import_run``) writes exactly it, or nothing.

Accounts are found by name, ignoring case, width and spacing (``values.name_key``): a name
spelled exactly as an account of the file (or as another row) is that account; names that
differ only in case or spacing ("Acme Ltd", "ACME  ltd") are one account or several as the
user says (``Choices.merge``), never decided silently.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from planner.domain import rules
from planner.domain.model import Account, Contact, DealStatus, Process
from planner.transfer import columns
from planner.transfer import messages as m
from planner.transfer.columns import Field, Kind, Source
from planner.transfer.csv_files import Row, Sheet
from planner.transfer.messages import Message, say
from planner.transfer.values import (
    AMBIGUOUS_SYMBOLS,
    DateOrder,
    clean,
    currency_of,
    date_order,
    dollar,
    name_key,
    number_style,
    parse_amount,
    parse_date,
)

if TYPE_CHECKING:
    from planner.services import Planner

WON_STAGE = -1  # a stage choice that means "won: past every stage"
_WON = re.compile(r"^(closed\s*won|won|贏單|成交)$", re.IGNORECASE)
_LOST = re.compile(r"^(closed\s*lost|lost|輸單)$", re.IGNORECASE)
_STATUSES = {
    "open": DealStatus.OPEN, "進行中": DealStatus.OPEN, "won": DealStatus.WON, "closedwon": DealStatus.WON,
    "贏單": DealStatus.WON, "lost": DealStatus.LOST, "closedlost": DealStatus.LOST, "輸單": DealStatus.LOST,
    "abandoned": DealStatus.ABANDONED, "放棄": DealStatus.ABANDONED,
}


# ------------------------------------------------------------------ input


@dataclass
class Input:
    """A sheet to import and which column fills which field."""

    kind: Kind
    sheet: Sheet
    mapping: columns.Mapping

    @classmethod
    def guessed(cls, sheet: Sheet, kind: Kind | None = None) -> Input:
        kind = kind or columns.guess_kind(sheet.headers)
        return cls(kind, sheet, columns.guess_mapping(kind, sheet.headers))


@dataclass
class Choices:
    """What the user decided (the wizard's pages, the command's options)."""

    source: Source = Source.CSV
    process_id: int | None = None
    stages: dict[str, int] = field(default_factory=dict)  # stage key -> our stage id (WON_STAGE: won)
    merge: dict[str, bool] = field(default_factory=dict)  # duplicate group key -> one account
    merge_all: bool | None = None  # the answer for every group not in ``merge``
    date_order: DateOrder | None = None
    currency: str = "TWD"  # for amounts that name none: the file's home currency
    today: date = field(default_factory=date.today)


# ------------------------------------------------------------------ output


@dataclass
class NewAccount:
    key: str  # how rows refer to it before it has an id
    account: Account


@dataclass
class StageRow:
    """One of the other tool's (pipeline, stage) pairs, and where it lands."""

    key: str
    pipeline: str
    stage: str
    deals: int = 0
    target: int | None = None  # our stage id, or WON_STAGE
    guessed: bool = False
    ends: DealStatus | None = None  # WON or LOST when the stage's name says so


@dataclass
class DuplicateGroup:
    """Names that differ only in case or spacing, among the rows and the file's accounts."""

    key: str
    spellings: list[str]
    existing: list[Account]
    merged: bool | None  # the user's answer, None while unanswered
    rows: int = 0


@dataclass
class DealImport:
    title: str
    account: int | str  # an account id, or a NewAccount key
    value: float
    currency: str
    expected_close: date | None
    next_target: date | None
    notes: str
    risks: str
    status: DealStatus
    stage_index: int  # in the process: where it is open, lost or abandoned (won: the last)
    reason: str  # lost, abandoned (or won: the customer's decision)
    closed_on: date | None
    created: date | None
    external_id: str
    contact_person: str  # a person the deal names who is not a contact yet ("" if none)
    stage_key: str = ""  # their (pipeline, stage), placed once every stage is chosen


@dataclass
class PersonImport:
    account: int | str
    contact: Contact  # account_id left 0 until the account exists


@dataclass
class RowPlan:
    kind: Kind
    file: str
    line: int
    label: str = ""
    says: list[Message] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    errors: list[Message] = field(default_factory=list)
    deal: DealImport | None = None
    person: PersonImport | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportPlan:
    choices: Choices
    process: Process | None
    rows: list[RowPlan]
    accounts: dict[str, NewAccount]
    stages: list[StageRow]
    duplicates: list[DuplicateGroup]
    problems: list[Message]  # what stops the whole import (no process, unanswered duplicates)
    unused: dict[str, list[str]]  # file -> headers no field takes

    @property
    def errors(self) -> list[RowPlan]:
        return [r for r in self.rows if r.errors]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.errors

    def counts(self) -> dict[str, int]:
        return {"accounts": len(self.accounts),
                "contacts": sum(1 for r in self.rows if r.person is not None
                                or (r.deal is not None and r.deal.contact_person)),
                "deals": sum(1 for r in self.rows if r.deal is not None)}


# ------------------------------------------------------------------ what the file holds


@dataclass
class Existing:
    """What the open file already has, read once for a plan."""

    accounts: list[Account]
    contacts: dict[int, set[str]]  # account id -> contact name keys
    deals: set[tuple[int, str]]  # (account id, title key)
    processes: list[Process]  # not archived

    @classmethod
    def read(cls, planner: Planner) -> Existing:
        accounts = planner.accounts.all(include_archived=True)
        contacts = {a.id: {name_key(c.name) for c in planner.contacts.of(a.id)} for a in accounts
                    if a.id is not None}
        deals = {(d.account_id, name_key(d.title)) for d in planner.deals.all()}
        processes = [planner.processes.get(s.id) for s in planner.processes.summaries(include_archived=False)]
        return cls(accounts, contacts, deals, processes)


# ------------------------------------------------------------------ planning


def source_label(source: Source) -> Message:
    """The other tool's name ("Pipedrive"), or "a spreadsheet" in the user's language."""
    return say(columns.SOURCE_NAMES[source])


def stage_key(pipeline: str, stage: str) -> str:
    return f"{name_key(pipeline)}\x1f{name_key(stage)}"


def _association(value: str, source: Source) -> str:
    """HubSpot writes an association as "Acme (1234567)", several joined by ";": the first
    name, without its record id."""
    value = clean(value)
    if source is Source.HUBSPOT:
        value = value.split(";")[0].strip()
        value = re.sub(r"\s*\(\d+\)$", "", value)
    return value


class _Planner:
    def __init__(self, inputs: list[Input], choices: Choices, existing: Existing) -> None:
        self.inputs = inputs
        self.choices = choices
        self.existing = existing
        self.problems: list[Message] = []
        self.rows: list[RowPlan] = []
        self.accounts: dict[str, NewAccount] = {}
        self.targets: dict[str, int | str] = {}  # exact clean name -> account id or new key
        self.duplicates: list[DuplicateGroup] = []
        self.stages: dict[str, StageRow] = {}
        self.process: Process | None = None

    def _ordered(self) -> list[Input]:
        """Organizations first, then people, then deals: an account is named as its own file has it."""
        return sorted(self.inputs, key=lambda i: (Kind.ORGANIZATIONS, Kind.PEOPLE, Kind.DEALS).index(i.kind))

    # -------------------------------------------------------- accounts
    def _organizations(self) -> None:
        """Resolve every organization name the sheets mention to an account."""
        mentions: dict[str, list[str]] = defaultdict(list)  # key -> spellings in order of mention
        counts: dict[str, int] = defaultdict(int)
        org_file: dict[str, str] = {}  # key -> spelling in the organizations file (its first)
        for source in self._ordered():
            f = Field.NAME if source.kind is Kind.ORGANIZATIONS else Field.ORGANIZATION
            column = source.mapping.get(f)
            for row in source.sheet.rows:
                name = _association(row.cell(column), self.choices.source)
                if not name:
                    continue
                key = name_key(name)
                if name not in mentions[key]:
                    mentions[key].append(name)
                counts[key] += 1
                if source.kind is Kind.ORGANIZATIONS:
                    org_file.setdefault(key, name)
        by_key: dict[str, list[Account]] = defaultdict(list)
        for account in self.existing.accounts:
            by_key[name_key(account.name)].append(account)
        for key, spellings in mentions.items():
            existing = sorted(by_key.get(key, []), key=lambda a: a.id or 0)
            names = set(spellings) | {clean(a.name) for a in existing}
            if len(names) > 1 or len(existing) > 1:
                merged = self.choices.merge.get(key, self.choices.merge_all)
                self.duplicates.append(DuplicateGroup(key, spellings, existing, merged, counts[key]))
                if merged is None:
                    continue
                if merged:
                    target = existing[0].id if existing else self._new(key, org_file.get(key, spellings[0]))
                    for name in spellings:
                        self.targets[name] = target  # type: ignore[assignment]  # a stored account has its id
                    continue
            for name in spellings:
                same = [a for a in existing if clean(a.name) == name]
                self.targets[name] = same[0].id if same else self._new(f"{key}\x1f{name}", name)  # type: ignore[assignment]  # a stored account has its id
        unanswered = [g for g in self.duplicates if g.merged is None]
        if unanswered:
            listed = "; ".join(" / ".join(g.spellings + [a.name for a in g.existing if a.name not in g.spellings])
                               for g in unanswered)
            self.problems.append(say(m.UNCONFIRMED, names=listed))

    def _new(self, key: str, name: str) -> str:
        self.accounts.setdefault(key, NewAccount(key, Account(name=name)))
        return key

    def _account_label(self, target: int | str) -> str:
        if isinstance(target, str):
            return self.accounts[target].account.name
        return next((a.name for a in self.existing.accounts if a.id == target), str(target))

    def _account(self, plan: RowPlan, name: str) -> int | str | None:
        """The account ``name`` resolves to; the row's error when it has none."""
        if not name:
            plan.errors.append(say(m.MISSING_ORGANIZATION))
            return None
        target = self.targets.get(name)
        if target is None:  # an unanswered duplicate: the import waits for the answer
            plan.warnings.append(say(m.AWAITS, name=name))
            return None
        if isinstance(target, str) and target not in self._announced:
            self._announced.add(target)
            plan.says.append(say(m.NEW_ACCOUNT, account=self.accounts[target].account.name))
        return target

    # -------------------------------------------------------- rows
    def run(self) -> None:
        self._announced: set[str] = set()
        self._organizations()
        self._choose_process()
        org_lines: dict[int | str, int] = {}
        contacts: dict[int | str, set[str]] = defaultdict(set)
        for target_id, names in self.existing.contacts.items():
            contacts[target_id] |= names
        deals_seen: set[tuple[int | str, str]] = set(self.existing.deals)
        for source in self._ordered():
            context = _Columns(source, self.choices)
            for row in source.sheet.rows:
                plan = RowPlan(source.kind, source.sheet.name, row.line)
                self.rows.append(plan)
                if row.blank:
                    plan.warnings.append(say(m.EMPTY_ROW))
                    continue
                if source.kind is Kind.ORGANIZATIONS:
                    self._organization_row(plan, row, context, org_lines)
                elif source.kind is Kind.PEOPLE:
                    self._person_row(plan, row, context, contacts)
                else:
                    self._deal_row(plan, row, context, deals_seen, contacts)
        self.rows.sort(key=lambda r: ([i.sheet.name for i in self.inputs].index(r.file), r.line))

    def _organization_row(self, plan: RowPlan, row: Row, c: _Columns, seen: dict[int | str, int]) -> None:
        name = _association(c.text(row, Field.NAME), self.choices.source)
        plan.label = name
        if not name:
            plan.errors.append(say(m.MISSING_NAME))
            return
        target = self._account(plan, name)
        if target is None:
            return
        if target in seen:
            plan.warnings.append(say(m.REPEATED_ORGANIZATION, line=seen[target]))
            return
        seen[target] = row.line
        if isinstance(target, int):
            plan.warnings.append(say(m.SAME_ORGANIZATION, account=self._account_label(target)))
            return
        parts = (c.text(row, Field.ADDRESS, multiline=True), c.text(row, Field.NOTES, multiline=True))
        notes = "\n".join(x for x in parts if x)
        account = self.accounts[target].account
        account.industry = c.text(row, Field.INDUSTRY)
        account.size = c.text(row, Field.SIZE)
        account.kind = c.text(row, Field.KIND)
        account.relationship = c.text(row, Field.RELATIONSHIP)
        account.notes = c.checked(plan, Field.NOTES, notes)

    def _person_row(self, plan: RowPlan, row: Row, c: _Columns, contacts: dict[int | str, set[str]]) -> None:
        name = c.text(row, Field.NAME) or " ".join(
            x for x in (c.text(row, Field.FIRST_NAME), c.text(row, Field.LAST_NAME)) if x)
        plan.label = name
        if not name:
            plan.errors.append(say(m.MISSING_NAME))
        target = self._account(plan, _association(c.text(row, Field.ORGANIZATION), self.choices.source))
        if target is None or not name:
            return
        account = self._account_label(target)
        if name_key(name) in contacts[target]:
            plan.warnings.append(say(m.SAME_CONTACT, name=name, account=account))
            return
        contacts[target].add(name_key(name))
        email = c.text(row, Field.EMAIL).split(",")[0].strip()  # Pipedrive joins several with commas
        phone = c.text(row, Field.PHONE).split(",")[0].strip()
        contact = Contact(account_id=0, name=c.checked(plan, Field.NAME, name, rules.MAX_NAME),
                          title=c.checked(plan, Field.JOB_TITLE, c.text(row, Field.JOB_TITLE)),
                          email=email, phone=phone, notes=c.checked(plan, Field.NOTES, c.text(row, Field.NOTES, True)))
        if plan.ok:
            plan.person = PersonImport(target, contact)
            plan.says.append(say(m.NEW_CONTACT, name=name, account=account))

    def _deal_row(self, plan: RowPlan, row: Row, c: _Columns, seen: set[tuple[int | str, str]],
                  contacts: dict[int | str, set[str]]) -> None:
        title = c.text(row, Field.TITLE)
        plan.label = title
        if not title:
            plan.errors.append(say(m.MISSING, label=columns.LABELS[Field.TITLE]))
        target = self._account(plan, _association(c.text(row, Field.ORGANIZATION), self.choices.source))
        value, currency = c.money(plan, row)
        expected = c.date(plan, row, Field.EXPECTED_CLOSE)
        next_target = c.date(plan, row, Field.NEXT_TARGET)
        closed_on = c.date(plan, row, Field.CLOSED_ON)
        created = c.date(plan, row, Field.CREATED)
        status = self._status(plan, row, c)
        stage_text, pipeline = c.text(row, Field.STAGE), c.text(row, Field.PIPELINE)
        key = stage_key(pipeline, stage_text)
        stage_row = self.stages.setdefault(key, StageRow(key, pipeline, stage_text))
        stage_row.deals += 1
        if stage_row.ends is None and status is not DealStatus.OPEN and _ends(stage_text):
            stage_row.ends = status
        reason = c.text(row, Field.WON_REASON if status is DealStatus.WON else Field.LOST_REASON, multiline=True)
        if status in (DealStatus.LOST, DealStatus.ABANDONED) and not reason:
            plan.warnings.append(say(m.NO_REASON, reason=say(m.REASON_MISSING, source=source_label(
                self.choices.source))))
        if target is None or not title or self.process is None or not plan.ok:
            return
        if (target, name_key(title)) in seen:
            plan.warnings.append(say(m.SAME_DEAL))
        seen.add((target, name_key(title)))
        notes = c.checked(plan, Field.NOTES, c.text(row, Field.NOTES, multiline=True))
        person = _association(c.text(row, Field.CONTACT_PERSON), self.choices.source)
        if person and name_key(person) not in contacts[target]:
            contacts[target].add(name_key(person))
            plan.says.append(say(m.NEW_CONTACT, name=person, account=self._account_label(target)))
        else:
            person = ""
        plan.deal = DealImport(
            title=c.checked(plan, Field.TITLE, title, rules.MAX_NAME), account=target, value=value,
            currency=currency, expected_close=expected, next_target=next_target, notes=notes,
            risks=c.checked(plan, Field.RISKS, c.text(row, Field.RISKS, multiline=True)), status=status,
            stage_index=0, reason=c.checked(plan, Field.LOST_REASON, reason), closed_on=closed_on,
            created=created, external_id=c.text(row, Field.EXTERNAL_ID), contact_person=person, stage_key=key)
        if not plan.ok:
            plan.deal = None

    def _status(self, plan: RowPlan, row: Row, c: _Columns) -> DealStatus:
        written = c.text(row, Field.STATUS)
        if written:
            folded = columns.fold(written)
            if folded == "deleted":
                plan.errors.append(say(m.DELETED))
                return DealStatus.OPEN
            status = _STATUSES.get(folded) or _STATUSES.get(written)
            if status is None:
                plan.errors.append(say(m.UNKNOWN_STATUS, value=written))
                return DealStatus.OPEN
            return status
        return _ends(c.text(row, Field.STAGE)) or DealStatus.OPEN

    # -------------------------------------------------------- the process and its stages
    def _choose_process(self) -> None:
        if not any(i.kind is Kind.DEALS and i.sheet.rows for i in self.inputs):
            return
        processes = self.existing.processes
        if self.choices.process_id is not None:
            self.process = next((p for p in processes if p.id == self.choices.process_id), None)
            if self.process is None:
                self.problems.append(say(m.UNKNOWN_PROCESS, name=str(self.choices.process_id),
                                         names=", ".join(p.name for p in processes)))
        elif len(processes) == 1:
            self.process = processes[0]
        elif not processes:
            self.problems.append(say(m.NO_PROCESS))
        else:
            self.problems.append(say(m.WHICH_PROCESS, names=", ".join(p.name for p in processes)))

    def place_stages(self) -> None:
        """Each (pipeline, stage) on a stage of the process: the user's choice, else a guess."""
        process = self.process
        if process is None:
            return
        ids = [s.id for s in process.stages]
        for row in self.stages.values():
            chosen = self.choices.stages.get(row.key)
            if chosen is not None and (chosen in ids or chosen == WON_STAGE):
                row.target = chosen
            elif row.ends is DealStatus.WON:
                row.target = WON_STAGE
            else:
                row.target, exact = _guess_stage(process, row)
                row.guessed = bool(row.stage) and not exact
        for plan in self.rows:
            deal = plan.deal
            if deal is None:
                continue
            row = self.stages[deal.stage_key]
            last = len(process.stages) - 1
            # a won deal, or one in a stage said to be won, is in the last stage
            won = deal.status is DealStatus.WON or row.target == WON_STAGE
            index = last if won or row.target is None else ids.index(row.target)
            deal.stage_index = index
            if row.guessed and deal.status is not DealStatus.WON:
                plan.warnings.append(say(m.STAGE_GUESSED, theirs=row.stage, ours=process.stages[index].name))
            plan.says.append(_deal_says(deal, process, self._account_label(deal.account)))


def _ends(stage: str) -> DealStatus | None:
    text = clean(stage)
    if _WON.match(text) or columns.fold(text) == "closedwon":
        return DealStatus.WON
    if _LOST.match(text) or columns.fold(text) == "closedlost":
        return DealStatus.LOST
    return None


def _guess_stage(process: Process, row: StageRow) -> tuple[int, bool]:
    """A stage of ours named as theirs is (its name or its milestone: exact), else one whose
    name contains theirs or is contained in it, else the first; and whether it was exact."""
    theirs = name_key(row.stage)
    ids = [s.id for s in process.stages if s.id is not None]
    for stage_id, stage in zip(ids, process.stages, strict=True):
        if theirs and theirs in (name_key(stage.name), name_key(stage.milestone)):
            return stage_id, True
    for stage_id, stage in zip(ids, process.stages, strict=True):
        ours = name_key(stage.name)
        if theirs and ours and (theirs in ours or ours in theirs):
            return stage_id, False
    return ids[0], False


def _deal_says(deal: DealImport, process: Process, account: str) -> Message:
    stage = process.stages[deal.stage_index].name
    reason = " ".join(deal.reason.split())  # one line in a list of rows
    if deal.status is DealStatus.WON:
        return say(m.DEAL_WON, title=deal.title, account=account)
    if deal.status is DealStatus.LOST:
        return say(m.DEAL_LOST, title=deal.title, account=account, stage=stage, reason=reason)
    if deal.status is DealStatus.ABANDONED:
        return say(m.DEAL_ABANDONED, title=deal.title, account=account, stage=stage, reason=reason)
    if deal.stage_index:
        return say(m.DEAL_LATER, title=deal.title, account=account, stage=stage, n=deal.stage_index)
    return say(m.DEAL_OPEN, title=deal.title, account=account, stage=stage)


class _Columns:
    """One sheet's cells read through its mapping, with the column's conventions decided once."""

    def __init__(self, source: Input, choices: Choices) -> None:
        self.source, self.choices = source, choices
        self.mapping = source.mapping
        rows = source.sheet.rows
        self.number = number_style(self._cells(rows, Field.VALUE))
        date_fields = (Field.EXPECTED_CLOSE, Field.NEXT_TARGET, Field.CLOSED_ON, Field.CREATED)
        self.order = choices.date_order or date_order(c for f in date_fields for c in self._cells(rows, f))

    def _cells(self, rows: Iterable[Row], f: Field) -> Iterable[str]:
        column = self.mapping.get(f)
        return (r.cell(column) for r in rows) if column is not None else ()

    def text(self, row: Row, f: Field, multiline: bool = False) -> str:
        raw = row.cell(self.mapping.get(f))
        if multiline:  # line breaks stay (a note); each line trimmed, blank ends dropped
            return "\n".join(line.rstrip() for line in raw.replace("\r\n", "\n").split("\n")).strip()
        return clean(raw)

    def checked(self, plan: RowPlan, f: Field, text: str, limit: int = rules.MAX_TEXT) -> str:
        if len(text) > limit:
            plan.errors.append(say(m.TOO_LONG, label=columns.LABELS[f], n=limit))
        return text

    def date(self, plan: RowPlan, row: Row, f: Field) -> date | None:
        text = self.text(row, f)
        if not text:
            return None
        found = parse_date(text, self.order)
        if found is None:
            plan.errors.append(say(m.BAD_DATE, label=columns.LABELS[f], value=text))
        return found

    def money(self, plan: RowPlan, row: Row) -> tuple[float, str]:
        written = self.text(row, Field.CURRENCY)
        column_currency = currency_of(written) if written else None
        default = self.choices.currency
        if written and column_currency is None:
            if written in AMBIGUOUS_SYMBOLS:
                column_currency = dollar(written, default)
                plan.warnings.append(say(m.DOLLAR, marker=written, currency=column_currency))
            else:
                plan.errors.append(say(m.UNKNOWN_CURRENCY, value=written))
        text = self.text(row, Field.VALUE)
        value, marked = 0.0, None
        if text:
            amount = parse_amount(text, self.number)
            if amount is None:
                plan.errors.append(say(m.BAD_NUMBER, label=columns.LABELS[Field.VALUE], value=text))
            else:
                value = amount.value
                if amount.marker:
                    marked = amount.currency
                    if marked is None and amount.marker in AMBIGUOUS_SYMBOLS:
                        marked = column_currency or dollar(amount.marker, default)
                        if column_currency is None:
                            plan.warnings.append(say(m.DOLLAR, marker=amount.marker, currency=marked))
                    elif marked is None:
                        plan.errors.append(say(m.UNKNOWN_CURRENCY, value=amount.marker))
                if value > rules.MAX_VALUE:
                    plan.errors.append(say(m.TOO_LARGE))
        if marked and column_currency and marked != column_currency:
            plan.errors.append(say(m.TWO_CURRENCIES, marked=marked, column=column_currency))
        currency = column_currency or marked
        if currency is None:
            currency = default
            if text and value and not written:
                plan.warnings.append(say(m.NO_CURRENCY, currency=default))
        return value, currency


def plan(inputs: list[Input], choices: Choices, existing: Existing) -> ImportPlan:
    """The whole import decided: every row's outcome, nothing written."""
    inputs = [i for i in inputs if i is not None]
    worker = _Planner(inputs, choices, existing)
    if not inputs:
        worker.problems.append(say(m.NO_FILES))
    worker.run()
    worker.place_stages()
    for row in worker.rows:
        if row.deal is not None and row.errors:
            row.deal = None
    unused = {i.sheet.name: [h for n, h in enumerate(i.sheet.headers) if n not in i.mapping.values() and h]
              for i in inputs}
    stages = sorted(worker.stages.values(), key=lambda s: (s.pipeline.casefold(), -s.deals, s.stage.casefold()))
    return ImportPlan(choices, worker.process, worker.rows, worker.accounts, stages, worker.duplicates,
                      worker.problems, unused)
