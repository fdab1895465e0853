"""Errors that carry a translatable message.

The domain cannot import Qt, so messages are marked with a no-op
``QT_TRANSLATE_NOOP`` that ``pyside6-lupdate`` recognises; the UI and the CLI
translate them with ``planner.i18n.error_text``.
"""

from __future__ import annotations

import errno
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


# why a file operation failed, in words a user can read (and translate)
REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("errors", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("errors", "permission denied"),
    errno.ENOENT: QT_TRANSLATE_NOOP("errors", "the folder does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("errors", "part of the path is not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("errors", "a folder has that name"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("errors", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("errors", "the disk quota is exceeded"),
    errno.EROFS: QT_TRANSLATE_NOOP("errors", "the disk is read-only"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("errors", "the file name is too long"),
    errno.EFBIG: QT_TRANSLATE_NOOP("errors", "the file is too large"),
    errno.EIO: QT_TRANSLATE_NOOP("errors", "an input/output error occurred"),
    errno.EEXIST: QT_TRANSLATE_NOOP("errors", "something of that name is already there"),
    errno.EBUSY: QT_TRANSLATE_NOOP("errors", "the file is in use"),
    errno.EMFILE: QT_TRANSLATE_NOOP("errors", "too many files are open"),
    errno.ENFILE: QT_TRANSLATE_NOOP("errors", "too many files are open"),
    errno.ELOOP: QT_TRANSLATE_NOOP("errors", "the path goes round in circles (symbolic links)"),
    errno.EINVAL: QT_TRANSLATE_NOOP("errors", "the name is not valid there"),
    errno.ENXIO: QT_TRANSLATE_NOOP("errors", "no such device"),
    errno.ENODEV: QT_TRANSLATE_NOOP("errors", "no such device"),
}
_NOT_BUILT = QT_TRANSLATE_NOOP("errors", "the document could not be built ({error})")


def os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno in REASONS:
        return REASONS[exc.errno]
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
    return _NOT_BUILT.format(error=detail)
