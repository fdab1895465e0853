"""A deal's stage map drawn as a row of chevrons.

Frozen stages (milestone confirmed, read-only) are filled dark with a lock and
the confirmation date; the current stage is in the accent colour; stages ahead
are outlined. Chevrons wrap onto further rows when they would get narrower than
a readable width, and a map taller than the page splits between rows.

The customer's copy draws it ``compact`` (lower chevrons, no "Stage n" line, all eight
reference stages on one row) and without win rates (``rates=False``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.colors import Color, HexColor
from reportlab.platypus import Flowable

from planner.domain.model import Outcome, StageMapEntry, StageState
from planner.report import formats, theme
from planner.report.fonts import BOLD, REGULAR, draw_text, draw_texts, text_width
from planner.report.labels import Labels
from planner.report.markup import one_line
from planner.report.textfit import ellipsise, wrap

MIN_BOX = 92.0  # narrower than this and two lines of an eight-character name no longer fit
MAX_BOX = 175.0  # a process of one or two stages does not stretch across the page
GAP = 3.5
NOTCH = 7.0
BOX_H = 52.0
ROW_GAP = 7.0
LEGEND_H = 16.0
NAME_SIZE = 7.8
NAME_LEADING = 9.4
SMALL_SIZE = 6.6
# the compact map: eight chevrons fit one row of an A4 frame, names in two lines of smaller type
COMPACT_MIN_BOX = 56.0
COMPACT_BOX_H = 38.0
COMPACT_NAME_SIZE = 7.0
COMPACT_NAME_LEADING = 8.4

_ON_DARK_SOFT = HexColor("#C5D0DA")


class StageMap(Flowable):
    def __init__(
        self,
        entries: Sequence[StageMapEntry],
        labels: Labels,
        legend: bool = False,
        first_number: int = 1,
        continued: bool = False,
        *,
        rates: bool = True,
        compact: bool = False,
    ) -> None:
        super().__init__()
        self.entries = list(entries)
        self.labels = labels
        self.legend = legend
        self.first_number = first_number
        self.continued = continued  # the first chevron continues a previous part
        self.rates = rates  # the stages' win rates (never on the customer's copy)
        self.compact = compact
        self.min_box = COMPACT_MIN_BOX if compact else MIN_BOX
        self.box_h = COMPACT_BOX_H if compact else BOX_H
        self._per_row = 1
        self._box_w = self.min_box

    # layout -----------------------------------------------------------------
    def _layout(self, width: float) -> None:
        n = max(1, len(self.entries))
        per_row = max(1, min(n, int((width + GAP) // (self.min_box + GAP))))
        rows = math.ceil(n / per_row)
        self._per_row = math.ceil(n / rows)  # balance the rows: 8 stages as 4 + 4, not 5 + 3
        self._box_w = min(MAX_BOX, (width - (self._per_row - 1) * GAP) / self._per_row)
        self._rows = rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # reportlab's names
        self._layout(availWidth)
        self.width = availWidth
        self.height = self._rows * self.box_h + (self._rows - 1) * ROW_GAP + (LEGEND_H if self.legend else 0)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._layout(availWidth)
        fit = int((availHeight + ROW_GAP) // (self.box_h + ROW_GAP))
        if fit < 1 or fit >= self._rows:
            return []
        cut = fit * self._per_row
        options = {"rates": self.rates, "compact": self.compact}
        return [
            StageMap(self.entries[:cut], self.labels, False, self.first_number, self.continued, **options),
            StageMap(self.entries[cut:], self.labels, self.legend, self.first_number + cut, True, **options),
        ]

    # drawing ----------------------------------------------------------------
    def draw(self) -> None:
        canvas = self.canv
        if not self.compact:
            # A long plan repeats a few maps but for their dates (one per stage a deal of a process
            # can be in): all but the dates is drawn once as a PDF form and placed where it
            # recurs; the dates of the confirmed milestones are written over it.
            self._place(canvas, "_planner_stage_maps", "PlannerStageMap", self._form_key(), self._draw_undated)
            self._draw_dates(canvas)
            return
        # A compact map prints no dates: the whole map is the form.
        self._place(canvas, "_planner_stage_maps", "PlannerStageMap", self._form_key(), self._draw)

    def _place(self, canvas, store: str, prefix: str, key: tuple, draw) -> None:
        """Draw ``draw(canvas)`` as the form kept under ``key`` (made the first time) and place it."""
        forms: dict[tuple, str] = canvas.__dict__.setdefault(store, {})
        name = forms.get(key)
        if name is None:
            name = forms[key] = f"{prefix}{len(forms)}"
            canvas.beginForm(name, -2, -2, self.width + 2, self.height + 2)
            draw(canvas)
            canvas.endForm()
        canvas.doForm(name)

    def _form_key(self) -> tuple:
        """Everything a map draws but the dates of its milestones."""
        entries = tuple((one_line(e.stage.name), e.state, e.milestone is not None,
                         e.milestone is not None and e.milestone.outcome == Outcome.AGAINST) for e in self.entries)
        return (entries, self.labels.lang, self.rates and tuple(e.stage.win_rate for e in self.entries),
                round(self.width, 3), round(self.height, 3), self.legend, self.continued, self._per_row,
                self.compact, self.first_number)

    def _boxes(self):
        """(entry, its number, x, y, flat) for each chevron."""
        top = self.height
        for i, entry in enumerate(self.entries):
            row, col = divmod(i, self._per_row)
            x = col * (self._box_w + GAP)
            y = top - (row + 1) * self.box_h - row * ROW_GAP
            yield entry, self.first_number + i, x, y, i == 0 and not self.continued

    def _draw(self, canvas, dates: bool = True) -> None:
        for entry, number, x, y, flat in self._boxes():
            canvas.saveState()
            self._chevron(canvas, entry, x, y, flat)
            fixed, dated = self._words(entry, number, x, y, flat)
            draw_texts(canvas, fixed + dated if dates else fixed)
            canvas.restoreState()
        if self.legend:
            self._draw_legend(canvas)

    def _draw_undated(self, canvas) -> None:
        self._draw(canvas, dates=False)

    def _draw_dates(self, canvas) -> None:
        dates: list[tuple] = []
        for entry, _number, x, y, flat in self._boxes():
            if entry.milestone is not None:
                dates.append(self._date(entry, x, y, flat))
        if dates:
            canvas.saveState()  # the text object's colour stays inside
            draw_texts(canvas, dates)
            canvas.restoreState()

    def _colours(self, entry: StageMapEntry) -> tuple[Color, Color | None, Color, Color]:
        """fill, outline, main text, secondary text"""
        against = entry.milestone is not None and entry.milestone.outcome == Outcome.AGAINST
        if against:
            return theme.LOST, None, theme.WHITE, _ON_DARK_SOFT
        if entry.state == StageState.FROZEN:
            return theme.FROZEN, None, theme.WHITE, _ON_DARK_SOFT
        if entry.state == StageState.CURRENT:
            return theme.ACCENT, None, theme.WHITE, HexColor("#D4E8F0")
        return theme.WHITE, theme.FUTURE_LINE, theme.INK, theme.MUTED

    def _metrics(self, x: float, flat: bool) -> tuple[float, float, float]:
        """The chevron's notch depth, where its words start and how wide they may be."""
        w = self._box_w
        tip = min(NOTCH, w / 6)
        left = x + (5.5 if flat else tip + 4.5)
        inner = max(10.0, x + w - tip - 2.5 - left)
        return tip, left, inner

    def _status_y(self, y: float) -> float:
        return y + (4.5 if self.compact else 5.5)

    def _chevron(self, canvas, entry: StageMapEntry, x: float, y: float, flat: bool) -> None:
        """The chevron's shape and its status mark (lock, cross or dot); no words."""
        fill, outline, _text, soft = self._colours(entry)
        w, h = self._box_w, self.box_h
        tip, left, _inner = self._metrics(x, flat)
        path = canvas.beginPath()
        path.moveTo(x, y)
        path.lineTo(x + w - tip, y)
        path.lineTo(x + w, y + h / 2)
        path.lineTo(x + w - tip, y + h)
        path.lineTo(x, y + h)
        if not flat:
            path.lineTo(x + tip, y + h / 2)
        path.close()
        canvas.setFillColor(fill)
        if outline is not None:
            canvas.setStrokeColor(outline)
            canvas.setLineWidth(0.8)
            canvas.drawPath(path, fill=1, stroke=1)
        else:
            canvas.drawPath(path, fill=1, stroke=0)
        status_y = self._status_y(y)
        if entry.state == StageState.FROZEN or entry.milestone is not None:
            if entry.milestone is not None and entry.milestone.outcome == Outcome.AGAINST:
                _cross(canvas, left + 2.6, status_y + 2.4, soft)
            else:
                _lock(canvas, left, status_y - 0.3, soft)
        elif entry.state == StageState.CURRENT:
            _dot(canvas, left + 2.2, status_y + 2.3, theme.WHITE)

    def _date(self, entry: StageMapEntry, x: float, y: float, flat: bool) -> tuple:
        """The date its milestone was confirmed, as a ``draw_texts`` item on its status line."""
        assert entry.milestone is not None
        _tip, left, inner = self._metrics(x, flat)
        status = formats.day(entry.milestone.confirmed_on, self.labels.lang)
        return (left + 8.5, self._status_y(y), ellipsise(status, REGULAR, SMALL_SIZE, inner - 8.5), REGULAR,
                SMALL_SIZE, self._colours(entry)[3])

    def _words(self, entry: StageMapEntry, number: int, x: float, y: float,
               flat: bool) -> tuple[list[tuple], list[tuple]]:
        """The chevron's words as ``draw_texts`` items: those that recur ("Stage n", the name, the
        status) and the date of its milestone (a list of none or one)."""
        _fill, _outline, text, soft = self._colours(entry)
        h = self.box_h
        _tip, left, inner = self._metrics(x, flat)
        labels = self.labels
        if self.compact:  # the name alone on top: the stage's number is its place in the row
            texts: list[tuple] = []
            baseline, size, leading = y + h - 10.0, COMPACT_NAME_SIZE, COMPACT_NAME_LEADING
        else:
            texts = [(left, y + h - 10.5, labels("map.stage_n", n=number), REGULAR, SMALL_SIZE, soft)]
            baseline, size, leading = y + h - 21.0, NAME_SIZE, NAME_LEADING
        # the stage name: two lines at most, ellipsised
        for line in wrap(one_line(entry.stage.name) or "—", BOLD, size, inner, 2):
            texts.append((left, baseline, line, BOLD, size, text))
            baseline -= leading
        # the status line: the date of the lock, or "Now · 40%", or the stage's win rate
        status_y = self._status_y(y)
        dated: list[tuple] = []
        if entry.state == StageState.FROZEN or entry.milestone is not None:
            # (a compact chevron has no room for a whole date: the table under it has them)
            if not self.compact and entry.milestone is not None:
                dated.append(self._date(entry, x, y, flat))
            elif not self.compact:
                texts.append((left + 8.5, status_y, ellipsise(labels["map.locked"], REGULAR, SMALL_SIZE, inner - 8.5),
                              REGULAR, SMALL_SIZE, soft))
        elif entry.state == StageState.CURRENT:
            status = labels["map.now"]
            if self.rates:
                status += f" · {formats.percent(entry.stage.win_rate, labels.lang)}"
            texts.append((left + 7, status_y, ellipsise(status, BOLD, SMALL_SIZE, inner - 7), BOLD, SMALL_SIZE,
                          theme.WHITE))
        elif self.rates:
            rate = formats.percent(entry.stage.win_rate, labels.lang)
            texts.append((left, status_y, rate, REGULAR, SMALL_SIZE, soft))
        return texts, dated

    def _draw_legend(self, canvas) -> None:
        labels = self.labels
        items = [
            (theme.FROZEN, None, labels["map.frozen"]),
            (theme.ACCENT, None, labels["map.current"]),
            (theme.WHITE, theme.FUTURE_LINE, labels["map.future"]),
        ]
        if any(e.milestone is not None and e.milestone.outcome == Outcome.AGAINST for e in self.entries):
            items.append((theme.LOST, None, labels["map.against"]))
        canvas.saveState()
        x, y = 0.0, 2.0
        for fill, outline, text in items:
            canvas.setFillColor(fill)
            if outline is not None:
                canvas.setStrokeColor(outline)
                canvas.setLineWidth(0.7)
            canvas.roundRect(x, y, 9, 6.5, 1.2, fill=1, stroke=1 if outline is not None else 0)
            canvas.setFillColor(theme.MUTED)
            draw_text(canvas, x + 12.5, y + 0.6, text, REGULAR, SMALL_SIZE + 0.4)
            x += 12.5 + text_width(text, REGULAR, SMALL_SIZE + 0.4) + 14
        canvas.restoreState()


def _lock(canvas, x: float, y: float, colour: Color) -> None:
    """A small padlock, 5.6 pt wide, its base at y."""
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.setStrokeColor(colour)
    canvas.roundRect(x, y, 5.6, 4.2, 0.6, fill=1, stroke=0)
    canvas.setLineWidth(0.9)
    path = canvas.beginPath()
    path.moveTo(x + 1.2, y + 4.0)
    path.lineTo(x + 1.2, y + 5.1)
    path.curveTo(x + 1.2, y + 7.4, x + 4.4, y + 7.4, x + 4.4, y + 5.1)
    path.lineTo(x + 4.4, y + 4.0)
    canvas.drawPath(path, fill=0, stroke=1)
    canvas.restoreState()


def _cross(canvas, cx: float, cy: float, colour: Color) -> None:
    canvas.saveState()
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(1.1)
    canvas.setLineCap(1)
    d = 2.3
    canvas.line(cx - d, cy - d, cx + d, cy + d)
    canvas.line(cx - d, cy + d, cx + d, cy - d)
    canvas.restoreState()


def _dot(canvas, cx: float, cy: float, colour: Color) -> None:
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.circle(cx, cy, 2.0, fill=1, stroke=0)
    canvas.restoreState()
