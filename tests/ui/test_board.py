"""The board widget: columns from the process, search, account filter, the closed lane,
refused backward moves, drag feedback and keyboard navigation."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from builders import confirm_current, days_ago, simple_process
from searching import searched
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QPalette
from PySide6.QtWidgets import QApplication

from planner.domain import formats
from planner.domain.model import Account, Contact, Deal, Outcome
from planner.services import Planner
from planner.ui.board import WIN, Board
from planner.ui.board.model import CardRole, encode


@dataclass
class Pipeline:
    process_id: int
    fresh: int  # stage 1, Acme
    advanced: int  # stage 3, Beta: two milestones confirmed
    lost: int  # closed as lost, Beta
    acme: int
    beta: int


def build(planner: Planner) -> Pipeline:
    pid = planner.processes.create(simple_process(4))
    acme = planner.accounts.create(Account(name="Acme Machinery"))
    beta = planner.accounts.create(Account(name="Beta Logistics"))
    planner.contacts.add(Contact(acme, "Lin Chih-ming", title="General manager"))
    fresh = planner.deals.create(Deal(acme, pid, "MES rollout", value=1_000_000, currency="TWD",
                                     notes="budget is locked in March"))
    advanced = planner.deals.create(Deal(beta, pid, "Scanner pilot", value=300_000, currency="TWD"))
    confirm_current(planner, advanced, on=days_ago(10), evidence="Kick-off minutes")
    confirm_current(planner, advanced, on=days_ago(5), evidence="Budget memo")
    lost = planner.deals.create(Deal(beta, pid, "Forklift fleet", value=50_000, currency="USD"))
    confirm_current(planner, lost, outcome=Outcome.AGAINST, on=days_ago(2))
    return Pipeline(pid, fresh, advanced, lost, acme, beta)


@pytest.fixture
def board(qtbot, planner: Planner) -> tuple[Board, Pipeline]:  # noqa: ANN001
    pipeline = build(planner)
    widget = Board(planner)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.reload()
    widget.show()
    return widget, pipeline


def ids(board: Board, column: int) -> list[int]:
    view = board.columns[column].view
    return [view.model().index(r, 0).data(CardRole.DEAL_ID) for r in range(view.model().rowCount())]


def test_one_column_per_stage_with_count_and_weighted_value(board) -> None:  # noqa: ANN001
    widget, p = board
    assert [c.stage.name for c in widget.columns] == ["Stage 1", "Stage 2", "Stage 3", "Stage 4"]
    assert ids(widget, 0) == [p.fresh]
    assert ids(widget, 2) == [p.advanced]
    header = widget.columns[2].header
    assert header.totals.deals == 1
    assert (header.totals.money.home, header.totals.money.value) == ("TWD", 300_000)
    assert header.totals.money.weighted == pytest.approx(300_000 * 0.30)  # stage 3 wins 30 %
    assert "Weighted" in header.toolTip()
    assert widget.counts() == (2, 2, 1)


def test_closed_deals_leave_the_columns_and_show_in_the_lane(board, qtbot) -> None:  # noqa: ANN001
    widget, p = board
    assert p.lost not in [d for i in range(4) for d in ids(widget, i)]
    assert not widget.lane.isVisible()
    widget.show_closed_action.trigger()
    assert widget.lane.isVisible()
    lane = widget.lane.view.model()
    assert [lane.index(r, 0).data(CardRole.DEAL_ID) for r in range(lane.rowCount())] == [p.lost]
    assert lane.index(0, 0).data(CardRole.STATUS) == "lost"
    assert "1 lost" in widget.lane.summary.text()
    widget.closed_button.click()
    assert not widget.lane.isVisible() and not widget.show_closed_action.isChecked()


def test_search_filters_as_you_type_over_title_account_contacts_and_notes(board, qtbot) -> None:  # noqa: ANN001
    widget, p = board
    qtbot.keyClicks(widget.search, "lin chih")  # a contact of Acme
    searched(widget)
    assert ids(widget, 0) == [p.fresh] and ids(widget, 2) == []
    widget.search.clear()
    searched(widget)
    qtbot.keyClicks(widget.search, "March")  # the deal's notes
    searched(widget)
    assert ids(widget, 0) == [p.fresh]
    searched(widget, "beta")  # an account name
    assert ids(widget, 0) == [] and ids(widget, 2) == [p.advanced]
    assert widget.columns[2].header.filtered
    assert widget.counts() == (2, 1, 1)
    searched(widget, "scanner pilot")
    assert ids(widget, 2) == [p.advanced]
    searched(widget, "nothing like this")
    assert widget.counts()[1] == 0
    assert widget.columns[0].view.empty_text == "No matching deals"
    widget.search.clear()
    searched(widget)
    assert widget.counts() == (2, 2, 1)


def test_account_filter(board) -> None:  # noqa: ANN001
    widget, p = board
    names = [widget.account_combo.itemText(i) for i in range(widget.account_combo.count())]
    assert names == ["All accounts", "Acme Machinery", "Beta Logistics"]
    widget.account_combo.setCurrentIndex(widget.account_combo.findData(p.beta))
    assert ids(widget, 0) == [] and ids(widget, 2) == [p.advanced]
    widget.show_closed_action.setChecked(True)
    assert widget.lane.proxy.rowCount() == 1
    widget.account_combo.setCurrentIndex(widget.account_combo.findData(p.acme))
    assert widget.lane.proxy.rowCount() == 0 and ids(widget, 0) == [p.fresh]


def test_a_backward_drop_is_refused_naming_the_milestone_and_its_date(board, qtbot) -> None:  # noqa: ANN001
    widget, p = board
    requests: list[tuple[int, int]] = []
    widget.confirmRequested.connect(lambda d, s: requests.append((d, s)))
    first = widget.columns[0]
    data = encode(p.advanced, widget.columns[2].stage.id)
    assert not first.model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    first.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(widget.notice.isVisible)
    text = widget.notice.text.text()
    assert "Stage 1" in text and "Milestone 1" in text
    assert formats.long_date(days_ago(10), "en") in text  # when that milestone was confirmed
    assert requests == []
    assert ids(widget, 2) == [p.advanced]  # nothing moved


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")  # no QPointF overload
def test_drag_feedback_forbidden_over_frozen_columns(board, qtbot) -> None:  # noqa: ANN001
    widget, p = board
    data = encode(p.advanced, widget.columns[2].stage.id)
    messages: list[str] = []
    widget.message.connect(messages.append)

    def drag_over(column: int) -> QDragMoveEvent:
        """What the platform sends while a card is dragged over a column: enter, then moves."""
        view = widget.columns[column].view
        args = (Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view.viewport(), QDragEnterEvent(QPoint(20, 20), *args))
        event = QDragMoveEvent(QPointF(20, 24), *args)
        QApplication.sendEvent(view.viewport(), event)
        return event

    back = drag_over(0)
    assert not back.isAccepted()  # the platform shows the "forbidden" cursor
    overlay = widget.columns[0].overlay
    assert overlay.isVisible() and overlay.state == "back"
    assert "Frozen" in overlay.message
    assert messages and "Milestone 1" in messages[-1]
    forward = drag_over(3)
    assert forward.isAccepted()
    assert widget.columns[3].overlay.state == "forward"
    widget.moves.drag_finished(p.advanced)
    assert not any(c.overlay.isVisible() for c in widget.columns)


def test_dropping_forward_asks_for_confirmation(board, qtbot) -> None:  # noqa: ANN001
    widget, p = board
    data = encode(p.fresh, widget.columns[0].stage.id)
    with qtbot.waitSignal(widget.confirmRequested) as asked:
        widget.columns[2].model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert asked.args == [p.fresh, widget.columns[2].stage.id]


def test_keyboard_walks_columns_and_refuses_moving_back(board, qtbot) -> None:  # noqa: ANN001
    widget, p = board
    assert widget.select_deal(p.fresh)
    assert widget.selected_deal() == p.fresh
    qtbot.keyClick(widget.columns[0].view, Qt.Key.Key_Right)  # skips the empty column 2
    assert widget.selected_deal() == p.advanced
    with qtbot.waitSignal(widget.confirmRequested) as asked:
        widget.confirm_selected()
    assert asked.args == [p.advanced, widget.columns[3].stage.id]
    qtbot.keyClick(widget.columns[2].view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert widget.notice.isVisible() and "Stage 2" in widget.notice.text.text()


def test_the_last_stage_confirms_to_a_win(planner: Planner, qtbot) -> None:  # noqa: ANN001
    pid = planner.processes.create(simple_process(2))
    aid = planner.accounts.create(Account(name="Acme"))
    deal = planner.deals.create(Deal(aid, pid, "Almost there"))
    confirm_current(planner, deal)
    widget = Board(planner)
    qtbot.addWidget(widget)
    widget.reload()
    assert widget.next_target(deal) == WIN
    menu = widget.context_menu(deal)
    assert any("Confirm Milestone" in a.text() for a in menu.actions())


def test_refresh_deal_moves_only_that_card(board, planner: Planner) -> None:  # noqa: ANN001
    widget, p = board
    other_model = widget.columns[2].model
    before = other_model.cards[0]
    confirm_current(planner, p.fresh)
    widget.refresh_deal(p.fresh)
    assert ids(widget, 0) == [] and ids(widget, 1) == [p.fresh]
    assert other_model.cards[0] is before  # untouched cards are not rebuilt
    planner.deals.abandon(p.fresh, "No budget this year")
    widget.refresh_deal(p.fresh)
    assert ids(widget, 1) == [] and widget.lane_model.row_of(p.fresh) >= 0


def test_archived_processes_are_hidden_unless_they_have_open_deals(board, planner: Planner) -> None:  # noqa: ANN001
    widget, p = board
    idle = planner.processes.create(simple_process(2, name="Old way"))
    planner.processes.archive(idle)
    planner.processes.archive(p.process_id)
    read: list[int] = []
    scan = planner.deals.board_scan
    planner.deals.board_scan = lambda q, *a: read.append(q.process_id) or scan(q, *a)  # type: ignore[method-assign]
    widget.reload()
    labels = [widget.process_combo.itemText(i) for i in range(widget.process_combo.count())]
    assert labels == ["Test process (archived)"]
    assert read and set(read) == {p.process_id}  # the counts come with the list: only the shown board's cards are read


def test_cards_paint_readably_in_a_dark_palette(board, qtbot) -> None:  # noqa: ANN001
    widget, p = board
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#353535"), (QPalette.ColorRole.WindowText, "#eeeeee"),
                         (QPalette.ColorRole.Base, "#242424"), (QPalette.ColorRole.Text, "#eeeeee"),
                         (QPalette.ColorRole.Highlight, "#4c8dff")):
        dark.setColor(role, QColor(colour))
    widget.setPalette(dark)
    QApplication.processEvents()
    view = widget.columns[0].view
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(0, 0))
    # the card's ground is dark, and its title is drawn in a light colour on it
    ground = image.pixelColor(rect.right() - 30, rect.bottom() - 6)
    assert ground.lightnessF() < 0.35
    title_band = [image.pixelColor(x, rect.top() + 18) for x in range(rect.left() + 12, rect.left() + 110)]
    assert max(c.lightnessF() for c in title_band) > 0.75


def test_a_narrow_board_puts_the_filters_on_a_second_row(board, qtbot) -> None:  # noqa: ANN001
    """A small window with the deal panel open leaves the board little room: the filters move
    under the search box instead of over it, and come back when there is room again."""
    widget, _p = board
    bar = (widget.search, widget.account_combo, widget.closed_button, widget.process_combo)
    for width, rows in ((1280, 1), (420, 2), (1280, 1)):
        widget.resize(width, 700)
        QApplication.processEvents()
        tops = sorted(w.geometry().top() for w in bar)
        assert 1 + sum(b - a > 10 for a, b in zip(tops, tops[1:])) == rows
        geometries = [w.geometry() for w in bar]
        assert not any(a.intersects(b) for i, a in enumerate(geometries) for b in geometries[i + 1:])


def test_card_titles_are_bold_in_chinese_too(qapp) -> None:  # noqa: ANN001
    """Chinese fonts often have no bold face: Qt emboldens one only from Bold up, so a
    lighter weight showed English titles bold and Chinese ones regular."""
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from planner.ui.board.delegate import CardDelegate

    def ink(font: QFont, text: str) -> int:
        image = QImage(320, 48, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(font)
        painter.drawText(4, 32, text)
        painter.end()
        return sum(255 - QColor(image.pixel(x, y)).red() for x in range(320) for y in range(48))

    base = QFont()
    base.setPointSizeF(12)
    title, value, _small = CardDelegate()._fonts(base)
    regular = QFont(title)
    regular.setWeight(QFont.Weight.Normal)
    for emphasis in (title, value):
        assert ink(emphasis, "廠區能源監控") > 1.25 * ink(regular, "廠區能源監控")


def test_the_first_column_says_how_to_add_a_deal_while_the_process_has_none_open(planner: Planner, qtbot) -> None:  # noqa: ANN001
    pid = planner.processes.create(simple_process(3))
    aid = planner.accounts.create(Account(name="Acme"))
    widget = Board(planner)
    qtbot.addWidget(widget)
    widget.reload()
    hint = "No deals yet.\nAdd one with Deal › New Deal… (Ctrl+Shift+N)."
    assert [c.view.empty_text for c in widget.columns] == [hint, "No deals in this stage", "No deals in this stage"]
    deal = planner.deals.create(Deal(aid, pid, "First one"))
    widget.refresh_deal(deal)
    confirm_current(planner, deal)
    widget.refresh_deal(deal)  # in the second stage now: the first column is empty, the board is not
    assert widget.columns[0].view.empty_text == "No deals in this stage"
    planner.deals.abandon(deal, "No budget this year")
    widget.refresh_deal(deal)  # none open again
    assert widget.columns[0].view.empty_text == hint


def test_the_lane_shows_won_value_as_the_columns_do(planner: Planner, qtbot) -> None:  # noqa: ANN001
    """The lane's won total in the headers' short form (NT$587.5M), the exact amount on hover."""
    pid = planner.processes.create(simple_process(2))
    aid = planner.accounts.create(Account(name="Acme"))
    deal = planner.deals.create(Deal(aid, pid, "Big one", value=587_490_000, currency="TWD"))
    confirm_current(planner, deal)
    confirm_current(planner, deal)
    widget = Board(planner)
    qtbot.addWidget(widget)
    widget.reload()
    widget.show_closed_action.setChecked(True)
    summary = widget.lane.summary
    assert "1 won" in summary.text()
    assert formats.compact(587_490_000, "TWD", "en") in summary.text()
    assert "587,490,000" not in summary.text()
    assert formats.money(587_490_000, "TWD", "en") in summary.toolTip()
