"""PySide's check of each module imported after it, made cheap.

PySide6 looks at every module imported once it is loaded, to know whether the module opts
into its ``__feature__`` switches (snake_case names, true properties). It decides this by
searching the module's source for "PySide6", but gets that source through
``inspect.getsource``, which tokenizes the whole file: about 15 ms of this app's start-up
for the ~90 modules imported after Qt. Reading the file's bytes answers the same question.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType


def uses_pyside(module: ModuleType, slow: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source names PySide6: its file read as bytes, or, for a module
    without a source file of its own (built in, frozen, from a zip), ``slow``'s answer."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return slow(module)


def install() -> bool:
    """Put the cheap check in place of PySide's (once Qt is imported); False where this
    PySide has no such check, which is left as it is."""
    feature = sys.modules.get("shibokensupport.feature")
    slow = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or slow is None or hasattr(slow, "slow"):
        return False  # no such check, or ours is in place

    def cheap(module: ModuleType) -> bool:
        return uses_pyside(module, slow)

    cheap.slow = slow  # type: ignore[attr-defined]  # PySide's own
    feature._mod_uses_pyside = cheap  # type: ignore[attr-defined]
    return True
