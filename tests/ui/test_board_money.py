"""The board's totals are in the home currency; a currency without a rate is named apart."""

from __future__ import annotations

from builders import simple_process

from planner.domain.model import Account, Deal
from planner.services import Planner
from planner.ui.board import Board


def yen_board(qtbot, planner: Planner) -> Board:  # noqa: ANN001
    pid = planner.processes.create(simple_process(3))
    acme = planner.accounts.create(Account(name="Acme"))
    for title, value in (("MES rollout", 1_000_000), ("Scanners", 200_000)):
        planner.deals.create(Deal(acme, pid, title, value=value, currency="TWD"))
    planner.deals.create(Deal(acme, pid, "Tokyo plant", value=50_000_000, currency="JPY"))
    board = Board(planner)
    qtbot.addWidget(board)
    board.reload()
    return board


def test_one_large_yen_deal_does_not_take_over_the_headline(qtbot, planner: Planner) -> None:  # noqa: ANN001
    board = yen_board(qtbot, planner)
    header = board.columns[0].header
    assert (header.totals.money.home, header.totals.money.value) == ("TWD", 1_200_000)
    assert header.totals.money.unconverted == {"JPY": 50_000_000}
    line, note = header._value_line()
    assert line.startswith("NT$1.2M") and "¥50,000,000 without a rate" in note
    assert "Without an exchange rate" in header.toolTip() and "¥50,000,000" in header.toolTip()
    assert board.summary_text.startswith("pipeline NT$1.2M") and "¥50,000,000 without a rate" in board.summary_text
    assert "NT$1,200,000" in board.summary_tip


def test_a_rate_set_brings_the_yen_into_every_total_at_once(qtbot, planner: Planner) -> None:  # noqa: ANN001
    board = yen_board(qtbot, planner)
    planner.subscribe(board.apply_changes)
    planner.rates.set("JPY", 0.2)
    header = board.columns[0].header
    assert header.totals.money.value == 1_200_000 + 10_000_000 and header.totals.money.unconverted == {}
    assert "without a rate" not in board.summary_text and board.summary_text.startswith("pipeline NT$11.2M")
    planner.rates.remove("JPY")
    assert header.totals.money.unconverted == {"JPY": 50_000_000}


def test_the_home_currency_chosen_for_the_file_is_the_headline(qtbot, planner: Planner) -> None:  # noqa: ANN001
    board = yen_board(qtbot, planner)
    planner.subscribe(board.apply_changes)
    planner.rates.set("JPY", 0.2)
    planner.settings.set("home_currency", "JPY")  # the NT$ gets the rate the yen had, turned round
    header = board.columns[0].header
    assert header.totals.money.home == "JPY" and planner.rates.table() == {"TWD": 5.0}
    assert header.totals.money.value == 50_000_000 + 1_200_000 * 5
    assert board.summary_text.startswith("pipeline ¥56M")


def header_lines(header) -> int:  # noqa: ANN001
    """The header's height in its small lines, past its name."""
    from PySide6.QtGui import QFontMetrics

    name, small = header._fonts()
    return (header.sizeHint().height() - 18 - header.name_lines * QFontMetrics(name).height()) // QFontMetrics(
        small).height()


def test_a_narrow_column_gives_the_amount_without_a_rate_a_line_of_its_own(qtbot, planner: Planner) -> None:  # noqa: ANN001
    """Eight narrow columns wrote it after the win rate, where it read "win rate 10% · + $…"."""
    from PySide6.QtWidgets import QApplication

    pid = planner.processes.create(simple_process(8))
    acme = planner.accounts.create(Account(name="Acme"))
    for title in ("MES rollout", "Scanners"):  # the usual currency: the home one
        planner.deals.create(Deal(acme, pid, title, value=1_250_000, currency="TWD"))
    planner.deals.create(Deal(acme, pid, "Tokyo plant", value=95_000_000, currency="JPY"))
    board = Board(planner)
    qtbot.addWidget(board)
    planner.subscribe(board.apply_changes)
    board.resize(1280, 700)  # eight stages: narrow columns, the totals on two lines
    board.reload(pid)
    board.show()
    qtbot.waitUntil(lambda: board.columns[0].header.note_line)
    header = board.columns[0].header
    assert header._short_note() == "+ ¥95M without a rate"
    # every column one line taller, so that all their cards start on one line
    assert {header_lines(c.header) for c in board.columns} == {4}
    assert len({c.view.mapTo(board, c.view.rect().topLeft()).y() for c in board.columns}) == 1
    # a search that leaves the yen out keeps the line: headers changing height as one types laid
    # the whole board out again (90 ms a key at 100,000 deals)
    board.search.setText("Scanners")
    qtbot.waitUntil(lambda: not board.typed.busy and board.columns[0].header.totals.deals == 1)
    assert header.totals.money.unconverted == {} and all(c.header.note_line for c in board.columns)
    board.search.setText("")
    qtbot.waitUntil(lambda: not board.typed.busy and board.columns[0].header.totals.deals == 3)
    planner.rates.set("JPY", 0.2)  # nothing left out: the line goes again
    QApplication.processEvents()
    assert not any(c.header.note_line for c in board.columns)
    assert {header_lines(c.header) for c in board.columns} == {3}
