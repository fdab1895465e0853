"""The pipeline forecast's story: the figures by period and by stage, then every open deal by account.

Amounts are in the home currency (the column headers say which); what is in a currency
without a rate is printed under a figure, in its own currency, marked "+", and never added
in. Overdue and undated deals are shown as such, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import groupby

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from planner.domain import money
from planner.domain.calibration import MIN_CLOSED
from planner.domain.forecast import NO_DATE, OVERDUE, Figures, ForecastPrint, ListedDeal, StageRef
from planner.report import formats, theme
from planner.report.blocks import Blocks, RoomForBlock, date_column, p
from planner.report.fonts import BOLD, REGULAR
from planner.report.labels import Labels
from planner.report.markup import one_line


class PipelineStory(Blocks):
    def __init__(self, printed: ForecastPrint, labels: Labels, width: float) -> None:
        super().__init__(labels, width)
        self.printed = printed
        self.forecast = printed.forecast
        self.home = printed.forecast.home
        self.several = len({s.process_id for s in self.forecast.stages}) > 1
        self.apart_style = self.s.cell_muted.clone("cell_muted_right", alignment=self.s.cell_right.alignment)

    def flowables(self) -> list[Flowable]:
        story: list[Flowable] = [*self.title_block(), *self.currency()]
        if self.forecast.empty:
            return [*story, *self.heading("pipeline.section_periods"), p(self.labels["pipeline.empty"], self.s.empty)]
        story += self.periods()
        story += self.stages()
        story += self.notes()
        story += self.deals()
        return story

    # the head -------------------------------------------------------------------
    def title(self) -> str:
        return one_line(self.printed.process_name) or self.labels["pipeline.all_accounts"]

    def title_block(self) -> list[Flowable]:
        labels, s, printed = self.labels, self.s, self.printed
        parts = [labels["pipeline.by_month" if self.forecast.by == "month" else "pipeline.by_quarter"],
                 labels("doc.printed", date=formats.day(printed.printed_on, self.lang))]
        if one_line(printed.planner_name):
            parts.append(labels("doc.prepared_by", name=one_line(printed.planner_name)))
        return [p(labels["pipeline.kicker"], s.kicker), p(self.title(), s.title), p("   ·   ".join(parts), s.subtitle),
                Spacer(1, 12), self.kpis()]

    def kpis(self) -> Table:
        labels, s, total = self.labels, self.s, self.forecast.total()
        cells = [[p(labels["pipeline.kpi_deals"], s.kpi_label), p(formats.amount(total.deals, self.lang), s.kpi_value)]]
        for key, field in (("pipeline.kpi_total", "value"), ("pipeline.kpi_set", "weighted_set"),
                           ("pipeline.kpi_observed", "weighted_observed")):
            cell = [p(labels[key], s.kpi_label), p(self.whole_money(getattr(total, field), self.home), s.kpi_value)]
            cell += [p(labels("kpi.unconverted", amount=self.whole_money(getattr(u, field), c)), s.kpi_label)
                     for c, u in total.unconverted.items()]
            cells.append(cell)
        table = Table([cells], colWidths=[self.width * f for f in (0.13, 0.29, 0.29, 0.29)], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("BACKGROUND", (0, 0), (-1, -1), theme.PANEL),
            ("LINEBEFORE", (0, 0), (0, 0), 2.4, theme.ACCENT),
            ("LINEAFTER", (0, 0), (-2, 0), 0.6, theme.WHITE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ]))
        return table

    def currency(self) -> list[Flowable]:
        labels, s = self.labels, self.s
        lines = [labels("pipeline.currency", home=self.home)]
        rates = [r for r in self.printed.rates if r.currency != self.home]
        if rates:
            sep = "；" if self.lang == "zh_TW" else "; "
            shown = sep.join(labels("pipeline.rate", currency=r.currency, home=self.home,
                                    rate=formats.exchange_rate(r.rate, self.lang),
                                    date=formats.day(r.set_on, self.lang)) for r in rates)
            lines.append(labels("pipeline.rates", rates=shown))
        else:
            lines.append(labels("pipeline.no_rates", home=self.home))
        return [Spacer(1, 8), p(("" if self.lang == "zh_TW" else " ").join(lines), s.body_muted)]

    # the figures ----------------------------------------------------------------
    def period_name(self, period: str) -> str:
        if period == OVERDUE:
            return self.labels["pipeline.overdue"]
        if period == NO_DATE:
            return self.labels["pipeline.no_date"]
        return formats.period(period, self.lang)

    def whole(self, value: float) -> str:
        """An amount in whole units: a forecast's cents would be false precision."""
        return formats.amount(round(value), self.lang)

    def whole_money(self, value: float, currency: str) -> str:
        """The code stays with its figures: a line never breaks between them."""
        return formats.money(round(value), currency, self.lang).replace(" ", "\u00a0")

    def amount_cells(self, f: Figures, bold: bool = False) -> list[object]:
        """Deals, total, weighted (set), weighted (observed); a currency without a rate under each."""
        cells: list[object] = [formats.amount(f.deals, self.lang)]
        for field in ("value", "weighted_set", "weighted_observed"):
            text = self.whole(getattr(f, field))
            if not f.unconverted:
                cells.append(text)
                continue
            style = self.s.cell_right_bold if bold else self.s.cell_right
            apart = [p("+ " + self.whole_money(getattr(u, field), c), self.apart_style)
                     for c, u in f.unconverted.items()]
            cells.append([p(text, style), *apart])
        return cells

    def amount_heads(self) -> list[object]:
        """Column headers that may wrap: a weighted total's label is longer than its figures."""
        return [self.labels["pipeline.deals"], *(p(self.labels(k, home=self.home), self.s.head_right) for k in (
            "pipeline.total", "pipeline.weighted_set", "pipeline.weighted_observed"))]

    def periods(self) -> list[Flowable]:
        labels = self.labels
        rows: list[list] = [[labels["pipeline.period"], *self.amount_heads()]]
        extra: list[tuple] = []
        for period, f in self.forecast.by_period().items():
            r = len(rows)
            rows.append([self.period_name(period), *self.amount_cells(f)])
            if period == OVERDUE:
                extra.append(("TEXTCOLOR", (0, r), (0, r), theme.LOST))
            elif period == NO_DATE:
                extra.append(("TEXTCOLOR", (0, r), (0, r), theme.MUTED))
        rows.append([labels["pipeline.sum"], *self.amount_cells(self.forecast.total(), bold=True)])
        extra += _total_row(len(rows) - 1)
        table = self.table(rows, (0.24, 0.10, 0.22, 0.22, 0.22), right=(1, 2, 3, 4), extra=extra)
        return [*self.heading("pipeline.section_periods", table=table), table]

    def stages(self) -> list[Flowable]:
        labels = self.labels
        blocks: list[Flowable] = []
        by_stage = self.forecast.by_stage()
        by_process = self.forecast.by_process()
        for process_id, stages in groupby(self.forecast.stages, key=lambda s: s.process_id):
            listed = list(stages)
            rows: list[list] = [[labels["pipeline.stage"], labels["pipeline.set_rate"],
                                 labels["pipeline.observed_rate"], *self.amount_heads()]]
            extra: list[tuple] = []
            for s in listed:
                f = by_stage[s.stage_id]
                rows.append([p(one_line(s.stage_name) or "—", self.s.cell), formats.percent(s.set_rate, self.lang),
                             self.observed(s), *self.amount_cells(f)])
                if not f.deals:
                    extra.append(("TEXTCOLOR", (1, len(rows) - 1), (-1, len(rows) - 1), theme.FAINT))
            rows.append([labels["pipeline.sum"], "", "", *self.amount_cells(by_process[process_id], bold=True)])
            extra += _total_row(len(rows) - 1)
            table = self.table(rows, (0.25, 0.08, 0.09, 0.07, 0.17, 0.17, 0.17), right=(1, 2, 3, 4, 5, 6),
                               extra=extra)
            # a process's few stages are read together: never a total row alone on the next page
            title = p(one_line(listed[0].process_name) or "—", self.s.h3)
            blocks.append(KeepTogether([title, table]))
        if not blocks:
            return self.heading("pipeline.section_stages")
        # the heading goes where the first process's block goes: KeepTogether moves that block
        # whole, which a keepWithNext chain cannot hold to its heading
        _room, title, rule = self.heading("pipeline.section_stages")
        return [RoomForBlock([title, rule], blocks[0]), title, rule, *blocks]

    def observed(self, s: StageRef) -> str:
        if s.observed_rate is None:
            return self.labels["pipeline.no_observed"]
        return formats.percent(round(s.observed_rate, 1), self.lang)

    def notes(self) -> list[Flowable]:
        total = self.forecast.total()
        notes = [self.labels("pipeline.observed_note", n=formats.amount(total.observed_deals, self.lang),
                             count=formats.amount(total.deals, self.lang), min=MIN_CLOSED)]
        if total.unconverted:
            notes.insert(0, self.labels("pipeline.apart", home=self.home))
        return [Spacer(1, 10), *(p(n, self.s.body_muted) for n in notes)]

    # the deals ------------------------------------------------------------------
    def deals(self) -> list[Flowable]:
        flowables = self.heading("pipeline.section_deals", keep_with_next=True)
        stage_of = {s.stage_id: s for s in self.forecast.stages}
        for _account, listed in groupby(self.printed.deals, key=lambda d: d.account_id):
            table = self.account_table(list(listed), stage_of)
            flowables += [Spacer(1, 6), table]
        return flowables

    def account_table(self, listed: Sequence[ListedDeal], stage_of: dict[int, StageRef]) -> Table:
        labels, s = self.labels, self.s
        rows: list[list] = [[p(one_line(listed[0].account) or "—", s.cell_bold), labels["pipeline.stage"],
                             labels["pipeline.expected_close"], labels["pipeline.value"],
                             labels("pipeline.in_home", home=self.home)]]
        extra: list[tuple] = [("VALIGN", (0, 0), (-1, 0), "BOTTOM")]
        rates = self.forecast_rates()
        for r, d in enumerate(listed, start=1):
            stage = stage_of[d.stage_id]
            where = [p(one_line(stage.stage_name) or "—", s.cell)]
            if self.several:
                where.append(p(one_line(stage.process_name), s.cell_muted))
            converted = money.convert(d.value, d.currency, self.home, rates)
            rows.append([p(one_line(d.title) or "—", s.cell), where, *self.close_cell(d, r, extra),
                         formats.money(d.value, d.currency, self.lang),
                         labels["pipeline.no_rate"] if converted is None else self.whole(converted)])
            if converted is None:
                extra.append(("TEXTCOLOR", (4, r), (4, r), theme.LOST))
        close = date_column(self.lang, self.width)  # the one date format, never wrapped
        return self.table(rows, (0.30, 0.40 - close, close, 0.16, 0.14), right=(3, 4), extra=extra)

    def close_cell(self, d: ListedDeal, row: int, extra: list[tuple]) -> Iterator[str]:
        if d.expected_close is None:
            extra.append(("TEXTCOLOR", (2, row), (2, row), theme.MUTED))
            yield self.labels["pipeline.no_date"]
            return
        day = formats.day(d.expected_close, self.lang)
        if d.expected_close < self.forecast.today:
            extra.append(("TEXTCOLOR", (2, row), (2, row), theme.LOST))
            yield f"{day}\n{self.labels['pipeline.overdue_since']}"
            return
        yield day

    def forecast_rates(self) -> dict[str, float]:
        return {r.currency: r.rate for r in self.printed.rates}


def _total_row(r: int) -> list[tuple]:
    return [("FONTNAME", (0, r), (-1, r), BOLD), ("LINEABOVE", (0, r), (-1, r), 0.9, theme.INK),
            ("BACKGROUND", (0, r), (-1, r), theme.PANEL)]
