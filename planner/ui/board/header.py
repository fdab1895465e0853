"""A stage column's header: the stage's name, its deal count, the total and weighted value.

Painted and elided to the column's width; the tooltip and the accessible name say it all
in full. The painted lines are written at paint time, the tooltip again on a change of
language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.domain import formats
from planner.domain.model import Stage
from planner.i18n import current_language
from planner.ui.board.summary import Totals, without_rate
from planner.ui.kit import plain, theme

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ColumnHeader(QWidget):
    """Stage name, deal count, total and weighted value: painted, elided, with a full tooltip."""

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.totals = Totals.none()
        self.filtered = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _fonts(self) -> tuple[QFont, QFont]:
        name = QFont(self.font())
        name.setWeight(QFont.Weight.Bold)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.0))
        return name, small

    def sizeHint(self) -> QSize:
        name, small = self._fonts()
        return QSize(220, QFontMetrics(name).height() + 2 * QFontMetrics(small).height() + 20)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def set_totals(self, totals: Totals, filtered: bool) -> None:
        self.totals, self.filtered = totals, filtered
        self.retranslate()

    def retranslate(self) -> None:
        """The tooltip and the accessible name; the painted lines are written at paint time."""
        self.setToolTip(plain.html(self._tooltip()))
        self.setAccessibleName(self._tooltip().replace("\n", "; "))
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _value_line(self) -> tuple[str, str]:
        """(the home-currency totals, what they leave out for want of a rate)."""
        found = self.totals.money
        if found.empty:
            return "—", ""
        lang = current_language()
        value = formats.compact(found.value, found.home, lang)
        weighted = translate("BoardColumn", "weighted {amount}").format(
            amount=formats.compact(found.weighted, found.home, lang))
        return f"{value}  ·  {weighted}", without_rate(found.unconverted)

    def _tooltip(self) -> str:
        stage, totals = self.stage, self.totals
        lines = [stage.name, translate("BoardColumn", "Milestone: {milestone}").format(milestone=stage.milestone),
                 translate("BoardColumn", "Win rate: {rate}%").format(rate=stage.win_rate),
                 (translate("BoardColumn", "{n} matching deals") if self.filtered
                  else translate("BoardColumn", "{n} deals")).format(n=totals.deals)]
        found = totals.money
        if not found.empty:
            lang = current_language()
            lines.append(translate("BoardColumn", "Total: {amounts}").format(
                amounts=formats.money(found.value, found.home, lang)))
            lines.append(translate("BoardColumn", "Weighted (value × {rate}%): {amounts}").format(
                rate=stage.win_rate, amounts=formats.money(found.weighted, found.home, lang)))
        if found.unconverted:
            lines.append(translate("BoardColumn", "Without an exchange rate, not in the totals: {amounts}").format(
                amounts=formats.money_list(found.unconverted, current_language())))
        return "\n".join(lines)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        name_font, small = self._fonts()
        rect = self.rect().adjusted(12, 9, -10, -6)
        fm_name, fm_small = QFontMetrics(name_font), QFontMetrics(small)

        # the count as a pill at the right of the name
        count = QLocale().toString(self.totals.deals)
        pill_w = fm_small.horizontalAdvance(count) + 14
        pill = QRectF(rect.right() - pill_w, rect.top() + (fm_name.height() - fm_small.height() - 4) / 2,
                      pill_w, fm_small.height() + 4)
        fill = theme.mix(theme.column_background(palette), theme.text(palette), 0.12)
        if self.filtered:
            fill = theme.mix(theme.column_background(palette), theme.accent(palette), 0.35)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(small)
        painter.setPen(theme.text(palette))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, count)

        painter.setFont(name_font)
        name_rect = QRect(rect.left(), rect.top(), rect.width() - pill_w - 8, fm_name.height())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm_name.elidedText(self.stage.name, Qt.TextElideMode.ElideRight, name_rect.width()))

        y = rect.top() + fm_name.height() + 3
        painter.setFont(small)
        value, note = self._value_line()
        painter.setPen(theme.text(palette) if not self.totals.money.empty else theme.muted(palette))
        painter.drawText(QRect(rect.left(), y, rect.width(), fm_small.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm_small.elidedText(value, Qt.TextElideMode.ElideRight, rect.width()))
        y += fm_small.height()
        rate = translate("BoardColumn", "win rate {rate}%").format(rate=self.stage.win_rate)
        line = f"{rate}  ·  {note}" if note else rate
        # amounts left out of the totals are flagged, in the warning colour
        painter.setPen(theme.warning(palette) if note else theme.muted(palette))
        painter.drawText(QRect(rect.left(), y, rect.width(), fm_small.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm_small.elidedText(line, Qt.TextElideMode.ElideRight, rect.width()))
