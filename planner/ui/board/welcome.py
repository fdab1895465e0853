"""What a file without any process shows: where to start, in two clicks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.paths import resource_path
from planner.ui.kit import icons, theme

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class WelcomePanel(QWidget):
    tailorRequested = Signal()
    demoRequested = Signal()
    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = QFrame(self)
        card.setObjectName("welcomeCard")
        card.setMaximumWidth(640)
        self._card = card

        logo = QLabel(card)
        app_icon = resource_path("icons", "deal-planner.svg")
        if app_icon.exists():
            from PySide6.QtGui import QIcon

            logo.setPixmap(QIcon(str(app_icon)).pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.title = title = QLabel(card)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.Bold)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        title.setWordWrap(True)

        self.intro = intro = QLabel(card)
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.tailor_button = QCommandLinkButton(card)
        self.tailor_button.setIcon(icons.icon("wizard"))
        self.tailor_button.setIconSize(QSize(28, 28))
        self.tailor_button.setDefault(True)
        self.tailor_button.clicked.connect(self.tailorRequested)

        self.demo_button = QCommandLinkButton(card)
        self.demo_button.setIcon(icons.icon("demo"))
        self.demo_button.setIconSize(QSize(28, 28))
        self.demo_button.clicked.connect(self.demoRequested)

        self.open_button = QPushButton(icons.icon("file-open"), "", card)
        self.open_button.setFlat(True)
        self.open_button.clicked.connect(self.openRequested)
        self.retranslate()

        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 32, 40, 28)
        inner.setSpacing(12)
        inner.addWidget(logo)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(10)
        inner.addWidget(self.tailor_button)
        inner.addWidget(self.demo_button)
        inner.addSpacing(4)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addStretch(1)
        inner.addLayout(row)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(card, 4)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
        self._style()

    def _style(self) -> None:
        palette = self.palette()
        self._card.setStyleSheet(
            f"#welcomeCard {{ background: {theme.card_background(palette).name()};"
            f" border: 1px solid {theme.card_border(palette).name()}; border-radius: 14px; }}")

    def retranslate(self) -> None:
        self.title.setText(translate("Welcome", "Welcome to Deal Planner"))
        self.intro.setText(translate("Welcome",
            "A sale moves forward through milestones that cannot be undone: the budget is "
            "locked, the solution is chosen, the contract is signed. Start by tailoring a "
            "process to the milestones your customers really have; your deals then move "
            "across its stages, one confirmed milestone at a time."))
        self.tailor_button.setText(translate("Welcome", "Tailor your first process"))
        self.tailor_button.setDescription(
            translate("Welcome", "Answer one question per stage of the reference process; about five minutes."))
        self.demo_button.setText(translate("Welcome", "Open the demo"))
        self.demo_button.setDescription(
            translate("Welcome", "A sample file with accounts, deals and confirmed milestones to explore freely."))
        self.open_button.setText(translate("Welcome", "Open Another Planner File…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._style()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
