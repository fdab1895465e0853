"""File › Import… (a wizard: the files, their columns, their stages, the duplicate names, a
dry run row by row, then the import) and File › Export Data… (for Pipedrive, HubSpot or a
spreadsheet, everything as JSON, or the dates to come as a calendar)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog


def import_data(window: Any) -> None:
    """The import wizard over the window's file; a full export becomes a new file, opened after."""
    if window.refuse_if_read_only():
        return
    from planner.ui.transfer.wizard import ImportWizard

    wizard = ImportWizard(window.planner, window)
    accepted = wizard.exec() == QDialog.DialogCode.Accepted
    if accepted and wizard.new_file is not None:
        window.open_path(wizard.new_file)
    elif accepted:
        window.statusBar().showMessage(wizard.done_message, 15_000)


def export_data(window: Any) -> None:
    from planner.ui.transfer.export_dialog import ExportDataDialog

    ExportDataDialog(window.planner, window).exec()
