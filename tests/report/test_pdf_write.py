"""Writing is all or nothing: a failure leaves no temp file and the earlier file untouched."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from pdf_plans import small_plan

from planner import safe_write
from planner.domain.errors import WriteFailed
from planner.report import sections as sections_module
from planner.report import stagemap as stagemap_module
from planner.report import write_account_plan
from planner.safe_write import MESSAGE, atomic_write


def test_writes_a_pdf_and_returns_the_page_count(tmp_path):
    path = tmp_path / "plan.pdf"
    pages = write_account_plan(small_plan(), path)
    assert pages >= 1
    assert path.read_bytes().startswith(b"%PDF-")
    assert os.listdir(tmp_path) == ["plan.pdf"]


def test_accepts_a_string_path(tmp_path):
    assert write_account_plan(small_plan(), str(tmp_path / "plan.pdf")) >= 1


def _earlier(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "plan.pdf"
    write_account_plan(small_plan(name="Earlier"), path)
    return path, path.read_bytes()


def test_a_failure_mid_build_leaves_the_earlier_file_and_no_temp_file(tmp_path, monkeypatch):
    path, before = _earlier(tmp_path)

    def explode(self):
        raise RuntimeError("boom while drawing")

    monkeypatch.setattr(stagemap_module.StageMap, "draw", explode)  # after pages were laid out
    with pytest.raises(WriteFailed) as caught:
        write_account_plan(small_plan(name="Later"), path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["plan.pdf"]
    assert caught.value.source == MESSAGE == "Cannot write {path}: {reason}"
    assert caught.value.params["path"] == str(path)
    assert "boom while drawing" in caught.value.params["reason"]
    assert isinstance(caught.value.__cause__, RuntimeError)


def test_a_failure_while_saving_leaves_the_earlier_file(tmp_path, monkeypatch):
    path, before = _earlier(tmp_path)

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", no_space)
    with pytest.raises(WriteFailed) as caught:
        write_account_plan(small_plan(name="Later"), path)
    assert caught.value.params["reason"] == "the disk is full"
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["plan.pdf"]


def test_a_failure_in_the_story_leaves_nothing_new(tmp_path, monkeypatch):
    monkeypatch.setattr(sections_module.PlanStory, "flowables", lambda self: 1 / 0)
    with pytest.raises(WriteFailed):
        write_account_plan(small_plan(), tmp_path / "new.pdf")
    assert os.listdir(tmp_path) == []


def test_missing_folder(tmp_path):
    path = tmp_path / "no such folder" / "plan.pdf"
    with pytest.raises(WriteFailed) as caught:
        write_account_plan(small_plan(), path)
    assert caught.value.params["reason"] == "the folder does not exist"
    assert str(path) in str(caught.value)
    assert not path.parent.exists()


def test_target_is_a_folder(tmp_path):
    folder = tmp_path / "plan.pdf"
    folder.mkdir()
    with pytest.raises(WriteFailed) as caught:
        write_account_plan(small_plan(), folder)
    assert caught.value.params["reason"] == "a folder has that name"
    assert folder.is_dir() and os.listdir(folder) == []
    assert os.listdir(tmp_path) == ["plan.pdf"]


def test_path_under_a_regular_file(tmp_path):
    afile = tmp_path / "a file"
    afile.write_text("x")
    with pytest.raises(WriteFailed) as caught:
        write_account_plan(small_plan(), afile / "plan.pdf")
    assert caught.value.params["reason"] == "part of the path is not a folder"
    with pytest.raises(WriteFailed):
        write_account_plan(small_plan(), Path("/etc/passwd/x.pdf"))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteFailed) as caught:
            write_account_plan(small_plan(), folder / "plan.pdf")
        assert caught.value.params["reason"] == "permission denied"
    finally:
        folder.chmod(0o700)


def test_permission_denied_is_reported_as_such(tmp_path, monkeypatch):
    """The same path as a read-only folder, for when the tests run as root."""

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(safe_write, "_Temp", refuse)  # making the temporary file is refused
    with pytest.raises(WriteFailed) as caught:
        write_account_plan(small_plan(), tmp_path / "plan.pdf")
    assert caught.value.params["reason"] == "permission denied"
    assert os.listdir(tmp_path) == []


def test_new_file_gets_ordinary_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "plan.pdf"
        write_account_plan(small_plan(), path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # not mkstemp's 0600


def test_replacing_a_file_keeps_its_permissions(tmp_path):
    path, _ = _earlier(tmp_path)
    path.chmod(0o640)
    write_account_plan(small_plan(name="Later"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_atomic_write_returns_what_the_builder_returns(tmp_path):
    assert atomic_write(tmp_path / "x.bin", lambda stream: stream.write(b"abc") and 7) == 7
    assert (tmp_path / "x.bin").read_bytes() == b"abc"


def test_keyboard_interrupt_is_not_swallowed(tmp_path):
    def interrupted(stream):
        stream.write(b"partial")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write(tmp_path / "x.bin", interrupted)
    assert os.listdir(tmp_path) == []
