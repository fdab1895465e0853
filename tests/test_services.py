"""The method's rules through the services that the UI and the CLI share."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from builders import confirm_current, days_ago, new_deal, simple_process

from planner.domain import messages
from planner.domain.errors import InvalidInput, NotFound, RuleViolation
from planner.domain.model import Account, Contact, Deal, DealStatus, Outcome, Stage
from planner.services import Confirmation, Planner


def test_confirming_moves_on_and_freezes(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3)
    first = planner.deal(deal_id).stage_id
    confirm_current(planner, deal_id)
    work = planner.work(deal_id)
    assert work.deal.stage_id != first
    assert work.frozen == {first}
    assert not work.editable(first)
    task = work.stage_tasks(first)[0]
    with pytest.raises(RuleViolation, match="frozen"):
        planner.set_done("tasks", task.id, not task.done)
    with pytest.raises(RuleViolation, match="frozen"):
        planner.set_stage_note(deal_id, first, "late note")


def test_jumping_ahead_confirms_each_milestone_in_order_all_or_nothing(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=4)
    stages = planner.process(planner.deal(deal_id).process_id).stages
    good = [Confirmation(s.id, days_ago(3 - i), f"evidence {i}") for i, s in enumerate(stages[:2])]
    planner.confirm(deal_id, good)
    assert planner.deal(deal_id).stage_id == stages[2].id
    assert [m.evidence for m in planner.milestones(deal_id)] == ["evidence 0", "evidence 1"]
    # a bad second step rolls back the first one too
    bad = [Confirmation(stages[2].id, date.today(), "ok"), Confirmation(stages[3].id, date.today(), " ")]
    with pytest.raises(InvalidInput):
        planner.confirm(deal_id, bad)
    assert planner.deal(deal_id).stage_id == stages[2].id
    assert len(planner.milestones(deal_id)) == 2


def test_skipping_a_milestone_is_refused(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3)
    last = planner.process(planner.deal(deal_id).process_id).stages[-1]
    with pytest.raises(RuleViolation, match="in order"):
        planner.confirm(deal_id, [Confirmation(last.id, date.today(), "x")])


def test_future_date_and_earlier_than_previous_refused(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3)
    stage = planner.deal(deal_id).stage_id
    with pytest.raises(InvalidInput, match="future"):
        planner.confirm(deal_id, [Confirmation(stage, date.today() + timedelta(days=1), "x")])
    confirm_current(planner, deal_id, on=days_ago(2))
    with pytest.raises(InvalidInput, match="earlier"):
        confirm_current(planner, deal_id, on=days_ago(5))


def test_last_milestone_wins_and_closed_deal_is_read_only(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=2)
    confirm_current(planner, deal_id)
    confirm_current(planner, deal_id)
    assert planner.deal(deal_id).status == DealStatus.WON
    with pytest.raises(RuleViolation, match="closed"):
        planner.update_deal(deal_id, title="changed")
    with pytest.raises(RuleViolation, match="closed"):
        planner.abandon(deal_id, "too late")


def test_milestone_against_us_loses_the_deal_with_reason(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3)
    confirm_current(planner, deal_id, Outcome.AGAINST)
    deal = planner.deal(deal_id)
    assert deal.status == DealStatus.LOST
    assert deal.close_reason == "Chose another supplier"


@pytest.mark.parametrize("via_dialog", [False, True])
def test_a_lost_milestone_needs_the_customers_decision(planner: Planner, via_dialog: bool) -> None:
    deal_id = new_deal(planner, stages=3)
    stage = planner.deal(deal_id).stage_id
    assert stage is not None
    events = planner.events(deal_id)
    for blank in ("", " \u3000"):  # the evidence is no decision: it says what happened, not why
        lost = [Confirmation(stage, date.today(), "Letter from procurement", Outcome.AGAINST, decision=blank)]
        with pytest.raises(InvalidInput) as refused:
            if via_dialog:
                planner.confirm_with_work(deal_id, lost, {})
            else:
                planner.confirm(deal_id, lost)
        assert refused.value.source == messages.DECISION_MISSING
    assert planner.milestones(deal_id) == [] and planner.deal(deal_id).is_open
    assert planner.events(deal_id) == events


def test_confirming_logs_the_move_the_domain_decided(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=2)
    stages = planner.process(planner.deal(deal_id).process_id).stages
    confirm_current(planner, deal_id)
    confirm_current(planner, deal_id)
    logged = [(e.kind, e.before, e.after) for e in planner.events(deal_id) if e.kind in ("stage", "status")]
    assert logged == [("stage", stages[0].name, stages[1].name), ("status", "open", "won")]


def test_required_work_blocks_confirmation_until_done(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=2, required=True)
    with pytest.raises(RuleViolation, match="Required"):
        confirm_current(planner, deal_id)
    work = planner.work(deal_id)
    stage = work.deal.stage_id
    for item in work.stage_tasks(stage):
        planner.set_done("tasks", item.id, True)
    for item in work.stage_deliverables(stage):
        planner.set_done("deliverables", item.id, True)
    confirm_current(planner, deal_id)
    assert planner.deal(deal_id).stage_id != stage


def test_abandon_needs_a_reason(planner: Planner) -> None:
    deal_id = new_deal(planner)
    with pytest.raises(InvalidInput):
        planner.abandon(deal_id, "   ")
    planner.abandon(deal_id, "Budget frozen")
    deal = planner.deal(deal_id)
    assert (deal.status, deal.close_reason) == (DealStatus.ABANDONED, "Budget frozen")


def test_corrections_are_appended_never_edits(planner: Planner) -> None:
    deal_id = new_deal(planner)
    confirm_current(planner, deal_id, evidence="Minutes of 3 May")
    milestone = planner.milestones(deal_id)[0]
    planner.add_correction(milestone.id, "The meeting was on 4 May.", date(2026, 5, 6))
    again = planner.milestones(deal_id)[0]
    assert again.evidence == "Minutes of 3 May"
    assert [(c.written_on, c.text) for c in again.corrections] == [(date(2026, 5, 6), "The meeting was on 4 May.")]


def test_delete_only_without_milestones_else_archive(planner: Planner) -> None:
    fresh = new_deal(planner)
    planner.delete_deal(fresh)
    with pytest.raises(NotFound):
        planner.deal(fresh)
    kept = new_deal(planner, account="Other")
    confirm_current(planner, kept)
    with pytest.raises(RuleViolation, match="Archive"):
        planner.delete_deal(kept)
    planner.archive_deal(kept)
    assert planner.deal(kept).archived


def test_every_change_is_logged_with_before_and_after(planner: Planner) -> None:
    deal_id = new_deal(planner, value=100)
    planner.update_deal(deal_id, value=250.0, title="Bigger deal")
    confirm_current(planner, deal_id)
    events = planner.events(deal_id)
    kinds = [e.kind for e in events]
    assert kinds[:3] == ["created", "edited", "edited"]
    value_event = next(e for e in events if e.field == "value")
    assert (value_event.before, value_event.after) == ("100.0", "250.0")
    assert "milestone" in kinds and "stage" in kinds


def test_follow_up_is_a_new_linked_deal(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=1)
    confirm_current(planner, deal_id)
    follow = planner.follow_up(deal_id, "Phase two")
    new = planner.deal(follow)
    assert new.follow_up_of == deal_id and new.is_open and new.title == "Phase two"
    assert new.stage_id == planner.process(new.process_id).stages[0].id


@pytest.mark.parametrize("changes", [{"value": -1.0}, {"title": " "}, {"currency": "dollars"},
                                     {"notes": "x" * 100_001}])
def test_bad_deal_input_refused(planner: Planner, changes: dict) -> None:
    deal_id = new_deal(planner)
    with pytest.raises(InvalidInput):
        planner.update_deal(deal_id, **changes)


def test_process_edit_keeps_history(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3)
    confirm_current(planner, deal_id)
    process = planner.process(planner.deal(deal_id).process_id)
    process.stages[0].name = "Renamed"
    process.stages[2].win_rate = 99
    process.stages.append(Stage("Extra", "Extra milestone", 100))
    planner.update_process(process)  # renames, new rates and new stages at the end are fine
    again = planner.process(process.id)
    assert [s.name for s in again.stages][0] == "Renamed" and len(again.stages) == 4
    with pytest.raises(RuleViolation, match="removed"):
        planner.update_process(again.__class__(again.name, again.stages[1:], id=again.id))
    swapped = again.__class__(again.name, [again.stages[1], again.stages[0], *again.stages[2:]], id=again.id)
    with pytest.raises(RuleViolation, match="moved"):
        planner.update_process(swapped)
    # unused stages can be reordered and removed
    reordered = again.__class__(again.name, [*again.stages[:2], again.stages[3]], id=again.id)
    planner.update_process(reordered)
    assert [s.name for s in planner.process(again.id).stages][-1] == "Extra"


def test_archived_process_takes_no_new_deals(planner: Planner) -> None:
    pid = planner.create_process(simple_process())
    aid = planner.create_account(Account("A"))
    planner.archive_process(pid)
    with pytest.raises(RuleViolation):
        planner.create_deal(Deal(aid, pid, "x"))


def test_account_plan_gathers_deals_and_forecast(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3, value=1000, expected_close=date(2026, 12, 15))
    account_id = planner.deal(deal_id).account_id
    planner.add_contact(Contact(account_id, "Ms Lin", role="economic_buyer"))
    closed = planner.create_deal(Deal(account_id, planner.deal(deal_id).process_id, "Lost one"))
    planner.abandon(closed, "No budget")
    plan = planner.account_plan(account_id)
    assert [d.deal.title for d in plan.open_deals] == ["Deal"]
    assert [d.deal.close_reason for d in plan.closed_deals] == ["No budget"]
    assert plan.open_deals[0].weighted_value == 100  # 10 % of 1000
    assert [(r.month, r.open_value, r.weighted_value) for r in plan.forecast] == [("2026-12", 1000, 100)]
    assert [c.name for c in plan.contacts] == ["Ms Lin"]


def test_find_account_by_id_or_name(planner: Planner) -> None:
    aid = planner.create_account(Account("台灣精密"))
    assert planner.find_account(str(aid)).id == aid
    assert planner.find_account("台灣精密").id == aid
    with pytest.raises(NotFound):
        planner.find_account("nobody")


def test_settings_validated(planner: Planner) -> None:
    planner.set_setting("idle_days", "21")
    assert planner.settings()["idle_days"] == "21"
    with pytest.raises(InvalidInput):
        planner.set_setting("idle_days", "-3")
    with pytest.raises(InvalidInput):
        planner.set_setting("paper", "a3")


def test_hostile_text_is_stored_as_typed(planner: Planner) -> None:
    text = "R&D <b>測試 & Co'; DROP TABLE deals; --\x00\n🙂"
    deal_id = new_deal(planner)
    planner.update_deal(deal_id, notes=text)
    assert planner.deal(deal_id).notes == text


def test_required_work_cannot_be_removed_and_work_goes_to_the_current_stage(planner: Planner) -> None:
    deal_id = new_deal(planner, stages=3, required=True)
    work = planner.work(deal_id)
    required = next(t for t in work.stage_tasks(work.deal.stage_id) if t.required)
    with pytest.raises(RuleViolation, match="Required"):
        planner.remove_item("tasks", required.id)
    later = work.process.stages[2].id
    with pytest.raises(RuleViolation, match="current stage"):
        planner.add_item("tasks", deal_id, later, "Too early")
    optional = planner.add_item("tasks", deal_id, work.deal.stage_id, "Extra call")
    planner.remove_item("tasks", optional)


def test_removing_a_reference_stage_records_it_as_dropped(planner: Planner) -> None:
    from planner.domain.reference import process_from_preset

    pid = planner.create_process(process_from_preset("group_enterprise", "en"))
    process = planner.process(pid)
    removed = process.stages.pop(1)
    planner.update_process(process)
    again = planner.process(pid)
    assert again.dropped == {removed.ref_key: "drop"}
    assert [s.ref_key for s in again.stages] == ["a", "c", "d", "e", "f", "g", "h"]


def test_an_unused_account_is_deleted_with_its_contacts_and_can_come_back(planner: Planner) -> None:
    aid = planner.create_account(Account(name="Typo Ltd", industry="Retail"))
    planner.add_contact(Contact(account_id=aid, name="Ann"))
    account, contacts = planner.delete_account(aid)
    assert aid not in [a.id for a in planner.accounts(include_archived=True)]
    assert planner.contacts(aid) == []
    assert planner.restore_account(account, contacts) == aid
    assert planner.account(aid) == account
    assert planner.contacts(aid) == contacts


def test_an_account_with_deals_is_not_deleted(planner: Planner) -> None:
    deal_id = new_deal(planner)
    aid = planner.deal(deal_id).account_id
    planner.add_contact(Contact(account_id=aid, name="Ann"))
    with pytest.raises(RuleViolation):
        planner.delete_account(aid)
    assert [c.name for c in planner.contacts(aid)] == ["Ann"]  # nothing half-done


def test_a_backup_onto_the_planner_file_itself_is_refused(planner: Planner) -> None:
    new_deal(planner)
    before = planner.path.read_bytes()
    with pytest.raises(InvalidInput):
        planner.backup(planner.path.parent / "." / planner.path.name)
    assert planner.path.read_bytes() == before and planner.check() == []


def test_check_tampering_and_fingerprint_see_the_whole_file(planner: Planner) -> None:
    """The hash chain is sealed by every use case, and check() reads it, the schema and the rules."""
    import sqlite3

    from planner.store import database

    assert "0006_hash_chain" in database.MIGRATION_NAMES
    assert database.SCHEMA_VERSION == len(database.MIGRATION_NAMES)
    deal_id = new_deal(planner)
    first = planner.fingerprint()
    confirm_current(planner, deal_id)
    assert planner.fingerprint() != first  # the milestone and its events were sealed at commit
    assert planner.check() == [] and planner.check(full=True) == [] and planner.tampering() == []
    conn = sqlite3.connect(planner.path, isolation_level=None)
    conn.execute("DROP TRIGGER milestones_no_update")
    conn.execute("UPDATE milestones SET evidence = 'Forged'")
    conn.close()
    found = [str(p) for p in planner.check(full=True)]
    assert planner.tampering() and any("milestones_no_update" in f for f in found), found
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
        reopened.deal(deal_id)
    with pytest.raises(Unreadable):
        reopened.cards(reopened.processes()[0].id)
    reopened.close()
