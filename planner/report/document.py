"""Laying the account plan out: paper, margins, page decoration, the build itself."""

from __future__ import annotations

import contextlib
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from planner.domain.plan import AccountPlan
from planner.report import formats, theme
from planner.report.fonts import REGULAR, register
from planner.report.labels import Labels
from planner.report.markup import one_line
from planner.report.pages import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, Decor, numbered_canvas
from planner.report.sections import PlanStory

PAPERS = {"a4": A4, "letter": LETTER}


def build_pdf(plan: AccountPlan, stream: BinaryIO, lang: str, paper: str) -> int:
    """Lay the plan out into ``stream``; returns the number of pages."""
    register()
    labels = Labels(lang)
    pagesize = PAPERS[paper]
    account = one_line(plan.account.name) or "—"
    planner = one_line(plan.planner_name)
    doc = BaseDocTemplate(
        stream,
        pagesize=pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{labels['doc.title']} — {account}",
        author=planner or None,
        subject=account,
        creator=labels["doc.creator"],
        lang="zh-TW" if labels.lang == "zh_TW" else "en",
        displayDocTitle=1,
        initialFontName=REGULAR,  # not Helvetica: no font outside our own in the file
        initialFontSize=theme.BODY,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    decor = Decor(
        title=labels["doc.title"],
        account=account,
        printed=labels("doc.printed", date=formats.day(plan.printed_on, labels.lang)),
        left_footer=labels("doc.prepared_by", name=planner) if planner else labels["doc.creator"],
        page_label=labels["page"],
        continued_label=labels["doc.continued"],
        fingerprint=labels("doc.fingerprint", fingerprint=plan.fingerprint) if plan.fingerprint else "",
    )
    result: dict[str, int] = {}
    story = PlanStory(plan, labels, doc.width).flowables()
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
