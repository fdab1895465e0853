"""Reason categories: the user's list of why deals are lost or abandoned (Settings › Reason
Categories…), kept in the file and offered wherever a deal is given up or lost."""

from __future__ import annotations

from planner.domain import rules
from planner.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from planner.domain.reasons import ReasonCategory
from planner.services.changes import Changes
from planner.services.noun import Noun, not_found

CHANGED = "reason_categories"  # what Changes.settings names after the list changed


class Reasons(Noun):
    """``planner.reasons``: list, add, rename, move, retire and restore categories."""

    def all(self, include_retired: bool = False) -> list[ReasonCategory]:
        """The categories in the user's order; retired ones (kept for the deals that carry
        them, offered no more) only with ``include_retired``, after the others."""
        found = self.store.reason_categories()
        active = [c for c in found if not c.archived]
        return active + [c for c in found if c.archived] if include_retired else active

    def get(self, category_id: int) -> ReasonCategory:
        found = self.store.reason_category(category_id)
        if found is None:
            raise not_found("reason_category")
        return found

    def known(self, category_id: int | None) -> int | None:
        """``category_id`` if it names a category of the list (retired ones too), for a use
        case that files a deal under it; NotFound otherwise. None stays None."""
        return None if category_id is None else self.get(category_id).id

    def add(self, name: str) -> int:
        """A new category at the end of the list."""
        name = self._free_name(name)
        position = max((c.position for c in self.store.reason_categories()), default=-1) + 1
        with self.write() as changes:
            category_id = self.store.insert_reason_category(name, position)
            changes.settings.add(CHANGED)
        return category_id

    def rename(self, category_id: int, name: str) -> Changes:
        """Give a category a new name. A built-in one renamed to nothing ("") shows under its
        own name again, in the user's language."""
        category = self.get(category_id)
        reset = category.key is not None and not name.strip()
        name = "" if reset else self._free_name(name, category_id)
        if name == category.name:
            return Changes()
        with self.write() as changes:
            self.store.update_reason_category(category_id, {"name": name})
            changes.settings.add(CHANGED)
        return changes.frozen()

    def move(self, category_id: int, index: int) -> Changes:
        """Put a category at ``index`` (0-based) of the list that is offered (not retired)."""
        category = self.get(category_id)
        if category.archived:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A retired category has no place in the list."))
        ordered = [c for c in self.all(include_retired=True) if c.id != category_id]
        active = sum(1 for c in ordered if not c.archived)
        ordered.insert(max(0, min(index, active)), category)
        moved = {c.id: i for i, c in enumerate(ordered) if c.position != i}
        if not moved:
            return Changes()
        with self.write() as changes:
            for moved_id, position in moved.items():
                self.store.update_reason_category(moved_id, {"position": position})
            changes.settings.add(CHANGED)
        return changes.frozen()

    def retire(self, category_id: int) -> bool:
        """Take a category off the list: deleted when no deal carries it nor ever did, else
        retired (kept for those deals, shown with them, offered no more). True if deleted."""
        category = self.get(category_id)
        used = self.store.reason_category_used(category_id)
        if used and category.archived:
            return False
        with self.write() as changes:
            if used:
                self.store.update_reason_category(category_id, {"archived": 1})
            else:
                self.store.delete_reason_category(category_id)
            changes.settings.add(CHANGED)
        return not used

    def restore(self, category_id: int) -> Changes:
        """Offer a retired category again, at the end of the list."""
        category = self.get(category_id)
        if not category.archived:
            return Changes()
        position = max((c.position for c in self.store.reason_categories()), default=-1) + 1
        with self.write() as changes:
            self.store.update_reason_category(category_id, {"archived": 0, "position": position})
            changes.settings.add(CHANGED)
        return changes.frozen()

    def _free_name(self, name: str, category_id: int | None = None) -> str:
        """A checked name that no other category uses (its own or a built-in English one)."""
        name = rules.check_name(name)
        taken = {c.source_name.casefold() for c in self.store.reason_categories() if c.id != category_id}
        if name.casefold() in taken:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "There is already a category named “{name}”."), name=name)
        return name
