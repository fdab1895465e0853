"""Schema 9 in raw SQL: the buying group, the roles a stage requires, who confirmed a milestone.

Every statement goes through a plain ``sqlite3`` connection, as the ``sqlite3`` shell would
send it, with foreign_keys and recursive_triggers off (the shell's way) and on: the file
refuses what the app refuses, whoever asks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from builders import confirm_current, new_deal, old_file

from planner.domain import messages
from planner.domain.model import BuyingRole, Contact, Outcome
from planner.services import Confirmation, Planner
from planner.store import database
from planner.store.migration_steps import MIGRATION_NAMES


class File:
    """An open deal whose first stage requires an economic buyer, with Ann (economic buyer)
    and Bo (coach) of its account; a closed deal with Cy in its group; a raw connection."""

    def __init__(self, planner: Planner, pragmas: str) -> None:
        self.planner = planner
        self.open = new_deal(planner, stages=3, title="Open", account="Acme")
        deal = planner.deals.get(self.open)
        process = planner.processes.get(deal.process_id)
        process.stages[0].required_roles = [BuyingRole.ECONOMIC_BUYER]
        planner.processes.update(process)
        self.stage_id, self.next_stage = process.stages[0].id, process.stages[1].id
        self.account = deal.account_id
        self.ann = planner.contacts.add(Contact(self.account, "Ann", role=BuyingRole.ECONOMIC_BUYER))
        self.bo = planner.contacts.add(Contact(self.account, "Bo", role=BuyingRole.COACH))
        self.eve = planner.contacts.add(Contact(self.account, "Eve"))  # in no group
        self.closed = new_deal(planner, stages=2, title="Closed", account="Beta")
        beta = planner.deals.get(self.closed).account_id
        self.cy = planner.contacts.add(Contact(beta, "Cy"))
        self.dan = planner.contacts.add(Contact(beta, "Dan"))  # of the closed deal's account, in no group
        self.cy_member = planner.buying_group.add(self.closed, self.cy)
        confirm_current(planner, self.closed, Outcome.AGAINST)
        self.conn = sqlite3.connect(planner.path, isolation_level=None)
        self.conn.execute(f"PRAGMA foreign_keys = {pragmas}")
        self.conn.execute(f"PRAGMA recursive_triggers = {pragmas}")

    def refused(self, sql: str, *params: object) -> str:
        with pytest.raises(sqlite3.IntegrityError) as e:
            self.conn.execute(sql, params)
        return str(e.value)

    def one(self, sql: str, *params: object) -> object:
        return self.conn.execute(sql, params).fetchone()[0]

    def add(self, deal: int, contact: int, role: str = "other") -> int:
        return int(self.conn.execute("INSERT INTO deal_contacts (deal_id, contact_id, role) VALUES (?, ?, ?)",
                                     [deal, contact, role]).lastrowid)  # type: ignore[arg-type]

    def confirm(self, deal: int, stage: int, outcome: str = "reached") -> int:
        return int(self.conn.execute(
            "INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence, decision) "
            "VALUES (?, ?, date('now', 'localtime'), ?, 'Minutes', 'No')", [deal, stage, outcome]).lastrowid)  # type: ignore[arg-type]


@pytest.fixture(params=["OFF", "ON"])
def file(planner: Planner, request: pytest.FixtureRequest) -> Iterator[File]:
    f = File(planner, request.param)
    yield f
    f.conn.close()


def test_a_contact_joins_a_deal_of_their_own_account_once(file: File) -> None:
    file.add(file.open, file.ann, "economic_buyer")
    cy_elsewhere = "INSERT INTO deal_contacts (deal_id, contact_id) VALUES (?, ?)"
    assert file.refused(cy_elsewhere, file.open, file.cy) == messages.GROUP_ACCOUNT.raised
    assert file.refused(cy_elsewhere, 999, file.ann) == messages.GROUP_ACCOUNT.raised  # no such deal
    assert file.refused(cy_elsewhere, file.open, 999) == messages.GROUP_ACCOUNT.raised  # no such person
    assert file.refused(cy_elsewhere, file.open, file.ann) == messages.KEY_TAKEN.raised  # twice
    member = file.add(file.open, file.bo, "coach")
    assert file.refused("UPDATE deal_contacts SET contact_id = ? WHERE id = ?", file.cy,
                        member) == messages.GROUP_ACCOUNT.raised
    assert file.refused("UPDATE deal_contacts SET deal_id = ? WHERE id = ?", file.closed,
                        member) in (messages.GROUP_ACCOUNT.raised, messages.DEAL_CLOSED.raised)
    assert file.one("SELECT count(*) FROM deal_contacts WHERE deal_id = ?", file.open) == 2


def test_the_group_holds_only_known_values(file: File) -> None:
    for column, value in (("role", "boss"), ("attitude", "hostile"), ("influence", "huge"), ("wants", None)):
        with pytest.raises(sqlite3.IntegrityError):
            file.conn.execute(f"INSERT INTO deal_contacts (deal_id, contact_id, {column}) VALUES (?, ?, ?)",
                              [file.open, file.ann, value])
    assert file.one("SELECT count(*) FROM deal_contacts WHERE deal_id = ?", file.open) == 0


def test_a_closed_deals_group_is_read_only(file: File) -> None:
    assert file.refused("INSERT INTO deal_contacts (deal_id, contact_id) VALUES (?, ?)",
                        file.closed, file.dan) == messages.DEAL_CLOSED.raised
    assert file.refused("UPDATE deal_contacts SET attitude = 'opponent' WHERE id = ?",
                        file.cy_member) == messages.DEAL_CLOSED.raised
    assert file.refused("UPDATE deal_contacts SET wants = 'Nothing' WHERE deal_id = ?",
                        file.closed) == messages.DEAL_CLOSED.raised
    assert file.refused("DELETE FROM deal_contacts WHERE id = ?", file.cy_member) == messages.DEAL_CLOSED.raised
    assert file.one("SELECT role || attitude FROM deal_contacts WHERE id = ?", file.cy_member) == "otherunknown"


def test_people_of_a_group_stay_of_its_account(file: File) -> None:
    file.add(file.open, file.ann, "economic_buyer")
    beta = file.one("SELECT account_id FROM deals WHERE id = ?", file.closed)
    assert file.refused("UPDATE contacts SET account_id = ? WHERE id = ?", beta,
                        file.ann) == messages.GROUP_ACCOUNT.raised
    assert file.refused("UPDATE deals SET account_id = ? WHERE id = ?", beta,
                        file.open) == messages.GROUP_ACCOUNT.raised
    assert file.refused("DELETE FROM contacts WHERE id = ?", file.ann) == messages.CONTACT_IN_USE.raised
    assert file.refused("DELETE FROM contacts WHERE id = ?", file.cy) == messages.CONTACT_IN_USE.raised
    file.conn.execute("UPDATE contacts SET account_id = ? WHERE id = ?", [beta, file.eve])  # in no group
    file.conn.execute("DELETE FROM contacts WHERE id = ?", [file.eve])
    file.conn.execute("DELETE FROM deal_contacts WHERE contact_id = ?", [file.ann])  # an open deal's: allowed
    file.conn.execute("UPDATE deals SET account_id = ? WHERE id = ?", [beta, file.open])  # now it may move


def test_a_stage_that_requires_a_role_waits_for_the_group_to_hold_it(file: File) -> None:
    file.add(file.open, file.bo, "coach")
    sql = ("INSERT INTO milestones (deal_id, stage_id, confirmed_on, outcome, evidence) "
           "VALUES (?, ?, date('now', 'localtime'), 'reached', 'Minutes')")
    assert file.refused(sql, file.open, file.stage_id) == messages.ROLES_REQUIRED.raised
    # the person is there, with another role in this deal: still refused
    member = file.add(file.open, file.ann, "user")
    assert file.refused(sql, file.open, file.stage_id) == messages.ROLES_REQUIRED.raised
    file.conn.execute("UPDATE deal_contacts SET role = 'economic_buyer' WHERE id = ?", [member])
    file.conn.execute(sql, [file.open, file.stage_id])
    assert file.one("SELECT stage_id FROM deals WHERE id = ?", file.open) == file.next_stage


def test_a_milestone_that_goes_against_us_needs_no_role(file: File) -> None:
    file.confirm(file.open, file.stage_id, "against")
    assert file.one("SELECT status FROM deals WHERE id = ?", file.open) == "lost"


def test_a_stage_removed_takes_its_required_roles(file: File) -> None:
    unused = new_deal(file.planner, stages=2, title="Other", account="Gamma")
    process = file.planner.processes.get(file.planner.deals.get(unused).process_id)
    last = process.stages[-1].id
    file.conn.execute("INSERT INTO stage_roles (stage_id, role) VALUES (?, 'coach')", [last])
    assert file.refused("INSERT INTO stage_roles (stage_id, role) VALUES (?, 'coach')", last) == \
        messages.KEY_TAKEN.raised
    assert file.refused("INSERT INTO stage_roles (stage_id, role) VALUES (?, 'boss')", last).startswith("CHECK")
    file.conn.execute("DELETE FROM stages WHERE id = ?", [last])
    assert file.one("SELECT count(*) FROM stage_roles WHERE stage_id = ?", last) == 0


def test_who_confirmed_a_milestone_is_of_the_deals_account(file: File) -> None:
    file.add(file.open, file.ann, "economic_buyer")
    milestone = file.confirm(file.open, file.stage_id)
    sql = "INSERT INTO milestone_contacts (milestone_id, contact_id, role) VALUES (?, ?, ?)"
    assert file.refused(sql, milestone, file.cy, "other") == messages.PEOPLE_ACCOUNT.raised  # another account's
    assert file.refused(sql, milestone, 999, "other") == messages.PEOPLE_ACCOUNT.raised  # nobody
    assert file.refused(sql, 999, file.ann, "economic_buyer") in (  # no such milestone
        messages.PEOPLE_FINAL.raised, messages.PEOPLE_ACCOUNT.raised)
    assert file.refused(sql, milestone, file.ann, "boss").startswith("CHECK")
    file.conn.execute(sql, [milestone, file.ann, "economic_buyer"])
    assert file.refused(sql, milestone, file.ann, "economic_buyer") == messages.KEY_TAKEN.raised
    assert file.refused("UPDATE milestone_contacts SET role = 'coach'") == messages.PEOPLE_FINAL.raised
    assert file.refused("DELETE FROM milestone_contacts") == messages.PEOPLE_FINAL.raised
    assert file.refused("INSERT OR REPLACE INTO milestone_contacts (milestone_id, contact_id, role) "
                        "VALUES (?, ?, 'economic_buyer')", milestone, file.ann) == messages.KEY_TAKEN.raised


def test_nobody_is_named_on_a_milestone_once_it_is_sealed(planner: Planner) -> None:
    """The app names people in the transaction that confirms the milestone; once that commits,
    the milestone is sealed and its people are closed for good."""
    deal_id = new_deal(planner)
    account = planner.deals.get(deal_id).account_id
    ann = planner.contacts.add(Contact(account, "Ann", role=BuyingRole.ECONOMIC_BUYER))
    planner.buying_group.add(deal_id, ann)
    confirm_current(planner, deal_id)
    milestone = planner.milestones.of(deal_id)[0]
    conn = sqlite3.connect(planner.path, isolation_level=None)
    try:
        with pytest.raises(sqlite3.IntegrityError, match=messages.PEOPLE_FINAL.raised):
            conn.execute("INSERT INTO milestone_contacts (milestone_id, contact_id, role) "
                         "VALUES (?, ?, 'economic_buyer')", [milestone.id, ann])
    finally:
        conn.close()


def test_the_app_records_who_confirmed_with_the_milestone_and_in_the_log(planner: Planner) -> None:
    deal_id = new_deal(planner)
    account = planner.deals.get(deal_id).account_id
    ann = planner.contacts.add(Contact(account, "Ann", role=BuyingRole.ECONOMIC_BUYER))
    bo = planner.contacts.add(Contact(account, "Bo", role=BuyingRole.COACH))
    for contact in (bo, ann):
        planner.buying_group.add(deal_id, contact)
    stage = planner.deals.get(deal_id).stage_id
    planner.milestones.confirm(deal_id, [Confirmation(stage, date.today(), "Minutes", people=(bo, ann))])  # type: ignore[arg-type]
    milestone = planner.milestones.of(deal_id)[0]
    assert [(p.contact_id, p.name, p.role) for p in milestone.people] == [
        (ann, "Ann", BuyingRole.ECONOMIC_BUYER), (bo, "Bo", BuyingRole.COACH)]
    logged = [e for e in planner.deals.events(deal_id) if e.kind == "milestone_people"]
    assert [(e.field, e.after) for e in logged] == [(str(milestone.id), f"[{ann},{bo}]")]
    assert planner.file.check() == []


def test_check_finds_people_changed_behind_the_triggers(planner: Planner) -> None:
    deal_id = new_deal(planner)
    account = planner.deals.get(deal_id).account_id
    ann = planner.contacts.add(Contact(account, "Ann", role=BuyingRole.ECONOMIC_BUYER))
    bo = planner.contacts.add(Contact(account, "Bo", role=BuyingRole.COACH))
    for contact in (ann, bo):
        planner.buying_group.add(deal_id, contact)
    stage = planner.deals.get(deal_id).stage_id
    planner.milestones.confirm(deal_id, [Confirmation(stage, date.today(), "Minutes", people=(ann,))])  # type: ignore[arg-type]
    milestone = planner.milestones.of(deal_id)[0]
    conn = sqlite3.connect(planner.path, isolation_level=None)
    conn.execute("DROP TRIGGER milestone_contacts_no_update")
    conn.execute("UPDATE milestone_contacts SET contact_id = ?, role = 'coach'", [bo])  # Bo, not Ann
    conn.execute("DROP TRIGGER deal_contacts_of_account")
    other = new_deal(planner, title="Elsewhere", account="Beta")
    conn.execute("INSERT INTO deal_contacts (deal_id, contact_id) VALUES (?, ?)", [other, ann])
    conn.close()
    found = [str(p) for p in planner.file.check()]
    assert any(f"Milestone {milestone.id}: the people named on it differ" in p for p in found), found
    assert any(f"Deal {other}: its buying group holds people of another account" in p for p in found), found


def test_a_deal_deleted_takes_its_group_along(file: File) -> None:
    deleted = new_deal(file.planner, title="Short-lived", account="Delta")
    delta = file.planner.deals.get(deleted).account_id
    dee = file.planner.contacts.add(Contact(delta, "Dee"))
    file.add(deleted, dee)
    file.conn.execute("DELETE FROM deals WHERE id = ?", [deleted])
    assert file.one("SELECT count(*) FROM deal_contacts WHERE deal_id = ?", deleted) == 0
    file.conn.execute("DELETE FROM contacts WHERE id = ?", [dee])  # in no group any more


def test_a_version_8_file_gains_empty_groups(tmp_path: Path) -> None:
    version = MIGRATION_NAMES.index("0009_buying_group")
    path = old_file(
        tmp_path / "v8.planner", version,
        "INSERT INTO processes (id, name) VALUES (1, 'Sales')",
        "INSERT INTO stages (id, process_id, position, name, milestone, win_rate) VALUES (1, 1, 0, 'Lead', 'Met', 20)",
        "INSERT INTO stages (id, process_id, position, name, milestone, win_rate) VALUES (2, 1, 1, 'Deal', 'Paid', 60)",
        "INSERT INTO accounts (id, name) VALUES (1, 'Acme')",
        "INSERT INTO contacts (id, account_id, name, role, attitude, influence) "
        "VALUES (1, 1, 'Ann', 'economic_buyer', 'supporter', 'high')",
        "INSERT INTO deals (id, account_id, process_id, stage_id, title) VALUES (1, 1, 1, 1, 'Open one')",
    )
    planner = Planner.open(path)
    try:
        assert planner.store.schema_version() == database.SCHEMA_VERSION
        assert planner.buying_group.of(1) == []
        assert planner.buying_group.gaps(1) == ("nobody",)
        assert [s.required_roles for s in planner.processes.get(1).stages] == [[], []]
        assert planner.file.tampering() == []
        member = planner.buying_group.get(planner.buying_group.add(1, 1))
        assert (member.role, member.attitude, member.influence) == ("economic_buyer", "supporter", "high")
    finally:
        planner.close()
