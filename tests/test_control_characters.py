"""Control characters no keyboard types (NUL, escape, bell, C1 codes) never reach the file,
whichever text they come in: pasted into a deal, a person, a task, a milestone, a process
or a reason, or imported. A NUL kept in a title went on into the CSV a CRM was to read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from builders import simple_process
from hypothesis import given
from hypothesis import strategies as st

from planner.domain import rules
from planner.domain.model import Account, Contact, Deal, ItemKind, ItemTemplate, Outcome
from planner.services import Confirmation, Planner
from planner.transfer import csv_files

HOSTILE = "Kiosk\x00 roll\x1b[31mout\x07\x85\x9b\r\nline two\x7f"
CONTROLS = {chr(c) for c in [*range(0x20), *range(0x7f, 0xa0)]} - set("\t\n")


def controls_kept(planner: Planner) -> list[tuple[str, str, str]]:
    """(table, column, text) of every text in the file holding a control character other
    than a line break or a tab."""
    conn = planner.store.conn
    found = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        for row in conn.execute(f"SELECT * FROM {table}"):
            found += [(table, c, v) for c, v in zip(columns, row, strict=True)
                      if isinstance(v, str) and set(v) & CONTROLS]
    return found


def test_no_text_a_user_can_give_keeps_a_control_character(planner: Planner) -> None:
    template = simple_process(3, name=HOSTILE)
    template.description = HOSTILE
    first = template.stages[0]
    first.name, first.milestone = HOSTILE, HOSTILE
    first.tasks = [ItemTemplate(HOSTILE, required=False)]
    first.deliverables = [ItemTemplate(HOSTILE + "!", required=False)]
    pid = planner.processes.create(template)
    process = planner.processes.get(pid)
    acme = planner.accounts.create(Account(HOSTILE, notes=HOSTILE, industry=HOSTILE, size=HOSTILE, kind=HOSTILE,
                                           relationship=HOSTILE))
    person = planner.contacts.add(Contact(acme, HOSTILE, title=HOSTILE, email=HOSTILE, phone=HOSTILE,
                                             notes=HOSTILE))
    deal = planner.deals.create(Deal(acme, pid, HOSTILE, notes=HOSTILE, risks=HOSTILE))
    planner.deals.update(deal, title=HOSTILE + "!", notes=HOSTILE + "!", risks=HOSTILE + "!")
    planner.deals.set_next_step(deal, HOSTILE, None)
    stage = process.stages[0].id
    assert stage is not None
    planner.work.add(ItemKind.TASK, deal, stage, HOSTILE, link=HOSTILE)
    planner.work.set_note(deal, stage, HOSTILE)
    planner.buying_group.add(deal, person, wants=HOSTILE)
    planner.milestones.confirm(deal, [Confirmation(stage, date.today(), HOSTILE, Outcome.REACHED,
                                                   evidence_link=HOSTILE, decision=HOSTILE)])
    other = planner.deals.create(Deal(acme, pid, "Second"))
    planner.deals.abandon(other, HOSTILE)
    assert [(t, c) for t, c, _v in controls_kept(planner)] == []
    shown = planner.deals.get(deal)
    assert shown.title == "Kiosk roll[31mout line two!"  # one line: the line break a space
    assert shown.notes == "Kiosk roll[31mout\nline two!"  # several: the line break kept, as "\n"


@given(st.text())
def test_any_text_cleaned_keeps_no_control_but_line_breaks_and_tabs(text: str) -> None:
    assert not set(rules.clean_text(text)) & CONTROLS
    assert not set(rules.one_line(text)) & (CONTROLS | set("\t\n"))
    assert rules.clean_text(rules.clean_text(text)) == rules.clean_text(text)  # once is enough


def test_an_export_never_writes_one_even_from_a_file_another_program_wrote(planner: Planner, tmp_path: Path) -> None:
    pid = planner.processes.create(simple_process(2))
    acme = planner.accounts.create(Account("Acme"))
    deal = planner.deals.create(Deal(acme, pid, "Kiosk"))
    planner.store.conn.execute("UPDATE deals SET title = ? WHERE id = ?", ["Kio\x00sk\x1b", deal])
    planner.store.conn.commit()
    data = csv_files.write(["title"], [[planner.deals.get(deal).title]])
    assert "Kiosk" in data.decode("utf-8-sig") and not set(data.decode("utf-8-sig")) & (CONTROLS - {"\r"})


def test_the_calendar_never_holds_one_either(planner: Planner, tmp_path: Path) -> None:
    from planner.transfer import calendar

    pid = planner.processes.create(simple_process(2))
    deal = planner.deals.create(Deal(planner.accounts.create(Account("Acme")), pid, "Kiosk"))
    planner.store.conn.execute("UPDATE deals SET title = ?, next_step = ?, next_step_due = ? WHERE id = ?",
                               ["Kio\x00sk", "Call\x1b[2J back\x07", (date.today()).isoformat(), deal])
    planner.store.conn.commit()
    calendar.export(planner, tmp_path / "dates.ics")
    text = (tmp_path / "dates.ics").read_bytes().decode("utf-8")
    assert "Call[2J back" in text and "Kiosk" in text
    assert not set(text) & (CONTROLS - {"\r"})  # lines end in CRLF, as RFC 5545 has them


def test_every_csv_cell_goes_out_without_one() -> None:
    """``defused`` is what every CSV cell goes through (the CRM exports', the forecast's)."""
    assert csv_files.defused("Stage\x00 one\x1b") == "Stage one"
    assert csv_files.defused("\x00=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0"  # and still no formula


def test_a_name_pasted_with_invisible_marks_is_the_name_itself(planner: Planner) -> None:
    """A zero-width space or a byte-order mark copied along with a name made a second account
    that looked like the first."""
    acme = planner.accounts.create(Account("Acme"))
    assert rules.one_line("\ufeffAc\u200bme\u2060") == "Acme"
    assert planner.accounts.find("Acme\u200b").id == acme
    assert rules.one_line("👩\u200d💻") == "👩\u200d💻"  # a joiner stays


def test_an_import_finds_the_account_whose_name_came_with_invisible_marks(cli, tmp_path: Path) -> None:  # noqa: ANN001
    from planner.transfer import values

    assert values.name_key("Acme\u200b Ltd\ufeff") == values.name_key("ACME LTD")
    path = tmp_path / "sales.planner"
    planner = Planner.open(path, create=True)
    planner.processes.create(simple_process(2))
    planner.accounts.create(Account("Acme Ltd"))
    planner.close()
    deals = tmp_path / "deals.csv"
    deals.write_text("Title,Value,Currency,Organization\nKiosk,100,TWD,Acme\u200b Ltd\n", encoding="utf-8")
    ran = cli("import", "--db", path, "--from", "pipedrive", deals)
    assert ran.returncode == 0, ran.stderr
    planner = Planner.open(path)
    assert [a.name for a in planner.accounts.all()] == ["Acme Ltd"]  # not a second one that looks the same
    planner.close()
