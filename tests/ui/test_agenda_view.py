"""Deal › Agenda: the lines by when they are due, ticking a step as the deal panel does (the
same undo command, logged in the deal), opening a line's deal on its board, the empty state,
the keyboard, the menu entry and its keys, following every write, and the quiet notice of
what is overdue when the window starts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from builders import confirm_current, new_deal
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.domain.agenda import LineKind, When
from planner.domain.model import ItemKind
from planner.services import Planner
from planner.ui.agenda.model import GROUP, LINE, Column
from planner.ui.agenda.view import AgendaView
from planner.ui.kit import shortcuts
from planner.ui.main_window import MainWindow
from planner.ui.session import Session

TODAY = date.today()


@pytest.fixture
def deals(planner: Planner) -> dict[str, int]:
    """A deal with an overdue next step, a task due today and a milestone target later; a
    second one (another process) with a step this week; a closed deal with a step."""
    late = new_deal(planner, stages=3, title="Late one", next_target=TODAY + timedelta(days=20))
    planner.deals.set_next_step(late, "Send the quote", TODAY - timedelta(days=3))
    task = planner.work.get(late).tasks[0]
    planner.work.set_due(ItemKind.TASK, task.id, TODAY)  # type: ignore[arg-type]
    soon = new_deal(planner, title="Soon one", account="Beta")
    planner.deals.set_next_step(soon, "Book the demo", TODAY + timedelta(days=2))
    lost = new_deal(planner, title="Lost one")
    planner.deals.set_next_step(lost, "Ask why", TODAY)
    from planner.domain.model import Outcome

    confirm_current(planner, lost, Outcome.AGAINST)
    return {"late": late, "soon": soon, "task": task.id or 0, "lost": lost}


@pytest.fixture
def view(qtbot, session: Session, deals: dict[str, int]) -> AgendaView:  # noqa: ANN001
    v = AgendaView(session)
    qtbot.addWidget(v)
    v.show()
    return v


def rows(v: AgendaView) -> list[tuple[When, list[tuple[LineKind, str]]]]:
    out = []
    for g in range(v.model.rowCount()):
        group = v.model.index(g, 0)
        out.append((group.data(GROUP), [(v.model.index(r, 0, group).data(LINE).kind,
                                         v.model.index(r, 0, group).data(LINE).title)
                                        for r in range(v.model.rowCount(group))]))
    return out


def line_index(v: AgendaView, kind: LineKind, title: str) -> QModelIndex:
    for g in range(v.model.rowCount()):
        group = v.model.index(g, 0)
        for r in range(v.model.rowCount(group)):
            index = v.model.index(r, 0, group)
            if (index.data(LINE).kind, index.data(LINE).title) == (kind, title):
                return index
    raise AssertionError(f"no {kind} line of {title}")


def test_lines_are_grouped_by_when_they_are_due(view: AgendaView, qtmodeltester) -> None:  # noqa: ANN001
    qtmodeltester.check(view.model)
    assert rows(view) == [
        (When.OVERDUE, [(LineKind.NEXT_STEP, "Late one")]),
        (When.TODAY, [(LineKind.TASK, "Late one")]),
        (When.WEEK, [(LineKind.NEXT_STEP, "Soon one")]),
        (When.LATER, [(LineKind.MILESTONE, "Late one")]),
    ]  # the closed deal's step is not there
    overdue = line_index(view, LineKind.NEXT_STEP, "Late one")
    assert overdue.data() == "Send the quote"
    assert overdue.siblingAtColumn(Column.DUE).data().endswith("(3 days ago)")
    assert overdue.siblingAtColumn(Column.DEAL).data() == "Late one"
    assert overdue.siblingAtColumn(Column.STAGE).data() == "Stage 1"
    assert overdue.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert view.model.index(0, 0).data() == "Overdue (1)"
    milestone = line_index(view, LineKind.MILESTONE, "Late one")
    assert milestone.data() == "Milestone target: Milestone 1"
    assert milestone.data(Qt.ItemDataRole.CheckStateRole) is None  # confirmed in the deal, not ticked here
    assert not milestone.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "Enter opens the deal" in milestone.data(Qt.ItemDataRole.ToolTipRole)
    assert view.counts.text() == "Overdue: 1 · Today: 1 · Within a week: 1 · Later: 1"


def test_ticking_a_next_step_is_the_panels_tick_undoable_and_logged(
        qtbot, view: AgendaView, session: Session, planner: Planner, deals: dict[str, int]) -> None:  # noqa: ANN001
    index = line_index(view, LineKind.NEXT_STEP, "Late one")
    view.tree.setCurrentIndex(index)
    assert view.done_button.isEnabled()
    view.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)  # the box clicked
    assert planner.deals.get(deals["late"]).next_step == ""
    event = planner.deals.events(deals["late"])[-1]
    assert (event.kind, event.field, event.after) == ("next_step_done", "Send the quote", "True")
    assert session.undo_stack.undoText() == "Tick “Send the quote”"
    qtbot.waitUntil(lambda: When.OVERDUE not in [w for w, _ in rows(view)])  # the list follows the file
    # the line after it takes its place, ready for the next Space
    assert view.selected_line() is not None and view.selected_line().kind == LineKind.TASK
    view.undo_action.trigger()  # Undo from the agenda window itself
    assert planner.deals.get(deals["late"]).next_step_due == TODAY - timedelta(days=3)
    qtbot.waitUntil(lambda: next(w for w, _ in rows(view)) == When.OVERDUE)
    assert planner.deals.events(deals["late"])[-1].after == "False"  # brought back, logged too


def test_space_ticks_a_task_and_done_ticks_the_selected_step(
        qtbot, view: AgendaView, session: Session, planner: Planner, deals: dict[str, int]) -> None:  # noqa: ANN001
    view.tree.setFocus()
    view.tree.setCurrentIndex(line_index(view, LineKind.TASK, "Late one"))
    ticked: list[bool] = []
    view.tick_key.activated.connect(lambda: ticked.append(True))
    qtbot.keyClick(view.tree, Qt.Key.Key_Space)
    task = next(t for t in planner.work.get(deals["late"]).tasks if t.id == deals["task"])
    assert task.done and ticked == [True] and session.undo_stack.count() == 1  # the table's key, once
    assert session.undo_stack.undoText() == "Tick “Task 1”"
    assert planner.deals.events(deals["late"])[-1].kind == "task_done"
    qtbot.waitUntil(lambda: When.TODAY not in [w for w, _ in rows(view)])
    view.tree.setCurrentIndex(line_index(view, LineKind.NEXT_STEP, "Soon one"))
    view.done_button.click()
    assert planner.deals.get(deals["soon"]).next_step == ""
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert planner.deals.get(deals["soon"]).next_step == "Book the demo"
    assert not next(t for t in planner.work.get(deals["late"]).tasks if t.id == deals["task"]).done


def test_a_milestone_line_cannot_be_ticked(view: AgendaView, planner: Planner, deals: dict[str, int]) -> None:
    index = line_index(view, LineKind.MILESTONE, "Late one")
    view.tree.setCurrentIndex(index)
    assert not view.done_button.isEnabled() and view.open_button.isEnabled()
    assert not view.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert planner.milestones.of(deals["late"]) == []


def test_enter_opens_the_lines_deal_on_its_board(qtbot, planner: Planner, deals: dict[str, int]) -> None:  # noqa: ANN001
    window = MainWindow(planner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started)
    window.board.reload(planner.deals.get(deals["late"]).process_id)
    window.actions_by_name["agenda"].trigger()
    view = window.dialogs.agenda
    assert isinstance(view, AgendaView) and view.isVisible() and not view.isModal()
    view.tree.setFocus()
    view.tree.setCurrentIndex(line_index(view, LineKind.NEXT_STEP, "Soon one"))  # another process
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert window.board.process is not None and window.board.process.id == planner.deals.get(deals["soon"]).process_id
    assert window.board.selected_deal() == deals["soon"]
    assert window.workspace is not None and window.workspace.deal_id() == deals["soon"]
    assert view.isVisible()  # it stays open beside the board
    window.actions_by_name["agenda"].trigger()
    assert window.dialogs.agenda is view  # one per window: shown again, not made anew


def test_the_menu_entry_and_its_keys(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    action = window.actions_by_name["agenda"]
    assert action in window.deal_menu.actions()
    assert action.shortcuts() == shortcuts.keys("agenda") and action.shortcut().toString() == "Ctrl+Shift+T"
    assert action.text() == "A&genda…" and action.isEnabled()


def test_the_empty_state_says_how_to_fill_it(qtbot, planner: Planner) -> None:  # noqa: ANN001
    new_deal(planner)  # no next step, no date anywhere
    view = AgendaView(Session(planner))
    qtbot.addWidget(view)
    view.show()
    assert view.pages.currentWidget() is view.empty
    assert view.empty.text().startswith("Nothing is due.") and view.counts.text() == ""
    assert not view.done_button.isEnabled() and not view.open_button.isEnabled()


def test_it_follows_writes_from_elsewhere_and_another_file(qtbot, view: AgendaView, session: Session,  # noqa: ANN001
                                                           planner: Planner, deals: dict[str, int], tmp_path) -> None:  # noqa: ANN001
    planner.deals.set_next_step(deals["soon"], "Book the demo", None)  # from the panel, say
    qtbot.waitUntil(lambda: [w for w, _ in rows(view)][-1] == When.UNDATED)
    view.hide()
    planner.deals.complete_next_step(deals["soon"])
    assert view._stale  # a hidden window reads when it shows again
    view.show()
    assert When.UNDATED not in [w for w, _ in rows(view)]
    other = Planner.open(tmp_path / "other.planner", create=True)
    session.switch_to(other)
    assert view.pages.currentWidget() is view.empty
    other.close()


def test_a_read_only_file_lists_but_ticks_nothing(qtbot, session: Session, deals: dict[str, int],  # noqa: ANN001
                                                  planner: Planner) -> None:
    view = AgendaView(session, writable=lambda: False)
    qtbot.addWidget(view)
    view.show()
    index = line_index(view, LineKind.NEXT_STEP, "Late one")
    view.tree.setCurrentIndex(index)
    assert not index.flags() & Qt.ItemFlag.ItemIsUserCheckable and not view.done_button.isEnabled()
    assert not view.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert planner.deals.get(deals["late"]).next_step == "Send the quote"


def test_a_quiet_notice_of_what_is_overdue_at_start(qtbot, planner: Planner, deals: dict[str, int],  # noqa: ANN001
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda *_: pytest.fail("no box at start-up"))
    window = MainWindow(planner, with_workspace=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started)
    qtbot.waitUntil(lambda: "Overdue" in window.statusBar().currentMessage())  # once the board is filled
    message = window.statusBar().currentMessage()
    assert "Overdue: 1" in message and "Ctrl+Shift+T" in message
    assert window.dialogs.agenda is None  # nothing opened by itself


def test_no_notice_when_nothing_is_overdue(qtbot, planner: Planner) -> None:  # noqa: ANN001
    deal = new_deal(planner)
    planner.deals.set_next_step(deal, "Call", TODAY)
    window = MainWindow(planner, with_workspace=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started)
    qtbot.wait(600)  # longer than the notice waits
    assert "Overdue" not in window.statusBar().currentMessage()


class _Words(QTranslator):
    """A catalogue of two words, installed as a language change installs one."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return {("AgendaView", "Agenda"): "待辦事項", ("AgendaModel", "Overdue"): "已逾期"}.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def test_the_agenda_speaks_the_language_of_the_moment(qtbot, view: AgendaView) -> None:  # noqa: ANN001
    words = _Words()
    QCoreApplication.installTranslator(words)  # sends the LanguageChange every window hears
    try:
        QApplication.processEvents()
        assert view.windowTitle() == "待辦事項" and view.model.index(0, 0).data() == "已逾期 (1)"
    finally:
        QCoreApplication.removeTranslator(words)
    QApplication.processEvents()
    assert view.windowTitle() == "Agenda" and view.model.index(0, 0).data() == "Overdue (1)"
