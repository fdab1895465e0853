"""Replacing a list model's rows the way views like: the same rows in the same order only
report which of them changed (the selection, the scroll position and an open editor stay);
anything else resets the model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel


def replace_rows(model: QAbstractListModel, old: Sequence[Any], new: Sequence[Any],
                 assign: Callable[[list[Any]], None]) -> None:
    """Give ``model`` the rows ``new`` (``assign`` stores them) in place of ``old``; rows are
    the same when their ``id`` is."""
    if [r.id for r in new] == [r.id for r in old]:
        changed = [n for n, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        assign(list(new))
        for n in changed:
            model.dataChanged.emit(model.index(n), model.index(n))
        return
    model.beginResetModel()
    assign(list(new))
    model.endResetModel()
