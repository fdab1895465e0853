"""A note another program made longer than the app keeps (17 million characters froze the
window for 4 s as the deal opened): shown up to the limit, read-only, and never saved
shortened; a note within the limit stays editable as before."""

from __future__ import annotations

from builders import new_deal
from PySide6.QtCore import Qt

from planner.domain.rules import MAX_TEXT
from planner.services import Planner
from planner.ui.deal import DealWorkspace

LONG = "Site visit, what the plant manager said.\n" * 5_000  # 205,000 characters


def test_a_note_beyond_the_limit_is_shown_in_part_and_kept_whole(planner: Planner, workspace: DealWorkspace,
                                                                 qtbot) -> None:  # noqa: ANN001
    deal_id = new_deal(planner, notes="short")
    planner.store.conn.execute("UPDATE deals SET notes = ? WHERE id = ?", [LONG, deal_id])
    planner.store.conn.commit()
    workspace.show_deal(deal_id)
    notes = workspace.fields.notes
    assert len(notes.toPlainText()) == MAX_TEXT and LONG.startswith(notes.toPlainText())
    assert notes.isReadOnly() and "205,000 characters long" in notes.toolTip()
    notes.setFocus()
    qtbot.keyClicks(notes, "typed")
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    workspace.fields.title.setFocus()
    notes.commit()
    assert planner.deals.get(deal_id).notes == LONG  # nothing of it lost
    assert not workspace.session.undo_stack.canUndo()
    # the rest of the deal stays editable, and the panel asking for an editable field keeps this one read-only
    assert not workspace.fields.risks.isReadOnly() and not workspace.fields.title.isReadOnly()
    notes.setReadOnly(False)
    assert notes.isReadOnly()


def test_shortened_elsewhere_it_can_be_edited_again(planner: Planner, workspace: DealWorkspace) -> None:
    deal_id = new_deal(planner)
    planner.store.conn.execute("UPDATE deals SET notes = ? WHERE id = ?", [LONG, deal_id])
    planner.store.conn.commit()
    workspace.show_deal(deal_id)
    planner.store.conn.execute("UPDATE deals SET notes = 'Met the CFO' WHERE id = ?", [deal_id])
    planner.store.conn.commit()
    workspace.show_deal(deal_id)
    notes = workspace.fields.notes
    assert notes.toPlainText() == "Met the CFO" and not notes.isReadOnly() and notes.toolTip() == ""
