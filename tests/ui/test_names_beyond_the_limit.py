"""Names another program wrote far past the app's limit (a 4.8-million-character title and a
3-million-character account name took the window 6 s to start and 56 s to show the deal):
read cut to a length a screen can lay out, kept whole in the file, never saved shortened."""

from __future__ import annotations

import pytest
from builders import simple_process

from planner.domain.errors import InvalidInput
from planner.domain.model import Account, Contact, Deal
from planner.services import Planner
from planner.store.rows import NAME_READ
from planner.ui.deal import DealWorkspace

TITLE = "Very long title " * 100_000
NAME = "Acme name " * 100_000


@pytest.fixture
def written_elsewhere(planner: Planner) -> tuple[int, int]:
    pid = planner.processes.create(simple_process(3))
    acme = planner.accounts.create(Account("Acme"))
    deal = planner.deals.create(Deal(acme, pid, "Kiosk", value=100))
    planner.store.conn.execute("UPDATE deals SET title = ? WHERE id = ?", [TITLE, deal])
    planner.store.conn.execute("UPDATE accounts SET name = ? WHERE id = ?", [NAME, acme])
    planner.store.conn.commit()
    return deal, acme


def stored(planner: Planner, sql: str, row: int) -> str:
    return planner.store.conn.execute(sql, [row]).fetchone()[0]


def test_they_are_read_cut_and_kept_whole(planner: Planner, written_elsewhere: tuple[int, int]) -> None:
    deal_id, acme = written_elsewhere
    deal = planner.deals.get(deal_id)
    assert len(deal.title) == NAME_READ + 1 and deal.title.endswith("…") and TITLE.startswith(deal.title[:-1])
    card = planner.deals.card(deal_id)
    assert len(card.title) == NAME_READ + 1 and len(card.account) == NAME_READ + 1
    assert len(planner.accounts.get(acme).name) == NAME_READ + 1
    names, _same = planner.deals.card_accounts(deal.process_id)  # the board's account filter
    assert len(names[acme]) == NAME_READ + 1
    # another field's change leaves the title as the file has it
    planner.deals.update(deal_id, value=250)
    assert stored(planner, "SELECT title FROM deals WHERE id = ?", deal_id) == TITLE
    # saving the account as read would shorten its name: refused, with the reason
    account = planner.accounts.get(acme)
    account.notes = "Met the CFO"
    with pytest.raises(InvalidInput, match="too long"):
        planner.accounts.update(account)
    assert stored(planner, "SELECT name FROM accounts WHERE id = ?", acme) == NAME


def test_a_person_saved_with_a_job_title_read_cut_is_refused(planner: Planner) -> None:
    acme = planner.accounts.create(Account("Acme"))
    person = planner.contacts.add(Contact(acme, "Lin", title="CFO"))
    planner.store.conn.execute("UPDATE contacts SET title = ? WHERE id = ?", [NAME, person])
    planner.store.conn.commit()
    read = next(c for c in planner.contacts.of(acme) if c.id == person)
    assert len(read.title) == NAME_READ + 1
    read.notes = "Prefers calls"
    with pytest.raises(InvalidInput, match="too long"):
        planner.contacts.update(read)
    assert stored(planner, "SELECT title FROM contacts WHERE id = ?", person) == NAME


def test_the_deal_panel_shows_them_and_never_saves_the_title_shortened_unasked(
        planner: Planner, written_elsewhere: tuple[int, int], workspace: DealWorkspace, qtbot,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a, **_k: warned.append(str(a[2])))
    deal_id, _acme = written_elsewhere
    workspace.show_deal(deal_id)
    title = workspace.fields.title
    assert len(title.text()) == NAME_READ + 1
    title.setFocus()
    qtbot.keyClicks(title, "!")
    workspace.fields.notes.setFocus()  # the edit is offered: the file refuses a name that long
    assert stored(planner, "SELECT title FROM deals WHERE id = ?", deal_id) == TITLE
    assert warned and "too long" in warned[0]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Kiosk rollout")  # typed anew, within the limit: saved
    workspace.fields.notes.setFocus()
    assert stored(planner, "SELECT title FROM deals WHERE id = ?", deal_id) == "Kiosk rollout"
