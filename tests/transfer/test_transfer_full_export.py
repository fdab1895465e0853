"""The full export as JSON and its import into a new file: every row reproduced, the same
board, forecast and plans, the history's seals whole. The demo file and a 2,000-deal file
here; the 10,000-deal round trip is tests/benchmarks/bench_transfer.py."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from transfer_files import dump

from planner import demo
from planner.domain.errors import FileRefused
from planner.services import Planner
from planner.store.migration_steps import SCHEMA_VERSION
from planner.transfer import full_export, full_import


def _round_trip(source: Path, folder: Path) -> Path:
    planner = Planner.open(source, read_only=True)
    document = folder / "everything.json"
    counts = full_export.export(planner, document)
    planner.close()
    target = folder / "again.planner"
    assert full_import.import_file(document, target) == counts
    return target


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.planner"
    demo.build(path).close()
    return path


def _views(planner: Planner) -> dict[str, object]:
    """What the board, the forecast and the account plans show."""
    today = date(2026, 1, 1)
    processes = planner.processes.summaries()
    return {
        "cards": {p.id: planner.deals.cards(p.id, today) for p in processes},
        "forecast": planner.reports.forecast(planner.deals.all()),
        "plans": [planner.reports.account_plan(a.id, printed_on=today) for a in planner.accounts.all()],  # type: ignore[arg-type]
        "calibration": planner.reports.calibration(),
        "fingerprint": planner.file.fingerprint(),
    }


def test_the_demo_file_comes_back_row_for_row(qapp, demo_file: Path, tmp_path: Path) -> None:  # noqa: ANN001
    again = _round_trip(demo_file, tmp_path)
    before, after = dump(demo_file), dump(again)
    assert set(before) == set(after)
    for table in before:
        assert after[table] == before[table], table
    assert sum(len(rows) for rows in after.values()) > 4000
    original, copy = Planner.open(demo_file, read_only=True), Planner.open(again, read_only=True)
    assert copy.file.check() == []
    assert _views(copy) == _views(original)
    original.close()
    copy.close()


def test_a_2000_deal_file_comes_back_row_for_row(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    source = tmp_path / "large.planner"
    demo.build(source, deals=2000).close()
    again = _round_trip(source, tmp_path)
    assert dump(again) == dump(source)
    copy = Planner.open(again, read_only=True)
    assert len(copy.deals.all()) == 2000 and copy.file.check() == []
    copy.close()


def test_a_document_whose_history_was_edited_makes_no_file(qapp, demo_file: Path, tmp_path: Path) -> None:  # noqa: ANN001
    planner = Planner.open(demo_file, read_only=True)
    document = tmp_path / "everything.json"
    full_export.export(planner, document)
    planner.close()
    doc = json.loads(document.read_text("utf-8"))
    events = doc["tables"]["events"]
    events["rows"][5][events["columns"].index("after")] = '"rewritten"'
    document.write_text(json.dumps(doc), "utf-8")
    target = tmp_path / "forged.planner"
    with pytest.raises(FileRefused, match="does not match its own seals"):
        full_import.import_file(document, target)
    assert not target.exists() and not Path(f"{target}-wal").exists()


def test_refusals(qapp, demo_file: Path, tmp_path: Path) -> None:  # noqa: ANN001
    planner = Planner.open(demo_file, read_only=True)
    document = tmp_path / "everything.json"
    full_export.export(planner, document)
    planner.close()
    with pytest.raises(FileRefused, match="already exists"):
        full_import.import_file(document, demo_file)
    other = tmp_path / "other.json"
    other.write_text('{"format": "deal-planner-process", "version": 1}', "utf-8")
    with pytest.raises(FileRefused, match="not a full export"):
        full_import.import_file(other, tmp_path / "x.planner")
    doc = json.loads(document.read_text("utf-8"))
    doc["schema"] = 99
    other.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(FileRefused, match="newer version"):
        full_import.import_file(other, tmp_path / "x.planner")
    doc["schema"] = SCHEMA_VERSION
    doc["tables"]["deals"]["rows"][0].append("extra")
    other.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(FileRefused, match=r"damaged or incomplete \(at tables.deals.rows\[0\]\)"):
        full_import.import_file(other, tmp_path / "x.planner")
    assert not (tmp_path / "x.planner").exists()


def test_reason_categories_and_adopted_rates_come_back(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    """Schema 8's rows: a renamed and an added category, a deal filed under one, the same
    stage's rate adopted twice (each record names the rate its stage had then)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))
    from builders import confirm_current, new_deal

    from planner.domain.model import Outcome

    source = tmp_path / "source.planner"
    planner = Planner.open(source, create=True)
    deal = new_deal(planner, value=1000)
    stage = planner.deals.get(deal).stage_id
    assert stage is not None
    planner.processes.adopt_rate(stage, 35)
    planner.processes.adopt_rate(stage, 42)
    own = planner.reasons.add("Lost the champion")
    first = planner.reasons.all()[0]
    planner.reasons.rename(first.id, "Too dear")  # type: ignore[arg-type]
    confirm_current(planner, deal, Outcome.AGAINST)
    planner.deals.set_close_category(deal, own)
    planner.close()
    again = _round_trip(source, tmp_path)
    before, after = dump(source), dump(again)
    assert after == before
    assert len(after["rate_adoptions"]) == 2 and len(after["reason_categories"]) == 8


def test_buying_groups_required_roles_and_who_confirmed_come_back(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    """Who decides, as it stands and as it stood: a person named on a milestone and removed from
    the group since, a role a stage began to require after a deal passed it, the group of a
    closed deal."""
    import dataclasses

    from builders import confirm_current, new_deal

    from planner.domain.model import Attitude, BuyingRole, Contact, Outcome
    from planner.services import Confirmation

    source = tmp_path / "people.planner"
    planner = Planner.open(source, create=True)
    deal = new_deal(planner, stages=3, title="Open", account="Acme")
    account = planner.deals.get(deal).account_id
    ann = planner.contacts.add(Contact(account, "Ann", role=BuyingRole.ECONOMIC_BUYER))
    bo = planner.contacts.add(Contact(account, "王大明", role=BuyingRole.COACH, attitude=Attitude.SUPPORTER))
    ann_member = planner.buying_group.add(deal, ann, wants="A short payback")
    planner.buying_group.add(deal, bo)
    stage = planner.deals.get(deal).stage_id or 0
    planner.milestones.confirm(deal, [Confirmation(stage, date.today(), "Minutes", people=(ann, bo))])
    planner.buying_group.remove(ann_member)  # named on the milestone, gone from the group since
    process = planner.processes.get(planner.deals.get(deal).process_id)
    process.stages[0].required_roles = [BuyingRole.ECONOMIC_BUYER]  # required after the deal passed it
    process.stages[1].required_roles = [BuyingRole.COACH]
    planner.processes.update(process)
    closed = new_deal(planner, stages=2, title="Closed", account="Beta")
    cy = planner.contacts.add(Contact(planner.deals.get(closed).account_id, "Cy"))
    member = planner.buying_group.add(closed, cy)
    planner.buying_group.update(dataclasses.replace(planner.buying_group.get(member), attitude=Attitude.OPPONENT))
    confirm_current(planner, closed, Outcome.AGAINST)
    planner.close()
    again = _round_trip(source, tmp_path)
    assert dump(again) == dump(source)
    copy = Planner.open(again, read_only=True)
    assert copy.file.check() == []
    assert [[p.name for p in m.people] for m in copy.milestones.of(deal)] == [["Ann", "王大明"]]
    assert [p.name for p in copy.buying_group.of(deal)] == ["王大明"]
    assert copy.processes.get(copy.deals.get(deal).process_id).stages[1].required_roles == [BuyingRole.COACH]
    copy.close()


def test_next_steps_and_due_dates_come_back(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    """The columns of "0010_next_steps": an open deal's next step, a closed deal's last one
    (read-only once it closed), and due dates on work of a frozen stage and of the current one."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))
    from builders import confirm_current, new_deal

    from planner.domain.model import ItemKind, Outcome

    source = tmp_path / "source.planner"
    planner = Planner.open(source, create=True)
    deal = new_deal(planner, stages=3)
    first = planner.work.get(deal).tasks[0]
    planner.work.set_due(ItemKind.TASK, first.id, date(2026, 2, 1))  # type: ignore[arg-type]
    confirm_current(planner, deal)  # that task's stage is frozen now, with its date
    work = planner.work.get(deal)
    planner.work.set_due(ItemKind.DELIVERABLE, work.stage_deliverables(work.deal.stage_id)[0].id,  # type: ignore[arg-type]
                         date(2026, 3, 1))
    planner.deals.set_next_step(deal, "Send the quote", date(2026, 2, 20))
    lost = new_deal(planner, stages=2, title="Lost")
    planner.deals.set_next_step(lost, "Ask for the tender rules", None)
    confirm_current(planner, lost, Outcome.AGAINST)
    planner.close()
    again = _round_trip(source, tmp_path)
    assert dump(again) == dump(source)
    copy = Planner.open(again, read_only=True)
    assert (copy.deals.get(deal).next_step, copy.deals.get(deal).next_step_due) == ("Send the quote", date(2026, 2, 20))
    assert copy.deals.get(lost).next_step == "Ask for the tender rules"
    assert copy.work.get(deal).tasks[0].due == date(2026, 2, 1)
    assert copy.file.check() == []
    copy.close()
