"""A list item with a bold title and a wrapped, dimmed description under it."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

Index = QModelIndex | QPersistentModelIndex
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 20
PAD_X, PAD_Y, GAP = 10, 7, 2


class TitledDelegate(QStyledItemDelegate):
    """Title (DisplayRole) over description (DESCRIPTION_ROLE); wraps to the view's width."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        return title, QFont(option.font)

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        return max(width - 2 * PAD_X, 50)

    def _heights(self, option: QStyleOptionViewItem, index: Index, width: int) -> tuple[int, int]:
        title_font, text_font = self._fonts(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        title_h = QFontMetrics(title_font).boundingRect(QRect(0, 0, width, 10_000), flags,
                                                        index.data() or "").height()
        description = index.data(DESCRIPTION_ROLE) or ""
        text_h = QFontMetrics(text_font).boundingRect(QRect(0, 0, width, 10_000), flags,
                                                      description).height() if description else 0
        return title_h, text_h

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._width(option)
        title_h, text_h = self._heights(option, index, width)
        return QSize(width + 2 * PAD_X, title_h + (GAP + text_h if text_h else 0) + 2 * PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        painter.save()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal: QPalette = option.palette
        title_font, text_font = self._fonts(option)
        rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        title_h, text_h = self._heights(option, index, rect.width())
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        painter.setFont(title_font)
        painter.setPen(pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), title_h), flags, index.data() or "")
        description = index.data(DESCRIPTION_ROLE) or ""
        if description:
            painter.setFont(text_font)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
            painter.setPen(pal.color(role))
            painter.drawText(QRect(rect.left(), rect.top() + title_h + GAP, rect.width(), text_h),
                             flags, description)
        painter.restore()


class PaddedDelegate(QStyledItemDelegate):
    """The default item look with a little more air, for short lists that get clicked."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


class NumberedDelegate(PaddedDelegate):
    """Numbers the rows as the view shows them ("3. Name"): the number is the row, not data."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.text = QCoreApplication.translate("NumberedDelegate", "{number}. {name}").format(
            number=index.row() + 1, name=option.text)
