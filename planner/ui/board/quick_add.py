"""Quick add: a deal in the first stage from the first column's header, in a few keystrokes.

A title and an account (chosen, or typed: a name no account has yet makes a new account),
Enter to add, Esc to put the form away. The deal is worth nothing yet and is in the file's
home currency; the deal panel, which opens on it, takes the rest. Like the New Deal dialog,
the form writes through the services; the card arrives on the board as every change does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.model import Account, Deal
from planner.i18n import current_language, error_text
from planner.services import Planner
from planner.ui.kit import theme
from planner.ui.kit.formats import account_labels, same_name
from planner.ui.kit.widgets import InlineError, muted

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QScrollArea

    from planner.domain.model import Process
    from planner.ui.board.bar import BoardBar
    from planner.ui.board.column import StageColumn

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class Board(Protocol):
    """What the form reads of the board, and what it asks of it once a deal is added."""

    planner: Planner
    process: Process | None
    columns: list[StageColumn]
    scroll: QScrollArea
    bar: BoardBar

    @property
    def dealClicked(self) -> SignalInstance: ...  # noqa: N802  # the board's Qt signals

    @property
    def message(self) -> SignalInstance: ...

    def refresh_deal(self, deal_id: int) -> None: ...

    def select_deal(self, deal_id: int, focus: bool = True) -> bool: ...

    def reveal(self, deal_id: int) -> bool: ...


def open_in(board: Board, form: QuickAdd | None) -> QuickAdd:
    """Open the form at the top of ``board``'s first column (made the first time); a deal it
    adds is selected there and opens in the deal panel, as a clicked card does."""
    first = board.columns[0]
    first.set_folded(False)
    if form is None:
        form = QuickAdd()
        form.added.connect(lambda deal_id: _added(board, deal_id))
    if first.form is not form:
        first.insert_form(form)
    board.scroll.ensureWidgetVisible(first, 8, 0)
    assert board.process is not None and board.process.id is not None  # the board checked
    form.open_for(board.planner, board.process.id, board.bar.account_id())
    return form


def _added(board: Board, deal_id: int) -> None:
    board.refresh_deal(deal_id)  # the session has shown it already where there is one
    if not board.select_deal(deal_id):
        board.reveal(deal_id)
    board.dealClicked.emit(deal_id)  # as if clicked: the deal panel opens on it
    board.message.emit(translate("Board", "Deal added to “{stage}”.").format(
        stage=board.columns[0].stage.name if board.columns else ""))


class QuickAdd(QFrame):
    """The form; ``added(deal id)`` once the deal is in the file."""

    added = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickAdd")
        self.planner: Planner | None = None
        self.process_id: int | None = None
        self._accounts: list[Account] = []
        self.title = QLineEdit(self)
        self.account = QComboBox(self)
        self.account.setEditable(True)
        self.account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.account.setMinimumContentsLength(6)
        completer = QCompleter(self.account.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.account.setCompleter(completer)
        self.hint = muted(QLabel(self))
        self.hint.setWordWrap(True)
        self.error = InlineError(self)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.add_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.account)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        for field in (self.title, self.account.lineEdit()):
            assert field is not None
            field.installEventFilter(self)
        self.account.editTextChanged.connect(lambda _t: self._say_account())
        self.title.textChanged.connect(lambda _t: self.error.show_message(""))
        self.retranslate()
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A card's ground with the accent's border: where the new card will be."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(QPen(theme.accent(palette), 1.5))
        painter.setBrush(theme.card_background(palette))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 7, 7)

    def retranslate(self) -> None:
        self.title.setPlaceholderText(translate("QuickAdd", "Title of the new deal"))
        self.title.setAccessibleName(translate("QuickAdd", "Title of the new deal"))
        self.account.lineEdit().setPlaceholderText(translate("QuickAdd", "Account: choose or type a new one"))  # type: ignore[union-attr]  # editable
        self.account.setAccessibleName(translate("QuickAdd", "Account"))
        self.add_button.setText(translate("QuickAdd", "Add"))
        self.add_button.setToolTip(translate("QuickAdd", "Add the deal to the first stage (Enter)"))
        self.cancel_button.setText(translate("QuickAdd", "Cancel"))
        self.cancel_button.setToolTip(translate("QuickAdd", "Put the form away (Esc)"))
        self._say_account()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ opening
    def open_for(self, planner: Planner, process_id: int, account_id: int | None = None) -> None:
        """Show the form for a deal of ``process_id``, the account filter's account chosen."""
        self.planner, self.process_id = planner, process_id
        self._accounts = planner.accounts.all(include_archived=True)
        labels = account_labels(self._accounts)
        self.account.blockSignals(True)
        self.account.clear()
        for a in sorted((a for a in self._accounts if not a.archived), key=lambda a: labels[a.id].casefold()):  # type: ignore[index]  # stored accounts have ids
            self.account.addItem(labels[a.id], a.id)  # type: ignore[index]
        self.account.setCurrentIndex(self.account.findData(account_id) if account_id is not None else -1)
        if account_id is None:
            self.account.setEditText("")
        self.account.blockSignals(False)
        self.title.clear()
        self.error.show_message("")
        self._say_account()
        self.show()
        self.title.setFocus()

    def cancel(self) -> None:
        self.hide()
        self.closed.emit()

    # ------------------------------------------------------------------ account
    def chosen(self) -> tuple[int | None, str]:
        """(an existing account's id, or None and the name of a new one)."""
        text = " ".join(self.account.currentText().split())
        index = self.account.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive
        if index >= 0:
            return int(self.account.itemData(index)), text
        named = [a for a in self._accounts if not a.archived and same_name(text, [a]) is not None]
        if len(named) == 1:
            return named[0].id, text  # the name of one account, typed: that account, no second one
        return None, text

    def _say_account(self) -> None:
        account_id, name = self.chosen() if self.planner is not None else (None, "")
        text = ""
        if account_id is None and name:
            twin = same_name(name, self._accounts)
            if twin is not None:
                text = translate("QuickAdd", "Several accounts are named “{name}”: choose one from the list, "
                                             "or the deal adds yet another.").format(name=twin.name)
            else:
                text = translate("QuickAdd", "A new account “{name}” will be created.").format(name=name)
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    # ------------------------------------------------------------------ adding
    def submit(self) -> None:
        if self.planner is None or self.process_id is None:
            return
        title = " ".join(self.title.text().split())
        account_id, name = self.chosen()
        if not title:
            self.error.show_message(translate("QuickAdd", "Give the deal a title."))
            self.title.setFocus()
            return
        if account_id is None and not name:
            self.error.show_message(translate("QuickAdd", "Choose an account, or type the name of a new one."))
            self.account.setFocus()
            return
        home = self.planner.rates.home(current_language())
        try:
            deal_id = self.planner.deals.create(
                Deal(account_id=account_id or 0, process_id=self.process_id, title=title, currency=home),
                new_account=Account(name=name) if account_id is None else None)
        except PlannerError as e:
            self.error.show_message(error_text(e))
            return
        self.hide()
        self.added.emit(deal_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape):
            event.accept()  # Esc is the form's (the board's own Esc lets go of the selected deal)
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                completer = self.account.completer()
                popup = completer.popup() if completer is not None else None
                if popup is not None and popup.isVisible():
                    return False  # Enter takes the completion first
                if watched is self.title and not self.account.currentText().strip():
                    self.account.setFocus()  # the title typed: on to the account
                else:
                    self.submit()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.cancel()
                return True
        return super().eventFilter(watched, event)
