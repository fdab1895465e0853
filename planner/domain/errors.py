"""Errors that carry a translatable message.

The domain cannot import Qt, so messages are marked with a no-op
``QT_TRANSLATE_NOOP`` that ``pyside6-lupdate`` recognises; the UI and the CLI
translate them with ``planner.i18n.error_text``.
"""

from __future__ import annotations

from typing import Any

ERRORS = "errors"  # translation context shared by every domain message


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name)
    return text


class PlannerError(Exception):
    """A refusal the user should read: the message is English source text."""

    def __init__(self, source: str, **params: Any) -> None:
        self.source = source
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        return self.source.format(**self.params) if self.params else self.source


class RuleViolation(PlannerError):
    """The method's rules refuse the change."""


class InvalidInput(PlannerError):
    """A value the user typed cannot be accepted."""


class NotFound(PlannerError):
    """The deal, account, stage or process does not exist."""


class FileRefused(PlannerError):
    """The file cannot be opened as a planner file."""


class WriteFailed(PlannerError):
    """A file could not be written; nothing partial was left behind."""
