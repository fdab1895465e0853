"""Where files live: one place, overridable by --db and by tests."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

from planner import APP_NAME

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

DEFAULT_FILE_NAME = "deals.planner"
FILE_SUFFIX = ".planner"


def resource(*parts: str) -> Traversable:
    """A file shipped in resources/, installed, editable or bundled alike."""
    from importlib.resources import files

    node = files("planner.resources")
    for part in parts:
        node = node / part
    return node


@functools.cache
def _resources_folder() -> Path:
    import planner.resources

    return Path(planner.resources.__file__).parent


def resource_path(*parts: str) -> Path:
    """A file shipped in resources/ as a path: the package is a plain folder installed,
    editable (mapped by the editable finder) and in the PyInstaller bundle alike. Found
    from the package itself, which spares importlib.resources at start-up (~4 ms)."""
    return _resources_folder().joinpath(*parts)


def data_dir() -> Path:
    override = os.environ.get("DEAL_PLANNER_DATA_DIR")
    if override:
        return Path(override)
    # imported here: the app reads --db and starts checking that file before Qt loads
    from PySide6.QtCore import QStandardPaths

    # the generic location plus our name, so the GUI and the CLI agree whatever the
    # application and organisation names of the running process are
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / APP_NAME


def default_file() -> Path:
    return data_dir() / DEFAULT_FILE_NAME
