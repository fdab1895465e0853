"""A card's context menu: open the deal, confirm its milestone, move it further forward,
or ask why it cannot move back. Built when asked for, so always in the current language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QPoint, SignalInstance
from PySide6.QtWidgets import QMenu, QWidget

from planner.domain.model import Card, DealStatus, Process
from planner.ui.board.model import CardRole
from planner.ui.board.moves import WIN
from planner.ui.kit import icons, plain, shortcuts

if TYPE_CHECKING:
    from planner.ui.board.column import CardListView

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class Host(Protocol):
    """What the menu reads of the board, and where its choices go."""

    process: Process | None
    positions: dict[int, int]  # stage id -> place in the process
    read_only: bool

    @property
    def dealActivated(self) -> SignalInstance: ...  # noqa: N802  # the board's Qt signals

    @property
    def confirmRequested(self) -> SignalInstance: ...  # noqa: N802

    def card_of(self, deal_id: int) -> Card | None: ...

    def show_refusal(self, deal_id: int, stage_id: int) -> None: ...


def card_menu(host: Host, deal_id: int, parent: QWidget) -> QMenu:
    menu = QMenu(parent)
    card = host.card_of(deal_id)
    open_action = menu.addAction(icons.icon("workspace"), translate("Board", "&Open Deal"))
    open_action.triggered.connect(lambda: host.dealActivated.emit(deal_id))
    process = host.process
    if card is None or card.status != DealStatus.OPEN or process is None or host.read_only:
        return menu
    menu.addSeparator()
    i = host.positions[card.stage_id]
    stage = process.stages[i]
    confirm = menu.addAction(icons.icon("milestone"), translate("Board", "&Confirm Milestone…"))
    confirm.setShortcuts(shortcuts.keys("confirm"))
    confirm.setToolTip(plain.html(stage.milestone))
    target = process.stages[i + 1].id if i + 1 < len(process.stages) else WIN
    confirm.triggered.connect(lambda: host.confirmRequested.emit(deal_id, target))
    move = menu.addMenu(translate("Board", "&Move Forward To"))
    for s in process.stages[i + 2:]:
        action = move.addAction(s.name.replace("&", "&&"))  # a single "&" would mark a shortcut
        action.triggered.connect(lambda _=False, sid=s.id: host.confirmRequested.emit(deal_id, sid))
    won = move.addAction(translate("Board", "Won (confirm every remaining milestone)"))
    won.triggered.connect(lambda: host.confirmRequested.emit(deal_id, WIN))
    move.setEnabled(bool(move.actions()))
    if i > 0:
        back = menu.addAction(icons.icon("lock"), translate("Board", "Why Can't It Move &Back?"))
        previous: int = process.stages[i - 1].id  # type: ignore[assignment]  # a stored stage has its id
        back.triggered.connect(lambda: host.show_refusal(deal_id, previous))
    return menu


def show_card_menu(host: Host, view: CardListView, pos: QPoint, parent: QWidget) -> None:
    """The menu of the card at ``pos`` in ``view``; from the Menu key, of the current card."""
    index = view.indexAt(pos)
    if not index.isValid() and view.currentIndex().isValid() and view.hasFocus():
        index = view.currentIndex()  # the Menu key: the current card, wherever the mouse is
        pos = view.visualRect(index).center()
    if not index.isValid():
        return
    view.setCurrentIndex(index)
    card_menu(host, int(index.data(CardRole.DEAL_ID)), parent).exec(view.viewport().mapToGlobal(pos))
