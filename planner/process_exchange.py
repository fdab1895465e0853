"""Share a tailored process with a colleague as a small JSON file.

The file is versioned::

    {"format": "deal-planner-process", "version": 1, "app": "...",
     "process": {"name", "description", "dropped": {ref_key: answer},
                 "stages": [{"name", "milestone", "description", "tools", "win_rate",
                             "ref_key", "answer", "tasks": [{"text", "required"}],
                             "deliverables": [...], "required_roles": ["economic_buyer", ...]}]}}

``required_roles`` (the buying roles a deal's group must hold before the stage's milestone) is
optional: a file without it requires none.

Reading checks the whole file before anything is saved: a file that is not
ours, damaged, or written by a newer format is refused with a translatable
:class:`~planner.domain.errors.FileRefused` and nothing is imported. Saving
goes through the services, so the method's rules apply as for any new process.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from planner import APP_NAME, __version__
from planner.domain import json_input
from planner.domain.errors import QT_TRANSLATE_NOOP, FileRefused, WriteFailed
from planner.domain.model import Answer, BuyingRole, ItemTemplate, Process, Stage
from planner.domain.reference import STAGE_KEYS
from planner.services import Planner

FORMAT = "deal-planner-process"
VERSION = 1
SUFFIX = ".json"
MAX_BYTES = 5_000_000  # a process is a few kilobytes; anything this big is not one

# The context is a literal (not planner.domain.errors.ERRORS) so pyside6-lupdate extracts
# these messages; it is the same "errors" context that i18n.error_text translates in.
NOT_READABLE = QT_TRANSLATE_NOOP("errors", "The file “{file}” cannot be read: {reason}")
NOT_OURS = QT_TRANSLATE_NOOP(
    "errors", "“{file}” is not a Deal Planner process file. Nothing was imported.")
TOO_NEW = QT_TRANSLATE_NOOP(
    "errors",
    "“{file}” was exported by a newer version of Deal Planner (format {version}). "
    "Update the app to import it. Nothing was imported.")
DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "“{file}” is damaged or incomplete (at {where}). Nothing was imported.")
TOO_BIG = QT_TRANSLATE_NOOP(
    "errors", "“{file}” is too large to be a process file. Nothing was imported.")
NOT_WRITTEN = QT_TRANSLATE_NOOP("errors", "Cannot write “{file}”: {reason}")


# ------------------------------------------------------------------ writing


def process_to_dict(process: Process) -> dict[str, Any]:
    """The exchange document for ``process`` (ids and archive state stay home)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "app": f"{APP_NAME} {__version__}",
        "process": {
            "name": process.name,
            "description": process.description,
            "dropped": {k: str(a) for k, a in sorted(process.dropped.items())},
            "stages": [_stage_to_dict(s) for s in process.stages],
        },
    }


def _stage_to_dict(stage: Stage) -> dict[str, Any]:
    return {
        "name": stage.name,
        "milestone": stage.milestone,
        "description": stage.description,
        "tools": stage.tools,
        "win_rate": stage.win_rate,
        "ref_key": stage.ref_key,
        "answer": str(stage.answer) if stage.answer else None,
        "tasks": [{"text": t.text, "required": t.required} for t in stage.tasks],
        "deliverables": [{"text": d.text, "required": d.required} for d in stage.deliverables],
        "required_roles": [str(r) for r in stage.required_roles],
    }


def write_process(process: Process, target: Path) -> None:
    """Write atomically: a failed export never leaves half a file behind."""
    target = Path(target)
    text = json.dumps(process_to_dict(process), ensure_ascii=False, indent=2) + "\n"
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=SUFFIX, dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp_name, target)
    except OSError as exc:
        if tmp_name:
            Path(tmp_name).unlink(missing_ok=True)
        raise WriteFailed(NOT_WRITTEN, file=target.name, reason=exc.strerror or str(exc)) from exc


def export_process(planner: Planner, process_id: int, target: Path) -> None:
    write_process(planner.processes.get(process_id), Path(target))


# ------------------------------------------------------------------ reading


class _Damaged(Exception):
    """Where in the document a value is missing or wrong (a JSON path, not prose)."""


def _get(obj: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(obj, dict) or key not in obj:
        raise _Damaged(f"{where}.{key}")
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _Damaged(f"{where}.{key}")
    return value


def _text(obj: Any, key: str, where: str, required: bool = True) -> str:
    if not required and isinstance(obj, dict) and obj.get(key) is None:
        return ""
    value = _get(obj, key, str, where)
    if required and not value.strip():
        raise _Damaged(f"{where}.{key}")
    return value


def _items(raw: Any, where: str) -> list[ItemTemplate]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise _Damaged(where)
    items = []
    for i, item in enumerate(raw):
        at = f"{where}[{i}]"
        required = item.get("required", False) if isinstance(item, dict) else None
        if not isinstance(required, bool):
            raise _Damaged(f"{at}.required")
        items.append(ItemTemplate(_text(item, "text", at).strip(), required))
    return items


def _roles(raw: Any, where: str) -> list[BuyingRole]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise _Damaged(where)
    roles = []
    for i, value in enumerate(raw):
        if value not in {str(r) for r in BuyingRole}:
            raise _Damaged(f"{where}[{i}]")
        roles.append(BuyingRole(value))
    return list(dict.fromkeys(roles))


def _stage(raw: Any, where: str) -> Stage:
    rate = _get(raw, "win_rate", int, where)
    if not 0 <= rate <= 100:
        raise _Damaged(f"{where}.win_rate")
    ref_key = raw.get("ref_key")
    if ref_key is not None and ref_key not in STAGE_KEYS:
        raise _Damaged(f"{where}.ref_key")
    answer_raw = raw.get("answer")
    if answer_raw not in (None, str(Answer.KEEP), str(Answer.CUSTOM)):
        raise _Damaged(f"{where}.answer")
    answer = Answer(answer_raw) if answer_raw else None
    if (answer == Answer.KEEP and ref_key is None) or (answer == Answer.CUSTOM and ref_key):
        raise _Damaged(f"{where}.answer")
    return Stage(
        name=_text(raw, "name", where),
        milestone=_text(raw, "milestone", where),
        win_rate=rate,
        description=_text(raw, "description", where, required=False),
        tools=_text(raw, "tools", where, required=False),
        tasks=_items(raw.get("tasks"), f"{where}.tasks"),
        deliverables=_items(raw.get("deliverables"), f"{where}.deliverables"),
        ref_key=ref_key,
        answer=answer,
        required_roles=_roles(raw.get("required_roles"), f"{where}.required_roles"),
    )


def _process(raw: Any) -> Process:
    where = "process"
    if not isinstance(raw, dict):
        raise _Damaged(where)
    stages_raw = _get(raw, "stages", list, where)
    if not stages_raw:
        raise _Damaged(f"{where}.stages")
    stages = [_stage(s, f"{where}.stages[{i}]") for i, s in enumerate(stages_raw)]
    for i, s in enumerate(stages):
        s.position = i
    keys = [s.ref_key for s in stages if s.ref_key]
    if len(keys) != len(set(keys)):
        raise _Damaged(f"{where}.stages.ref_key")
    dropped_raw = raw.get("dropped") or {}
    if not isinstance(dropped_raw, dict):
        raise _Damaged(f"{where}.dropped")
    dropped: dict[str, Answer] = {}
    for key, answer in dropped_raw.items():
        if key not in STAGE_KEYS or key in keys or answer not in (
                str(Answer.DROP), str(Answer.NO_INFLUENCE)):
            raise _Damaged(f"{where}.dropped.{key}")
        dropped[key] = Answer(answer)
    return Process(
        name=_text(raw, "name", where).strip(),
        description=_text(raw, "description", where, required=False),
        stages=stages,
        dropped=dropped,
    )


def process_from_dict(data: Any, file: str = "") -> Process:
    """The process in an exchange document; FileRefused when it is not a valid one."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FileRefused(NOT_OURS, file=file)
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise FileRefused(NOT_OURS, file=file)
    if version > VERSION:
        raise FileRefused(TOO_NEW, file=file, version=version)
    try:
        return _process(data.get("process"))
    except _Damaged as exc:
        raise FileRefused(DAMAGED, file=file, where=str(exc)) from None


def read_process(source: Path) -> Process:
    """Parse and check a process file; nothing is saved."""
    source = Path(source)
    try:
        if source.stat().st_size > MAX_BYTES:
            raise FileRefused(TOO_BIG, file=source.name)
        raw = source.read_bytes()
    except OSError as exc:
        raise FileRefused(NOT_READABLE, file=source.name, reason=exc.strerror or str(exc)) from exc
    try:
        data = json_input.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise FileRefused(NOT_OURS, file=source.name) from None
    return process_from_dict(data, source.name)


def import_process(planner: Planner, source: Path, name: str | None = None) -> int:
    """Read, check and save the process in ``source`` as a new process; returns its id.

    Any refusal (the file's or the method's rules) leaves the planner file untouched.
    """
    process = read_process(Path(source))
    if name is not None:
        process.name = name
    return planner.processes.create(process)
