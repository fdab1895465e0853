"""The wizard's tailoring page: name the kept stages, reword milestones, give them work."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner.domain.tailoring import TailoringDraft
from planner.ui.processes.strip import StripEntry, entries_for
from planner.ui.processes.tailor_panel import TailorPanel
from planner.ui.processes.wizard_page import TailoringPage


class TailorPage(TailoringPage):
    """Name the kept stages, reword milestones, list their work, add stages of your own."""

    def __init__(self, draft: TailoringDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Shape the stages you kept"))
        self.setSubTitle(self.tr("Use your team's words. Add a stage of your own wherever your "
                                 "customers have another milestone; reference stages keep the "
                                 "method's order."))
        self.panel = TailorPanel(draft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        self.panel.edited.connect(self._edited)
        self.panel.list.selectionModel().currentRowChanged.connect(lambda *_: self.refresh_strip())

    def _edited(self) -> None:
        self.tailoring.mark_dirty()
        self.refresh_strip()

    def refresh_strip(self) -> None:
        if self.wizard() is not None:
            self.tailoring.show_strip(entries_for(self.draft, current_stage=self.panel.editor.stage()))

    def select(self, entry: StripEntry) -> None:
        """Put the strip's ``entry`` in the editor, if it is among the stages kept."""
        for row, stage in enumerate(self.panel.stages()):
            if stage is entry.stage or (entry.ref_key is not None and stage.ref_key == entry.ref_key):
                self.panel.select_row(row)
                return

    def initializePage(self) -> None:  # noqa: N802
        self.panel.refresh()
        self.refresh_strip()

    def validatePage(self) -> bool:  # noqa: N802
        return self.panel.validate()
