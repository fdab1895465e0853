"""Why deals end without a win: the categories a lost or abandoned deal is filed under.

The list is the user's own (Settings › Reason Categories…), seeded with the built-in ones
below. A built-in category keeps a stable ``key`` and shows under its name in the user's
language until the user gives it a name of their own; a category the user adds has only a
name. A category that closed deals carry is retired (hidden from the choices, kept for them)
rather than deleted. A deal closed without one is *uncategorised*; its free-text reason
stays what it always was.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from planner.domain.errors import QT_TRANSLATE_NOOP

CONTEXT: Final = "reasons"  # the translation context of the built-in names

# key -> English name, in the order a new file lists them
BUILT_IN: Final[dict[str, str]] = {
    "price": QT_TRANSLATE_NOOP("reasons", "Price"),
    "competitor": QT_TRANSLATE_NOOP("reasons", "Competitor"),
    "no_budget": QT_TRANSLATE_NOOP("reasons", "No budget"),
    "timing": QT_TRANSLATE_NOOP("reasons", "Timing"),
    "no_decision": QT_TRANSLATE_NOOP("reasons", "No decision"),
    "relationship": QT_TRANSLATE_NOOP("reasons", "Relationship"),
    "other": QT_TRANSLATE_NOOP("reasons", "Other"),
}
UNCATEGORISED: Final = QT_TRANSLATE_NOOP("reasons", "Uncategorised")


class ReasonCategory(NamedTuple):
    """One entry of the list; ``name`` is "" for a built-in one the user has not renamed."""

    id: int
    key: str | None
    name: str
    position: int
    archived: bool = False

    @property
    def source_name(self) -> str:
        """The name to show before translation: the user's own, else the built-in English
        name (translate it in ``CONTEXT``), else the key itself (a key this version lacks)."""
        if self.name:
            return self.name
        return BUILT_IN.get(self.key or "", self.key or "")

    @property
    def translatable(self) -> bool:
        """Whether ``source_name`` is one of the built-in names (translated in ``CONTEXT``)."""
        return not self.name and (self.key or "") in BUILT_IN
