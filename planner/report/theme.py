"""Colours, sizes and paragraph styles: the report's look in one place."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from planner.report.fonts import BOLD, REGULAR, register

INK = HexColor("#1F2933")  # body text
MUTED = HexColor("#5B6773")  # secondary text, labels
FAINT = HexColor("#8B97A3")  # hints, empty states
RULE = HexColor("#D3DAE1")  # hairlines
PANEL = HexColor("#F3F5F7")  # table headers, panels
ZEBRA = HexColor("#FAFBFC")
ACCENT = HexColor("#17698A")  # the one accent colour
ACCENT_TINT = HexColor("#E7F1F5")
FROZEN = HexColor("#2E3B48")  # confirmed, read-only stages
FUTURE_LINE = HexColor("#AEB9C4")
WON = HexColor("#2E7D4F")
LOST = HexColor("#A63A32")
ABANDONED = HexColor("#6B7782")
SUPPORTER = WON
OPPONENT = LOST
WHITE = white

BODY = 9.0
SMALL = 7.8
TINY = 6.8


def hex_of(color: Color) -> str:
    return color.hexval().replace("0x", "#")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_muted: ParagraphStyle
    empty: ParagraphStyle
    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    kpi_label: ParagraphStyle
    kpi_value: ParagraphStyle
    fact_label: ParagraphStyle
    fact_value: ParagraphStyle
    correction: ParagraphStyle
    bullet: ParagraphStyle
    callout: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register()

    def style(name: str, **kw) -> ParagraphStyle:
        base = dict(fontName=REGULAR, fontSize=BODY, leading=BODY * 1.45, textColor=INK, alignment=TA_LEFT)
        base.update(kw)
        return ParagraphStyle(name, **base)

    cell = dict(fontSize=8.2, leading=11.2)
    return Styles(
        body=style("body", spaceAfter=4),
        body_muted=style("body_muted", textColor=MUTED),
        empty=style("empty", textColor=FAINT, spaceBefore=2, spaceAfter=6),
        kicker=style("kicker", fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT),
        title=style("title", fontName=BOLD, fontSize=21, leading=27, spaceBefore=3, spaceAfter=3),
        subtitle=style("subtitle", fontSize=9, leading=13, textColor=MUTED),
        h1=style("h1", fontName=BOLD, fontSize=13.5, leading=18, spaceBefore=16, spaceAfter=2, keepWithNext=1),
        h2=style("h2", fontName=BOLD, fontSize=12, leading=16, spaceBefore=2, spaceAfter=1, keepWithNext=1),
        h3=style("h3", fontName=BOLD, fontSize=8.8, leading=12, textColor=MUTED, spaceBefore=9, spaceAfter=3),
        label=style("label", fontName=BOLD, fontSize=8, leading=11, textColor=MUTED),
        cell=style("cell", **cell),
        cell_bold=style("cell_bold", fontName=BOLD, **cell),
        cell_muted=style("cell_muted", textColor=MUTED, **cell),
        cell_right=style("cell_right", alignment=TA_RIGHT, **cell),
        cell_right_bold=style("cell_right_bold", fontName=BOLD, alignment=TA_RIGHT, **cell),
        head=style("head", fontName=BOLD, fontSize=7.6, leading=10, textColor=MUTED),
        head_right=style("head_right", fontName=BOLD, fontSize=7.6, leading=10, textColor=MUTED,
                         alignment=TA_RIGHT),
        kpi_label=style("kpi_label", fontSize=7.6, leading=10, textColor=MUTED),
        kpi_value=style("kpi_value", fontName=BOLD, fontSize=12.5, leading=16),
        fact_label=style("fact_label", fontSize=7.4, leading=10, textColor=MUTED),
        fact_value=style("fact_value", fontName=BOLD, fontSize=10.5, leading=14),
        correction=style("correction", fontSize=7.8, leading=10.8, textColor=MUTED),
        bullet=style("bullet", fontSize=8.4, leading=11.8, leftIndent=12, bulletIndent=0, spaceAfter=2,
                     bulletFontName=REGULAR, bulletFontSize=8.4, bulletColor=MUTED),
        callout=style("callout", fontSize=9, leading=13),
    )
