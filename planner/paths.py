"""Where files live: one place, overridable by --db and by tests."""

from __future__ import annotations

import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from planner import APP_NAME

DEFAULT_FILE_NAME = "deals.planner"
FILE_SUFFIX = ".planner"


def resource(*parts: str) -> Traversable:
    """A file shipped in resources/, installed, editable or bundled alike."""
    node = files("planner.resources")
    for part in parts:
        node = node / part
    return node


def resource_path(*parts: str) -> Path:
    return Path(str(resource(*parts)))


def data_dir() -> Path:
    override = os.environ.get("DEAL_PLANNER_DATA_DIR")
    if override:
        return Path(override)
    # the generic location plus our name, so the GUI and the CLI agree whatever the
    # application and organisation names of the running process are
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / APP_NAME


def default_file() -> Path:
    return data_dir() / DEFAULT_FILE_NAME
