"""Text wrapped on a few lines at most, cut with "…" beyond them, whole in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent, QTextLayout
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.ui.kit import plain


class ClampedLabel(QWidget):
    """Plain text wrapped on at most ``max_lines`` lines, the last one cut with "…" when the
    text is longer: a 240-character deal title takes two lines of the panel's header, not
    all of it. The whole text is in the tooltip and the accessible name."""

    def __init__(self, max_lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self._text = ""
        size = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        size.setHeightForWidth(True)
        self.setSizePolicy(size)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's name, for those reading it like one
        self._text = text
        self.setToolTip(plain.html(text) if self.clamped() else "")
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def _lines(self, width: int) -> list[str]:
        """The lines as drawn at ``width``: at most ``max_lines``, the last elided if need be."""
        fm = self.fontMetrics()
        width = max(width, 20)
        text = plain.shown(self._text)
        layout = QTextLayout(text, self.font())
        layout.beginLayout()
        lines: list[str] = []
        units = text.encode("utf-16-le")  # Qt counts in UTF-16 units: an emoji is two
        while len(lines) <= self.max_lines:  # one more than shown tells whether it is cut
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(units[2 * line.textStart():2 * (line.textStart() + line.textLength())].decode(
                "utf-16-le", errors="ignore"))
        if len(lines) > self.max_lines:  # the last line shown: all the rest, elided
            start = layout.lineAt(self.max_lines - 1).textStart()
            rest = units[2 * start:].decode("utf-16-le", errors="ignore").strip()
            lines = [*lines[:self.max_lines - 1], fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
        layout.endLayout()
        return [line.rstrip() for line in lines]

    def clamped(self) -> bool:
        return "".join(self._lines(self.width())).replace(" ", "") != self._text.replace(" ", "")

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's override
        return max(1, len(self._lines(width))) * self.fontMetrics().lineSpacing()

    def sizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(self.width() if self.width() > 20 else 200))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.fontMetrics().lineSpacing())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setToolTip(plain.html(self._text) if self.clamped() else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        y = 0
        step = self.fontMetrics().lineSpacing()
        for line in self._lines(self.width()):
            painter.drawText(0, y, self.width(), step, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             line)
            y += step
