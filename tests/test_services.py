"""The method's rules through the services that the UI and the CLI share."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from builders import confirm_current, days_ago, new_deal, simple_process

from planner.domain import messages
from planner.domain.errors import InvalidInput, NotFound, RuleViolation
from planner.domain.model import Account, Contact, Deal, DealStatus, ItemKind, Outcome, Stage
from planner.services import Confirmation, Planner


def test_confirming_moves_on_and_freezes(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3)
    first = planner.deals.get(deal_id).stage_id
    confirm_current(planner, deal_id)
    work = planner.work.get(deal_id)
    assert work.deal.stage_id != first
    assert work.frozen == {first}
    assert not work.editable(first)
    task = work.stage_tasks(first)[0]
    with pytest.raises(RuleViolation, match="frozen"):
        planner.work.set_done(ItemKind.TASK, task.id, not task.done)
    with pytest.raises(RuleViolation, match="frozen"):
        planner.work.set_note(deal_id, first, "late note")


def test_jumping_ahead_confirms_each_milestone_in_order_all_or_nothing(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=4)
    stages = planner.processes.get(planner.deals.get(deal_id).process_id).stages
    good = [Confirmation(s.id, days_ago(3 - i), f"evidence {i}") for i, s in enumerate(stages[:2])]
    planner.milestones.confirm(deal_id, good)
    assert planner.deals.get(deal_id).stage_id == stages[2].id
    assert [m.evidence for m in planner.milestones.of(deal_id)] == ["evidence 0", "evidence 1"]
    # a bad second step rolls back the first one too
    bad = [Confirmation(stages[2].id, date.today(), "ok"), Confirmation(stages[3].id, date.today(), " ")]
    with pytest.raises(InvalidInput):
        planner.milestones.confirm(deal_id, bad)
    assert planner.deals.get(deal_id).stage_id == stages[2].id
    assert len(planner.milestones.of(deal_id)) == 2


def test_skipping_a_milestone_is_refused(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3)
    last = planner.processes.get(planner.deals.get(deal_id).process_id).stages[-1]
    with pytest.raises(RuleViolation, match="in order"):
        planner.milestones.confirm(deal_id, [Confirmation(last.id, date.today(), "x")])


def test_future_date_and_earlier_than_previous_refused(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3)
    stage = planner.deals.get(deal_id).stage_id
    with pytest.raises(InvalidInput, match="future"):
        planner.milestones.confirm(deal_id, [Confirmation(stage, date.today() + timedelta(days=1), "x")])
    confirm_current(planner, deal_id, on=days_ago(2))
    with pytest.raises(InvalidInput, match="earlier"):
        confirm_current(planner, deal_id, on=days_ago(5))


def test_last_milestone_wins_and_closed_deal_is_read_only(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=2)
    confirm_current(planner, deal_id)
    confirm_current(planner, deal_id)
    assert planner.deals.get(deal_id).status == DealStatus.WON
    with pytest.raises(RuleViolation, match="closed"):
        planner.deals.update(deal_id, title="changed")
    with pytest.raises(RuleViolation, match="closed"):
        planner.deals.abandon(deal_id, "too late")


def test_milestone_against_us_loses_the_deal_with_reason(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3)
    confirm_current(planner, deal_id, Outcome.AGAINST)
    deal = planner.deals.get(deal_id)
    assert deal.status == DealStatus.LOST
    assert deal.close_reason == "Chose another supplier"


@pytest.mark.parametrize("via_dialog", [False, True])
def test_a_lost_milestone_needs_the_customers_decision(planner: Planner, via_dialog: bool) -> None:
    deal_id = new_deal(planner, stages=3)
    stage = planner.deals.get(deal_id).stage_id
    assert stage is not None
    events = planner.deals.events(deal_id)
    for blank in ("", " \u3000"):  # the evidence is no decision: it says what happened, not why
        lost = [Confirmation(stage, date.today(), "Letter from procurement", Outcome.AGAINST, decision=blank)]
        with pytest.raises(InvalidInput) as refused:
            if via_dialog:
                planner.milestones.confirm(deal_id, lost, ticks={})
            else:
                planner.milestones.confirm(deal_id, lost)
        assert refused.value.source == messages.DECISION_MISSING
    assert planner.milestones.of(deal_id) == [] and planner.deals.get(deal_id).is_open
    assert planner.deals.events(deal_id) == events


def test_confirming_logs_the_move_the_domain_decided(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=2)
    stages = planner.processes.get(planner.deals.get(deal_id).process_id).stages
    confirm_current(planner, deal_id)
    confirm_current(planner, deal_id)
    logged = [(e.kind, e.before, e.after) for e in planner.deals.events(deal_id) if e.kind in ("stage", "status")]
    assert logged == [("stage", stages[0].name, stages[1].name), ("status", "open", "won")]


def test_required_work_blocks_confirmation_until_done(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=2, required=True)
    with pytest.raises(RuleViolation, match="Required"):
        confirm_current(planner, deal_id)
    work = planner.work.get(deal_id)
    stage = work.deal.stage_id
    for item in work.stage_tasks(stage):
        planner.work.set_done(ItemKind.TASK, item.id, True)
    for item in work.stage_deliverables(stage):
        planner.work.set_done(ItemKind.DELIVERABLE, item.id, True)
    confirm_current(planner, deal_id)
    assert planner.deals.get(deal_id).stage_id != stage


def test_abandon_needs_a_reason(planner: Planner) -> None:
    deal_id = new_deal(planner)
    with pytest.raises(InvalidInput):
        planner.deals.abandon(deal_id, "   ")
    planner.deals.abandon(deal_id, "Budget frozen")
    deal = planner.deals.get(deal_id)
    assert (deal.status, deal.close_reason) == (DealStatus.ABANDONED, "Budget frozen")


def test_corrections_are_appended_never_edits(planner: Planner) -> None:
    deal_id = new_deal(planner)
    confirm_current(planner, deal_id, evidence="Minutes of 3 May")
    milestone = planner.milestones.of(deal_id)[0]
    planner.milestones.correct(milestone.id, "The meeting was on 4 May.", date(2026, 5, 6))
    again = planner.milestones.of(deal_id)[0]
    assert again.evidence == "Minutes of 3 May"
    assert [(c.written_on, c.text) for c in again.corrections] == [(date(2026, 5, 6), "The meeting was on 4 May.")]


def test_delete_only_without_milestones_else_archive(planner: Planner) -> None:
    fresh = new_deal(planner)
    planner.deals.delete(fresh)
    with pytest.raises(NotFound):
        planner.deals.get(fresh)
    kept = new_deal(planner, account="Other")
    confirm_current(planner, kept)
    with pytest.raises(RuleViolation, match="Archive"):
        planner.deals.delete(kept)
    planner.deals.archive(kept)
    assert planner.deals.get(kept).archived


def test_every_change_is_logged_with_before_and_after(planner: Planner) -> None:
    deal_id = new_deal(planner, value=100)
    planner.deals.update(deal_id, value=250.0, title="Bigger deal")
    confirm_current(planner, deal_id)
    events = planner.deals.events(deal_id)
    kinds = [e.kind for e in events]
    assert kinds[:3] == ["created", "edited", "edited"]
    value_event = next(e for e in events if e.field == "value")
    assert (value_event.before, value_event.after) == ("100.0", "250.0")
    assert "milestone" in kinds and "stage" in kinds


def test_follow_up_is_a_new_linked_deal(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=1)
    confirm_current(planner, deal_id)
    follow = planner.deals.follow_up(deal_id, "Phase two")
    new = planner.deals.get(follow)
    assert new.follow_up_of == deal_id and new.is_open and new.title == "Phase two"
    assert new.stage_id == planner.processes.get(new.process_id).stages[0].id


@pytest.mark.parametrize("changes", [{"value": -1.0}, {"title": " "}, {"currency": "dollars"},
                                     {"notes": "x" * 100_001}])
def test_bad_deal_input_refused(planner: Planner, changes: dict) -> None:
    deal_id = new_deal(planner)
    with pytest.raises(InvalidInput):
        planner.deals.update(deal_id, **changes)


def test_process_edit_keeps_history(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3)
    confirm_current(planner, deal_id)
    process = planner.processes.get(planner.deals.get(deal_id).process_id)
    process.stages[0].name = "Renamed"
    process.stages[2].win_rate = 99
    process.stages.append(Stage("Extra", "Extra milestone", 100))
    planner.processes.update(process)  # renames, new rates and new stages at the end are fine
    again = planner.processes.get(process.id)
    assert [s.name for s in again.stages][0] == "Renamed" and len(again.stages) == 4
    with pytest.raises(RuleViolation, match="removed"):
        planner.processes.update(again.__class__(again.name, again.stages[1:], id=again.id))
    swapped = again.__class__(again.name, [again.stages[1], again.stages[0], *again.stages[2:]], id=again.id)
    with pytest.raises(RuleViolation, match="moved"):
        planner.processes.update(swapped)
    # unused stages can be reordered and removed
    reordered = again.__class__(again.name, [*again.stages[:2], again.stages[3]], id=again.id)
    planner.processes.update(reordered)
    assert [s.name for s in planner.processes.get(again.id).stages][-1] == "Extra"


def test_archived_process_takes_no_new_deals(planner: Planner) -> None:
    pid = planner.processes.create(simple_process())
    aid = planner.accounts.create(Account("A"))
    planner.processes.archive(pid)
    with pytest.raises(RuleViolation):
        planner.deals.create(Deal(aid, pid, "x"))


def test_account_plan_gathers_deals_and_forecast(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3, value=1000, expected_close=date(2026, 12, 15))
    account_id = planner.deals.get(deal_id).account_id
    planner.contacts.add(Contact(account_id, "Ms Lin", role="economic_buyer"))
    closed = planner.deals.create(Deal(account_id, planner.deals.get(deal_id).process_id, "Lost one"))
    planner.deals.abandon(closed, "No budget")
    plan = planner.reports.account_plan(account_id)
    assert [d.deal.title for d in plan.open_deals] == ["Deal"]
    assert [d.deal.close_reason for d in plan.closed_deals] == ["No budget"]
    assert plan.open_deals[0].weighted_value == 100  # 10 % of 1000
    assert [(r.month, r.open_value, r.weighted_value) for r in plan.forecast] == [("2026-12", 1000, 100)]
    assert [c.name for c in plan.contacts] == ["Ms Lin"]


def test_find_account_by_id_or_name(planner: Planner) -> None:
    aid = planner.accounts.create(Account("台灣精密"))
    assert planner.accounts.find(str(aid)).id == aid
    assert planner.accounts.find("台灣精密").id == aid
    with pytest.raises(NotFound):
        planner.accounts.find("nobody")


def test_settings_validated(planner: Planner) -> None:
    planner.settings.set("idle_days", "21")
    assert planner.settings.all()["idle_days"] == "21"
    with pytest.raises(InvalidInput):
        planner.settings.set("idle_days", "-3")
    with pytest.raises(InvalidInput):
        planner.settings.set("snapshot_days", "a week")
    with pytest.raises(ValueError, match="not a setting of the planner file"):
        planner.settings.set("paper", "a4")  # yours: kept on this computer (planner.local_settings)


def test_hostile_text_is_stored_as_typed(planner: Planner) -> None:
    text = "R&D <b>測試 & Co'; DROP TABLE deals; --\n🙂"
    deal_id = new_deal(planner)
    planner.deals.update(deal_id, notes=text + "\x00")  # but for a control character (tests/test_control_characters.py)
    assert planner.deals.get(deal_id).notes == text


def test_required_work_cannot_be_removed_and_work_goes_to_the_current_stage(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3, required=True)
    work = planner.work.get(deal_id)
    required = next(t for t in work.stage_tasks(work.deal.stage_id) if t.required)
    with pytest.raises(RuleViolation, match="Required"):
        planner.work.remove(ItemKind.TASK, required.id)
    later = work.process.stages[2].id
    with pytest.raises(RuleViolation, match="current stage"):
        planner.work.add(ItemKind.TASK, deal_id, later, "Too early")
    optional = planner.work.add(ItemKind.TASK, deal_id, work.deal.stage_id, "Extra call")
    planner.work.remove(ItemKind.TASK, optional)


def test_removing_a_reference_stage_records_it_as_dropped(planner: Planner) -> None:
    from planner.domain.reference import process_from_preset

    pid = planner.processes.create(process_from_preset("group_enterprise", "en"))
    process = planner.processes.get(pid)
    removed = process.stages.pop(1)
    planner.processes.update(process)
    again = planner.processes.get(pid)
    assert again.dropped == {removed.ref_key: "drop"}
    assert [s.ref_key for s in again.stages] == ["a", "c", "d", "e", "f", "g", "h"]


def test_an_unused_account_is_deleted_with_its_contacts_and_can_come_back(planner: Planner) -> None:
    aid = planner.accounts.create(Account(name="Typo Ltd", industry="Retail"))
    planner.contacts.add(Contact(account_id=aid, name="Ann"))
    account, contacts = planner.accounts.delete(aid)
    assert aid not in [a.id for a in planner.accounts.all(include_archived=True)]
    assert planner.contacts.of(aid) == []
    assert planner.accounts.restore(account, contacts) == aid
    assert planner.accounts.get(aid) == account
    assert planner.contacts.of(aid) == contacts


def test_an_account_with_deals_is_not_deleted(planner: Planner) -> None:
    deal_id = new_deal(planner)
    aid = planner.deals.get(deal_id).account_id
    planner.contacts.add(Contact(account_id=aid, name="Ann"))
    with pytest.raises(RuleViolation):
        planner.accounts.delete(aid)
    assert [c.name for c in planner.contacts.of(aid)] == ["Ann"]  # nothing half-done


def test_a_backup_onto_the_planner_file_itself_is_refused(planner: Planner) -> None:
    new_deal(planner)
    before = planner.path.read_bytes()
    with pytest.raises(InvalidInput):
        planner.file.backup(planner.path.parent / "." / planner.path.name)
    assert planner.path.read_bytes() == before and planner.file.check() == []


def test_check_tampering_and_fingerprint_see_the_whole_file(planner: Planner) -> None:
    """The hash chain is sealed by every use case, and check() reads it, the schema and the rules."""
    import sqlite3

    from planner.store import database

    assert "0006_hash_chain" in database.MIGRATION_NAMES
    assert len(database.MIGRATION_NAMES) == database.SCHEMA_VERSION
    deal_id = new_deal(planner)
    first = planner.file.fingerprint()
    confirm_current(planner, deal_id)
    assert planner.file.fingerprint() != first  # the milestone and its events were sealed at commit
    assert planner.file.check() == [] and planner.file.check(full=True) == [] and planner.file.tampering() == []
    conn = sqlite3.connect(planner.path, isolation_level=None)
    conn.execute("DROP TRIGGER milestones_no_update")
    conn.execute("UPDATE milestones SET evidence = 'Forged'")
    conn.close()
    found = [str(p) for p in planner.file.check(full=True)]
    assert planner.file.tampering() and any("milestones_no_update" in f for f in found), found
    assert len(found) >= 2  # the missing rule and the broken chain, each in its own line


def test_reads_of_an_unshowable_value_name_the_row(planner: Planner) -> None:
    """A value written around the rules (here: the table rebuilt without them) is named."""
    import sqlite3

    from planner.store.errors import Unreadable

    deal_id = new_deal(planner)
    conn = sqlite3.connect(planner.path, isolation_level=None)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = replace(sql, ') STRICT', ')') WHERE name = 'deals'")
    conn.execute("PRAGMA writable_schema = OFF")
    conn.close()
    conn = sqlite3.connect(planner.path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE deals SET expected_close = 'next spring' WHERE id = ?", [deal_id])
    conn.close()
    planner.close()
    reopened = Planner.open(planner.path)
    with pytest.raises(Unreadable, match=f"Table deals, row {deal_id}: column expected_close"):
        reopened.deals.get(deal_id)
    with pytest.raises(Unreadable):
        reopened.deals.cards(reopened.processes.summaries()[0].id)
    reopened.close()
