"""A forger who changes a row around the triggers and then computes every seal again leaves a
chain that holds together: the seals alone cannot tell. The window remembers, outside the file,
the last seal it saw of each file's sound history; when that seal's link has changed, the
history was rewritten: the banner says so, and File Properties and printouts withhold the
fingerprint. A history that only grew (our changes, another computer's) raises nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from forging import around_triggers, sealed_file

from planner import local_settings
from planner.services import Planner
from planner.services.plannerfile import check_file
from planner.store import chain
from planner.ui.main_window import MainWindow


def _seen(qtbot, path: Path) -> MainWindow:  # noqa: ANN001
    """The window on ``path``, its history's verdict in."""
    window = MainWindow(Planner.open(path), with_workspace=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.started and window.history is not None, timeout=20_000)
    qtbot.waitUntil(lambda: window.planner.file.history_check().done, timeout=20_000)
    qtbot.wait(50)  # the verdict's queued delivery
    return window


def _rewrite(path: Path) -> None:
    """Evidence forged around the triggers, then every seal computed again from scratch."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        around_triggers(conn, ("milestones",), "UPDATE milestones SET evidence = 'FORGED'")
        conn.execute("BEGIN")
        around_triggers(conn, ("ledger",), "DELETE FROM ledger")
        chain.seal(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_a_recomputed_chain_is_found_by_the_seal_seen_before(qtbot, tmp_path: Path,  # noqa: ANN001
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui.file.properties import PropertiesDialog

    path = tmp_path / "h.planner"
    sealed_file(path)
    window = _seen(qtbot, path)
    assert window.history.banner is None  # type: ignore[union-attr]
    window.planner.deals.update(1, notes="ours")  # the history grows: fine
    window.close_file()
    seen = local_settings.seen_head(path)
    assert seen is not None and seen[0] == chain.head(sqlite3.connect(path))[0]  # type: ignore[index]

    _rewrite(path)
    assert check_file(path) == []  # the seals alone hold together

    window = _seen(qtbot, path)
    banner = window.history.banner  # type: ignore[union-attr]
    assert banner is not None and banner.isVisible()
    assert any("rewritten" in p.english() and str(seen[0]) in p.english() for p in banner.problems)
    assert window.planner.file.history_altered()  # what printouts and Properties ask
    shown: list[PropertiesDialog] = []
    monkeypatch.setattr(PropertiesDialog, "exec", lambda self: shown.append(self))
    window.actions_by_name["properties"].trigger()
    assert shown[0].fingerprint == ""
    window.close_file()
    assert local_settings.seen_head(path) == seen  # a rewritten history is never taken as seen


def test_a_history_that_only_grew_or_an_older_copy_raises_nothing(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "h.planner"
    sealed_file(path)
    older = tmp_path / "older.planner"
    older.write_bytes(path.read_bytes())
    window = _seen(qtbot, path)
    window.close_file()
    other = Planner.open(path)  # another computer's changes: the chain grows
    other.deals.update(1, notes="elsewhere")
    other.close()
    window = _seen(qtbot, path)
    assert window.history.banner is None  # type: ignore[union-attr]
    window.planner.deals.update(1, notes="again")
    window.close_file()
    path.write_bytes(older.read_bytes())  # an older copy put back: it ends before the seal seen
    window = _seen(qtbot, path)
    assert window.history.banner is None  # type: ignore[union-attr]
    window.close_file()


def test_a_chain_rewritten_while_the_window_is_open_is_not_taken_as_seen(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "h.planner"
    sealed_file(path)
    window = _seen(qtbot, path)
    seen = local_settings.seen_head(path)
    _rewrite(path)  # another program, while the window is open
    window.close_file()
    assert local_settings.seen_head(path) == seen  # its verdict was before the rewrite
    window = _seen(qtbot, path)
    assert window.history.banner is not None and window.history.banner.isVisible()  # type: ignore[union-attr]
    window.close_file()
