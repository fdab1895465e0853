"""JSON read from outside the app (an export, a process file, a file's event values, a
drop from another window): any way it fails to parse is a ``ValueError``.

``json.loads`` raises ``RecursionError`` for arrays or objects nested some thousands deep,
which a ``except ValueError`` lets through as a crash; every reader of such JSON goes
through ``loads`` here (a test checks that no other module calls ``json.loads``).
"""

from __future__ import annotations

import json
from typing import Any


def loads(text: str | bytes, **options: Any) -> Any:
    try:
        return json.loads(text, **options)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
