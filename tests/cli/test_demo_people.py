"""The demo's buying groups: realistic, with every gap the map reveals, and who confirmed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from planner.demo import build, content
from planner.domain.model import BuyingRole, Gap
from planner.services import Planner


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Planner]:
    planner = build(tmp_path_factory.mktemp("people") / "demo.planner")
    yield planner
    planner.close()


def test_open_deals_show_every_gap_and_some_none(demo: Planner) -> None:
    open_deals = [d for d in demo.deals.all() if d.is_open]
    gaps = Counter(g for d in open_deals for g in demo.buying_group.gaps(d.id or 0))
    assert set(gaps) == set(Gap)
    clear = [d for d in open_deals if not demo.buying_group.gaps(d.id or 0)]
    assert clear and len(clear) < len(open_deals)
    sizes = [len(demo.buying_group.of(d.id or 0)) for d in open_deals]
    assert max(sizes) >= 4 and min(sizes) == 0


def test_the_hand_written_deals_tell_their_story(demo: Planner) -> None:
    by_title = {d.title: d for d in demo.deals.all()}
    flagship = demo.buying_group.of(by_title[content.DEALS[0].title].id or 0)
    assert [p.name for p in flagship] == ["林志明", "陳怡君", "王大同", "張雅婷"] and all(p.wants for p in flagship)
    assert demo.buying_group.gaps(by_title["設備聯網監控二期"].id or 0) == (Gap.STRONG_OPPONENT,)
    assert demo.buying_group.gaps(by_title["倉儲管理系統汰換"].id or 0) == (Gap.NO_COACH,)
    assert Gap.STRONG_OPPONENT in demo.buying_group.gaps(by_title["Warehouse automation"].id or 0)
    assert demo.buying_group.gaps(by_title["Test-line traceability"].id or 0) == (Gap.NO_ECONOMIC_BUYER,)
    assert demo.buying_group.gaps(by_title["廠區能源監控"].id or 0) == (Gap.NOBODY,)


def test_the_commercial_evaluation_waits_for_the_economic_buyer(demo: Planner) -> None:
    """The group process requires one before the commercial evaluation's milestone: every deal that
    reached it has one, found among the account's contacts or met on the way."""
    group = next(p for p in demo.processes.summaries() if p.name == "集團企業完整流程")
    stages = demo.processes.get(group.id).stages
    evaluation = next(s for s in stages if s.ref_key == "e")
    assert evaluation.required_roles == [BuyingRole.ECONOMIC_BUYER]
    passed = [d for d in demo.deals.all(None) if d.process_id == group.id
              and any(m.stage_id == evaluation.id and m.outcome == "reached" for m in demo.milestones.of(d.id or 0))]
    assert len(passed) >= 5
    for deal in passed:
        assert BuyingRole.ECONOMIC_BUYER in {p.role for p in demo.buying_group.of(deal.id or 0)}, deal.title
    # where the account had nobody in the role, someone met on the way (Contoso's CFO)
    names = {c.name for a in demo.accounts.all() for c in demo.contacts.of(a.id or 0)}
    assert "Richard Wong" in names


def test_milestones_name_who_confirmed_them(demo: Planner) -> None:
    named = [(d, m) for d in demo.deals.all() for m in demo.milestones.of(d.id or 0) if m.people]
    assert len(named) > 50
    for deal, milestone in named:
        account = {c.id for c in demo.contacts.of(deal.account_id)}
        assert {p.contact_id for p in milestone.people} <= account
    assert demo.file.check() == []
