"""Settings › Reason Categories…: the list edited in place, written at once."""

from __future__ import annotations

import pytest
from builders import new_deal

from planner.services import Planner
from planner.ui.preferences.reasons import ReasonsDialog
from planner.ui.preferences.settings import SettingsDialog


def shown(dialog: ReasonsDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def answer(monkeypatch: pytest.MonkeyPatch, *names: str | None) -> list[tuple[str, str]]:
    """The names typed into the next name prompts, in order; returns what each prompt showed."""
    asked: list[tuple[str, str]] = []
    queue = list(names)

    def typed(self: ReasonsDialog, title: str, prompt: str, text: str) -> str | None:
        asked.append((prompt, text))
        return queue.pop(0)

    monkeypatch.setattr(ReasonsDialog, "ask_name", typed)
    return asked


@pytest.fixture
def dialog(qtbot, planner: Planner) -> ReasonsDialog:  # noqa: ANN001
    d = ReasonsDialog(planner)
    qtbot.addWidget(d)
    d.show()
    return d


def test_the_list_is_added_to_renamed_and_reordered(dialog: ReasonsDialog, planner: Planner,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert shown(dialog)[:3] == ["Price", "Competitor", "No budget"] and len(shown(dialog)) == 7
    assert not dialog.up_button.isEnabled() and dialog.down_button.isEnabled()  # the first row is chosen
    answer(monkeypatch, "Tender rules")
    dialog.add()
    assert shown(dialog)[-1] == "Tender rules" and dialog.list.currentRow() == 7
    assert not dialog.down_button.isEnabled()
    dialog.up_button.click()
    assert shown(dialog)[-2:] == ["Tender rules", "Other"] and dialog.selected().name == "Tender rules"  # type: ignore[union-attr]
    dialog.list.setCurrentRow(0)
    asked = answer(monkeypatch, "Price", "Too expensive", "")
    dialog.rename()  # the same name: nothing written, it keeps following the language
    assert planner.reasons.all()[0].name == "" and "built-in name" in asked[0][0] and asked[0][1] == "Price"
    dialog.rename()
    assert shown(dialog)[0] == "Too expensive" and planner.reasons.all()[0].name == "Too expensive"
    dialog.rename()  # emptied: the built-in name again
    assert shown(dialog)[0] == "Price" and planner.reasons.all()[0].name == ""
    assert [c.source_name for c in planner.reasons.all()] == [
        "Price", "Competitor", "No budget", "Timing", "No decision", "Relationship", "Tender rules", "Other"]


def test_a_refused_name_is_explained_and_nothing_written(dialog: ReasonsDialog, planner: Planner,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    answer(monkeypatch, "competitor")
    dialog.add()
    assert dialog.error.text() and len(planner.reasons.all()) == 7
    answer(monkeypatch, None)  # cancelled
    dialog.add()
    assert len(planner.reasons.all()) == 7


def test_retiring_deletes_or_keeps_and_restore_offers_again(dialog: ReasonsDialog, planner: Planner) -> None:
    deal_id = new_deal(planner)
    planner.deals.abandon(deal_id, "Too dear", planner.reasons.all()[0].id)
    dialog.reload()
    dialog.list.setCurrentRow(1)  # Competitor: never used
    dialog.retire_button.click()
    assert "Competitor" not in shown(dialog) and "deleted" in dialog.note.text()
    dialog.list.setCurrentRow(0)  # Price: a deal carries it
    dialog.retire_button.click()
    assert shown(dialog)[-1] == "Price (retired)" and "retired" in dialog.note.text()
    assert dialog.selected().archived and dialog.retire_button.text() == "&Restore"  # type: ignore[union-attr]
    assert not dialog.up_button.isEnabled() and not dialog.down_button.isEnabled()
    dialog.retire_button.click()
    assert shown(dialog)[-1] == "Price" and not planner.reasons.get(planner.deals.get(deal_id).close_category).archived  # type: ignore[arg-type]


def test_read_only_shows_the_list_only(qtbot, planner: Planner) -> None:  # noqa: ANN001
    d = ReasonsDialog(planner, writable=False)
    qtbot.addWidget(d)
    assert len(shown(d)) == 7
    assert not any(b.isEnabled() for b in (d.add_button, d.rename_button, d.up_button, d.down_button,
                                           d.retire_button))


def test_settings_opens_it(qtbot, planner: Planner, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    opened: list[ReasonsDialog] = []
    monkeypatch.setattr(ReasonsDialog, "exec", lambda self: opened.append(self) or 0)
    settings = SettingsDialog(planner)
    qtbot.addWidget(settings)
    settings.reasons_button.click()
    assert len(opened) == 1 and opened[0].planner is planner
