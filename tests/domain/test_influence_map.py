"""The influence map's layout, without Qt or reportlab: a fixed-width "font" measures text."""

from __future__ import annotations

import random

import pytest

from planner.domain.influence_map import (
    COLUMNS,
    ROWS,
    Labels,
    Metrics,
    Person,
    layout,
    overlaps,
    wrap,
)
from planner.domain.model import Attitude, BuyingRole, Influence


def measure(text: str, bold: bool = False) -> float:
    """7 units a Latin character (8 bold), 14 a Chinese one."""
    return sum((14 if "\u2e80" <= ch <= "\uffef" else 8 if bold else 7) for ch in text)


LABELS = Labels(
    attitudes={Attitude.OPPONENT: "Opponent", Attitude.NEUTRAL: "Neutral", Attitude.SUPPORTER: "Supporter",
               Attitude.UNKNOWN: "Not known yet"},
    influences={Influence.HIGH: "High", Influence.MEDIUM: "Medium", Influence.LOW: "Low"},
    roles={r: r.value.replace("_", " ").capitalize() for r in BuyingRole},
    corner="Influence")
METRICS = Metrics(name_line=16, small_line=14)
NAMES = ["Ann", "Alexandra Konstantinopoulou-Featherstonehaugh", "王大明", "歐陽志明", "Li Wei",
         "Bartholomew", "María José García-Fernández", "陳", "Dr. Hiroshi Takahashi-Yamamoto", "Bo",
         "司馬相如", "Zoë", "Jean-Baptiste Poquelin", "林美玲", "Oscar"]


def people(n: int, seed: int = 1, same_cell: bool = False) -> list[Person]:
    rng = random.Random(seed)
    return [Person(i + 1, NAMES[i % len(NAMES)], rng.choice(list(BuyingRole)),
                   Attitude.SUPPORTER if same_cell else rng.choice(COLUMNS),
                   Influence.HIGH if same_cell else rng.choice(ROWS)) for i in range(n)]


def check(found, width: float) -> None:
    """Every card inside its own cell, inside the map, its text within it; no two overlap."""
    assert overlaps(found.cards) == []
    for card in found.cards:
        cell = found.cells[(card.person.attitude, card.person.influence)]
        r = card.rect
        assert cell.x <= r.x and r.right <= cell.right + 1e-6 and cell.y <= r.y and r.bottom <= cell.bottom + 1e-6
        assert r.x >= 0 and r.right <= width + 1e-6 and r.bottom <= found.height
        assert 1 <= len(card.name) <= METRICS.name_lines
        for line in card.name:
            assert measure(line, True) <= r.w - 2 * METRICS.card_pad - 3 + 1e-6
        assert measure(card.role) <= r.w - 2 * METRICS.card_pad - 3 + 1e-6


@pytest.mark.parametrize("n", [1, 5, 15])
@pytest.mark.parametrize("width", [360, 520, 900])
def test_nobody_overlaps_with_one_five_or_fifteen_people(n: int, width: int) -> None:
    for seed in range(5):
        found = layout(people(n, seed), width, measure, METRICS, LABELS)
        assert sorted(c.person.key for c in found.cards) == list(range(1, n + 1))
        check(found, width)


def test_fifteen_people_in_one_cell_stack_and_the_row_grows() -> None:
    few = layout(people(1, same_cell=True), 420, measure, METRICS, LABELS)
    many = layout(people(15, same_cell=True), 420, measure, METRICS, LABELS)
    check(many, 420)
    assert many.height > few.height + 10 * METRICS.name_line
    high = many.cells[(Attitude.SUPPORTER, Influence.HIGH)]
    assert many.cells[(Attitude.OPPONENT, Influence.HIGH)].h == high.h  # the whole row grows
    assert many.cells[(Attitude.OPPONENT, Influence.LOW)].h < high.h


def test_a_wide_cell_sets_cards_side_by_side() -> None:
    found = layout(people(6, same_cell=True), 1400, measure, METRICS, LABELS)
    check(found, 1400)
    assert len({c.rect.x for c in found.cards}) >= 2
    narrow = layout(people(6, same_cell=True), 400, measure, METRICS, LABELS)
    assert len({c.rect.x for c in narrow.cards}) == 1


def test_influence_goes_up_and_attitude_across() -> None:
    found = layout(people(15), 600, measure, METRICS, LABELS)
    cells = found.cells
    assert cells[(Attitude.NEUTRAL, Influence.HIGH)].y < cells[(Attitude.NEUTRAL, Influence.MEDIUM)].y \
        < cells[(Attitude.NEUTRAL, Influence.LOW)].y
    xs = [cells[(a, Influence.HIGH)].x for a in COLUMNS]
    assert xs == sorted(xs)  # opponent, neutral, supporter, then not known yet
    assert cells[(Attitude.UNKNOWN, Influence.HIGH)].w < cells[(Attitude.NEUTRAL, Influence.HIGH)].w


def test_long_and_chinese_names_wrap_then_end_in_an_ellipsis() -> None:
    long = Person(1, "Alexandra Konstantinopoulou-Featherstonehaugh of Greater Manchester", BuyingRole.USER,
                  Attitude.NEUTRAL, Influence.LOW)
    chinese = Person(2, "歐陽志明歐陽志明歐陽志明歐陽志明歐陽志明", BuyingRole.COACH, Attitude.NEUTRAL, Influence.LOW)
    found = layout([long, chinese], 400, measure, METRICS, LABELS)
    check(found, 400)
    by_key = {c.person.key: c for c in found.cards}
    assert len(by_key[1].name) == 2 and by_key[1].name[-1].endswith("…")
    assert len(by_key[2].name) == 2 and by_key[2].name[-1].endswith("…")
    assert "".join(by_key[2].name).startswith("歐陽志明")
    short = layout([Person(3, "王大明", BuyingRole.USER, Attitude.NEUTRAL, Influence.LOW)], 400, measure, METRICS,
                   LABELS)
    assert short.cards[0].name == ("王大明",)


def test_a_click_finds_the_card_under_it() -> None:
    found = layout(people(5), 500, measure, METRICS, LABELS)
    for card in found.cards:
        r = card.rect
        assert found.at(r.x + r.w / 2, r.y + r.h / 2) is card
        assert found.card_of(card.person.key) is card
    assert found.at(1, 1) is None  # the corner


def test_the_legend_names_the_roles_on_the_map_in_order() -> None:
    group = [Person(1, "A", BuyingRole.COACH, Attitude.SUPPORTER, Influence.LOW),
             Person(2, "B", BuyingRole.ECONOMIC_BUYER, Attitude.NEUTRAL, Influence.HIGH),
             Person(3, "C", BuyingRole.COACH, Attitude.UNKNOWN, Influence.HIGH)]
    found = layout(group, 500, measure, METRICS, LABELS)
    assert [s.role for s in found.legend] == [BuyingRole.ECONOMIC_BUYER, BuyingRole.COACH]
    assert all(s.text.y >= found.grid.bottom for s in found.legend)
    empty = layout([], 500, measure, METRICS, LABELS)
    assert empty.legend == () and empty.cards == ()
    assert empty.height == empty.grid.bottom


def test_a_narrow_legend_flows_onto_more_lines() -> None:
    group = [Person(i, "P", role, Attitude.NEUTRAL, Influence.LOW) for i, role in enumerate(BuyingRole)]
    found = layout(group, 300, measure, METRICS, LABELS)
    assert len({s.text.y for s in found.legend}) >= 2
    assert all(s.text.right <= 300 + 1e-6 for s in found.legend)


def test_wrap_keeps_words_and_breaks_chinese_anywhere() -> None:
    assert wrap("Ann Lee", 1000, measure, 2) == ("Ann Lee",)
    assert wrap("Ann Lee", 30, measure, 2) == ("Ann", "Lee")
    assert wrap("王大明先生", 42, measure, 2) == ("王大明", "先生")
    assert wrap("Supercalifragilistic", 50, measure, 3)[0] == "Superca"


TRAY = Metrics(name_line=16, small_line=14, tray_under=520)


@pytest.mark.parametrize("n", [1, 5, 15])
def test_a_narrow_map_puts_those_not_known_yet_in_a_tray_below(n: int) -> None:
    for seed in range(5):
        group = people(n, seed)
        found = layout(group, 400, measure, TRAY, LABELS)
        assert overlaps(found.cards) == []
        assert set(found.columns) == {Attitude.OPPONENT, Attitude.NEUTRAL, Attitude.SUPPORTER}
        unknown = [c for c in found.cards if c.person.attitude == Attitude.UNKNOWN]
        assert all(c.dots for c in unknown) and not any(c.dots for c in found.cards if c not in unknown)
        if not unknown:
            assert found.tray is None
            continue
        tray = found.tray
        assert tray is not None and tray.rect.y >= found.grid.bottom and tray.lines == ("Not known yet",)
        for card in unknown:
            r = card.rect
            assert tray.rect.x <= r.x and r.right <= tray.rect.right + 1e-6
            assert tray.rect.y < r.y and r.bottom <= tray.rect.bottom + 1e-6
            assert measure(card.role) <= r.w - 2 * TRAY.card_pad - 3 - TRAY.dots + 1e-6
        ranks = [list(ROWS).index(c.person.influence) for c in unknown]
        assert ranks == sorted(ranks)  # high influence first
        assert found.height >= tray.rect.bottom
        for card in found.cards:
            if card not in unknown:
                cell = found.cells[(card.person.attitude, card.person.influence)]
                assert cell.x <= card.rect.x and card.rect.right <= cell.right + 1e-6


def test_a_wide_map_keeps_its_fourth_column() -> None:
    found = layout(people(15), 900, measure, TRAY, LABELS)
    assert found.tray is None and Attitude.UNKNOWN in found.columns
