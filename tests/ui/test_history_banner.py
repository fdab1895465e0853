"""A file whose history was rewritten around the triggers is not shown as if it were sound: once
the cards are on screen, its history is checked against its seals beside the user, a banner says
it was altered, File > Properties withholds its fingerprint, and printed plans say why they have
none (in both languages)."""

from __future__ import annotations

from pathlib import Path

import pytest
from forging import forge_evidence, sealed_file
from pypdf import PdfReader

from planner.services import Planner
from planner.ui.file.properties import PropertiesDialog
from planner.ui.main_window import MainWindow


def _file(tmp_path: Path, forged: bool) -> tuple[Path, int]:
    account_id = sealed_file(tmp_path / "history.planner")
    if forged:
        forge_evidence(tmp_path / "history.planner")
    return tmp_path / "history.planner", account_id


def _window(qtbot, path: Path) -> MainWindow:  # noqa: ANN001
    window = MainWindow(Planner.open(path), with_workspace=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started, timeout=20_000)
    return window


def test_an_altered_history_shows_a_banner_and_no_fingerprint(qtbot, tmp_path: Path,  # noqa: ANN001
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = _file(tmp_path, forged=True)
    window = _window(qtbot, path)
    qtbot.waitUntil(lambda: window.history is not None and window.history.banner is not None
                    and window.history.banner.isVisible(), timeout=20_000)
    banner = window.history.banner  # type: ignore[union-attr]
    assert "altered after it was sealed" in banner.text.text()
    assert banner.problems and all("milestone" in p.english() for p in banner.problems)
    assert window.writable  # the app's own writes go on, sealed as ever
    shown: list[PropertiesDialog] = []
    monkeypatch.setattr(PropertiesDialog, "exec", lambda self: shown.append(self))
    window.actions_by_name["properties"].trigger()
    assert shown[0].fingerprint == "" and not shown[0].copy_button.isEnabled()


def test_a_sound_history_shows_none(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path, _ = _file(tmp_path, forged=False)
    window = _window(qtbot, path)
    assert window.history is not None  # checked once the cards were shown
    qtbot.waitUntil(lambda: window.planner.file.history_check().done, timeout=20_000)
    qtbot.wait(50)  # the verdict's queued delivery
    assert window.history.banner is None


@pytest.mark.parametrize(("lang", "words"), [("en", "No fingerprint: the file's history was altered"),
                                              ("zh_TW", "無檔案指紋")])
def test_a_printed_plan_says_why_it_has_no_fingerprint(cli, tmp_path: Path, lang: str, words: str) -> None:  # noqa: ANN001
    path, account_id = _file(tmp_path, forged=True)
    out = tmp_path / "plan.pdf"
    ran = cli("--lang", lang, "export-pdf", "--db", path, "--account", account_id, "-o", out)
    assert ran.returncode == 0, ran.stderr
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert words in text and "File fingerprint" not in text and "檔案指紋 " not in text
