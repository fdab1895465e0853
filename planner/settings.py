"""User settings, declared once with their defaults and translatable labels.

They live in the planner file (a consultant's file carries their name and
habits); QSettings keeps only window geometry and recent files. The snapshot
retention is the file's too: see ``planner.snapshots.Retention`` for why.
"""

from __future__ import annotations

from typing import NamedTuple

from planner.domain.errors import QT_TRANSLATE_NOOP

CONTEXT = "settings"


class Setting(NamedTuple):
    key: str
    default: str
    label: str
    kind: str  # "text", "int", "choice"
    choices: tuple[str, ...] = ()


SETTINGS: tuple[Setting, ...] = (
    Setting("planner_name", "", QT_TRANSLATE_NOOP("settings", "Your name (printed on account plans)"), "text"),
    Setting("idle_days", "14", QT_TRANSLATE_NOOP("settings", "Mark a deal idle after this many days without activity"),
            "int"),
    Setting("language", "", QT_TRANSLATE_NOOP("settings", "Language (empty: follow the system)"),
            "choice", ("", "en", "zh_TW")),
    Setting("paper", "", QT_TRANSLATE_NOOP("settings", "Paper for account plans (empty: by language)"),
            "choice", ("", "a4", "letter")),
    Setting("snapshot_days", "7", QT_TRANSLATE_NOOP("settings", "Keep the daily snapshots of this file for"), "int"),
    Setting("snapshot_weeks", "4", QT_TRANSLATE_NOOP("settings", "Keep this many weekly snapshots"), "int"),
)

BY_KEY = {s.key: s for s in SETTINGS}


def value(stored: dict[str, str], key: str) -> str:
    return stored.get(key, BY_KEY[key].default)


def int_value(stored: dict[str, str], key: str) -> int:
    try:
        return int(value(stored, key))
    except ValueError:
        return int(BY_KEY[key].default)
