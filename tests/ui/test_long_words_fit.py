"""A name too long for its place never pushes the panel wider than the screen shows it.

Found from outside: an account named with one 300-character word (a pasted code, a
string of X) made the deal panel's labels as wide as that word; the panel's form grew to
over 1,000 pixels inside a 420-pixel dock, and the Title and Value fields, drawn at its
right end, were off screen: the deal looked as if it had neither. Every label that shows
what a user typed (``plain.label``) now gives way instead.
"""

from __future__ import annotations

import pytest
from builders import new_deal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.services import Planner
from planner.ui.deal import DealWorkspace
from planner.ui.kit import plain

LONG = "X" * 140  # two of them still within a name's 300 characters


@pytest.mark.parametrize("where", ["account", "title", "process"])
def test_the_workspace_stays_as_wide_as_its_place(planner: Planner, workspace: DealWorkspace, qtbot,
                                                   where: str) -> None:  # noqa: ANN001
    names = {"account": "Acme", "title": "Deal", where: LONG + " " + LONG}
    deal_id = new_deal(planner, account=names["account"], title=names["title"])
    if where == "process":
        process = planner.processes.get(planner.deals.get(deal_id).process_id)
        process.name = LONG
        planner.processes.update(process)
    ws = workspace
    ws.show_deal(deal_id)
    qtbot.wait(50)
    inside = ws.scroll.viewport().width()
    assert ws.scroll.widget().width() <= inside
    for field in (ws.fields.title, ws.fields.value):
        right = field.mapTo(ws.scroll.viewport(), field.rect().topRight()).x()
        assert 0 < right <= inside, field


def test_a_plain_label_gives_way_to_its_layout(qtbot) -> None:  # noqa: ANN001
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    label = plain.label(QLabel(LONG))
    label.setWordWrap(True)
    layout.addWidget(label)
    assert box.minimumSizeHint().width() < 100
