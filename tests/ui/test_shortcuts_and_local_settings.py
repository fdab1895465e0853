"""One shortcut table, flags stored as booleans, and settings that are yours versus the file's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from planner import local_settings, settings
from planner.services import Planner
from planner.ui.kit import shortcuts
from planner.ui.main_window import MainWindow


def test_the_shortcuts_dialog_lists_exactly_the_table(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui.preferences.shortcuts import ShortcutsDialog

    shown: list[list[tuple[str, str]]] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda dialog: shown.append(dialog.rows()) or 0)
    window.actions_by_name["shortcuts"].trigger()
    listed = sorted(keys for _label, keys in shown[0])
    wanted = sorted([shortcuts.shown(k.first()) for k in shortcuts.COMMANDS.values() if not k.first().isEmpty()]
                    + [shortcuts.shown(*p.keys.sequences()) for p in shortcuts.PLACES])
    assert listed == wanted
    for name, keys in shortcuts.COMMANDS.items():  # the menus use the same keys
        assert window.actions_by_name[name].shortcuts() == keys.sequences(), name


def test_no_key_is_taken_twice_on_the_window_and_its_board() -> None:
    seen: dict[str, str] = {}
    window_keys = [(name, k) for name, keys in shortcuts.COMMANDS.items() for k in keys.sequences()]
    board_keys = [(p.label, k) for p in shortcuts.PLACES if p.place is shortcuts.Place.BOARD
                  for k in p.keys.sequences()]
    for owner, key in window_keys + board_keys:
        text = key.toString(QKeySequence.SequenceFormat.PortableText)
        assert text not in seen, f"{text}: {seen.get(text)} and {owner}"
        seen[text] = owner


def test_flags_are_booleans_and_old_text_flags_still_read() -> None:
    store = local_settings.store()
    store.setValue(local_settings.DOCK_VISIBLE, "false")  # as older versions wrote them
    store.setValue(local_settings.SHOW_CLOSED, "true")
    assert local_settings.dock_visible() is False
    assert local_settings.show_closed() is True
    local_settings.set_dock_visible(True)
    assert local_settings.store().value(local_settings.DOCK_VISIBLE, type=bool) is True
    assert local_settings.dock_visible() is True
    store.remove(local_settings.SHOW_CLOSED)
    assert local_settings.show_closed() is False  # the default


def test_person_settings_are_shared_and_file_settings_stay_per_file(tmp_path: Path) -> None:
    first = Planner.open(tmp_path / "a.planner", create=True)
    second = Planner.open(tmp_path / "b.planner", create=True)
    try:
        local_settings.set_person(settings.LANGUAGE, settings.Language.ZH_TW)
        local_settings.set_person(settings.PAPER, settings.Paper.LETTER)
        first.settings.set("idle_days", "5")
        for p in (first, second):
            person = local_settings.person(p.settings.all())
            assert settings.LANGUAGE.of(person) is settings.Language.ZH_TW
            assert settings.PAPER.of(person) is settings.Paper.LETTER
        assert settings.IDLE_DAYS.of(first.settings.all()) == 5
        assert settings.IDLE_DAYS.of(second.settings.all()) == 14
        with pytest.raises(ValueError):
            first.settings.set("language", "en")  # yours, not the file's
    finally:
        first.close()
        second.close()


def test_an_older_files_person_settings_are_adopted_once() -> None:
    older = {"language": "zh_TW", "paper": "a4", "planner_name": "王小明", "idle_days": "9"}
    assert sorted(local_settings.adopt(older)) == ["language", "paper", "planner_name"]
    assert local_settings.adopt({"language": "en"}) == []  # the first one's values stay yours
    person = local_settings.person({"language": "en"})
    assert settings.LANGUAGE.of(person) is settings.Language.ZH_TW
    assert settings.PLANNER_NAME.of(person) == "王小明"


def test_settings_are_typed() -> None:
    assert settings.IDLE_DAYS.of({"idle_days": "21"}) == 21
    assert settings.IDLE_DAYS.of({"idle_days": "soon"}) == 14  # unreadable: the default
    assert settings.PAPER.of({"paper": "a3"}) is settings.Paper.BY_LANGUAGE
    with pytest.raises(settings.InvalidInput):
        settings.SNAPSHOT_DAYS.parse("0")
    assert {s.key for s in settings.PERSON} == {"planner_name", "language", "paper"}
