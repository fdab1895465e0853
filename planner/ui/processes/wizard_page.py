"""What every page of the tailoring wizard shares: its wizard (as a protocol) and the draft."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWizardPage

from planner.domain.tailoring import TailoringDraft
from planner.services import Planner
from planner.ui.processes.strip import StripEntry


class Tailoring(Protocol):
    """What the pages need from the wizard that holds them (the wizard imports the pages)."""

    draft: TailoringDraft
    planner: Planner
    process_id: int | None

    def show_strip(self, entries: list[StripEntry]) -> None: ...

    def mark_dirty(self) -> None: ...


class TailoringPage(QWizardPage):
    """Access to the wizard and its draft for every page."""

    @property
    def tailoring(self) -> Tailoring:
        return self.wizard()  # type: ignore[return-value]  # these pages live only in a TailoringWizard

    @property
    def draft(self) -> TailoringDraft:
        return self.tailoring.draft

    def refresh_strip(self) -> None:
        """Show the process in the strip as this page sees it (again after Back)."""

    def cleanupPage(self) -> None:  # noqa: N802
        """Back keeps everything: Qt's default would reset the page's fields."""
