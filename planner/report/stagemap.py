"""A deal's stage map drawn as a row of chevrons.

Frozen stages (milestone confirmed, read-only) are filled dark with a lock and
the confirmation date; the current stage is in the accent colour; stages ahead
are outlined. Chevrons wrap onto further rows when they would get narrower than
a readable width, and a map taller than the page splits between rows.
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

_ON_DARK_SOFT = HexColor("#C5D0DA")


class StageMap(Flowable):
    def __init__(
        self,
        entries: Sequence[StageMapEntry],
        labels: Labels,
        legend: bool = False,
        first_number: int = 1,
        continued: bool = False,
    ) -> None:
        super().__init__()
        self.entries = list(entries)
        self.labels = labels
        self.legend = legend
        self.first_number = first_number
        self.continued = continued  # the first chevron continues a previous part
        self._per_row = 1
        self._box_w = MIN_BOX

    # layout -----------------------------------------------------------------
    def _layout(self, width: float) -> None:
        n = max(1, len(self.entries))
        per_row = max(1, min(n, int((width + GAP) // (MIN_BOX + GAP))))
        rows = math.ceil(n / per_row)
        self._per_row = math.ceil(n / rows)  # balance the rows: 8 stages as 4 + 4, not 5 + 3
        self._box_w = min(MAX_BOX, (width - (self._per_row - 1) * GAP) / self._per_row)
        self._rows = rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # reportlab's names
        self._layout(availWidth)
        self.width = availWidth
        self.height = self._rows * BOX_H + (self._rows - 1) * ROW_GAP + (LEGEND_H if self.legend else 0)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._layout(availWidth)
        fit = int((availHeight + ROW_GAP) // (BOX_H + ROW_GAP))
        if fit < 1 or fit >= self._rows:
            return []
        cut = fit * self._per_row
        return [
            StageMap(self.entries[:cut], self.labels, False, self.first_number, self.continued),
            StageMap(self.entries[cut:], self.labels, self.legend, self.first_number + cut, True),
        ]

    # drawing ----------------------------------------------------------------
    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        for i, entry in enumerate(self.entries):
            row, col = divmod(i, self._per_row)
            x = col * (self._box_w + GAP)
            y = top - (row + 1) * BOX_H - row * ROW_GAP
            flat = i == 0 and not self.continued
            self._chevron(canvas, entry, self.first_number + i, x, y, flat)
        if self.legend:
            self._draw_legend(canvas)

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

    def _chevron(self, canvas, entry: StageMapEntry, number: int, x: float, y: float, flat: bool) -> None:
        fill, outline, text, soft = self._colours(entry)
        w, h = self._box_w, BOX_H
        tip = min(NOTCH, w / 6)
        path = canvas.beginPath()
        path.moveTo(x, y)
        path.lineTo(x + w - tip, y)
        path.lineTo(x + w, y + h / 2)
        path.lineTo(x + w - tip, y + h)
        path.lineTo(x, y + h)
        if not flat:
            path.lineTo(x + tip, y + h / 2)
        path.close()
        canvas.saveState()
        canvas.setFillColor(fill)
        if outline is not None:
            canvas.setStrokeColor(outline)
            canvas.setLineWidth(0.8)
            canvas.drawPath(path, fill=1, stroke=1)
        else:
            canvas.drawPath(path, fill=1, stroke=0)

        left = x + (5.5 if flat else tip + 4.5)
        inner = max(10.0, x + w - tip - 2.5 - left)
        labels = self.labels
        texts = [(left, y + h - 10.5, labels("map.stage_n", n=number), REGULAR, SMALL_SIZE, soft)]
        # the stage name: two lines at most, ellipsised
        baseline = y + h - 21.0
        for line in wrap(one_line(entry.stage.name) or "—", BOLD, NAME_SIZE, inner, 2):
            texts.append((left, baseline, line, BOLD, NAME_SIZE, text))
            baseline -= NAME_LEADING
        # the status line: lock + date, or "Now · 40%", or the stage's win rate
        status_y = y + 5.5
        if entry.state == StageState.FROZEN or entry.milestone is not None:
            if entry.milestone is not None and entry.milestone.outcome == Outcome.AGAINST:
                _cross(canvas, left + 2.6, status_y + 2.4, soft)
            else:
                _lock(canvas, left, status_y - 0.3, soft)
            if entry.milestone is not None:
                status = formats.day(entry.milestone.confirmed_on, labels.lang)
            else:
                status = labels["map.locked"]
            texts.append((left + 8.5, status_y, ellipsise(status, REGULAR, SMALL_SIZE, inner - 8.5),
                          REGULAR, SMALL_SIZE, soft))
        elif entry.state == StageState.CURRENT:
            _dot(canvas, left + 2.2, status_y + 2.3, theme.WHITE)
            status = f"{labels['map.now']} · {formats.percent(entry.stage.win_rate, labels.lang)}"
            texts.append((left + 7, status_y, ellipsise(status, BOLD, SMALL_SIZE, inner - 7), BOLD, SMALL_SIZE,
                          theme.WHITE))
        else:
            rate = formats.percent(entry.stage.win_rate, labels.lang)
            texts.append((left, status_y, rate, REGULAR, SMALL_SIZE, soft))
        draw_texts(canvas, texts)
        canvas.restoreState()

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
