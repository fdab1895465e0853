"""Paints a deal card: no widget per card, so 10,000 deals cost one view per column."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QStyledItemDelegate

from planner.domain import formats
from planner.domain.model import Card, DealStatus
from planner.i18n import current_language
from planner.ui.board import card_title
from planner.ui.board.model import CardListModel, CardRole
from planner.ui.kit import icons, theme
from planner.ui.kit.glyphs import draw_target

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

PAD_X, PAD_Y, GAP = 12, 9, 5
RADIUS = 7.0
# a column narrower than this stacks the card: the title on up to two lines, the amount, then
# the expected close on a line of its own, then the progress and the days since the last
# milestone (nothing is left out)
NARROW = 230
MARK = 15  # size of the overdue / idle marks
ICON = 13
# made once: combining Qt's flags is a Python enum operation, and a card draws seven texts
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ELIDE = Qt.TextElideMode.ElideRight


def _status_label(status: DealStatus, archived: bool = False) -> str:
    label = {DealStatus.WON: translate("CardDelegate", "Won"), DealStatus.LOST: translate("CardDelegate", "Lost"),
             DealStatus.ABANDONED: translate("CardDelegate", "Abandoned")}.get(status, "")
    if archived:
        return translate("CardDelegate", "{status}, archived").format(status=label) if label else translate(
            "CardDelegate", "Archived")
    return label


# babel takes about a tenth of a millisecond for an amount or a date, and a card painted
# again (a keystroke, a scroll, the pointer passing) asks for the same texts: kept, by value
_money = lru_cache(maxsize=4096)(formats.money)
_compact = lru_cache(maxsize=4096)(formats.compact)
_card_date = lru_cache(maxsize=4096)(formats.card_date)
_month_day = lru_cache(maxsize=1024)(formats.month_day)
_month = lru_cache(maxsize=1024)(formats.month)
_days = lru_cache(maxsize=1024)(formats.days)


class Look(NamedTuple):
    """A palette's colours as a card uses them, worked out once per palette (``theme`` mixes
    them anew at each call: a board asks for them twenty times per card)."""

    background: QColor
    selected_background: QColor
    border: QColor
    hovered_border: QColor
    text: QColor
    muted: QColor
    accent: QColor
    danger: QColor
    warning: QColor
    success: QColor
    track: QColor
    dark: bool

    @classmethod
    def of(cls, palette: QPalette) -> Look:
        background, border, text = theme.card_background(palette), theme.card_border(palette), theme.text(palette)
        return cls(background, theme.mix(background, theme.accent(palette), 0.10), border,
                   theme.mix(border, text, 0.25), text, theme.muted(palette), theme.accent(palette),
                   theme.danger(palette), theme.warning(palette), theme.success(palette),
                   theme.mix(background, text, 0.14), theme.is_dark(palette))


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, fixed_width: int | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.fixed_width = fixed_width  # cards side by side (the closed lane) need a width
        self._height: dict[tuple[str, float, bool], int] = {}
        # a board paints hundreds of cards in one font: its three variants and their metrics once
        self._styles: dict[str, tuple[QFont, QFont, QFont, QFontMetrics, QFontMetrics, QFontMetrics, QFontMetrics]] = {}
        self._looks: dict[int, Look] = {}

    def look(self, palette: QPalette) -> Look:
        key = palette.cacheKey()
        found = self._looks.get(key)
        if found is None:
            if len(self._looks) > 8:  # palettes come and go (a style change): keep the few in use
                self._looks.clear()
            found = self._looks[key] = Look.of(palette)
        return found

    # ------------------------------------------------------------------- sizes
    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        # Bold, not DemiBold: a Chinese font without a bold face is emboldened by Qt only
        # from Bold up, and a DemiBold title showed bold in English but regular in Chinese
        title = QFont(base)
        title.setWeight(QFont.Weight.Bold)
        title.setPointSizeF(base.pointSizeF() + 0.5)
        value = QFont(base)
        value.setWeight(QFont.Weight.Bold)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1.0))
        return title, value, small

    def _styled(self, base: QFont) -> tuple[QFont, QFont, QFont, QFontMetrics, QFontMetrics, QFontMetrics,
                                            QFontMetrics]:
        """The title, value and small fonts of ``base``, and the metrics of the title, ``base``,
        the value and the small font."""
        key = base.key()
        found = self._styles.get(key)
        if found is None:
            title, value, small = self._fonts(base)
            found = self._styles[key] = (title, value, small, QFontMetrics(title), QFontMetrics(base),
                                         QFontMetrics(value), QFontMetrics(small))
        return found

    def card_height(self, base: QFont, narrow: bool = False) -> int:
        key = (base.family(), base.pointSizeF(), narrow)
        if key not in self._height:
            title, value, small = self._fonts(base)
            small_line = max(QFontMetrics(small).height(), 8)
            title_line = QFontMetrics(title).height()
            lines = title_line + QFontMetrics(base).height() + QFontMetrics(value).height() + small_line
            # narrow: the title may take a second line, and the close date has one of its own
            self._height[key] = lines + 2 * PAD_Y + 3 * GAP + 2 + (title_line + small_line + GAP if narrow else 0)
        return self._height[key]

    def narrow(self, view_width: int) -> bool:
        """Whether cards in a view this wide are stacked (the closed lane's never are)."""
        return not self.fixed_width and view_width < NARROW

    def _view_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget  # the view painting the card
        if isinstance(view, QAbstractScrollArea):
            return view.viewport().width()
        return option.rect.width()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.fixed_width or max(120, option.rect.width())
        return QSize(width, self.card_height(option.font, self.narrow(self._view_width(option))))

    # ----------------------------------------------------------------- painting
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        card: Card | None = index.data(CardRole.CARD)
        if card is None:
            return
        model = index.model()
        source = model.sourceModel() if hasattr(model, "sourceModel") else model
        assert isinstance(source, CardListModel)
        # QStyle takes PySide6 about 5 ms to set up: not before the first card is painted
        from PySide6.QtWidgets import QStyle

        palette: QPalette = option.palette
        look = self.look(palette)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        overdue, idle = source.overdue(card), source.idle(card)
        stalled = source.stall(card) is not None

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        painter.fillPath(path, look.selected_background if selected else look.background)
        border = look.accent if selected else look.hovered_border if hovered else look.border
        painter.setPen(QPen(border, 2.0 if selected else 1.0))
        painter.drawPath(path)
        if focused and not selected:
            painter.setPen(QPen(look.accent, 1.0, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), RADIUS - 2, RADIUS - 2)

        # the side stripe says the most pressing thing about the deal
        stripe = self._stripe(card, overdue, idle or stalled, look)
        if stalled and not overdue:
            stripe = look.danger  # past what your wins took here: time to decide
        if stripe is not None:
            painter.save()
            painter.setClipPath(path)
            painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), stripe)
            painter.restore()

        title_font, value_font, small, fm_title, fm_base, fm_value, fm_small = self._styled(option.font)
        inner = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X + 2, -PAD_Y)
        y = inner.top()
        text_colour, muted = look.text, look.muted

        # 1: title, with the stalled mark (or else the idle one) at the right (overdue shows
        # on the close date below): stalled says more than idle, both at once would be noise
        marks = [("warning", look.danger)] if stalled else [("idle", look.warning)] if idle else []
        marks += [("accounts", look.warning)] if source.gaps(card) else []  # the buying group's gaps
        marks_width = len(marks) * (MARK + 4)
        fm = fm_title
        painter.setFont(title_font)
        painter.setPen(text_colour)
        narrow = self.narrow(self._view_width(option))
        title_rect = QRect(inner.left(), y, inner.width() - marks_width, fm.height())
        if narrow:  # a second line for what the first has no room for
            first, second = card_title.lines(card.title, title_font, fm, title_rect.width(), inner.width())
            painter.drawText(title_rect, LEFT, first)
            painter.drawText(QRect(inner.left(), y + fm.height(), inner.width(), fm.height()), LEFT, second)
        else:
            painter.drawText(title_rect, LEFT, fm.elidedText(card.title, ELIDE, title_rect.width()))
        x = inner.right() - MARK + 1
        for mark, colour in reversed(marks):
            icons.draw(painter, mark, colour, QRect(x, y + (fm.height() - MARK) // 2, MARK, MARK))
            x -= MARK + 4
        y += fm.height() * (2 if narrow else 1)

        # 2: account
        fm = fm_base
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(QRect(inner.left(), y, inner.width(), fm.height()),
                         LEFT,
                         fm.elidedText(card.account, ELIDE, inner.width()))
        y += fm.height() + GAP

        # 3: value, and the expected close at the right (a narrow card: on the next line)
        lang = current_language()
        # an amount left out of the totals for want of an exchange rate says so, in the warning colour
        no_rate = source.no_rate(card)
        mark_width = ICON + 4 if no_rate else 0
        amount = _money(card.value, card.currency, lang)
        room = inner.width() - mark_width
        full_close = 0 if narrow else self._close_width(card, source.today, lang, fm_small)
        if fm_value.horizontalAdvance(amount) > room - full_close - 6:
            amount = _compact(card.value, card.currency, lang)  # $180萬 says more than $1,800,0…
        amount_width = min(fm_value.horizontalAdvance(amount), room)
        close, with_icon = self._close_text(card, source.today, lang, fm_small,
                                            inner.width() if narrow else room - amount_width - 8)
        close_width = fm_small.horizontalAdvance(close) + (ICON + 3 if with_icon else 0)
        close_y = y
        if narrow:
            close_width = 0  # the amount has the line to itself
            close_y = y + fm_value.height() + GAP
        painter.setFont(value_font)
        painter.setPen(look.warning if no_rate else text_colour)
        value_rect = QRect(inner.left(), y, room - (close_width + 6 if close_width else 0), fm_value.height())
        shown = fm_value.elidedText(amount, ELIDE, value_rect.width())
        painter.drawText(value_rect, LEFT, shown)
        if no_rate:
            icons.draw(painter, "no-rate", look.warning, QRect(
                inner.left() + fm_value.horizontalAdvance(shown) + 4, y + (fm_value.height() - ICON) // 2, ICON, ICON))
        if close:
            colour = look.danger if overdue else muted
            painter.setFont(small)
            painter.setPen(colour)
            width = fm_small.horizontalAdvance(close)
            line_height = fm_small.height() if narrow else fm_value.height()
            # wide: at the right of the amount; narrow: at the left of its own line, after its icon
            left = inner.left() + ICON + 3 if narrow else inner.right() - width
            text_rect = QRect(left, close_y, width + 1, line_height)
            painter.drawText(text_rect, RIGHT, close)
            if with_icon:
                icons.draw(painter, "overdue" if overdue else "recent", colour,
                           QRect(text_rect.left() - ICON - 3, close_y + (line_height - ICON) // 2, ICON, ICON))
        if narrow:  # the next milestone's target at the right of the close date's line, room permitting
            self._target(painter, card, source, QRect(inner.left(), close_y, inner.width(), fm_small.height()),
                         (ICON + 3 + fm_small.horizontalAdvance(close) + 8) if close else 0, small, fm_small, look)
        y += fm_value.height() + GAP + 1
        if narrow:
            y += max(fm_small.height(), 8) + GAP

        # 4: task progress (or the outcome in the closed lane), days since the last milestone
        line_h = max(fm_small.height(), 8)
        painter.setFont(small)
        since = _days(source.days_since_milestone(card), lang)
        since_w = fm_small.horizontalAdvance(since)
        left_room = inner.width() - since_w - ICON - 8  # what the progress or the outcome may take
        if card.status == DealStatus.OPEN and not card.archived:
            self._progress(painter, QRect(inner.left(), y, left_room, line_h), card, look, fm_small)
            if not narrow:  # between the progress and the days since the last milestone, room permitting
                self._target(painter, card, source, QRect(inner.left(), y, left_room - 8, line_h),
                             self._progress_width(card, left_room, fm_small) + 10, small, fm_small, look)
        else:  # the outcome, or "Archived" (shown only when archived deals are asked for)
            self._status_chip(painter, QRect(inner.left(), y, left_room, line_h), card, look, fm_small)
        painter.setPen(muted)
        painter.drawText(QRect(inner.right() - since_w, y, since_w + 1, line_h),
                         RIGHT, since)
        icons.draw(painter, "milestone", muted, QRect(inner.right() - since_w - ICON - 2, y + (line_h - ICON) // 2,
                                                      ICON, ICON))
        painter.restore()

    @staticmethod
    def _close_width(card: Card, today: date, lang: str, fm: QFontMetrics) -> int:
        """The width the expected close takes with its icon (0 without one)."""
        if card.expected_close is None:
            return 0
        return fm.horizontalAdvance(_card_date(card.expected_close, today, lang)) + ICON + 3

    @staticmethod
    def _close_forms(card: Card, today: date, lang: str) -> tuple[str, str, str]:
        """The expected close, longest first: as cards write it (with an icon, then without),
        then without its day when it is in another year (Mar 2027), or day and month only."""
        assert card.expected_close is not None
        full = _card_date(card.expected_close, today, lang)
        short = (_month_day(card.expected_close, lang) if card.expected_close.year == today.year
                 else _month(card.expected_close.year, card.expected_close.month, lang))
        return full, full, short

    def _close_text(self, card: Card, today: date, lang: str, fm: QFontMetrics, room: int) -> tuple[str, bool]:
        """(the longest form of the expected close that fits ``room``, with its icon or not);
        ("", False) when none fits: the tooltip still says it."""
        if card.expected_close is None:
            return "", False
        for level, text in enumerate(self._close_forms(card, today, lang)):
            if fm.horizontalAdvance(text) + (ICON + 3 if level == 0 else 0) <= room:
                return text, level == 0
        return "", False

    @staticmethod
    def _progress_width(card: Card, room: int, fm: QFontMetrics) -> int:
        """The width ``_progress`` draws in ``room`` (0 without tasks)."""
        if not card.tasks_total:
            return 0
        label = fm.horizontalAdvance(f"{card.tasks_done}/{card.tasks_total}")
        bar = min(46, room - label - 8)
        return label if bar < 14 else bar + 6 + label + 2

    def _target(self, painter: QPainter, card: Card, source: CardListModel, rect: QRect, used: int,
                font: QFont, fm: QFontMetrics, look: Look) -> None:
        """The next milestone's target date with its mark, at the right of ``rect`` if it fits
        after the ``used`` pixels at its left (the tooltip says it in any case)."""
        if card.next_target is None or card.status != DealStatus.OPEN:
            return
        lang = current_language()
        for text in (_card_date(card.next_target, source.today, lang),
                     _month_day(card.next_target, lang)):
            width = fm.horizontalAdvance(text)
            if used + ICON + 3 + width <= rect.width():
                break
        else:
            return
        colour = look.warning if source.target_passed(card) else look.muted
        painter.setFont(font)
        painter.setPen(colour)
        text_rect = QRect(rect.right() - width, rect.top(), width + 1, rect.height())
        painter.drawText(text_rect, RIGHT, text)
        painter.save()
        draw_target(painter, QRectF(text_rect.left() - ICON - 3, rect.top() + (rect.height() - ICON) / 2, ICON, ICON),
                    colour)
        painter.restore()

    def _stripe(self, card: Card, overdue: bool, idle: bool, look: Look) -> QColor | None:
        if card.status == DealStatus.WON:
            return look.success
        if card.status == DealStatus.LOST:
            return look.danger
        if card.status == DealStatus.ABANDONED:
            return look.muted
        if overdue:
            return look.danger
        if idle:
            return look.warning
        return None

    def _progress(self, painter: QPainter, rect: QRect, card: Card, look: Look, fm: QFontMetrics) -> None:
        if not card.tasks_total:
            return
        label = f"{card.tasks_done}/{card.tasks_total}"
        # the bar gives way to its label in a narrow column (the label says the same)
        width = min(46, rect.width() - fm.horizontalAdvance(label) - 8)
        if width < 14:
            painter.setPen(look.muted)
            painter.drawText(rect, LEFT, label)
            return
        bar = QRectF(rect.left(), rect.center().y() - 2, width, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.track)
        painter.drawRoundedRect(bar, 2.5, 2.5)
        share = card.tasks_done / card.tasks_total
        if share > 0:
            done = QRectF(bar)
            done.setWidth(max(5.0, bar.width() * share))
            painter.setBrush(look.success if share >= 1 else look.accent)
            painter.drawRoundedRect(done, 2.5, 2.5)
        painter.setPen(look.muted)
        painter.drawText(QRect(int(bar.right()) + 6, rect.top(), fm.horizontalAdvance(label) + 2, rect.height()),
                         LEFT, label)

    def _status_chip(self, painter: QPainter, rect: QRect, card: Card, look: Look, fm: QFontMetrics) -> None:
        label = _status_label(card.status, card.archived)
        colour = self._stripe(card, False, False, look) or look.muted
        label = fm.elidedText(label, ELIDE, max(rect.width() - 12, 10))
        chip = QRectF(rect.left(), rect.top() - 1, fm.horizontalAdvance(label) + 12, rect.height() + 2)
        fill = QColor(colour)
        fill.setAlphaF(0.18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        painter.setPen(colour if not look.dark else look.text)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
