"""A strip across the top of the window that says something about the whole open file (it is
read-only, its history was altered): an icon, a sentence that wraps, and buttons at the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from planner.ui.kit import icons, plain, theme


class Banner(QFrame):
    """The strip, tinted with the ``tint`` of its palette (``theme.accent``, ``theme.danger``): its
    border, and a wash of it over the window's colour."""

    def __init__(self, name: str, icon: str, tint: Callable[[QPalette], QColor], buttons: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        colour = tint(self.palette())
        self.setObjectName(name)
        self.icon = QLabel(self)
        self.text = plain.label(QLabel(self))  # names a file, a computer, a process
        self.text.setWordWrap(True)
        self.buttons = [QPushButton(self) for _ in range(buttons)]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        for button in self.buttons:
            layout.addWidget(button)
        self.icon.setPixmap(icons.icon(icon, colour).pixmap(20, 20))
        self.setStyleSheet(f"#{name} {{ border-bottom: 1px solid {colour.name()};"
                           f" background: {theme.mix(self.palette().window().color(), colour, 0.12).name()}; }}")
        self.hide()

    def retranslate(self) -> None:
        """Say everything again in the language now installed (each banner its own words)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def list_box(self, icon: QMessageBox.Icon, title: str, headline: str, items: list[str],
                 detail: str = "") -> None:
        """What the banner is about, item by item, in a message box (its Details…)."""
        box = QMessageBox(icon, title, plain.html(headline), parent=self)
        box.setInformativeText(plain.html("\n".join(f"• {item}" for item in items)))
        if detail:
            box.setDetailedText(detail)
        box.exec()
