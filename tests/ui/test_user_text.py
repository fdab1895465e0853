"""Text the user typed is shown as typed: never read as markup by a label, a tooltip or a
message box (a deal called "<h1>X</h1>" is not a heading, an <img> tag loads nothing)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as TextQt
from PySide6.QtGui import QTextDocumentFragment, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLabel, QMessageBox, QWidget

from planner.domain.model import Account, BuyingRole, Contact, Deal, ItemKind, ItemTemplate, Process, Stage
from planner.services import Confirmation, Planner
from planner.ui.deal.stage_map import StageMapStrip
from planner.ui.main_window import MainWindow

MARK = "<h1>X</h1><img src='/nowhere.png'>"


def hostile_file(planner: Planner) -> tuple[int, int, int]:
    """A process, an account, a contact and two deals (one open, one abandoned) whose every
    text carries markup."""
    process = Process(name=f"Process {MARK}", description=f"About {MARK}", stages=[
        Stage(name=f"Stage {i} {MARK}", milestone=f"Milestone {i} {MARK}", win_rate=10 * (i + 1),
              tasks=[ItemTemplate(f"Task {i} {MARK}", required=True)],
              deliverables=[ItemTemplate(f"Deliverable {i} {MARK}")]) for i in range(3)])
    pid = planner.processes.create(process)
    aid = planner.accounts.create(Account(name=f"Account {MARK}", industry=f"Trade {MARK}", notes=f"Notes {MARK}"))
    planner.contacts.add(Contact(account_id=aid, name=f"Contact {MARK}", title=f"Title {MARK}",
                                notes=f"About {MARK}", role=BuyingRole.COACH))
    deal = planner.deals.create(Deal(account_id=aid, process_id=pid, title=f"Deal {MARK}",
                                    notes=f"Notes {MARK}", risks=f"Risk {MARK}"))
    work = planner.work.get(deal)
    for task in work.stage_tasks(work.deal.stage_id):
        planner.work.set_done(ItemKind.TASK, task.id, True)
    planner.milestones.confirm(deal, [Confirmation(work.deal.stage_id, date.today(), f"Evidence {MARK}",
                                        decision=f"Decision {MARK}")])
    planner.milestones.correct(planner.milestones.of(deal)[0].id, f"Correction {MARK}")
    planner.work.set_note(deal, planner.deals.get(deal).stage_id, f"Stage note {MARK}")
    closed = planner.deals.create(Deal(account_id=aid, process_id=pid, title=f"Closed {MARK}"))
    planner.deals.abandon(closed, f"Reason {MARK}")
    return pid, deal, closed


def markup_shown(root: QWidget) -> list[str]:
    """Every label, tooltip and item tooltip under ``root`` that Qt would render as markup
    while it holds the user's text."""
    found = []

    def rendered(text: str) -> bool:
        return MARK in text and TextQt.mightBeRichText(text)

    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, StageMapStrip):  # its tooltips are shown by hand, one per stage
            found += [f"stage map tooltip: {t[:50]}" for t in map(widget.tooltip, widget._segments) if rendered(t)]
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText \
                and rendered(widget.text()):
            found.append(f"label in {type(widget.parent()).__name__}: {widget.text()[:50]}")
        if rendered(widget.toolTip()):
            found.append(f"tooltip of {type(widget).__name__}: {widget.toolTip()[:50]}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            rows = [model.index(r, 0, QModelIndex()) for r in range(model.rowCount(QModelIndex()))]
            for index in rows:
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and rendered(tip):
                    found.append(f"item tooltip in {type(widget).__name__}: {tip[:50]}")
    return found


def auditing(found: list[str], name: str) -> Callable[[QDialog], int]:
    def exec_(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        found.extend(f"{name}: {line}" for line in markup_shown(dialog))
        dialog.reject()
        return 0
    return exec_


@pytest.fixture
def hostile(qtbot, planner: Planner) -> tuple[MainWindow, int, int, int]:  # noqa: ANN001
    """The main window, with its deal panel, on a file whose every text carries markup."""
    pid, deal, closed = hostile_file(planner)
    window = MainWindow(planner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace is not None)
    return window, pid, deal, closed


def test_user_text_is_never_read_as_markup(hostile, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    import planner.ui.accounts.dialog as accounts
    import planner.ui.deal.new_deal as deal_dialog
    import planner.ui.processes.library as library
    from planner.ui.deal.confirm import ConfirmDialog

    window, pid, deal, closed = hostile
    window.board.reload(pid)
    window.board.set_show_closed(True)
    found: list[str] = []
    for deal_id in (deal, closed):  # the workspace of an open and of a closed deal
        window.board.select_deal(deal_id)
        window._deal_activated(deal_id)
        QApplication.processEvents()
        found += markup_shown(window)
    window.board.select_deal(deal)
    for dialog, name, opening in ((ConfirmDialog, "confirm", window.confirm_selected),
                                  (accounts.AccountsDialog, "accounts", window.open_accounts),
                                  (deal_dialog.NewDealDialog, "new deal", window.new_deal),
                                  (library.ProcessLibraryDialog, "processes", window.open_processes)):
        monkeypatch.setattr(dialog, "exec", auditing(found, name))
        opening()
    assert found == []


def test_questions_quote_names_as_typed(hostile, planner: Planner, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    window, _pid, deal, _closed = hostile
    fresh = planner.deals.create(Deal(account_id=planner.deals.get(deal).account_id,
                                      process_id=planner.deals.get(deal).process_id, title=f"Fresh {MARK}"))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No))
    window.workspace.show_deal(fresh)  # type: ignore[union-attr]
    window.workspace.delete()  # type: ignore[union-attr]  # open, no milestones: it asks first
    assert asked and MARK in QTextDocumentFragment.fromHtml(asked[0]).toPlainText()
    assert planner.deals.get(fresh)  # answered No: still there


def test_an_ampersand_in_a_name_is_not_a_shortcut_mark(qtbot, planner: Planner) -> None:  # noqa: ANN001
    """Menus read "&" as the mark of a shortcut key: "R&D review" must not lose its "&"."""
    from planner.ui.board import Board
    from planner.ui.kit import undo

    process = Process(name="P", stages=[Stage(name=name, milestone="m", win_rate=10 * (i + 1))
                                        for i, name in enumerate(("Lead", "Fit", "R&D review"))])
    pid = planner.processes.create(process)
    aid = planner.accounts.create(Account(name="A"))
    deal = planner.deals.create(Deal(account_id=aid, process_id=pid, title="D"))
    board = Board(planner)
    qtbot.addWidget(board)
    board.reload()
    move = next(a.menu() for a in board.context_menu(deal).actions() if a.menu() is not None)
    assert "R&D review" in [a.iconText() for a in move.actions()]  # iconText: the text as shown

    stack = QUndoStack()
    contact = Contact(account_id=aid, name="Smith & Wesson")
    undo.push(stack, undo.AddContact(planner, contact))
    action = stack.createUndoAction(stack)
    assert "Smith & Wesson" in action.iconText()
