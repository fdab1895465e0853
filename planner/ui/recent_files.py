"""File › Open Recent: the files this computer opened last (kept by planner.local_settings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from planner import local_settings
from planner.ui.kit import icons, plain


class RecentMenu(QMenu):
    """Filled each time it opens, so another window's files show too."""

    openRequested = Signal(str)  # a path

    def __init__(self, clear: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clear_action = clear
        self.setIcon(icons.icon("recent"))
        self.aboutToShow.connect(self.fill)
        self._retranslate()

    def fill(self) -> None:
        self.clear()
        paths = local_settings.recent_files()
        for i, path in enumerate(paths):
            name = Path(path).name.replace("&", "&&")  # a single "&" would mark a shortcut
            action = self.addAction(f"&{i + 1} {name}" if i < 9 else name)
            action.setToolTip(plain.html(path))
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.openRequested.emit(p))
        if not paths:
            self.addAction(QCoreApplication.translate("MainWindow", "No recent files")).setEnabled(False)
        self.addSeparator()
        self.addAction(self.clear_action)

    def _retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("MainWindow", "Open &Recent"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
