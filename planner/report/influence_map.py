"""Who decides, on paper: each open deal's buying group, its influence map and its gaps, and who
confirmed each milestone. For the internal account plan only.

The map is ``planner.domain.influence_map``'s layout (the deal panel draws the same one),
measured with the report's fonts and drawn with reportlab's canvas. The section calls two
builders, each easy to leave out of a copy for the customer:

- ``buying_group_flowables(section, plan)``: the group, its gaps, the map and the people;
- ``milestone_people(section, milestone)``: a band under a milestone naming who confirmed it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color, HexColor
from reportlab.platypus import Flowable, Spacer, Table

from planner.domain import buying, influence_map
from planner.domain.influence_map import COLUMNS, ROWS, Card, MapLayout, Metrics, Person
from planner.domain.model import Attitude, DealContact, Influence, Milestone
from planner.domain.plan import DealPlan
from planner.report import theme
from planner.report.blocks import Blocks, coloured, keep_with_next, p
from planner.report.fonts import BOLD, REGULAR, draw_text, text_width
from planner.report.labels import Labels
from planner.report.markup import clean, one_line, para
from planner.report.paragraphs import Para

NAME_SIZE = 7.6
SMALL_SIZE = 6.6
METRICS = Metrics(name_line=9.4, small_line=8.4, card_pad=3.5, card_gap=3.0, cell_pad=4.0, min_card=96.0,
                  swatch=6.0)
MAX_HEIGHT = 620.0  # a map taller than this (dozens of people in one cell) is drawn smaller

# the words of this part of the plan, in the plan's two languages
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Buying group",
        "empty": "Nobody in the buying group is identified yet.",
        "corner": "Influence",
        "high": "High",
        "medium": "Medium",
        "low": "Low",
        "unknown": "Not known yet",
        "name": "Person",
        "role": "Buying role",
        "attitude": "Attitude",
        "influence": "Influence",
        "wants": "What they want",
        "requires": "This stage's milestone requires: {roles}.",
        "missing": "Still missing: {roles}.",
        "confirmed_by": "Confirmed or decided by",
        "person": "{name} ({role})",
        "gap.nobody": "Nobody in the buying group is identified yet",
        "gap.no_economic_buyer": "No economic buyer identified",
        "gap.strong_opponent": "An opponent has high influence",
        "gap.no_coach": "No coach: nobody inside guides us",
        "list": ", ",
    },
    "zh_TW": {
        "title": "採購決策小組",
        "empty": "尚未識別採購決策小組的任何成員。",
        "corner": "影響力",
        "high": "高",
        "medium": "中",
        "low": "低",
        "unknown": "態度不明",
        "name": "成員",
        "role": "採購角色",
        "attitude": "態度",
        "influence": "影響力",
        "wants": "期望",
        "requires": "本階段的里程點需要：{roles}。",
        "missing": "尚缺：{roles}。",
        "confirmed_by": "確認或決定者",
        "person": "{name}（{role}）",
        "gap.nobody": "尚未識別採購決策小組的任何成員",
        "gap.no_economic_buyer": "尚未確認經濟決策者",
        "gap.strong_opponent": "有高影響力的反對者",
        "gap.no_coach": "沒有內線教練：內部無人引導我們",
        "list": "、",
    },
}


def _words(labels: Labels) -> dict[str, str]:
    return WORDS[labels.lang]


def _tint(colour: Color, t: float) -> Color:
    """``colour`` washed onto white, ``t`` of the way."""
    return Color(1 + (colour.red - 1) * t, 1 + (colour.green - 1) * t, 1 + (colour.blue - 1) * t)


def map_labels(labels: Labels) -> influence_map.Labels:
    words = _words(labels)
    attitudes = {a: labels.enum(a) for a in COLUMNS}
    attitudes[Attitude.UNKNOWN] = words["unknown"]
    influences = {Influence.HIGH: words["high"], Influence.MEDIUM: words["medium"], Influence.LOW: words["low"]}
    return influence_map.Labels(attitudes, influences, {r: labels.enum(r) for r in buying.ROLE_ORDER},
                                words["corner"])


def _measure(text: str, bold: bool) -> float:
    return text_width(text, BOLD, NAME_SIZE) if bold else text_width(text, REGULAR, SMALL_SIZE)


class InfluenceMap(Flowable):
    """A buying group as an influence map, as wide as the frame."""

    def __init__(self, people: Sequence[DealContact], labels: Labels) -> None:
        super().__init__()
        self.people = [Person(p.id or 0, one_line(p.name) or "—", p.role, p.attitude, p.influence) for p in people]
        self.labels = labels
        self._layout: MapLayout | None = None
        self._scale = 1.0

    def layout_for(self, width: float) -> MapLayout:
        return influence_map.layout(self.people, width, _measure, METRICS, map_labels(self.labels))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # reportlab's names
        found = self.layout_for(availWidth)
        self._scale = min(1.0, MAX_HEIGHT / found.height) if found.height else 1.0
        if self._scale < 1.0:  # laid out wider, drawn smaller: it fits the page's width again
            found = self.layout_for(availWidth / self._scale)
            self._scale = min(1.0, availWidth / found.width, MAX_HEIGHT / found.height)
        self._layout = found
        self.width, self.height = availWidth, found.height * self._scale
        return self.width, self.height

    def draw(self) -> None:
        found = self._layout
        if found is None:
            return
        c = self.canv
        c.saveState()
        c.translate(0, self.height)
        c.scale(self._scale, -self._scale)  # the layout's y runs down, as on screen
        for (attitude, _influence), cell in found.cells.items():
            if attitude == Attitude.UNKNOWN:
                c.setStrokeColor(theme.RULE)
                c.setDash(2, 2)
                c.setLineWidth(0.6)
                c.roundRect(cell.x + 1, cell.y + 1, cell.w - 2, cell.h - 2, 3, stroke=1, fill=0)
                c.setDash()
            else:
                c.setFillColor(_tint(HexColor(influence_map.ATTITUDE_COLOURS[attitude]), 0.07))
                c.roundRect(cell.x + 1, cell.y + 1, cell.w - 2, cell.h - 2, 3, stroke=0, fill=1)
        for attitude, head in found.columns.items():
            colour = theme.MUTED if attitude == Attitude.UNKNOWN else HexColor(influence_map.ATTITUDE_COLOURS[attitude])
            font = REGULAR if attitude == Attitude.UNKNOWN else BOLD
            self._lines(head.rect.x + head.rect.w / 2, head.rect.y + 2, head.lines, font, colour, "centre")
        corner = found.corner
        self._lines(corner.rect.x + 4, corner.rect.y + 2, corner.lines, REGULAR, theme.MUTED)
        for influence in ROWS:
            row = found.rows[influence]
            top = row.rect.y + (row.rect.h - len(row.lines) * METRICS.small_line) / 2
            self._lines(row.rect.x + 4, top, row.lines, REGULAR, theme.INK)
        grid = found.grid
        c.setStrokeColor(theme.MUTED)
        c.setLineWidth(0.7)
        x = grid.x - 2.5
        c.line(x, grid.bottom - 2, x, grid.y + 2)
        c.line(x, grid.y + 2, x - 2.2, grid.y + 6)
        c.line(x, grid.y + 2, x + 2.2, grid.y + 6)
        if found.tray is not None:
            t = found.tray.rect
            c.setStrokeColor(theme.RULE)
            c.setDash(2, 2)
            c.setLineWidth(0.6)
            c.roundRect(t.x + 1, t.y + 1, t.w - 2, t.h - 2, 3, stroke=1, fill=0)
            c.setDash()
            self._lines(t.x + 4, t.y + 2, found.tray.lines, REGULAR, theme.MUTED)
        for card in found.cards:
            self._card(card)
        for swatch in found.legend:
            c.setFillColor(HexColor(influence_map.ROLE_COLOURS[swatch.role]))
            s = swatch.square
            c.roundRect(s.x, s.y, s.w, s.h, 1.2, stroke=0, fill=1)
            self._lines(swatch.text.x, swatch.text.y, (swatch.label,), REGULAR, theme.MUTED)
        c.restoreState()

    def _card(self, card: Card) -> None:
        c = self.canv
        r = card.rect
        colour = HexColor(influence_map.ROLE_COLOURS[card.person.role])
        c.setFillColor(_tint(colour, 0.1))
        c.setStrokeColor(_tint(colour, 0.45))
        c.setLineWidth(0.6)
        c.roundRect(r.x, r.y, r.w, r.h, 3, stroke=1, fill=1)
        c.setFillColor(colour)
        c.roundRect(r.x + 1.2, r.y + 2, 2.4, r.h - 4, 1, stroke=0, fill=1)
        x = r.x + METRICS.card_pad + 3
        y = r.y + METRICS.card_pad
        for line in card.name:
            self._text(x, y, METRICS.name_line, line, BOLD, NAME_SIZE, theme.INK)
            y += METRICS.name_line
        self._text(x, y, METRICS.small_line, card.role, REGULAR, SMALL_SIZE, colour)
        if card.dots:  # a card of the tray: its influence as dots, as the contacts' table shows it
            filled = {Influence.HIGH: 3, Influence.MEDIUM: 2, Influence.LOW: 1}[card.person.influence]
            for i in range(3):
                c.setFillColor(theme.INK if i < filled else theme.RULE)
                c.circle(r.right - METRICS.card_pad - 8 + i * 3.4, y + METRICS.small_line / 2, 1.2, stroke=0, fill=1)

    def _lines(self, x: float, y: float, lines: Sequence[str], font: str, colour: Color, align: str = "left") -> None:
        for line in lines:
            self._text(x, y, METRICS.small_line, line, font, SMALL_SIZE, colour, align)
            y += METRICS.small_line

    def _text(self, x: float, top: float, line: float, text: str, font: str, size: float, colour: Color,
              align: str = "left") -> None:
        """One line whose box starts at ``top`` (the canvas is flipped: the glyphs are flipped back)."""
        c = self.canv
        c.saveState()
        baseline = top + (line + size * 0.72) / 2
        c.translate(x, baseline)
        c.scale(1, -1)
        c.setFillColor(colour)
        draw_text(c, 0, 0, text, font, size, "center" if align == "centre" else align)
        c.restoreState()


def buying_group_flowables(section: Blocks, plan: DealPlan) -> list[Flowable]:
    """An open deal's buying group: its gaps, what the stage requires of it, the influence map and
    the people with what each wants. Internal: a customer's copy leaves all of it out."""
    labels, s, words = section.labels, section.s, _words(section.labels)
    people = buying.ordered(plan.people)
    out: list[Flowable] = [*section.subheading(words["title"])]
    gaps = buying.group_gaps(people)
    for gap in gaps:
        out.append(Para(coloured("▲ " + words[f"gap.{gap}"], theme.LOST), s.body_muted))
    stage = next((st for st in plan.process.stages if st.id == plan.deal.stage_id), None)
    if stage is not None and stage.required_roles:
        text = words["requires"].format(roles=words["list"].join(labels.enum(r) for r in stage.required_roles))
        missing = buying.missing_roles(stage.required_roles, people)
        if missing:
            text += " " + words["missing"].format(roles=words["list"].join(labels.enum(r) for r in missing))
        out.append(p(text, s.body_muted))
    if not people:
        return out
    # the heading, the gaps and the map stay on one page; the people's table may split after it
    out = keep_with_next([*out, Spacer(1, 4), InfluenceMap(people, labels)])
    out.append(Spacer(1, 6))
    rows: list[list] = [[words["name"], words["role"], words["attitude"], words["influence"], words["wants"]]]
    for person in people:
        name = para(one_line(person.name)) + (
            f'<br/>{coloured(one_line(person.title), theme.MUTED)}' if clean(person.title) else "")
        attitude_colour = HexColor(influence_map.ATTITUDE_COLOURS[person.attitude])
        rows.append([Para(name, s.cell), p(labels.enum(person.role), s.cell),
                     Para(coloured(labels.enum(person.attitude), attitude_colour), s.cell),
                     labels.enum(person.influence), section.value(person.wants)])
    table: Table = section.table(rows, (0.25, 0.17, 0.12, 0.1, 0.36))
    return [*out, table]


def milestone_people(section: Blocks, milestone: Milestone) -> list[Flowable]:
    """A band under a milestone naming who of the buying group confirmed or decided it."""
    if not milestone.people:
        return []
    labels, words = section.labels, _words(section.labels)
    names = words["list"].join(words["person"].format(name=one_line(person.name), role=labels.enum(person.role))
                               for person in milestone.people)
    text = Para(f"{coloured(words['confirmed_by'], theme.MUTED, bold=True)}\u2003{para(names)}",
                     section.s.correction)
    return [section.table([[text]], (1.0,), header=False, extra=[
        ("BACKGROUND", (0, 0), (-1, -1), theme.ACCENT_TINT),
        ("LEFTPADDING", (0, 0), (-1, -1), 16),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
    ])]
