"""Laying the account plan and the pipeline forecast out: paper, margins, page decoration, the build."""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Callable
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from planner.domain.forecast import ForecastPrint
from planner.domain.plan import AccountPlan
from planner.report import accel, formats, theme
from planner.report.audience import CustomerPlan
from planner.report.customer import CustomerStory
from planner.report.fonts import REGULAR, register
from planner.report.labels import Labels
from planner.report.markup import one_line
from planner.report.pages import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, Decor, numbered_canvas
from planner.report.pipeline import PipelineStory
from planner.report.sections import PlanStory

PAPERS = {"a4": A4, "letter": LETTER}


def _without_cycle_collection[**P, R](build: Callable[P, R]) -> Callable[P, R]:
    """Lay out with Python's cycle collector paused; it resumes once the file is written.

    A long plan makes hundreds of thousands of objects that live until it is written; the
    collector would walk them again and again while they pile up (5-10% of the time). What
    the layout leaves behind is freed as usual afterwards (the peak memory is the same);
    the output is the same.
    """

    @functools.wraps(build)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():  # paused already (a build inside a build, or the caller's choice)
            return build(*args, **kwargs)
        gc.disable()
        try:
            return build(*args, **kwargs)
        finally:
            gc.enable()

    return paused


@_without_cycle_collection
def build_pdf(plan: AccountPlan, stream: BinaryIO, lang: str, paper: str) -> int:
    """Lay the plan out into ``stream``; returns the number of pages."""
    register()
    labels = Labels(lang)
    account = one_line(plan.account.name) or "—"
    planner = one_line(plan.planner_name)
    doc = _document(stream, labels, paper, title=f"{labels['doc.title']} — {account}", subject=account,
                    author=planner)
    decor = Decor(
        title=labels["doc.title"],
        account=account,
        printed=labels("doc.printed", date=formats.day(plan.printed_on, labels.lang)),
        left_footer=labels("doc.prepared_by", name=planner) if planner else labels["doc.creator"],
        page_label=labels["page"],
        continued_label=labels["doc.continued"],
        fingerprint=_fingerprint(labels, plan.fingerprint, plan.history_altered),
    )
    return _build(doc, PlanStory(plan, labels, doc.width).flowables(), decor)


@_without_cycle_collection
def build_customer_pdf(plan: CustomerPlan, stream: BinaryIO, lang: str, paper: str) -> int:
    """Lay the customer's copy out into ``stream`` (planner/report/customer.py); returns the pages."""
    register()
    labels = Labels(lang)
    account = one_line(plan.account) or "—"
    planner = one_line(plan.planner_name)
    doc = _document(stream, labels, paper, title=f"{labels['customer.title']} — {account}", subject=account,
                    author=planner)
    decor = Decor(
        title=labels["customer.title"],
        account=account,
        printed=labels("doc.printed", date=formats.day(plan.printed_on, labels.lang)),
        left_footer=labels("doc.prepared_by", name=planner) if planner else labels["doc.creator"],
        page_label=labels["page"],
        continued_label=labels["doc.continued"],
        fingerprint=_fingerprint(labels, plan.fingerprint, plan.history_altered),
    )
    return _build(doc, CustomerStory(plan, labels, doc.width).flowables(), decor)


@_without_cycle_collection
def build_forecast_pdf(printed: ForecastPrint, stream: BinaryIO, lang: str, paper: str) -> int:
    """Lay the pipeline forecast out into ``stream``, as the account plan looks; returns the pages."""
    register()
    labels = Labels(lang)
    planner = one_line(printed.planner_name)
    story = PipelineStory(printed, labels, _frame_width(paper))
    doc = _document(stream, labels, paper, title=f"{labels['pipeline.doc_title']} — {story.title()}",
                    subject=story.title(), author=planner)
    decor = Decor(
        title=labels["pipeline.doc_title"],
        account=story.title(),
        printed=labels("doc.printed", date=formats.day(printed.printed_on, labels.lang)),
        left_footer=labels("doc.prepared_by", name=planner) if planner else labels["doc.creator"],
        page_label=labels["page"],
        continued_label=labels["doc.continued"],
        fingerprint=_fingerprint(labels, printed.fingerprint, printed.history_altered),
    )
    return _build(doc, story.flowables(), decor)


def _fingerprint(labels: Labels, fingerprint: str, altered: bool) -> str:
    """The footer's word on the file's history: its fingerprint, or that there is none to vouch
    for an altered one (a forged row under the genuine fingerprint would pass for it)."""
    if altered:
        return labels["doc.history_altered"]
    return labels("doc.fingerprint", fingerprint=fingerprint) if fingerprint else ""


def _frame_width(paper: str) -> float:
    return PAPERS[paper][0] - 2 * MARGIN_X


def _document(stream: BinaryIO, labels: Labels, paper: str, title: str, subject: str,
              author: str) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        stream,
        pagesize=PAPERS[paper],
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author or None,
        subject=subject,
        creator=labels["doc.creator"],
        lang="zh-TW" if labels.lang == "zh_TW" else "en",
        displayDocTitle=1,
        initialFontName=REGULAR,  # not Helvetica: no font outside our own in the file
        initialFontSize=theme.BODY,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def _build(doc: BaseDocTemplate, story: list[Flowable], decor: Decor) -> int:
    result: dict[str, int] = {}
    accel.install()
    with _binary_streams():
        doc.build(story, canvasmaker=numbered_canvas(decor, result))
    return result["pages"]


@contextlib.contextmanager
def _binary_streams():
    """Compressed page streams without the ASCII85 layer: smaller and faster to write.

    reportlab reads the switch from its global config when each stream is written.
    """
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous
