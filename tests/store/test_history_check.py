"""The open file's history checked against its seals: what the app shows and prints is never a
history rewritten around the triggers passed off under the file's fingerprint."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from builders import new_deal
from forging import forge_evidence, sealed_file

from planner.services import Planner
from planner.store import chain


@pytest.fixture
def sealed(tmp_path: Path) -> tuple[Path, int]:
    """A file with confirmed milestones, and the id of its deal's account."""
    return tmp_path / "sealed.planner", sealed_file(tmp_path / "sealed.planner")


def test_a_sound_history_is_vouched_for_by_its_fingerprint(sealed) -> None:  # noqa: ANN001
    planner = Planner.open(sealed[0])
    try:
        assert planner.file.history_altered() == []
        plan = planner.reports.account_plan(sealed[1])
        assert plan.fingerprint == planner.file.fingerprint() and not plan.history_altered
    finally:
        planner.close()


def test_a_forged_history_prints_without_a_fingerprint(sealed) -> None:  # noqa: ANN001
    path, account_id = sealed
    planner = Planner.open(path)
    try:
        genuine = planner.file.fingerprint()
        assert planner.file.history_altered() == []  # the verdict on the file as it was
        forge_evidence(path)  # by another program, while the file is open here
        assert planner.file.fingerprint() == genuine  # the ledger's head: the forgery keeps it
        altered = planner.file.history_altered()  # another connection committed: checked again
        assert altered and all(isinstance(e, chain.HistoryAltered) for e in altered)
        plan = planner.reports.account_plan(account_id)
        assert plan.fingerprint == "" and plan.history_altered
        assert all(m.evidence == "FORGED" for d in plan.open_deals for m in d.milestones)
        printed = planner.reports.pipeline_print()
        assert printed.fingerprint == "" and printed.history_altered
    finally:
        planner.close()


def test_the_check_runs_beside_and_tells_its_listeners(sealed) -> None:  # noqa: ANN001
    path, _ = sealed
    forge_evidence(path)
    planner = Planner.open(path)
    try:
        heard: list[list[object]] = []
        told = threading.Event()
        check = planner.file.history_check().start()

        def listener(problems: list[object]) -> None:
            heard.append(problems)
            told.set()

        check.on_verdict(listener)
        assert told.wait(20)
        assert heard[0] and [e.english() for e in heard[0]] == [e.english() for e in check.problems()]
        assert planner.file.history_check() is check  # the same verdict while nothing else commits
    finally:
        planner.close()


def test_the_apps_own_writes_keep_the_verdict(sealed) -> None:  # noqa: ANN001
    path, _ = sealed
    planner = Planner.open(path)
    try:
        check = planner.file.history_check()
        assert check.problems() == []
        new_deal(planner, title="Another", value=5.0)  # sealed as it is written
        assert planner.file.history_check() is check
    finally:
        planner.close()


def test_a_large_history_is_checked_in_a_process_of_its_own(sealed, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from planner.store import history_check

    path, _ = sealed
    forge_evidence(path)
    planner = Planner.open(path)
    try:
        in_thread = [e.english() for e in history_check.altered(planner.store.conn)]
        assert in_thread
        spawned: list[Path] = []
        elsewhere = history_check.elsewhere
        monkeypatch.setattr(history_check, "ELSEWHERE_FROM", 0)
        monkeypatch.setattr(history_check, "elsewhere", lambda p, running: spawned.append(p) or elsewhere(p, running))
        check = planner.file.history_check().start()
        assert [e.english() for e in check.problems()] == in_thread
        assert spawned == [path]
        assert all(isinstance(e, chain.HistoryAltered) for e in check.problems())
    finally:
        planner.close()


def test_a_check_that_fails_unexpectedly_leaves_nobody_waiting(sealed, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from planner.store import history_check

    def broken(_conn: object) -> list[object]:
        raise RuntimeError("a bug")

    monkeypatch.setattr(history_check, "altered", broken)
    planner = Planner.open(sealed[0])
    try:
        heard: list[object] = []
        check = planner.file.history_check()
        check.on_verdict(heard.append)
        with pytest.raises(RuntimeError):
            check.problems()  # in this thread: the bug is not hidden
        assert check.done and check.problems() == [] and heard == [[]]
    finally:
        planner.close()


@pytest.mark.parametrize("large", [False, True])
def test_closing_the_file_ends_a_check_under_way_and_leaves_no_wal(sealed, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
                                                                    large: bool) -> None:
    from planner.store import history_check

    path, _ = sealed
    started = threading.Event()
    release = threading.Event()
    altered = history_check.altered

    def slow(conn: object) -> list[object]:  # a long check, in the thread
        started.set()
        release.wait(5)
        return altered(conn)  # type: ignore[arg-type]

    if large:
        monkeypatch.setattr(history_check, "ELSEWHERE_FROM", 0)
    else:
        monkeypatch.setattr(history_check, "altered", slow)
    planner = Planner.open(path)
    check = planner.file.history_check().start()
    if not large:
        assert started.wait(5)
        threading.Timer(0.2, release.set).start()
    planner.close()  # waits for the thread; stops the process
    assert check.done
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
