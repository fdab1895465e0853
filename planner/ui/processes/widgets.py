"""Small building blocks shared by the wizard's pages and panels."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QStyle, QWidget


def heading(text: str, scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def caption(text: str) -> QLabel:
    """A small, dimmed label above a block of text."""
    label = QLabel(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 0.9)
    font.setBold(True)
    label.setFont(font)
    return label


def body(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def scrolled(content: QWidget) -> QScrollArea:
    """Pages scroll rather than squeeze on a small laptop screen."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus goes to the answers, not the frame
    content.setAutoFillBackground(False)
    area.viewport().setAutoFillBackground(False)
    return area


def notice(icon: QStyle.StandardPixmap, widget: QWidget) -> tuple[QWidget, QLabel]:
    """A hidden row with a standard icon and wrapped text: warnings and errors in place."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    pic = QLabel()
    size = widget.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    pic.setPixmap(widget.style().standardIcon(icon).pixmap(size, size))
    pic.setAlignment(Qt.AlignmentFlag.AlignTop)
    text = body()
    row.addWidget(pic)
    row.addWidget(text, 1)
    box.setVisible(False)
    return box, text


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """A comfortable default size that still fits a small laptop screen (e.g. 1024x640)."""
    wanted = QSize(width, height)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry().size() - QSize(24, 48)  # frame and panel
        wanted = wanted.boundedTo(room.expandedTo(QSize(720, 480)))
    window.resize(wanted)
