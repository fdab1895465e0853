"""Tables of the planner file as version 1 wrote them (the first migration step).

Raw DDL rather than ``table.create()`` because the method's rules need CHECK
constraints that sqlite-utils cannot express. Since schema 5 every table is rebuilt
STRICT from the description in ``planner.store.tables``; this text stays as it was, so
that migrating a new file and an old one lead to the same schema.
"""

from __future__ import annotations

NOW = "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"

TABLES: list[str] = [
    f"""CREATE TABLE processes (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        description TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL DEFAULT {NOW}
    )""",
    """CREATE TABLE stages (
        id INTEGER PRIMARY KEY,
        process_id INTEGER NOT NULL REFERENCES processes(id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        milestone TEXT NOT NULL CHECK (trim(milestone) <> ''),
        description TEXT NOT NULL DEFAULT '',
        tools TEXT NOT NULL DEFAULT '',
        win_rate INTEGER NOT NULL CHECK (win_rate BETWEEN 0 AND 100),
        ref_key TEXT CHECK (ref_key IS NULL OR ref_key IN ('a','b','c','d','e','f','g','h')),
        answer TEXT CHECK (answer IS NULL OR answer IN ('keep', 'custom')),
        UNIQUE (process_id, position)
    )""",
    """CREATE TABLE process_answers (
        process_id INTEGER NOT NULL REFERENCES processes(id) ON DELETE CASCADE,
        ref_key TEXT NOT NULL CHECK (ref_key IN ('a','b','c','d','e','f','g','h')),
        answer TEXT NOT NULL CHECK (answer IN ('drop', 'no_influence')),
        PRIMARY KEY (process_id, ref_key)
    )""",
    """CREATE TABLE stage_items (
        id INTEGER PRIMARY KEY,
        stage_id INTEGER NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('task', 'deliverable')),
        position INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL CHECK (trim(text) <> ''),
        required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1))
    )""",
    f"""CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        industry TEXT NOT NULL DEFAULT '',
        size TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT '',
        relationship TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL DEFAULT {NOW}
    )""",
    """CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        title TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT 'other' CHECK (role IN
            ('economic_buyer', 'technical_evaluator', 'user', 'coach', 'procurement', 'other')),
        attitude TEXT NOT NULL DEFAULT 'unknown'
            CHECK (attitude IN ('supporter', 'neutral', 'opponent', 'unknown')),
        influence TEXT NOT NULL DEFAULT 'medium' CHECK (influence IN ('high', 'medium', 'low')),
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''
    )""",
    f"""CREATE TABLE deals (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        process_id INTEGER NOT NULL REFERENCES processes(id),
        stage_id INTEGER NOT NULL REFERENCES stages(id),
        title TEXT NOT NULL CHECK (trim(title) <> ''),
        value REAL NOT NULL DEFAULT 0 CHECK (value >= 0),
        currency TEXT NOT NULL DEFAULT 'TWD' CHECK (length(currency) = 3),
        expected_close TEXT CHECK (expected_close IS NULL OR date(expected_close, '+0 days') = expected_close),
        next_target TEXT CHECK (next_target IS NULL OR date(next_target, '+0 days') = next_target),
        status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'won', 'lost', 'abandoned')),
        close_reason TEXT NOT NULL DEFAULT '',
        follow_up_of INTEGER REFERENCES deals(id),
        notes TEXT NOT NULL DEFAULT '',
        risks TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL DEFAULT {NOW}
    )""",
    f"""CREATE TABLE milestones (
        id INTEGER PRIMARY KEY,
        deal_id INTEGER NOT NULL REFERENCES deals(id),
        stage_id INTEGER NOT NULL REFERENCES stages(id),
        confirmed_on TEXT NOT NULL CHECK (date(confirmed_on, '+0 days') = confirmed_on),
        outcome TEXT NOT NULL CHECK (outcome IN ('reached', 'against')),
        evidence TEXT NOT NULL CHECK (trim(evidence) <> ''),
        evidence_link TEXT NOT NULL DEFAULT '',
        decision TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL DEFAULT {NOW},
        UNIQUE (deal_id, stage_id)
    )""",
    f"""CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        milestone_id INTEGER NOT NULL REFERENCES milestones(id),
        written_on TEXT NOT NULL CHECK (date(written_on, '+0 days') = written_on),
        text TEXT NOT NULL CHECK (trim(text) <> ''),
        recorded_at TEXT NOT NULL DEFAULT {NOW}
    )""",
    """CREATE TABLE tasks (
        id INTEGER PRIMARY KEY,
        deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
        stage_id INTEGER NOT NULL REFERENCES stages(id),
        position INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL CHECK (trim(text) <> ''),
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1))
    )""",
    """CREATE TABLE deliverables (
        id INTEGER PRIMARY KEY,
        deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
        stage_id INTEGER NOT NULL REFERENCES stages(id),
        position INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL CHECK (trim(text) <> ''),
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
        link TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE stage_notes (
        deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
        stage_id INTEGER NOT NULL REFERENCES stages(id),
        text TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (deal_id, stage_id)
    )""",
    f"""CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        deal_id INTEGER NOT NULL,
        at TEXT NOT NULL DEFAULT {NOW},
        kind TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        before TEXT NOT NULL DEFAULT '',
        after TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX deals_by_process ON deals (process_id, status, stage_id)",
    "CREATE INDEX deals_by_account ON deals (account_id)",
    "CREATE INDEX milestones_by_deal ON milestones (deal_id)",
    "CREATE INDEX tasks_by_deal ON tasks (deal_id, stage_id)",
    "CREATE INDEX deliverables_by_deal ON deliverables (deal_id, stage_id)",
    "CREATE INDEX contacts_by_account ON contacts (account_id)",
    "CREATE INDEX events_by_deal ON events (deal_id)",
    "CREATE INDEX corrections_by_milestone ON corrections (milestone_id)",
    "CREATE INDEX stage_items_by_stage ON stage_items (stage_id, kind, position)",
]
