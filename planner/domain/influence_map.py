"""The influence map's layout: who stands where, as plain numbers the screen and the PDF draw alike.

A grid with influence up (high, medium, low) and attitude across (opponent, neutral,
supporter, then "not known yet" apart at the right); each person of a deal's buying group is a
card in the cell of their attitude and influence, coloured by their role. A cell grows to hold
its cards (stacked, or side by side where it is wide enough), so nothing ever overlaps: one
person or fifteen in one cell, long names (two lines, then an ellipsis) and Chinese ones.

Nothing here draws: ``layout`` measures text with the caller's ``Measure`` (Qt's font metrics
on screen, reportlab's on paper) and gives back rectangles and the lines to write in them;
``planner.ui.deal.influence_map`` and ``planner.report.influence_map`` paint them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from planner.domain.buying import ROLE_ORDER, role_rank
from planner.domain.model import Attitude, BuyingRole, Influence

COLUMNS: tuple[Attitude, ...] = (Attitude.OPPONENT, Attitude.NEUTRAL, Attitude.SUPPORTER, Attitude.UNKNOWN)
ROWS: tuple[Influence, ...] = (Influence.HIGH, Influence.MEDIUM, Influence.LOW)

# the look both painters share: a role's colour (cards), an attitude's (the column's wash)
ROLE_COLOURS: dict[BuyingRole, str] = {
    BuyingRole.ECONOMIC_BUYER: "#6A3FA0",  # purple: who signs
    BuyingRole.TECHNICAL_EVALUATOR: "#1F6FB2",  # blue
    BuyingRole.USER: "#1C8C80",  # teal
    BuyingRole.COACH: "#C0780F",  # amber: our guide inside
    BuyingRole.PROCUREMENT: "#8A5A3B",  # brown
    BuyingRole.OTHER: "#6B7782",  # grey
}
ATTITUDE_COLOURS: dict[Attitude, str] = {
    Attitude.OPPONENT: "#C0392B",
    Attitude.NEUTRAL: "#7F8C8D",
    Attitude.SUPPORTER: "#1E8449",
    Attitude.UNKNOWN: "#95A5A6",
}

# the width of text in the units of the layout; ``bold`` for the names
Measure = Callable[[str, bool], float]


class Person(NamedTuple):
    """Someone to place: ``key`` names them to the caller (a buying-group member's id)."""

    key: int
    name: str
    role: BuyingRole
    attitude: Attitude
    influence: Influence


@dataclass(frozen=True)
class Metrics:
    """Sizes in the layout's units (pixels on screen, points on paper)."""

    name_line: float  # line height of the names (bold)
    small_line: float  # line height of roles, heads and the legend
    card_pad: float = 5.0
    card_gap: float = 4.0
    cell_pad: float = 6.0
    min_card: float = 118.0  # a cell wider than two of these sets cards side by side
    unknown_share: float = 0.8  # the "not known yet" column, narrower than the others
    name_lines: int = 2  # a longer name is cut with an ellipsis (the tooltip has it whole)
    swatch: float = 9.0  # the legend's colour squares
    tray_under: float = 0.0  # narrower than this, "not known yet" is a tray under the grid
    dots: float = 16.0  # room for a tray card's influence dots


class Rect(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.x + self.w and self.y <= y < self.y + self.h

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w


class Card(NamedTuple):
    person: Person
    rect: Rect
    name: tuple[str, ...]  # the name's lines
    role: str  # the role's label, fitted to one line
    dots: bool = False  # a card of the tray: its influence drawn as dots after the role


class Head(NamedTuple):
    """A column's or a row's label, in lines that fit its room."""

    rect: Rect
    lines: tuple[str, ...]


class Swatch(NamedTuple):
    role: BuyingRole
    square: Rect
    text: Rect
    label: str


@dataclass(frozen=True)
class MapLayout:
    width: float
    height: float
    grid: Rect  # the cells, without the heads
    columns: dict[Attitude, Head]  # heads over the columns
    rows: dict[Influence, Head]  # labels left of the rows
    cells: dict[tuple[Attitude, Influence], Rect]
    corner: Head  # above the row labels: what the rows measure
    cards: tuple[Card, ...]
    legend: tuple[Swatch, ...]
    tray: Head | None = None  # the people whose attitude is not known yet, under the grid

    def at(self, x: float, y: float) -> Card | None:
        """The card under a point, if any."""
        return next((c for c in self.cards if c.rect.contains(x, y)), None)

    def card_of(self, key: int) -> Card | None:
        return next((c for c in self.cards if c.person.key == key), None)


class Labels(NamedTuple):
    """The words the map shows, in the reader's language."""

    attitudes: Mapping[Attitude, str]
    influences: Mapping[Influence, str]
    roles: Mapping[BuyingRole, str]
    corner: str  # over the row labels, e.g. "Influence"


def layout(people: Sequence[Person], width: float, measure: Measure, metrics: Metrics, labels: Labels) -> MapLayout:
    """Where everything goes on a map ``width`` wide; the height follows from the people.

    Narrower than ``metrics.tray_under``, the people whose attitude is not known yet leave the
    grid for a tray under it (their cards show their influence as dots), so the three columns
    that say where people stand get the room to be read.
    """
    m = metrics
    small = lambda text: measure(text, False)  # noqa: E731  # the heads', roles' and legend's font
    in_tray = width < m.tray_under
    columns = COLUMNS[:3] if in_tray else COLUMNS
    # the row labels' column: as wide as its longest word needs, never more than a fifth
    axis = min(width * 0.2, max([*(small(labels.influences[i]) for i in ROWS), small(labels.corner)]) + 2 * m.cell_pad)
    axis = max(axis, min(width * 0.2, 4 * m.small_line))
    shares = [m.unknown_share if a == Attitude.UNKNOWN else 1.0 for a in columns]
    room = width - axis
    col_w = [room * s / sum(shares) for s in shares]
    col_x = [axis + sum(col_w[:i]) for i in range(len(columns))]
    heads = {a: wrap(labels.attitudes[a], col_w[i] - 2 * m.cell_pad, small, 2) for i, a in enumerate(columns)}
    head_h = max(len(lines) for lines in heads.values()) * m.small_line + m.cell_pad
    # each cell's cards, placed relative to its top left; the row is as tall as its fullest cell
    placed: dict[tuple[Attitude, Influence], list[_Placed]] = {}
    row_h: dict[Influence, float] = {}
    empty_row = 2 * m.card_pad + m.name_line + m.small_line + 2 * m.cell_pad
    for influence in ROWS:
        tallest = empty_row
        for i, attitude in enumerate(columns):
            here = sorted((p for p in people if p.attitude == attitude and p.influence == influence),
                          key=lambda p: (role_rank(p.role), p.name.casefold(), p.key))
            cards, height = _cell(here, col_w[i] - 2 * m.cell_pad, measure, m, labels)
            placed[(attitude, influence)] = cards
            tallest = max(tallest, height + 2 * m.cell_pad)
        row_h[influence] = tallest
    cells: dict[tuple[Attitude, Influence], Rect] = {}
    rows: dict[Influence, Head] = {}
    found: list[Card] = []
    y = head_h
    for influence in ROWS:
        rows[influence] = Head(Rect(0, y, axis, row_h[influence]),
                              wrap(labels.influences[influence], axis - 2 * m.cell_pad, small, 3))
        for i, attitude in enumerate(columns):
            cell = Rect(col_x[i], y, col_w[i], row_h[influence])
            cells[(attitude, influence)] = cell
            found += [Card(person, Rect(cell.x + m.cell_pad + r.x, cell.y + m.cell_pad + r.y, r.w, r.h), name, role)
                      for person, r, name, role in placed[(attitude, influence)]]
        y += row_h[influence]
    grid = Rect(axis, head_h, room, y - head_h)
    tray: Head | None = None
    unknown = [p for p in people if p.attitude == Attitude.UNKNOWN]
    if in_tray and unknown:
        unknown.sort(key=lambda p: (_INFLUENCE_RANK[p.influence], role_rank(p.role), p.name.casefold(), p.key))
        top = y + m.cell_pad
        title = (ellipsise(labels.attitudes[Attitude.UNKNOWN], room - 2 * m.cell_pad, small),)
        inner = room - 2 * m.cell_pad
        cards, height = _cell(unknown, inner, measure, m, labels, per_row=len(columns), dots=True)
        first = top + m.small_line + 1.5 * m.cell_pad
        found += [Card(person, Rect(axis + m.cell_pad + r.x, first + r.y, r.w, r.h), name, role, True)
                  for person, r, name, role in cards]
        tray = Head(Rect(axis, top, room, first + height + m.cell_pad - top), title)
        y = tray.rect.bottom
    shown = {a: Head(Rect(col_x[i], 0, col_w[i], head_h), heads[a]) for i, a in enumerate(columns)}
    corner = Head(Rect(0, 0, axis, head_h), wrap(labels.corner, axis - 2 * m.cell_pad, small, 2))
    legend, height = _legend([p.role for p in people], y, width, small, m, labels)
    return MapLayout(width, height, grid, shown, rows, cells, corner, tuple(found), legend, tray)


_Placed = tuple[Person, Rect, tuple[str, ...], str]
_INFLUENCE_RANK = {Influence.HIGH: 0, Influence.MEDIUM: 1, Influence.LOW: 2}


def _cell(people: Sequence[Person], inner: float, measure: Measure, m: Metrics, labels: Labels,
          per_row: int | None = None, dots: bool = False) -> tuple[list[_Placed], float]:
    """The cards of one cell (or of the tray), relative to its inner top left, and the height
    they take; ``dots`` keeps room on the role's line for the influence."""
    if not people:
        return [], 0.0
    if per_row is None:
        per_row = max(1, min(len(people), int((inner + m.card_gap) // (m.min_card + m.card_gap))))
    card_w = (inner - (per_row - 1) * m.card_gap) / per_row
    text_w = card_w - 2 * m.card_pad - 3  # the role's colour band takes the left edge
    role_w = text_w - (m.dots if dots else 0)
    out: list[_Placed] = []
    y = 0.0
    for start in range(0, len(people), per_row):
        line = people[start:start + per_row]
        texts = [(wrap(p.name, text_w, lambda t: measure(t, True), m.name_lines),
                  ellipsise(labels.roles[p.role], role_w, lambda t: measure(t, False))) for p in line]
        h = max(2 * m.card_pad + len(name) * m.name_line + m.small_line for name, _ in texts)
        for k, (person, (name, role)) in enumerate(zip(line, texts, strict=True)):
            out.append((person, Rect(k * (card_w + m.card_gap), y, card_w, h), name, role))
        y += h + m.card_gap
    return out, y - m.card_gap


def _legend(roles: Sequence[BuyingRole], top: float, width: float, small: Callable[[str], float], m: Metrics,
            labels: Labels) -> tuple[tuple[Swatch, ...], float]:
    """A key to the roles on the map, in the app's order, flowing onto more lines when needed."""
    shown = [r for r in ROLE_ORDER if r in set(roles)]
    if not shown:
        return (), top
    x, y = 0.0, top + m.cell_pad
    out = []
    for role in shown:
        label = labels.roles[role]
        need = m.swatch + 4 + min(small(label), width - m.swatch - 4)
        if x > 0 and x + need > width:
            x, y = 0.0, y + m.small_line + 2
        square = Rect(x, y + (m.small_line - m.swatch) / 2, m.swatch, m.swatch)
        text = Rect(x + m.swatch + 4, y, min(small(label), width - m.swatch - 4), m.small_line)
        out.append(Swatch(role, square, text, ellipsise(label, text.w, small)))
        x += need + 3 * m.cell_pad
    return tuple(out), y + m.small_line


# --- fitting text: a CJK character is a break of its own, a Latin word is kept whole if it fits ---
ELLIPSIS = "…"
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_TOKENS = re.compile(rf"\s+|[{_CJK}]|[^\s{_CJK}]+")


def ellipsise(text: str, width: float, measure: Callable[[str], float]) -> str:
    text = " ".join(text.split())
    if measure(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest beginning that fits with the ellipsis
        mid = (low + high + 1) // 2
        if measure(text[:mid].rstrip() + ELLIPSIS) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap(text: str, width: float, measure: Callable[[str], float], max_lines: int) -> tuple[str, ...]:
    """Greedy line breaking into at most ``max_lines``; the last is ellipsised if text is left."""
    lines: list[str] = []
    line = ""
    tokens = _TOKENS.findall(" ".join(text.split()))
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if measure((line + token).rstrip()) <= width or (not line.strip() and token.isspace()):
            line += token
            i += 1
            continue
        if not line.strip():  # one word wider than the line: cut it by characters
            cut = 1
            while cut < len(token) and measure(token[:cut + 1]) <= width:
                cut += 1
            lines.append(token[:cut])
            tokens[i] = token[cut:]
        else:
            lines.append(line.rstrip())
            line = ""
            if token.isspace():
                i += 1
        if len(lines) == max_lines:
            rest = "".join(tokens[i:]).strip()
            if rest:
                joint = "" if _cjk_end(lines[-1]) else " "
                lines[-1] = ellipsise(lines[-1] + joint + rest, width, measure)
            return tuple(lines)
    if line.strip():
        lines.append(line.strip())
    return tuple(lines[:max_lines]) or ("",)


def _cjk_end(text: str) -> bool:
    return bool(text) and "\u2e80" <= text[-1] <= "\uffef"


def overlaps(cards: Sequence[Card]) -> list[tuple[int, int]]:
    """Pairs of cards (by key) whose rectangles intersect: none, in any layout (tests check)."""
    found = []
    for i, a in enumerate(cards):
        for b in cards[i + 1:]:
            ra, rb = a.rect, b.rect
            if ra.x < rb.right and rb.x < ra.right and ra.y < rb.bottom and rb.y < ra.bottom:
                found.append((a.person.key, b.person.key))
    return found
