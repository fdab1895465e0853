"""Why SQLite refused, in the user's words: its own text is English whatever the language,
so a refusal it explains by a result code reaches the user as one of our translated reasons."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from planner import i18n
from planner.domain.errors import WriteFailed
from planner.store import database
from planner.store import errors as store_errors


def _refusal(code: int) -> sqlite3.Error:
    error = sqlite3.OperationalError("unable to open database file")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]  # as SQLite sets it
    return error


@pytest.mark.parametrize("code", sorted(store_errors._REASONS))
def test_every_explained_code_has_a_chinese_reason(qapp, code: int) -> None:  # noqa: ANN001
    reason = store_errors.reason(_refusal(code | 0x100))  # an extended code: its primary part decides
    assert reason == store_errors._REASONS[code]
    try:
        i18n.install("zh_TW")
        shown = QCoreApplication.translate("errors", reason)
        assert shown != reason and not any("a" <= ch.lower() <= "z" for ch in shown)
    finally:
        i18n.install("en")


def test_an_unexplained_refusal_keeps_sqlite_s_words() -> None:
    error = sqlite3.OperationalError("no such table: deals")
    assert store_errors.reason(error) == "no such table: deals"  # no code: nothing to map


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc takes no new file on Linux only")
def test_a_file_that_cannot_be_made_says_why_in_the_language(qapp) -> None:  # noqa: ANN001
    target = Path("/proc/deal-planner-test.planner")
    with pytest.raises(WriteFailed) as refused:
        database.create(target)
    assert refused.value.params["reason"] == store_errors._REASONS[sqlite3.SQLITE_CANTOPEN]
    try:
        i18n.install("zh_TW")
        text = i18n.error_text(refused.value)
    finally:
        i18n.install("en")
    assert "unable to open" not in text and "無法在該處開啟或建立檔案" in text
    assert not target.exists()
