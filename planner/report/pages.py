"""Running header and footer, with "page x of y" from a two-pass canvas.

reportlab only knows the page count once the story is laid out, so the canvas
keeps each finished page's state and draws the header and footer on all of
them when the document is saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from planner.report import theme
from planner.report.fonts import BOLD, REGULAR, draw_text, text_width
from planner.report.textfit import ellipsise

MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
HEADER_Y = 13 * mm  # from the top edge
FOOTER_Y = 11 * mm  # from the bottom edge


@dataclass
class Decor:
    """What the header and footer print."""

    title: str  # "Account plan"
    account: str
    printed: str  # "Printed 12 Mar 2025"
    left_footer: str  # "Prepared by ..." or the application's name
    page_label: str  # "Page {page} of {pages}"
    continued_label: str = "{title} (continued)"
    fingerprint: str = ""  # "File fingerprint 3F2A-91C0-7B4E": which file's history this printout shows

    def draw(self, canvas: Canvas, page: int, pages: int, continued: str | None = None) -> None:
        """Header and footer of one page.

        All but the page number and the "continued" line is the same on every page of a size
        (the left footer's room depends on how wide the page number is): it is drawn once as a
        PDF form and placed on each page.
        """
        width, height = canvas._pagesize
        number = self.page_label.format(page=page, pages=pages)
        number_width = text_width(number, REGULAR, 7.4)
        forms: dict[tuple, str] = canvas.__dict__.setdefault("_planner_decor", {})
        key = (width, height, number_width)
        name = forms.get(key)
        if name is None:
            name = forms[key] = f"PlannerDecor{len(forms)}"
            canvas.beginForm(name, 0, 0, width, height)
            self._draw_fixed(canvas, width, height, number_width)
            canvas.endForm()
        canvas.doForm(name)
        right = width - MARGIN_X
        canvas.saveState()
        canvas.setFillColor(theme.MUTED)
        if continued:  # the page carries on a deal begun on an earlier page
            text = self.continued_label.format(title=continued)
            draw_text(canvas, MARGIN_X, height - HEADER_Y - 16, ellipsise(text, REGULAR, 7.4, right - MARGIN_X),
                      REGULAR, 7.4)
        draw_text(canvas, right, FOOTER_Y, number, REGULAR, 7.4, align="right")
        canvas.restoreState()

    def _draw_fixed(self, canvas: Canvas, width: float, height: float, number_width: float) -> None:
        right = width - MARGIN_X
        canvas.saveState()
        # header: "ACCOUNT PLAN · account"            printed date
        y = height - HEADER_Y
        printed_w = text_width(self.printed, REGULAR, 7.4)
        canvas.setFillColor(theme.MUTED)
        draw_text(canvas, right, y, self.printed, REGULAR, 7.4, align="right")
        canvas.setFillColor(theme.ACCENT)
        draw_text(canvas, MARGIN_X, y, self.title, BOLD, 7.4)
        x = MARGIN_X + text_width(self.title, BOLD, 7.4) + 6
        canvas.setFillColor(theme.INK)
        room = right - printed_w - 18 - x
        draw_text(canvas, x, y, ellipsise(self.account, BOLD, 7.4, room), BOLD, 7.4)
        canvas.setStrokeColor(theme.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 5, right, y - 5)
        # footer: who prepared it                      Page x of y (drawn on each page)
        y = FOOTER_Y
        canvas.line(MARGIN_X, y + 9, right, y + 9)
        canvas.setFillColor(theme.MUTED)
        room = right - MARGIN_X - number_width - 18
        if self.fingerprint:
            draw_text(canvas, MARGIN_X + room, y, self.fingerprint, REGULAR, 7.4, align="right")
            room -= text_width(self.fingerprint, REGULAR, 7.4) + 18
        draw_text(canvas, MARGIN_X, y, ellipsise(self.left_footer, REGULAR, 7.4, room), REGULAR, 7.4)
        canvas.restoreState()


class DealContext(Flowable):
    """An invisible mark: from here on the page is about this deal (None: about no deal).

    Pages that begin inside a deal print its title under the running header.
    """

    def __init__(self, title: str | None) -> None:
        super().__init__()
        self.title = title
        self.width = self.height = 0
        if title is None:
            # The end of a deal takes effect where it stands, even when the deal's last line (with
            # its space after) filled the page: as a flowable it would move to the next page, and
            # that page would say it continues the deal.
            self.frameAction = self._end

    def _end(self, frame) -> None:  # reportlab calls frameAction(frame) in place of adding it
        self.canv._plan_deal = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._plan_deal = self.title


def numbered_canvas(decor: Decor, result: dict[str, int]) -> type[Canvas]:
    """A canvas class for ``doc.build(canvasmaker=...)`` that stores the page count in result."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._plan_deal: str | None = None  # set by DealContext while a deal is laid out
            self._plan_continued: str | None = None  # the deal this page began inside

        def showPage(self) -> None:  # noqa: N802 (reportlab)
            self._pages.append(dict(self.__dict__))
            self._startPage()
            self._plan_continued = self._plan_deal

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                decor.draw(self, self._pageNumber, total, self._plan_continued)
                super().showPage()
            result["pages"] = total
            super().save()

    return NumberedCanvas
