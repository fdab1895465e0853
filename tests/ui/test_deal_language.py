"""A language change re-words the deal panel in place: the same widgets, the same deal,
scroll position, open sections and half-typed text, nothing read from the file again, and
every text exactly what a panel built in that language shows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from builders import confirm_current, new_deal
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from planner import i18n
from planner.domain.model import Contact
from planner.services import Planner
from planner.ui.deal import DealWorkspace
from planner.ui.session import Session

WIDTH = 340  # the panel's narrowest: the dock's minimum


def settle() -> None:
    """Deliver the posted LanguageChange and finish what the panel deleted meanwhile."""
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def texts(root: QWidget) -> list[str]:
    """Every word the panel shows or tells a screen reader, in widget order, its items too."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        kind = type(w).__name__
        if isinstance(w, QLabel):
            out.append(f"{kind} text: {w.text()}")
        if isinstance(w, QAbstractButton):
            out.append(f"{kind} text: {w.text()}")
        if isinstance(w, QLineEdit | QPlainTextEdit):
            out.append(f"{kind} placeholder: {w.placeholderText()}")
        if isinstance(w, QDateEdit):
            out.append(f"{kind} date: {w.specialValueText()} {w.displayFormat()}")
        out += [f"{kind} tip: {w.toolTip()}", f"{kind} name: {w.accessibleName()}",
                f"{kind} description: {w.accessibleDescription()}"]
        out += [f"action: {a.text()}" for a in w.actions()]
        model = w.model() if isinstance(w, QAbstractItemView) else None
        if model is not None and type(model).__module__.startswith("planner."):  # ours, not Qt's calendar
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for c in range(columns):
                out.append(f"header: {model.headerData(c, Qt.Orientation.Horizontal)}")
            for r in range(model.rowCount()):
                for c in range(columns):
                    index = model.index(r, c)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                 Qt.ItemDataRole.AccessibleTextRole):
                        out.append(f"item: {model.data(index, role)}")
                    out.append(f"detail: {model.data(index, Qt.ItemDataRole.UserRole + 2)}")  # contacts' line two
    return out


def chinese_text(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


@pytest.fixture
def chinese() -> Iterator[None]:
    # English with its catalogue in place first, whatever ran before in this process: its
    # plural forms ("1 gap") are in a catalogue too, and a test run alone had none installed
    i18n.install("en")
    try:
        yield
    finally:
        i18n.install("en")
        settle()


def rich_deal(planner: Planner) -> int:
    """A deal in its second of three stages: one frozen stage with a correction, open work,
    a future stage, a contact, a follow-up link and a history."""
    first = new_deal(planner, stages=3, title="MES rollout", value=8_600_000.0, next_target=date(2026, 1, 5))
    confirm_current(planner, first, on=date(2026, 3, 4), evidence="Kick-off minutes signed")
    work = planner.work.get(first)
    planner.milestones.correct(work.milestones[0].id, "The minutes were signed a day later")
    planner.contacts.add(Contact(work.account.id, "Lin", "CFO"))
    return first


def shown(session: Session, qtbot, deal_id: int) -> DealWorkspace:  # noqa: ANN001
    ws = DealWorkspace(session)
    qtbot.addWidget(ws)
    ws.resize(WIDTH, 1900)
    ws.show()
    ws.show_deal(deal_id)
    ws.history_section.set_expanded(True)
    for section in ws._sections:
        section.set_expanded(True)
    settle()
    return ws


def closed_follow_up(planner: Planner) -> int:
    """An abandoned, archived follow-up: banner, status, reason and the deal it follows."""
    follow_up = planner.deals.follow_up(rich_deal(planner), "MES, phase two")
    planner.deals.abandon(follow_up, "Budget frozen until next year")
    planner.deals.archive(follow_up, True)
    return follow_up


@pytest.mark.parametrize("build", [rich_deal, closed_follow_up], ids=["open", "closed"])
def test_a_language_change_rewords_the_panel_in_place(planner: Planner, session: Session, qtbot,  # noqa: ANN001
                                                      chinese: None, build) -> None:  # noqa: ANN001
    deal_id = build(planner)
    ws = shown(session, qtbot, deal_id)
    ws.resize(WIDTH, 700)  # short enough to scroll
    settle()
    ws.scroll.verticalScrollBar().setValue(ws.scroll.verticalScrollBar().maximum() // 2)
    scrolled = ws.scroll.verticalScrollBar().value()
    assert scrolled > 0
    ws._sections[0].set_expanded(False)
    expanded = [s.expanded for s in ws._sections] + [ws.history_section.expanded]
    current = ws._sections[1]
    current.tasks.add_field.setText("Call the pla")  # half typed, not yet added
    widgets = set(map(id, [ws.confirm_button, ws.title, *ws._sections, ws.history]))
    english = texts(ws)
    button, section_title = ws.confirm_button.text(), current.tasks.title.text()
    header = ws.history_model.headerData(0, Qt.Orientation.Horizontal)

    seen: list[str] = []
    planner.store.conn.set_trace_callback(seen.append)
    try:
        i18n.install("zh_TW")
        settle()
    finally:
        planner.store.conn.set_trace_callback(None)

    assert [s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))] == []  # nothing read again
    assert set(map(id, [ws.confirm_button, ws.title, *ws._sections, ws.history])) == widgets  # not rebuilt
    assert ws.deal_id() == deal_id and ws.title.text() == planner.deals.get(deal_id).title
    assert [s.expanded for s in ws._sections] + [ws.history_section.expanded] == expanded
    assert ws.scroll.verticalScrollBar().value() == scrolled
    assert current.tasks.add_field.text() == "Call the pla"
    assert ws.confirm_button.text() != button and chinese_text(ws.confirm_button.text())
    assert current.tasks.title.text() != section_title and chinese_text(current.tasks.title.text())
    assert chinese_text(ws.stages_section.header.title.text())
    assert chinese_text(str(ws.history_model.headerData(0, Qt.Orientation.Horizontal))) != header
    chinese_texts = texts(ws)

    # every text is what a panel built in Chinese shows: no part was forgotten
    fresh = shown(session, qtbot, deal_id)
    fresh._sections[0].set_expanded(False)
    settle()
    assert chinese_texts == texts(fresh)

    i18n.install("en")
    settle()
    assert texts(ws) == english  # and back, word for word


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_the_panel_fits_its_narrowest_width(planner: Planner, session: Session, qtbot, lang: str,  # noqa: ANN001
                                            chinese: None, tmp_path: Path) -> None:
    """At 340 px no label is cut: each is given at least the height its words need."""
    i18n.install(lang)  # type: ignore[arg-type]  # one of the two languages
    settle()
    ws = shown(session, qtbot, rich_deal(planner))
    ws.grab().save(str(tmp_path / f"deal_panel_{lang}.png"))
    inner = ws.scroll.widget()
    assert inner is not None and inner.width() <= WIDTH
    for label in ws.findChildren(QLabel):
        if not label.isVisibleTo(ws) or not label.text():
            continue
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
        else:
            assert label.width() >= label.minimumSizeHint().width() - 1, label.text()
    for button in ws.findChildren(QAbstractButton):
        if button.isVisibleTo(ws) and button.text():
            assert button.width() >= button.minimumSizeHint().width() - 1, button.text()
    # the history's column titles, and the contacts' second line, are not cut either
    header = ws.history.horizontalHeader()
    assert header.length() <= ws.history.viewport().width() + 1
    assert all(header.sectionSize(c) >= header.sectionSizeHint(c) - 1 for c in range(header.count()))
    contacts = ws.contacts.view
    row = contacts.visualRect(contacts.model().index(0, 0))
    assert row.height() >= contacts.sizeHintForRow(0) and row.width() <= contacts.viewport().width()
