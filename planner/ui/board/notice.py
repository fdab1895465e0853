"""An inline message over the board: why a move was refused, what just happened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from planner.ui.kit import icons, plain, theme

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class Notice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardNotice")
        self.icon = QLabel(self)
        self.text = plain.label(QLabel(self))  # messages quote deal titles and stage names
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.timer = QTimer(self, singleShot=True, interval=20_000)
        self.timer.timeout.connect(self.hide)
        self.kind = "info"
        self._words: Callable[[], str] = lambda: ""  # writes the message in the language of the moment
        self.retranslate()
        self.hide()

    def show_message(self, text: str | Callable[[], str], kind: str = "info") -> None:
        """Show ``text``; given as a function, the message follows a change of language."""
        self._words = text if callable(text) else (lambda: text)
        self.kind = kind
        colour = theme.danger(self.palette()) if kind == "refusal" else theme.accent(self.palette())
        self.icon.setPixmap(icons.icon("lock" if kind == "refusal" else "about", colour).pixmap(18, 18))
        self.text.setText(self._words())
        self.setStyleSheet(
            f"#boardNotice {{ border: 1px solid {colour.name()}; border-radius: 6px;"
            f" background: {theme.mix(theme.column_background(self.palette()), colour, 0.10).name()}; }}")
        self.show()
        self.timer.start()

    def retranslate(self) -> None:
        self.close_button.setToolTip(translate("Board", "Dismiss"))
        self.close_button.setAccessibleName(translate("Board", "Dismiss"))
        self.text.setText(self._words())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
