"""The search index ("0011_search"): the deals a search finds through it are the ones the old
definition found (every word in ``instr(lower(text), word)``), whatever wrote the rows (raw SQL
here, as the importer, a bulk writer or the sqlite3 shell do), for any words a user types;
an index out of step is reported by ``search.problems`` and ``rebuild`` mends it."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
from builders import LOGGED_STARTS, new_deal, old_file
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.model import Contact
from planner.services import Planner
from planner.store import database, search
from planner.store.migration_steps import MIGRATION_NAMES

Rows = Mapping[str, Sequence[tuple[object, ...]]]  # rows of a small file, by table


@pytest.fixture(scope="module")
def empty_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "empty.planner"
    Planner.open(path, create=True).close()
    return path


def fresh(template: Path) -> sqlite3.Connection:
    """An empty current file in memory, with a process of one stage; raw SQL from here on."""
    source = sqlite3.connect(template)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    source.backup(conn)
    source.close()
    conn.execute("INSERT INTO processes (id, name) VALUES (1, 'Sales')")
    conn.execute("INSERT INTO stages (id, process_id, position, name, milestone, win_rate) "
                 "VALUES (1, 1, 0, 'Lead', 'Met', 10)")
    return conn


def old_condition(words: list[str]) -> tuple[str, list[object]]:
    """The definition before the index: the text built per deal, searched with instr."""
    text = search.search_text("d")
    if not words:
        return "1", []
    return " AND ".join(f"instr({text}, ?) > 0" for _ in words), list(words)


def found(conn: sqlite3.Connection, condition: tuple[str, list[object]], join: bool = True) -> list[int]:
    sql, params = condition
    account = "JOIN accounts a ON a.id = d.account_id" if join else ""
    return [r[0] for r in conn.execute(f"SELECT d.id FROM deals d {account} WHERE {sql} ORDER BY d.id", params)]


def assert_same(conn: sqlite3.Connection, words: list[str]) -> None:
    old = found(conn, old_condition(words))
    assert found(conn, search.deal_condition(words)) == old, words
    assert found(conn, search.deal_condition(words), join=False) == old, words


# what users type: ASCII of both cases, digits, punctuation FTS5 would read as syntax,
# Chinese, and the words of its query language
ALPHABET = "abcSYZxy019 #-_.:,'\"*^()[]{}%?台北系統物流公司中山區"
PIECES = st.one_of(st.text(ALPHABET, max_size=6),
                   st.sampled_from(["AND", "OR", "NOT", "NEAR", "near(", '"', '""', "*", "^", "台北", "系統",
                                    "System", "Logistics #17", "  "]))
TEXT = st.lists(PIECES, max_size=5).map("".join)
NAME = TEXT.filter(lambda s: s.strip() != "")


@st.composite
def files(draw: st.DrawFn) -> Rows:
    accounts = draw(st.lists(NAME, min_size=1, max_size=3))
    n = len(accounts)
    contacts = draw(st.lists(st.tuples(st.integers(1, n), NAME, TEXT), max_size=4))
    deals = draw(st.lists(st.tuples(st.integers(1, n), NAME, TEXT, TEXT), min_size=1, max_size=5))
    notes = draw(st.lists(st.tuples(st.integers(1, len(deals)), TEXT), max_size=3, unique_by=lambda t: t[0]))
    return {"accounts": [(a,) for a in accounts], "contacts": contacts, "deals": deals, "notes": notes}


def write(conn: sqlite3.Connection, data: Rows) -> None:
    """The rows as a bulk writer puts them: executemany, each row through the triggers."""
    conn.executemany("INSERT INTO accounts (name) VALUES (?)", data["accounts"])
    conn.executemany("INSERT INTO contacts (account_id, name, title) VALUES (?, ?, ?)", data["contacts"])
    conn.executemany("INSERT INTO deals (account_id, process_id, stage_id, title, notes, risks) "
                     "VALUES (?, 1, 1, ?, ?, ?)", data["deals"])
    conn.executemany("INSERT INTO stage_notes (deal_id, stage_id, text) VALUES (?, 1, ?)", data["notes"])


# edits through raw SQL, as the sqlite3 shell makes them: every kind of row the text reads
EDITS = st.sampled_from([
    "UPDATE deals SET title = :text WHERE id = :n",
    "UPDATE deals SET notes = :text, risks = :text WHERE id = :n",
    "UPDATE deals SET account_id = (SELECT max(id) FROM accounts) WHERE id = :n",
    "UPDATE accounts SET name = :text || 'x' WHERE id = :n",
    "INSERT INTO contacts (account_id, name, title) VALUES (:n, :text || 'x', :text)",
    "UPDATE contacts SET name = :text || 'y' WHERE account_id = :n",
    "UPDATE contacts SET title = :text WHERE id = (SELECT min(id) FROM contacts)",
    "UPDATE contacts SET account_id = (SELECT max(id) FROM accounts) WHERE id = (SELECT min(id) FROM contacts)",
    "DELETE FROM contacts WHERE account_id = :n",
    "UPDATE stage_notes SET text = :text WHERE deal_id = :n",
    "INSERT INTO stage_notes (deal_id, stage_id, text) SELECT :n, 1, :text WHERE EXISTS "
    "(SELECT 1 FROM deals WHERE id = :n) AND NOT EXISTS (SELECT 1 FROM stage_notes WHERE deal_id = :n)",
    "DELETE FROM stage_notes WHERE deal_id = :n",
    "DELETE FROM deals WHERE id = :n",
    "INSERT INTO accounts (name) VALUES (:text || 'z')",
])


def queries(data: Rows) -> st.SearchStrategy[list[str]]:
    """What a user types, split as the board splits it: pieces of the file's own text (so
    that most searches find something) and anything else."""
    texts = [str(v) for rows in data.values() for row in rows for v in row if isinstance(v, str) and v]

    @st.composite
    def typed(draw: st.DrawFn) -> str:
        if texts and draw(st.booleans()):
            text = draw(st.sampled_from(texts))
            start = draw(st.integers(0, len(text)))
            return text[start:draw(st.integers(start, len(text)))]
        return draw(TEXT)

    return st.lists(typed(), min_size=1, max_size=3).map(lambda parts: " ".join(parts).casefold().split())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=files(), edits=st.lists(st.tuples(EDITS, st.integers(1, 4), TEXT), max_size=6), pick=st.data())
def test_the_index_finds_what_the_old_definition_found(empty_file: Path, data: Rows,
                                                       edits: list[tuple[str, int, str]],
                                                       pick: st.DataObject) -> None:
    conn = fresh(empty_file)
    write(conn, data)
    for sql, n, text in edits:
        try:
            conn.execute(sql, {"n": n, "text": text})
        except sqlite3.IntegrityError:
            pass  # refused by the file's rules (an empty title): nothing changed
    assert search.problems(conn) == []
    assert (conn.execute(f"SELECT d.id, {search.indexed_text('d')} FROM deals d ORDER BY d.id").fetchall()
            == conn.execute(f"SELECT d.id, {search.search_text('d')} FROM deals d "
                            "LEFT JOIN accounts a ON a.id = d.account_id ORDER BY d.id").fetchall())
    for _ in range(4):
        assert_same(conn, pick.draw(queries(data)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.text(min_size=1, max_size=8), min_size=1, max_size=3))
def test_any_words_are_searched_literally(empty_file: Path, words: list[str]) -> None:
    """Quotes, FTS5's operators, control characters (NUL too), any script: never a syntax
    error; for text without case beyond ASCII, the same deals as before. Not past a NUL in a
    deal's text, which FTS5 does not read (no editor of the app writes one)."""
    conn = fresh(empty_file)
    write(conn, {"accounts": [("Acme " + "".join(words),)], "contacts": [(1, "c" + "".join(words), "")],
                 "deals": [(1, "x" + w, w, "") for w in words] + [(1, "none", "", "")], "notes": []})
    words = [w.casefold() for w in words]
    new = found(conn, search.deal_condition(words))
    if "\x00" not in "".join(words) and all(c.isascii() or not c.isalpha() or c.lower() == c.upper()
                                            for w in words for c in w):
        assert new == found(conn, old_condition(words))


def test_the_words_a_user_types_find_their_deals(empty_file: Path) -> None:
    conn = fresh(empty_file)
    write(conn, {"accounts": [("台北物流公司",), ("Acme Systems",)], "contacts": [(2, "Ann Lee", "CFO")],
                 "deals": [(1, "冷鏈系統 #17", "", ""), (2, 'Say "AND" (NEAR) *^', "", "budget")],
                 "notes": [(1, "台南")]})
    cases = {"台": [1], "台北": [1], "台南": [1], "系統": [1], "#17": [1], "sys": [2], "cfo": [2], "s": [2],
             '"and"': [2], "(near)": [2], "*^": [2], "and": [2], '"': [2], "budget": [2], "x": [],
             "acme cfo": [2], "台北 #17": [1], "台 s": [], "ann lee": [2], "ann 台": []}
    for typed, ids in cases.items():
        assert found(conn, search.deal_condition(typed.split())) == ids, typed
        assert_same(conn, typed.split())
    assert search.deal_condition([]) == ("1", [])
    assert found(conn, search.deal_condition(["annlee"])) == []


def test_a_word_with_white_space_is_found_the_old_way(empty_file: Path) -> None:
    """The board splits on white space; a caller that does not still gets the definition."""
    conn = fresh(empty_file)
    write(conn, {"accounts": [("Acme",)], "contacts": [], "deals": [(1, "big deal", "", "")], "notes": []})
    for words in (["g d"], ["big deal"], ["ig d", "ac"], ["big  deal"]):
        assert_same(conn, words)
    assert found(conn, search.deal_condition(["g d"])) == [1]


def test_beyond_ascii_the_index_folds_case_too(empty_file: Path) -> None:
    """The one intended difference: SQLite's lower() folds ASCII only, the trigram tokenizer
    folds other scripts' letters as well, so "école" now finds "École"."""
    conn = fresh(empty_file)
    write(conn, {"accounts": [("ÉCOLE Normale",)], "contacts": [], "deals": [(1, "ΑΒΓ", "", "")], "notes": []})
    assert found(conn, old_condition(["école"])) == []
    assert found(conn, search.deal_condition(["école"])) == [1]
    assert found(conn, search.deal_condition(["αβγ"])) == [1]


@pytest.mark.parametrize("pragmas", ["OFF", "ON"])
def test_every_writer_keeps_the_index_in_step(tmp_path: Path, pragmas: str) -> None:
    """The app's own writes, then the shell's (foreign keys and recursive triggers on or off)."""
    planner = Planner.open(tmp_path / "f.planner", create=True)
    deal = new_deal(planner, title="Cold chain", account="Formosa Logistics")
    account = planner.deals.get(deal).account_id
    contact = planner.contacts.add(Contact(account_id=account, name="王小明", title="採購經理"))
    planner.work.set_note(deal, planner.deals.get(deal).stage_id, "台北 visit")  # type: ignore[arg-type]
    conn = planner.store.conn
    assert found(conn, search.deal_condition(["小明", "經理", "台北", "formosa", "chain"])) == [deal]
    planner.close()
    conn = sqlite3.connect(tmp_path / "f.planner", isolation_level=None)
    conn.execute(f"PRAGMA foreign_keys = {pragmas}")
    conn.execute(f"PRAGMA recursive_triggers = {pragmas}")
    for sql, gone, there in [
        ("UPDATE contacts SET name = '李大同' WHERE id = ?", "小明", "大同"),
        ("UPDATE accounts SET name = 'Island Freight' WHERE id = (SELECT account_id FROM contacts WHERE id = ?)",
         "formosa", "freight"),
        ("DELETE FROM contacts WHERE id = ?", "大同", "freight"),
        ("UPDATE stage_notes SET text = '高雄' WHERE ? > 0", "台北", "高雄"),
        ("DELETE FROM stage_notes WHERE ? > 0", "高雄", "chain"),
        ("UPDATE deals SET title = 'Warm chain' WHERE ? > 0", "cold", "warm"),
    ]:
        conn.execute(sql, [contact])
        assert found(conn, search.deal_condition([gone])) == [], sql
        assert found(conn, search.deal_condition([there])) == [deal], sql
        assert search.problems(conn) == []
    conn.execute("DELETE FROM deals WHERE id = ?", [deal])
    assert conn.execute("SELECT count(*) FROM deal_search").fetchone() == (0,)
    assert search.problems(conn) == []
    conn.close()


def test_an_index_out_of_step_is_reported_and_rebuilt(empty_file: Path) -> None:
    conn = fresh(empty_file)
    write(conn, {"accounts": [("Acme",)], "contacts": [], "notes": [],
                 "deals": [(1, f"Deal {i}", "", "") for i in range(30)]})
    assert search.problems(conn) == []
    conn.execute("UPDATE deal_search SET text = 'something else' WHERE rowid = 3")
    conn.execute("DELETE FROM deal_search WHERE rowid = 5")
    conn.execute("INSERT INTO deal_search (rowid, text) VALUES (99, 'no deal')")
    [problem] = search.problems(conn)
    assert problem.source == search.OUT_OF_STEP and problem.params == {"ids": "3, 5, 99"}
    conn.execute("BEGIN")
    search.rebuild(conn)
    conn.execute("COMMIT")
    assert search.problems(conn) == []
    # FTS5's own tables written around it: its integrity check says so
    conn.execute("DELETE FROM deal_search_data WHERE id > 10")
    [problem] = search.problems(conn)
    assert problem.source == search.INDEX_DAMAGED
    conn.execute("BEGIN")
    search.rebuild(conn)
    conn.execute("COMMIT")
    assert search.problems(conn) == []
    assert found(conn, search.deal_condition(["deal", "29"])) == [30]
    assert found(conn, search.deal_condition(["7"])) == [8, 18, 28]


def test_a_read_only_check_compares_the_text(tmp_path: Path) -> None:
    planner = Planner.open(tmp_path / "f.planner", create=True)
    new_deal(planner, title="One")
    planner.close()
    writer = sqlite3.connect(tmp_path / "f.planner", isolation_level=None)
    writer.execute("UPDATE deal_search SET text = 'other'")
    writer.close()
    reader = Planner.open(tmp_path / "f.planner", read_only=True)
    try:
        assert [p.source for p in search.problems(reader.store.conn)] == [search.OUT_OF_STEP]
    finally:
        reader.close()


def test_a_file_of_the_version_before_gets_its_index(tmp_path: Path) -> None:
    version = MIGRATION_NAMES.index("0011_search")
    path = old_file(
        tmp_path / "before.planner", version,
        "INSERT INTO processes (id, name) VALUES (1, 'Sales')",
        "INSERT INTO stages (id, process_id, position, name, milestone, win_rate) VALUES (1, 1, 0, 'Lead', 'Met', 20)",
        "INSERT INTO accounts (id, name) VALUES (1, '台北物流'), (2, 'Acme')",
        "INSERT INTO contacts (account_id, name, title) VALUES (2, 'Ann', 'CFO')",
        "INSERT INTO deals (id, account_id, process_id, stage_id, title) VALUES (1, 1, 1, 1, 'Cold chain'), "
        "(2, 2, 1, 1, 'Warm chain')",
        "INSERT INTO stage_notes (deal_id, stage_id, text) VALUES (2, 1, 'Met twice')",
        LOGGED_STARTS, sealed=True,
    )
    planner = Planner.open(path)
    try:
        assert planner.store.schema_version() == database.SCHEMA_VERSION
        conn = planner.store.conn
        assert search.problems(conn) == []
        assert found(conn, search.deal_condition(["台北"])) == [1]
        assert found(conn, search.deal_condition(["chain", "cfo", "twice"])) == [2]
        assert planner.file.tampering() == []
        assert [str(p) for p in planner.file.check()] == []
    finally:
        planner.close()
    # opened read-only, an older file is upgraded in memory: its index too
    path = old_file(tmp_path / "again.planner", version,
                    "INSERT INTO processes (id, name) VALUES (1, 'Sales')",
                    "INSERT INTO stages (id, process_id, position, name, milestone, win_rate) "
                    "VALUES (1, 1, 0, 'Lead', 'Met', 20)",
                    "INSERT INTO accounts (id, name) VALUES (1, 'Acme')",
                    "INSERT INTO deals (id, account_id, process_id, stage_id, title) VALUES (1, 1, 1, 1, 'One')")
    reader = Planner.open(path, read_only=True)
    try:
        assert found(reader.store.conn, search.deal_condition(["one"])) == [1]
    finally:
        reader.close()


def test_the_index_tables_are_known(empty_file: Path) -> None:
    """What ``is_index_table`` names is what the file holds beyond the described tables."""
    conn = sqlite3.connect(empty_file)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    assert {n for n in names if search.is_index_table(n)} == set(search.INDEX_TABLES)
    assert not any(search.is_index_table(n) for n in ("deals", "deal_contacts", "settings"))


def test_the_index_answers_from_the_index(empty_file: Path) -> None:
    """The plan reads the FTS5 table (and, for a short word, its vocabulary), never the text
    of every deal."""
    conn = fresh(empty_file)
    for word in ("s", "sy", "台", "台北", "logistics", "#17"):
        sql, params = search.deal_condition([word])
        plan = " ".join(r[3] for r in conn.execute(
            f"EXPLAIN QUERY PLAN SELECT d.id FROM deals d WHERE d.process_id = 1 AND {sql}", params))
        assert "deal_search VIRTUAL TABLE INDEX 0:M" in plan, plan
        assert "contacts" not in plan and "stage_notes" not in plan, plan
        assert ("deal_search_terms" in plan) == (len(word) < 3), plan


def test_an_index_taken_out_in_the_shell_is_reported(tmp_path: Path) -> None:
    """Dropped, or a trigger of it dropped: the schema comparison names it, the check says
    the index is damaged rather than failing."""
    planner = Planner.open(tmp_path / "f.planner", create=True)
    new_deal(planner)
    planner.close()
    shell = sqlite3.connect(tmp_path / "f.planner", isolation_level=None)
    shell.execute("DROP TRIGGER contacts_search_insert")
    shell.execute("DROP TABLE deal_search")
    shell.close()
    planner = Planner.open(tmp_path / "f.planner", read_only=True)
    try:
        named = {str(p) for p in planner.file.tampering()}
        assert {"Table deal_search was removed.", "Trigger contacts_search_insert was removed."} <= named
        [problem] = search.problems(planner.store.conn)
        assert problem.source == search.INDEX_DAMAGED and "deal_search" in str(problem)
    finally:
        planner.close()
