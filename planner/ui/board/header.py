"""A stage column's header: the stage's name, its deal count, the total and weighted value,
a button that folds the column to a narrow strip and, on the first column, one that adds a
deal there in a few keystrokes.

Painted and elided to the column's width; the tooltip and the accessible name say it all
in full. Folded, the header fills the strip and writes the stage's name down its length.
The painted lines are written at paint time, the tooltip again on a change of language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QEnterEvent, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from planner.domain import formats
from planner.domain.model import Stage
from planner.i18n import current_language
from planner.ui.board.card_title import wide
from planner.ui.board.summary import Totals, without_rate
from planner.ui.kit import icons, plain, theme

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

BUTTON = 22  # the header's small buttons (fold, add)
STRIP = 40  # a folded column's width


def _small_button(parent: QWidget, icon: str) -> QToolButton:
    button = QToolButton(parent)
    button.setAutoRaise(True)
    button.setIcon(icons.icon(icon))
    button.setFixedSize(BUTTON, BUTTON)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class ColumnHeader(QWidget):
    """Stage name, deal count, total and weighted value: painted, elided, with a full tooltip."""

    foldRequested = Signal()  # the fold button, or a click on a folded strip
    addRequested = Signal()  # the first column's "+"
    resized = Signal()  # the board evens out the headers' name lines

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.totals = Totals.none()
        self.filtered = False
        self.folded = False
        self.fold_button = _small_button(self, "collapse")
        self.fold_button.clicked.connect(self.foldRequested)
        self.add_button = _small_button(self, "add")
        self.add_button.clicked.connect(self.addRequested)
        self.add_button.hide()  # the first column's, while the file may be changed
        self.fold_button.hide()  # shown under the pointer, and on a folded strip
        self.name_lines = 1  # the board's choice for all its headers, so their cards line up
        self.note_line = False  # the board's too: a line of its own for what lacks a rate
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def set_folded(self, folded: bool) -> None:
        self.folded = folded
        self.fold_button.setIcon(icons.icon("expand" if folded else "collapse"))
        self.fold_button.setVisible(folded or self.underMouse())
        self.setSizePolicy(QSizePolicy.Policy.Expanding,
                           QSizePolicy.Policy.Expanding if folded else QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor if folded else Qt.CursorShape.ArrowCursor)
        self._place_buttons()
        self.retranslate()
        self.updateGeometry()

    def set_adding(self, shown: bool) -> None:
        """Show the "+" that adds a deal to this (the first) column."""
        self.add_button.setVisible(shown and not self.folded)
        self._place_buttons()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_buttons()
        if event.oldSize().width() != event.size().width():
            self.resized.emit()  # one line for the names, or two

    def _place_buttons(self) -> None:
        if self.folded:
            self.fold_button.move((self.width() - BUTTON) // 2, 6)
            self.add_button.hide()
            return
        right = self.width() - BUTTON - 6
        self.fold_button.move(right, 6)
        self.add_button.move(right - (BUTTON + 2 if self.fold_button.isVisible() else 0), 6)

    def _buttons_width(self) -> int:
        return ((BUTTON + 2 if self.fold_button.isVisible() else 0)
                + (BUTTON + 2 if not self.add_button.isHidden() else 0))

    def enterEvent(self, event: QEnterEvent) -> None:
        # the fold button shows under the pointer (the View menu folds from the keyboard):
        # a narrow column keeps its room for the stage's name
        self.fold_button.show()
        self._place_buttons()
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if not self.folded:
            self.fold_button.hide()
            self._place_buttons()
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.folded and event.button() == Qt.MouseButton.LeftButton:
            self.foldRequested.emit()  # the whole strip unfolds it
        super().mouseReleaseEvent(event)

    def _fonts(self) -> tuple[QFont, QFont]:
        name = QFont(self.font())
        name.setWeight(QFont.Weight.Bold)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.0))
        return name, small

    def sizeHint(self) -> QSize:
        name, small = self._fonts()
        if self.folded:
            return QSize(STRIP - 4, 200)
        small_lines = 4 if self.note_line else 3
        return QSize(220, self._name_lines() * QFontMetrics(name).height() + small_lines * QFontMetrics(small).height()
                     + 18)

    def _name_lines(self) -> int:
        return self.name_lines

    def lines_wanted(self) -> int:
        """2 when the stage's name does not fit one line of this header (it is what the column
        is about: it gets a second line rather than "…"), else 1."""
        if self.folded:
            return 1
        name_font, small = self._fonts()
        room = self.width() - 22 - self._buttons_width() - QFontMetrics(small).horizontalAdvance("000") - 20
        return 2 if QFontMetrics(name_font).horizontalAdvance(self.stage.name) > room else 1

    def note_wanted(self) -> bool:
        """Whether what is left out for want of a rate needs a line of its own: a narrow
        header writes it after the win rate, where "+ $…" would say nothing."""
        if self.folded:
            return False
        value, note = self._value_line()
        if not note:
            return False
        small = QFontMetrics(self._fonts()[1])
        width = self.width() - 22
        return small.horizontalAdvance(value) > width and small.horizontalAdvance(
            f"{self._rate()}  ·  {self._short_note()}") > width

    def _short_note(self) -> str:
        """What is left out for want of a rate, in short amounts: a narrow header's words."""
        return without_rate(self.totals.money.unconverted, short=True)

    def set_note_line(self, shown: bool) -> None:
        if shown != self.note_line:
            self.note_line = shown
            self.updateGeometry()
            self.update()

    def _rate(self) -> str:
        return translate("BoardColumn", "win rate {rate}%").format(rate=self.stage.win_rate)

    def set_name_lines(self, lines: int) -> None:
        if lines != self.name_lines:
            self.name_lines = lines
            self.updateGeometry()
            self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(STRIP - 4, 120) if self.folded else self.sizeHint()

    def set_totals(self, totals: Totals, filtered: bool) -> None:
        self.totals, self.filtered = totals, filtered
        self._word_totals()

    def _word_totals(self) -> None:
        """The tooltip and the accessible name; the painted lines are written at paint time."""
        tip = self._tooltip()
        self.setToolTip(plain.html(tip))
        self.setAccessibleName(tip.replace("\n", "; "))
        self.update()

    def retranslate(self) -> None:
        """Every text, the buttons' too (their words change with the language and the fold)."""
        self._word_totals()
        fold = (translate("BoardColumn", "Unfold “{stage}”") if self.folded
                else translate("BoardColumn", "Fold “{stage}” to a narrow strip")).format(stage=self.stage.name)
        self.fold_button.setToolTip(plain.html(fold))
        self.fold_button.setAccessibleName(fold)
        add = translate("BoardColumn", "Quick add a deal to “{stage}” (Ins)").format(stage=self.stage.name)
        self.add_button.setToolTip(plain.html(add))
        self.add_button.setAccessibleName(add)
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
        value, weighted = self._value_parts()
        return f"{value}  ·  {weighted}", without_rate(found.unconverted)

    def _value_parts(self) -> tuple[str, str]:
        """(the total, "weighted" and the weighted total), short amounts."""
        found = self.totals.money
        lang = current_language()
        return formats.compact(found.value, found.home, lang), translate("BoardColumn", "weighted {amount}").format(
            amount=formats.compact(found.weighted, found.home, lang))

    def _tooltip(self) -> str:
        stage, totals = self.stage, self.totals
        lines = [stage.name, translate("BoardColumn", "Milestone: {milestone}").format(milestone=stage.milestone),
                 translate("BoardColumn", "Win rate: {rate}%").format(rate=stage.win_rate),
                 translate("BoardColumn", "%n matching deals", "", totals.deals) if self.filtered
                 else translate("BoardColumn", "%n deals", "", totals.deals)]
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
        if self.folded:
            self._paint_folded(painter)
            return
        palette = self.palette()
        name_font, small = self._fonts()
        rect = self.rect().adjusted(12, 9, -10, -6)
        fm_name, fm_small = QFontMetrics(name_font), QFontMetrics(small)

        # the count as a pill at the right of the name, left of the buttons
        count = QLocale().toString(self.totals.deals)
        pill_w = fm_small.horizontalAdvance(count) + 14
        right = rect.right() - self._buttons_width()
        pill = QRectF(right - pill_w, rect.top() + (fm_name.height() - fm_small.height() - 4) / 2,
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
        name_width = int(pill.left()) - rect.left() - 6
        y = rect.top()
        for line in self._name_split(fm_name, name_width, rect.width()):
            painter.drawText(QRect(rect.left(), y, rect.width(), fm_name.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            name_width = rect.width()  # the second line runs under the pill
            y += fm_name.height()

        # three small lines: wide, "total · weighted", the win rate, what is left out for want
        # of a rate; narrow, the total, the weighted total, the win rate with that note (or, where
        # it does not fit there in some column, a fourth line for it in every column)
        y = rect.top() + self._name_lines() * fm_name.height() + 3
        painter.setFont(small)
        value, note = self._value_line()
        rate = self._rate()
        empty = self.totals.money.empty
        lines: list[tuple[str, object]] = []
        if empty or fm_small.horizontalAdvance(value) <= rect.width():
            lines = [(value, theme.muted(palette) if empty else theme.text(palette)), (rate, theme.muted(palette))]
            if note:
                lines.append((note, theme.warning(palette)))
        else:
            total, weighted = self._value_parts()
            note = self._short_note()
            lines = [(total, theme.text(palette)), (weighted, theme.text(palette))]
            if note and self.note_line:  # the board gave every header a fourth line for it
                lines += [(rate, theme.muted(palette)), (note, theme.warning(palette))]
            else:
                lines.append((f"{rate}  ·  {note}" if note else rate,
                              theme.warning(palette) if note else theme.muted(palette)))
        for text, colour in lines:
            painter.setPen(colour)
            painter.drawText(QRect(rect.left(), y, rect.width(), fm_small.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm_small.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
            y += fm_small.height()

    def _name_split(self, fm: QFontMetrics, first: int, second: int) -> list[str]:
        """The stage's name on its line(s): broken at a space where it can (any character in
        Chinese), the last line elided. A first word too wide for the first line (beside the
        count and the "+") is elided there rather than cut in two ("Custome" / "r identif…")."""
        name = self.stage.name
        if self._name_lines() == 1 or fm.horizontalAdvance(name) <= first:
            return [fm.elidedText(name, Qt.TextElideMode.ElideRight, first)]
        cut = len(name)
        while cut > 1 and fm.horizontalAdvance(name[:cut]) > first:
            cut -= 1
        space = name.rfind(" ", 0, cut + 1)
        if space > 0:
            cut = space
        elif " " in name.strip() and not (wide(name[cut - 1]) or wide(name[cut])):
            word, _, rest = name.strip().partition(" ")
            return [fm.elidedText(word, Qt.TextElideMode.ElideRight, first),
                    fm.elidedText(rest.lstrip(), Qt.TextElideMode.ElideRight, second)]
        return [name[:cut].rstrip(), fm.elidedText(name[cut:].lstrip(), Qt.TextElideMode.ElideRight, second)]

    def _paint_folded(self, painter: QPainter) -> None:
        """The count under the button, then the stage's name written downwards."""
        palette = self.palette()
        name_font, small = self._fonts()
        fm_name, fm_small = QFontMetrics(name_font), QFontMetrics(small)
        count = QLocale().toString(self.totals.deals)
        top = 6 + BUTTON + 6
        pill_w = max(fm_small.horizontalAdvance(count) + 12, fm_small.height() + 4)
        pill = QRectF((self.width() - pill_w) / 2, top, pill_w, fm_small.height() + 4)
        fill = theme.mix(theme.column_background(palette), theme.text(palette), 0.12)
        if self.filtered:
            fill = theme.mix(theme.column_background(palette), theme.accent(palette), 0.35)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(small)
        painter.setPen(theme.text(palette))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, count)
        length = self.height() - int(pill.bottom()) - 14
        painter.save()
        painter.translate(self.width() / 2 - (fm_name.ascent() - fm_name.descent()) / 2, pill.bottom() + 10)
        painter.rotate(90)
        painter.setFont(name_font)
        painter.drawText(QRect(0, -fm_name.ascent(), length, fm_name.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm_name.elidedText(self.stage.name, Qt.TextElideMode.ElideRight, length))
        painter.restore()
