"""The user answering every file dialog, for tests (all dialogs go through planner/ui/kit/file_dialogs)."""

from __future__ import annotations

import pytest


class FileDialogAnswers:
    """Stands in for the user in every file dialog (all go through planner/ui/file_dialogs):
    answers each one with the next path given (None: Cancel) and keeps what it was shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[object] = []
        self.shown: list[tuple[str, str]] = []  # (title, the file or folder it started at)
        from planner.ui.kit import file_dialogs

        monkeypatch.setattr(file_dialogs, "run_dialog", self._run)

    def will_answer(self, *answers: object) -> None:
        self.answers.extend(answers)

    def _run(self, dialog):  # noqa: ANN001, ANN202
        files = dialog.selectedFiles()
        self.shown.append((dialog.windowTitle(), files[0] if files else dialog.directory().path()))
        from pathlib import Path

        answer = self.answers.pop(0) if self.answers else None
        return None if answer is None else Path(str(answer))
