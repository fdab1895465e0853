"""Moving a card: forward asks the window to confirm the milestones on the way; back is
refused on the spot, naming the milestone that froze the stage and its date.

A card is moved by a drop, by Ctrl+Right (confirm the current milestone) and Ctrl+Left
(which only explains), and by the context menu; all of them end here. The board never
writes: a card changes column once the file says its milestones are confirmed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QCursor

from planner.domain import formats
from planner.domain.errors import PlannerError
from planner.domain.model import Card, DealStatus, Process
from planner.i18n import current_language
from planner.services import Planner
from planner.ui.board.notice import Notice

if TYPE_CHECKING:
    # built after the first paint, with the cards: its module loads then
    from planner.ui.board.column import StageColumn

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

WIN = 0  # target "stage" meaning: past the last milestone, the deal is won


class Host(Protocol):
    """What moving a card reads of the board."""

    planner: Planner
    process: Process | None
    positions: dict[int, int]  # stage id -> place in the process
    columns: list[StageColumn]
    notice: Notice
    read_only: bool

    @property
    def confirmRequested(self) -> SignalInstance: ...  # noqa: N802  # the board's Qt signal

    @property
    def message(self) -> SignalInstance: ...

    def card_of(self, deal_id: int) -> Card | None: ...


class CardMoves:
    def __init__(self, host: Host) -> None:
        self.host = host

    def watch(self, column: StageColumn) -> None:
        """Drops on ``column`` and the feedback while a card is dragged over it."""
        column.view.dropStateChanged.connect(
            lambda state, deal, _stage, c=column: self.drop_state(c, state, deal))
        # queued: the drop finishes before a dialog opens or a notice shows
        column.model.moveRequested.connect(self.request, Qt.ConnectionType.QueuedConnection)
        column.model.moveRefused.connect(self.show_refusal, Qt.ConnectionType.QueuedConnection)

    def next_target(self, deal_id: int) -> int | None:
        """The stage a one-milestone step leads to (WIN after the last); None if closed."""
        process, card = self.host.process, self.host.card_of(deal_id)
        if card is None or card.status != DealStatus.OPEN or process is None:
            return None
        i = self.host.positions[card.stage_id] + 1
        return process.stages[i].id if i < len(process.stages) else WIN

    def confirm(self, deal_id: int) -> None:
        """Ctrl+Right: confirm the deal's current milestone."""
        target = self.next_target(deal_id) if deal_id else None
        if target is None or self.host.read_only:
            self.host.message.emit(translate("Board", "Select an open deal first."))
            return
        self.host.confirmRequested.emit(deal_id, target)

    def back(self, deal_id: int) -> None:
        """Ctrl+Left: there is no way back, and the board says why."""
        process, card = self.host.process, self.host.card_of(deal_id) if deal_id else None
        if card is None or card.status != DealStatus.OPEN or process is None:
            return
        i = self.host.positions[card.stage_id]
        if i == 0:
            title = card.title
            self.host.notice.show_message(
                lambda: translate("Board", "“{deal}” is in the first stage.").format(deal=title))
            return
        self.show_refusal(card.deal_id, process.stages[i - 1].id)  # type: ignore[arg-type]  # a stored stage has its id

    def request(self, deal_id: int, stage_id: int) -> None:
        """A card dropped on a stage column: forward asks for confirmation, back is refused."""
        host = self.host
        card = host.card_of(deal_id)
        if card is None or card.status != DealStatus.OPEN or stage_id not in host.positions or host.read_only:
            return
        here, there = host.positions[card.stage_id], host.positions[stage_id]
        if there > here:
            host.confirmRequested.emit(deal_id, stage_id)
        elif there < here:
            self.show_refusal(deal_id, stage_id)

    def refusal(self, deal_id: int, stage_id: int) -> Callable[[], str]:
        """Why ``deal_id`` cannot move back to ``stage_id``: the facts are gathered now, the
        sentence is written in the language of the moment each time it is asked for."""
        host = self.host
        assert host.process is not None
        card = host.card_of(deal_id)
        title = card.title if card else ""
        stage = host.process.stage(stage_id).name
        try:
            milestones = host.planner.milestones.of(deal_id)
        except PlannerError:
            milestones = []
        position = host.positions[stage_id]
        # the stage's own milestone froze it; failing that (a reshaped process) the next one
        freezer = next((m for m in milestones if m.stage_id == stage_id), None) or next(
            (m for m in milestones if host.positions.get(m.stage_id, -1) >= position), None)
        if freezer is None:
            return lambda: translate("Board", "“{deal}” cannot move back to “{stage}”: a deal only moves forward."
                                     ).format(deal=title, stage=stage)
        milestone, on = host.process.stage(freezer.stage_id).milestone, freezer.confirmed_on
        return lambda: translate("Board", "“{deal}” cannot move back to “{stage}”. That stage was frozen when its "
                                 "milestone “{milestone}” was confirmed on {date}. Confirmed milestones "
                                 "cannot be undone.").format(
            deal=title, stage=stage, milestone=milestone, date=formats.long_date(on, current_language()))

    def show_refusal(self, deal_id: int, stage_id: int) -> None:
        if self.host.process is None or stage_id not in self.host.positions:
            return
        words = self.refusal(deal_id, stage_id)
        self.host.notice.show_message(words, "refusal")
        self.host.message.emit(words())

    def drop_state(self, column: StageColumn, state: str, deal_id: int) -> None:
        """A card dragged over ``column`` ("forward", "back") or away from it ("")."""
        host = self.host
        if not state:
            column.set_drop_state("")
            return
        card = host.card_of(deal_id)
        if card is None or host.process is None:
            return
        stage_id: int = column.stage.id  # type: ignore[assignment]  # a stored stage has its id
        if state == "back":
            milestone = next((m for m in host.planner.milestones.of(deal_id) if m.stage_id == stage_id), None)
            lines = [translate("Board", "Frozen for this deal")]
            if milestone is not None:
                lines.append(translate("Board", "milestone confirmed on {date}").format(
                    date=formats.long_date(milestone.confirmed_on, current_language())))
            column.set_drop_state("back", "\n".join(lines))
            host.message.emit(self.refusal(deal_id, stage_id)())
        elif state == "forward":
            n = host.positions[stage_id] - host.positions[card.stage_id]
            column.set_drop_state("forward", translate("Board", "Confirm %n milestones to move here", "", n))

    def drag_finished(self, deal_id: int) -> None:
        """A drop the platform refused never reaches the column: say why all the same."""
        for column in self.host.columns:
            was_back = column.overlay.state == "back"
            column.set_drop_state("")
            inside = column.rect().contains(column.mapFromGlobal(QCursor.pos()))
            if was_back and inside:
                self.show_refusal(deal_id, column.stage.id)  # type: ignore[arg-type]  # a stored stage has its id
