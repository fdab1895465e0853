"""The planner file's tables since schema version 5, described once.

Everything that must hold for every table is generated from this description: the
STRICT ``CREATE TABLE`` statements, the checks a legacy file's rows must pass before
they are copied into them (``problems``), and the guards that keep ids and keys from
being replaced (``planner.store.guards``). A table added here gets all three.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Protocol

from planner.store import schema
from planner.store.schema import NOW

# the characters Python's str.isspace() accepts (the domain strips with str.split and
# str.strip): a name of tabs, newlines or ideographic spaces is as empty as one of blanks.
# Written out, not computed: the text of the file's schema must not depend on the Python
# that created it (tests/store/test_tables.py keeps the list equal to Python's).
WHITE_SPACE: tuple[int, ...] = (
    0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
    *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
)
SPACES = "char(" + ", ".join(str(c) for c in WHITE_SPACE) + ")"


def filled(c: str) -> str:
    """Text that is not only white space."""
    return f"trim({c}, {SPACES}) <> ''"


def iso_date(c: str) -> str:
    # date() gives NULL for garbage: compared with IS, so that NULL is false, not unknown
    return f"date({c}, '+0 days') IS {c}"


def timestamp(c: str) -> str:
    return f"strftime('%Y-%m-%dT%H:%M:%SZ', {c}) IS {c}"


def one_of(c: str, *values: str) -> str:
    return f"{c} IN ({', '.join(repr(v) for v in values)})"


def flag(c: str) -> str:
    return f"{c} IN (0, 1)"


def not_negative(c: str) -> str:
    return f"{c} >= 0"


REF_KEYS = ("a", "b", "c", "d", "e", "f", "g", "h")
# what a STRICT column takes as it is or converts losslessly (a legacy column of TEXT
# affinity already turned numbers into text, one of REAL affinity numeric text into numbers)
_SQL_TYPES = {"INTEGER": ("integer",), "REAL": ("integer", "real"), "TEXT": ("text", "integer", "real")}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # INTEGER, REAL or TEXT (STRICT types)
    rule: str = ""  # SQL predicate on "{c}": true for an accepted value; "" = any value of the type
    nullable: bool = False
    default: str | None = None
    references: str = ""
    fixed: bool = False  # set once, as the row is written: no UPDATE changes it (guards.stamp_guard)

    def check(self, c: str | None = None) -> str:
        """The column's rule as SQL, never NULL (so a CHECK cannot let garbage through)."""
        if not self.rule:
            return ""
        c = c or self.name
        test = f"({self.rule.format(c=c)}) IS TRUE"
        return f"({c} IS NULL OR {test})" if self.nullable else test

    def accepts(self, c: str) -> str:
        """SQL true when a value read from any table (a legacy one too) fits this column."""
        types = ", ".join(f"'{t}'" for t in _SQL_TYPES[self.type])
        rule = f" AND {self.check(c)}" if self.rule else ""
        ok = f"(typeof({c}) IN ({types}){rule})"
        return f"({c} IS NULL OR {ok})" if self.nullable else ok

    def ddl(self) -> str:
        out = [self.name, "INTEGER PRIMARY KEY" if self.name == "id" else self.type]
        if not self.nullable and self.name != "id":
            out.append("NOT NULL")
        if self.default is not None:
            out.append(f"DEFAULT {self.default}")
        if self.references:
            out.append(f"REFERENCES {self.references}")
        if self.rule:
            out.append(f"CONSTRAINT {self.name}_ok CHECK ({self.check()})")
        return " ".join(out)


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ("id",)
    unique: tuple[tuple[str, ...], ...] = ()
    # (column named in a refusal, predicate over several columns)
    rules: tuple[tuple[str, str], ...] = ()
    strict: bool = True
    column_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "column_names", tuple(c.name for c in self.columns))

    @property
    def has_id(self) -> bool:
        return self.primary_key == ("id",)

    def keys(self) -> list[tuple[str, ...]]:
        """Unique keys other than the rowid itself."""
        return ([] if self.has_id else [self.primary_key]) + list(self.unique)

    def ddl(self, name: str | None = None) -> str:
        parts = [c.ddl() for c in self.columns]
        if not self.has_id:
            parts.append(f"PRIMARY KEY ({', '.join(self.primary_key)})")
        parts += [f"UNIQUE ({', '.join(u)})" for u in self.unique]
        parts += [f"CONSTRAINT {c}_rule CHECK (({rule}) IS TRUE)" for c, rule in self.rules]
        body = ",\n    ".join(parts)
        return f"CREATE TABLE {name or self.name} (\n    {body}\n){' STRICT' if self.strict else ''}"


def _id() -> Column:
    # ids are positive: an automatic insert sees NEW.rowid = -1 in its BEFORE triggers
    return Column("id", "INTEGER", "{c} > 0")


def _text(name: str, rule: str = "") -> Column:
    return Column(name, "TEXT", rule, default="''")


def _name(name: str) -> Column:
    return Column(name, "TEXT", filled("{c}"))


def _flag(name: str) -> Column:
    return Column(name, "INTEGER", flag("{c}"), default="0")


def _ref(name: str, target: str, nullable: bool = False) -> Column:
    return Column(name, "INTEGER", nullable=nullable, references=target)


def _created(name: str = "created_at") -> Column:
    """When the row was written: the record's own clock, never rewritten."""
    return Column(name, "TEXT", timestamp("{c}"), default=NOW, fixed=True)


def _position() -> Column:
    return Column("position", "INTEGER", not_negative("{c}"), default="0")


TABLES: tuple[Table, ...] = (
    Table("processes", (_id(), _name("name"), _text("description"), _flag("archived"), _created())),
    Table("stages", (
        _id(), _ref("process_id", "processes(id)"),
        Column("position", "INTEGER", not_negative("{c}")),
        _name("name"), _name("milestone"), _text("description"), _text("tools"),
        Column("win_rate", "INTEGER", "{c} BETWEEN 0 AND 100"),
        Column("ref_key", "TEXT", one_of("{c}", *REF_KEYS), nullable=True),
        Column("answer", "TEXT", one_of("{c}", "keep", "custom"), nullable=True),
    ), unique=(("process_id", "position"),)),
    Table("process_answers", (
        Column("process_id", "INTEGER", references="processes(id) ON DELETE CASCADE"),
        Column("ref_key", "TEXT", one_of("{c}", *REF_KEYS)),
        Column("answer", "TEXT", one_of("{c}", "drop", "no_influence")),
    ), primary_key=("process_id", "ref_key")),
    Table("stage_items", (
        _id(), _ref("stage_id", "stages(id) ON DELETE CASCADE"),
        Column("kind", "TEXT", one_of("{c}", "task", "deliverable")),
        _position(), _name("text"), _flag("required"),
    )),
    Table("accounts", (
        _id(), _name("name"), _text("industry"), _text("size"), _text("kind"),
        _text("relationship"), _text("notes"), _flag("archived"), _created(),
    )),
    Table("contacts", (
        _id(), _ref("account_id", "accounts(id) ON DELETE CASCADE"), _name("name"), _text("title"),
        Column("role", "TEXT", one_of("{c}", "economic_buyer", "technical_evaluator", "user", "coach",
                                      "procurement", "other"), default="'other'"),
        Column("attitude", "TEXT", one_of("{c}", "supporter", "neutral", "opponent", "unknown"),
               default="'unknown'"),
        Column("influence", "TEXT", one_of("{c}", "high", "medium", "low"), default="'medium'"),
        _text("email"), _text("phone"), _text("notes"),
    )),
    Table("deals", (
        _id(), _ref("account_id", "accounts(id)"), _ref("process_id", "processes(id)"),
        _ref("stage_id", "stages(id)"), _name("title"),
        Column("value", "REAL", "{c} BETWEEN 0 AND 1e15", default="0"),
        Column("currency", "TEXT", "{c} GLOB '[A-Z][A-Z][A-Z]'", default="'TWD'"),
        Column("expected_close", "TEXT", iso_date("{c}"), nullable=True),
        Column("next_target", "TEXT", iso_date("{c}"), nullable=True),
        Column("status", "TEXT", one_of("{c}", "open", "won", "lost", "abandoned"), default="'open'"),
        _text("close_reason"), _ref("follow_up_of", "deals(id)", nullable=True),
        _text("notes"), _text("risks"), _flag("archived"), _created(),
    ), rules=(("close_reason", f"status IN ('open', 'won') OR {filled('close_reason')}"),)),
    Table("milestones", (
        _id(), _ref("deal_id", "deals(id)"), _ref("stage_id", "stages(id)"),
        Column("confirmed_on", "TEXT", iso_date("{c}")),
        Column("outcome", "TEXT", one_of("{c}", "reached", "against")),
        _name("evidence"), _text("evidence_link"), _text("decision"), _created("recorded_at"),
    ), unique=(("deal_id", "stage_id"),)),
    Table("corrections", (
        _id(), _ref("milestone_id", "milestones(id)"),
        Column("written_on", "TEXT", iso_date("{c}")), _name("text"), _created("recorded_at"),
    )),
    Table("tasks", (
        _id(), _ref("deal_id", "deals(id) ON DELETE CASCADE"), _ref("stage_id", "stages(id)"),
        _position(), _name("text"), _flag("done"), _flag("required"),
    )),
    Table("deliverables", (
        _id(), _ref("deal_id", "deals(id) ON DELETE CASCADE"), _ref("stage_id", "stages(id)"),
        _position(), _name("text"), _flag("done"), _flag("required"), _text("link"),
    )),
    Table("stage_notes", (
        Column("deal_id", "INTEGER", references="deals(id) ON DELETE CASCADE"),
        _ref("stage_id", "stages(id)"), _text("text"),
    ), primary_key=("deal_id", "stage_id")),
    Table("events", (
        _id(), Column("deal_id", "INTEGER"), _created("at"), _name("kind"),
        _text("field"), _text("before"), _text("after"),
    )),
    Table("settings", (Column("key", "TEXT", filled("{c}")), _text("value")), primary_key=("key",)),
)
BY_NAME = {t.name: t for t in TABLES}

# Tables added after schema version 5, each by a step of its own (``migration_steps``). They
# are kept out of ``TABLES``: the version-5 rebuild and its guards must write what they wrote.
EXCHANGE_RATES = Table("exchange_rates", (
    Column("currency", "TEXT", "{c} GLOB '[A-Z][A-Z][A-Z]'"),
    # units of the home currency per unit of this one: positive and finite
    Column("rate", "REAL", "{c} > 0 AND {c} < 1e15"),
    Column("set_on", "TEXT", iso_date("{c}")),
), primary_key=("currency",))
# schema 8: the editable list of reasons a deal is lost or abandoned for. A built-in category
# has a stable ``key`` and no name of its own until the user renames it (the app shows the
# key's name in the user's language); one the user adds has a name and no key.
REASON_CATEGORIES = Table("reason_categories", (
    _id(),
    Column("key", "TEXT", "{c} <> '' AND {c} NOT GLOB '*[^a-z_]*'", nullable=True),
    _text("name"),
    _position(),
    _flag("archived"),  # retired while deals still carry it: kept for them, offered no more
), unique=(("key",),), rules=(("name", f"(name = '' AND key IS NOT NULL) OR {filled('name')}"),))
# schema 8: deals.close_category, added to the deals table of ``TABLES`` (ALTER TABLE)
CLOSE_CATEGORY = Column("close_category", "INTEGER", nullable=True, references="reason_categories(id)")
# schema 8: every observed win rate adopted as a stage's rate, with the sample it came from
RATE_ADOPTIONS = Table("rate_adoptions", (
    _id(), _ref("process_id", "processes(id)"), _ref("stage_id", "stages(id)"),
    Column("old_rate", "INTEGER", "{c} BETWEEN 0 AND 100"),
    Column("new_rate", "INTEGER", "{c} BETWEEN 0 AND 100"),
    Column("won", "INTEGER", not_negative("{c}")),  # of the closed deals that entered the stage
    Column("closed", "INTEGER", not_negative("{c}")),
    _created("adopted_at"),
), rules=(("new_rate", "new_rate <> old_rate"), ("won", "won <= closed")))
# schema 9: who decides. ``deal_contacts`` is a deal's buying group: contacts of the deal's
# account, each with the part they play in this deal (the defaults come from the contact's own
# role, attitude and influence when they are added) and what they want from it
ROLES = ("economic_buyer", "technical_evaluator", "user", "coach", "procurement", "other")
DEAL_CONTACTS = Table("deal_contacts", (
    _id(), _ref("deal_id", "deals(id) ON DELETE CASCADE"), _ref("contact_id", "contacts(id)"),
    Column("role", "TEXT", one_of("{c}", *ROLES), default="'other'"),
    Column("attitude", "TEXT", one_of("{c}", "supporter", "neutral", "opponent", "unknown"), default="'unknown'"),
    Column("influence", "TEXT", one_of("{c}", "high", "medium", "low"), default="'medium'"),
    _text("wants"),
), unique=(("deal_id", "contact_id"),))
# the roles a deal's buying group must hold before a stage's milestone is reached
STAGE_ROLES = Table("stage_roles", (
    Column("stage_id", "INTEGER", references="stages(id) ON DELETE CASCADE"),
    Column("role", "TEXT", one_of("{c}", *ROLES)),
), primary_key=("stage_id", "role"))
# who of the buying group confirmed or decided a milestone, in the role they played then:
# written with the milestone, before it is sealed, and never changed (see triggers)
MILESTONE_CONTACTS = Table("milestone_contacts", (
    Column("milestone_id", "INTEGER", references="milestones(id)"),
    _ref("contact_id", "contacts(id)"),
    Column("role", "TEXT", one_of("{c}", *ROLES)),
), primary_key=("milestone_id", "contact_id"))
LATER_TABLES: tuple[Table, ...] = (EXCHANGE_RATES, REASON_CATEGORIES, RATE_ADOPTIONS, DEAL_CONTACTS, STAGE_ROLES,
                                   MILESTONE_CONTACTS)
# "0010_next_steps": a deal's next step (what, and by when: a date needs the what), and the
# day a task or deliverable is due; added to tables of ``TABLES`` (ALTER TABLE)
NEXT_STEP = _text("next_step")
NEXT_STEP_DUE = Column("next_step_due", "TEXT", f"{iso_date('{c}')} AND {filled('next_step')}", nullable=True)
WORK_DUE = Column("due", "TEXT", iso_date("{c}"), nullable=True)
# columns later steps added to a table of ``TABLES`` (ALTER TABLE), by table: what a copy of
# every column (the full export) reads besides the table's own description
ADDED_COLUMNS: dict[str, tuple[Column, ...]] = {
    "deals": (CLOSE_CATEGORY, NEXT_STEP, NEXT_STEP_DUE), "tasks": (WORK_DUE,), "deliverables": (WORK_DUE,)}

# sqlite-utils' record of applied migrations: its own table, guarded like ours
MIGRATIONS_TABLE = Table("_sqlite_migrations", (
    _id(), Column("migration_set", "TEXT"), Column("name", "TEXT"), Column("applied_at", "TEXT"),
), unique=(("migration_set", "name"),), strict=False)

# the indexes are those of schema version 1, unchanged: rebuilt tables get them again
INDEXES: tuple[str, ...] = tuple(s for s in schema.TABLES if s.startswith("CREATE INDEX"))
# "0012_board_census": a process's deals counted by account, status and archived (the board's
# status bar and account filter) from the index alone, not from every deal's row: 41 ms
# against 7 at 100,000 deals, at start-up and after each edit
CENSUS_INDEX = "CREATE INDEX deals_by_process_account ON deals (process_id, account_id, status, archived)"
# "0013_usual_currency": the deals counted by currency from the index alone (the home currency
# of a file without one set, read at start-up): 38 ms against 6 at 100,000 deals
CURRENCY_INDEX = "CREATE INDEX deals_by_currency ON deals (currency)"
# "0014_kept_record": each deal's "created" and "abandoned" events, which the check holds
# the deal's row to (planner.store.invariants), without reading the whole log: 0.2 s and 0.1 s at
# 100,000 deals (a million events) against 0.9 s and 1.2 s
LOGGED_INDEXES = (
    "CREATE INDEX events_created ON events (deal_id, at) WHERE kind = 'created'",
    "CREATE INDEX events_abandoned ON events (deal_id) WHERE kind = 'abandoned'",
)


class Executes(Protocol):
    def execute(self, sql: str, /) -> sqlite3.Cursor: ...


def problems(conn: Executes) -> tuple[str, int, str] | None:
    """The first (table, rowid, column) whose value the STRICT tables would refuse, or None.

    Run on a legacy file before it is upgraded, so that it is refused untouched rather
    than half-copied. A missing table (a version-1 file has no settings) has no rows.
    """
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in TABLES:
        if table.name not in present:
            continue
        # one scan per table: the first failing test names the column
        tests = [(c.name, c.accepts(c.name)) for c in table.columns]
        tests += [(column, f"({rule}) IS TRUE") for column, rule in table.rules]
        cases = " ".join(f"WHEN NOT {ok} THEN '{name}'" for name, ok in tests)
        every = " AND ".join(ok for _, ok in tests)
        row = conn.execute(f"SELECT rowid, CASE {cases} END FROM {table.name} "
                           f"WHERE NOT ({every}) ORDER BY rowid LIMIT 1").fetchone()
        if row is not None:
            return table.name, int(row[0]), str(row[1])
    return None
