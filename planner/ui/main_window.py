"""The main window: menus, the open file, its board."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from planner import APP_NAME, __version__
from planner.services import Planner


class MainWindow(QMainWindow):
    def __init__(self, planner: Planner) -> None:
        super().__init__()
        self.planner = planner
        self.resize(1280, 800)
        self._build_menus()
        self.summary = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.summary)
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Deal Planner"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        self.setWindowTitle(f"{self.planner.path.name} — {APP_NAME}")
        deals = self.planner.deals()
        self.summary.setText(self.tr("{deals} deals in {processes} processes").format(
            deals=len(deals), processes=len(self.planner.processes())))
        self.statusBar().showMessage(str(self.planner.path))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Deal Planner"), self.tr(
            "Deal Planner {version}\nComplex sales, run by milestones that cannot be undone.").format(
                version=__version__))

    def close_file(self) -> None:
        self.planner.close()
