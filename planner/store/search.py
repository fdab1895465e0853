"""Which deals a search finds: every word somewhere in the deal's title, its account's name,
its notes or risks, its account's people (name and job title) or its stage notes, ignoring
case as the board does (the words arrive case-folded).

The board and the list ask for ``deal_condition`` and never build the text themselves, so the
way a word is found can change without touching them. Since schema 11 ("0011_search") it is
found through an index: ``deal_search``, an FTS5 table with the trigram tokenizer holding each
deal's text (rowid = the deal's id), kept current by the file's own triggers on deals,
accounts, contacts and stage notes, whatever writes to them (the app, the importer, a bulk
``executemany``, the ``sqlite3`` shell).

A word of three characters or more is an FTS5 phrase: its trigrams in a row, which is exactly
"the word is a substring of the text". A shorter word (台北, a first keystroke) has no trigram
of its own; every place it occurs starts a trigram of the text, though (the stored text ends in
two spaces, and words hold none), so it is the OR of the indexed trigrams that begin with it,
read from ``deal_search_terms`` (fts5vocab) in the same statement.

The result equals the old definition, ``instr(lower(text), word)``, for ASCII and for
characters without case (Chinese), with one intended difference: the trigram tokenizer also
folds the case of letters beyond ASCII (É finds é), where SQLite's ``lower()`` folds only
ASCII, so such a search now finds more, as the user meant. And one limit: FTS5 reads a text
only up to a NUL character (U+0000), which no editor of the app writes (SQLite's ``replace``
cannot take it out either); a word holding NUL is looked up the old way.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from planner.domain.errors import QT_TRANSLATE_NOOP, PlannerError

TABLE = "deal_search"
TERMS = "deal_search_terms"  # the index's vocabulary: one row per trigram (fts5vocab 'row')
# FTS5's own tables behind ``deal_search`` (sqlite_master lists them as ordinary tables)
SHADOWS = tuple(f"{TABLE}_{part}" for part in ("data", "idx", "content", "docsize", "config"))
INDEX_TABLES = frozenset((TABLE, TERMS, *SHADOWS))

# case_sensitive 0 (the default, written out): the index folds case, Unicode letters too
SCHEMA: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(text, tokenize = 'trigram case_sensitive 0')",
    f"CREATE VIRTUAL TABLE {TERMS} USING fts5vocab({TABLE}, 'row')",
)


def is_index_table(name: str) -> bool:
    """True for the search index's tables: derived data, rebuilt from the deals, never copied
    or exported (``problems`` finds an index out of step)."""
    return name.lower() in INDEX_TABLES


def search_text(alias: str = "d", account: str = "a.name") -> str:
    """The SQL expression of one deal's searchable text, lower-cased (``alias``: the deals
    table; its account must be joined as ``a``, or ``account`` name its name otherwise).
    This is what the index holds: the file's triggers hold a copy of this text, so changing
    it is a new schema version."""
    return f"""lower({alias}.title || ' ' || {account} || ' ' || {alias}.notes || ' ' || {alias}.risks || ' ' ||
        coalesce((SELECT group_concat(c.name || ' ' || c.title, ' ') FROM contacts c
                  WHERE c.account_id = {alias}.account_id), '') || ' ' ||
        coalesce((SELECT group_concat(n.text, ' ') FROM stage_notes n
                  WHERE n.deal_id = {alias}.id), ''))"""


def _stored(alias: str) -> str:
    """The text the index holds: ``search_text`` and two spaces, after which each character of
    it starts a trigram (see the module)."""
    return f"{search_text(alias)} || '  '"



def indexed_text(alias: str = "d") -> str:
    """The SQL expression of deal ``alias``'s ``search_text`` as the index holds it, or NULL
    for a deal without an account: one lookup by id, no join, where
    ``search_text`` reads the account, its contacts and the stage notes (a card's text)."""
    return f"(SELECT substr(text, 1, length(text) - 2) FROM {TABLE} WHERE rowid = {alias}.id)"


def _fill(deals: str) -> str:
    """SQL putting the text of the deals ``deals`` (an SQL list of ids) into the index."""
    return (f"INSERT INTO {TABLE} (rowid, text) SELECT d.id, {_stored('d')} "
            f"FROM deals d JOIN accounts a ON a.id = d.account_id WHERE d.id IN ({deals})")


def _refresh(deals: str) -> str:
    """Trigger statements writing the text of the deals ``deals`` anew (a deal without an
    account has none, as it has no text in the definition: it joins no account)."""
    return f"DELETE FROM {TABLE} WHERE rowid IN ({deals}); {_fill(deals)}"


def _of_account(ref: str) -> str:
    return f"SELECT id FROM deals WHERE account_id = {ref}"


def triggers() -> list[str]:
    """Schema 11: the triggers keeping the index in step with what its text is made of."""

    def changed(*columns: str) -> str:
        return " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)

    def on(table: str, event: str, body: str, when: str = "") -> str:
        name = f"{table}_search_{event.split()[0].lower()}"
        condition = f"\n            WHEN {when}" if when else ""
        return f"CREATE TRIGGER {name} AFTER {event} ON {table}{condition}\n            BEGIN {body}; END"

    both_accounts = f"{_of_account('OLD.account_id')} UNION {_of_account('NEW.account_id')}"
    return [
        on("deals", "INSERT", _refresh("NEW.id")),
        on("deals", "UPDATE OF title, notes, risks, account_id", _refresh("OLD.id, NEW.id"),
           changed("title", "notes", "risks", "account_id")),
        on("deals", "DELETE", f"DELETE FROM {TABLE} WHERE rowid = OLD.id"),
        # an account's name is in the text of each of its deals; a deal written before its
        # account (an import that defers its references) gets its text with the account
        on("accounts", "INSERT", _refresh(_of_account("NEW.id"))),
        on("accounts", "UPDATE OF name", _refresh(_of_account("NEW.id")), changed("name")),
        on("accounts", "DELETE", _refresh(_of_account("OLD.id"))),
        # a contact's name and job title are in the text of every deal of the account
        on("contacts", "INSERT", _refresh(_of_account("NEW.account_id"))),
        on("contacts", "UPDATE OF name, title, account_id", _refresh(both_accounts),
           changed("name", "title", "account_id")),
        on("contacts", "DELETE", _refresh(_of_account("OLD.account_id"))),
        on("stage_notes", "INSERT", _refresh("NEW.deal_id")),
        on("stage_notes", "UPDATE OF text, deal_id", _refresh("OLD.deal_id, NEW.deal_id"),
           changed("text", "deal_id")),
        on("stage_notes", "DELETE", _refresh("OLD.deal_id")),
    ]


def fill(conn: sqlite3.Connection) -> None:
    """Write every deal's text into an empty index (the migration; ``rebuild``)."""
    conn.execute(_fill("SELECT id FROM deals"))


def _trigger_names() -> list[str]:
    return [re.match(r"CREATE TRIGGER (\w+)", sql).group(1) for sql in triggers()]  # type: ignore[union-attr]


@contextmanager
def deferred(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside the caller's transaction, for many rows written at once (the demo): the index's
    triggers set aside, the index written anew from the deals once at the end, and the
    triggers put back with the very SQL they had. Each row refreshed the index of its deal
    (a deal with five stage notes was indexed six times). Nothing else is set aside, and no
    other connection sees the file without them (the transaction is one); on an error they
    stay dropped for the caller's rollback to restore."""
    names = _trigger_names()
    marks = ", ".join("?" * len(names))
    saved = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks}) "
                         "ORDER BY rowid", names).fetchall()
    for name, _ in saved:
        conn.execute(f'DROP TRIGGER "{name}"')
    yield
    conn.execute(f"DELETE FROM {TABLE}")
    fill(conn)
    for _, sql in saved:
        conn.execute(sql)


def rebuild(conn: sqlite3.Connection) -> None:
    """Make the index anew from the deals, whatever became of FTS5's own tables (inside the
    caller's transaction): dropped (FTS5 drops what is left of its tables), created, filled."""
    conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
    conn.execute(SCHEMA[0])
    fill(conn)


def quoted(word: str) -> str:
    """``word`` as an FTS5 string: every character literal (quotes doubled), so AND, NEAR, *,
    ^ or parentheses are searched for, never read as query syntax."""
    return '"' + word.replace('"', '""') + '"'


# the index's trigrams that begin with a short word, as one FTS5 OR; `""` (no trigram:
# matches nothing, as the FTS5 documentation says of strings under three characters) if none
_SHORT = (f"""('(' || coalesce((SELECT group_concat('"' || replace(term, '"', '""') || '"', ' OR ')
        FROM {TERMS} WHERE {{range}}), '""') || ')')""")


def _short(word: str) -> tuple[str, list[object]]:
    """The FTS5 expression (as SQL) finding a word of one or two characters."""
    last = ord(word[-1]) + 1
    if 0xD800 <= last < 0xE000:  # no text holds surrogates: the next character is U+E000
        last = 0xE000
    if last <= 0x10FFFF:
        # the terms beginning with ``word`` sort from it to just before its successor (UTF-8
        # sorts as code points): FTS5 reads that range of its vocabulary, nothing else
        return _SHORT.format(range="term >= ? AND term < ?"), [word, word[:-1] + chr(last)]
    return _SHORT.format(range=f"term >= ? AND substr(term, 1, {len(word)}) = ?"), [word, word]


def _indexed(word: str) -> bool:
    """Whether ``word`` is looked up in the index (not found by reading every deal's text)."""
    return bool(word) and "".join(word.split()) == word and "\x00" not in word


def uses_index(words: Sequence[str]) -> bool:
    """Whether ``deal_condition`` of ``words`` finds its deals through the index."""
    return any(_indexed(w) for w in words)


def deal_condition(words: Sequence[str], alias: str = "d") -> tuple[str, list[object]]:
    """An SQL condition on ``alias`` (a row of ``deals``) that holds when every word is in the
    deal's text, and its parameters; "1" for no words. It reads the index only, so the
    account need not be joined (it may be, as ``a``)."""
    parts: list[str] = []
    params: list[object] = []
    # words holding white space (the board splits them off) or NUL (FTS5 reads a query only up
    # to it), which nobody types: found the old way, by the text of every deal
    scans: list[str] = []
    scan_params: list[object] = []
    for word in words:
        if not word:
            continue  # in every text
        if not _indexed(word):
            # the account's name read by the deal, as the condition may stand without the join
            # (no account: NULL, no text, as the join leaves no row)
            text = search_text(alias, f"(SELECT name FROM accounts WHERE id = {alias}.account_id)")
            scans.append(f"instr({text}, ?) > 0")
            scan_params.append(word)
        elif len(word) >= 3:
            parts.append("?")
            params.append(quoted(word))
        else:
            sql, more = _short(word)
            parts.append(sql)
            params += more
    conditions = scans
    if parts:
        expression = " || ' AND ' || ".join(parts)
        conditions = [f"{alias}.id IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH {expression})", *scans]
    if not conditions:
        return "1", []
    return " AND ".join(conditions), params + scan_params


def _out_of_step(held: str, key: str, text: str) -> str:
    """The deals whose indexed text (``text`` of the row of ``held`` whose ``key`` is the
    deal's id) is not their text, or that have none, and the index's rows of no deal."""
    return f"""
    SELECT d.id FROM deals d JOIN accounts a ON a.id = d.account_id
      LEFT JOIN {held} s ON s.{key} = d.id
      WHERE s.{text} IS NOT {_stored('d')}
    UNION
    SELECT s.rowid FROM {TABLE} s
      WHERE NOT EXISTS (SELECT 1 FROM deals d JOIN accounts a ON a.id = d.account_id WHERE d.id = s.rowid)
    ORDER BY 1"""


_OUT_OF_STEP = _out_of_step(TABLE, "rowid", "text")  # through FTS5 alone

OUT_OF_STEP = QT_TRANSLATE_NOOP("errors", "Deal {ids}: the search index does not hold its current text.")
INDEX_DAMAGED = QT_TRANSLATE_NOOP("errors", "The search index is damaged: {reason}")


def problems(conn: sqlite3.Connection) -> list[PlannerError]:
    """The search index out of step with the deals: FTS5's own integrity check (on a file
    open for writing; it is an INSERT command) and every deal's text compared with what the
    index holds (a third of a second at 100,000 deals). Empty when it is right; a missing index
    is one problem here (``tamper`` names what was removed).

    The text the index holds for a deal is read from FTS5's content table, which is all a
    lookup of ``deal_search`` by rowid reads (one virtual-table lookup per deal cost a third
    of the time), when the index is the one ``SCHEMA`` makes; its rows of no deal are still
    read through FTS5, so an index FTS5 cannot read errs here as ever. On any error the
    comparison runs through FTS5 alone (``_OUT_OF_STEP``), which says it in its own words."""
    content = f"{TABLE}_content"
    by_content = _out_of_step(content, "id", "c0")
    made = (f"SELECT (SELECT sql FROM sqlite_master WHERE name = '{TABLE}' AND type = 'table') = ?"
            f" AND (SELECT sql FROM sqlite_master WHERE name = '{content}' AND type = 'table') = ?")
    try:
        if not conn.execute("PRAGMA query_only").fetchone()[0]:
            conn.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('integrity-check')")
        try:
            shadow = f"CREATE TABLE '{content}'(id INTEGER PRIMARY KEY, c0)"  # as FTS5 makes it
            ours = conn.execute(made, [SCHEMA[0], shadow]).fetchone()[0]
            ids = [str(r[0]) for r in conn.execute(by_content)] if ours else None
        except sqlite3.DatabaseError:
            ids = None
        if ids is None:
            ids = [str(r[0]) for r in conn.execute(_OUT_OF_STEP)]
    except sqlite3.DatabaseError as e:
        return [PlannerError(INDEX_DAMAGED, reason=str(e))]
    if ids:
        return [PlannerError(OUT_OF_STEP, ids=", ".join(ids[:20]) + (" …" if len(ids) > 20 else ""))]
    return []
