"""One open deal: its facts, stage map, next milestone, open work and confirmed milestones."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from planner.domain.model import Correction, Outcome
from planner.domain.plan import DealPlan
from planner.report import formats, theme
from planner.report.blocks import Blocks, RowTable, coloured, date_column, keep_with_next, p, text_block
from planner.report.fonts import BOLD, REGULAR, text_width
from planner.report.influence_map import buying_group_flowables, milestone_people
from planner.report.markup import clean, one_line, para
from planner.report.pages import DealContext
from planner.report.paragraphs import Para
from planner.report.stagemap import StageMap


class DealSection(Blocks):
    def flowables(self, dp: DealPlan, legend: bool) -> list[Flowable]:
        """The deal's block; its head (title to next milestone) is kept on one page."""
        labels, s, deal = self.labels, self.s, dp.deal
        meta = [labels("deal.process", name=one_line(dp.process.name) or "—")]
        if dp.current_stage_name:
            meta.append(labels("deal.current_stage", name=one_line(dp.current_stage_name)))
        title = one_line(deal.title) or "—"
        head: list[Flowable] = [
            DealContext(title),
            p(title, s.h2),
            p("   ·   ".join(meta), s.body_muted),
            Spacer(1, 7),
            self.facts(dp),
            Spacer(1, 10),
            StageMap(dp.stage_map, labels, legend=legend),
            Spacer(1, 10),
            self.next_milestone(dp),
        ]
        flowables: list[Flowable] = keep_with_next(head)
        flowables += self.work(dp)
        flowables += buying_group_flowables(self, dp)  # who decides: internal only
        flowables += self.milestones(dp)
        for key, text in (("deal.risks", deal.risks), ("deal.notes", deal.notes)):
            if clean(text):
                flowables += [*self.subheading(labels[key]), *text_block(text, s.body, labels["text.cut"])]
        return [*flowables, DealContext(None)]

    def facts(self, dp: DealPlan) -> Table:
        labels, deal = self.labels, dp.deal
        cells = [
            ("deal.value", formats.money(deal.value, deal.currency, self.lang)),
            ("deal.win_rate", formats.percent(dp.win_rate, self.lang)),
            ("deal.weighted", formats.money(dp.weighted_value, deal.currency, self.lang)),
            ("deal.expected_close", formats.day(deal.expected_close, self.lang)),
        ]
        rows = [[labels[key] for key, _ in cells], [text for _, text in cells]]
        widths = [self.width * f for f in (0.28, 0.18, 0.28, 0.26)]
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        shrink = []  # a huge amount is set smaller rather than running into the next column
        for col, (text, width) in enumerate(zip(rows[1], widths, strict=True)):
            room = width - 12
            if text_width(text, BOLD, 10.5) > room:
                size = max(6.0, 10.5 * room / text_width(text, BOLD, 10.5))
                shrink.append(("FONTSIZE", (col, 1), (col, 1), size))
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # reportlab's default would be Helvetica
            ("FONTNAME", (0, 0), (-1, 0), REGULAR),
            ("FONTSIZE", (0, 0), (-1, 0), 7.4),
            ("LEADING", (0, 0), (-1, 0), 10),
            ("TEXTCOLOR", (0, 0), (-1, 0), theme.MUTED),
            ("FONTNAME", (0, 1), (-1, 1), BOLD),
            ("FONTSIZE", (0, 1), (-1, 1), 10.5),
            ("LEADING", (0, 1), (-1, 1), 13),
            ("TEXTCOLOR", (0, 1), (-1, 1), theme.INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEABOVE", (0, 0), (-1, 0), 0.45, theme.RULE),
            ("LINEBELOW", (0, 1), (-1, 1), 0.45, theme.RULE),
            ("LINEAFTER", (0, 0), (-2, 1), 0.45, theme.RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 9),
            ("LEFTPADDING", (0, 0), (0, 1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 6),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
            ("TOPPADDING", (0, 1), (-1, 1), 1),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 7),
            *shrink,
        ]))
        return table

    def next_milestone(self, dp: DealPlan) -> Table:
        labels, s, deal = self.labels, self.s, dp.deal
        target = (labels("deal.target", date=formats.day(deal.next_target, self.lang))
                  if deal.next_target else labels["deal.no_target"])
        cell: list[Flowable] = [
            Para(coloured(labels["deal.next_milestone"], theme.ACCENT, bold=True), s.label),
            p(clean(dp.next_milestone) or "—", s.callout),
            p(target, s.body_muted),
        ]
        stages = dp.process.stages
        if stages and deal.stage_id is not None and stages[-1].id == deal.stage_id:
            cell.append(p(labels["deal.last_stage"], s.body_muted))
        table = RowTable([[cell]], colWidths=[self.width])
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # reportlab's default would be Helvetica
            ("BACKGROUND", (0, 0), (-1, -1), theme.ACCENT_TINT),
            ("LINEBEFORE", (0, 0), (0, -1), 2.4, theme.ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]))
        return table

    def work(self, dp: DealPlan) -> list[Flowable]:
        """Open tasks and missing deliverables of the current stage, side by side."""
        labels, s = self.labels, self.s
        required = coloured("\u00a0·\u00a0" + labels["deal.required"], theme.ACCENT, bold=True)

        def items(entries, empty_key: str) -> list[Flowable]:
            if not entries:
                return [p(labels[empty_key], s.cell_muted)]
            return [
                Para(para(e.text) + (required if e.required else ""), s.bullet,
                          bulletText="□")
                for e in entries
            ]

        tasks = [p(labels["deal.open_tasks"], s.h3), *items(dp.open_tasks, "empty.tasks")]
        # "all in place" only where the stage asks for some
        none_missing = "empty.deliverables" if dp.stage_deliverables else "empty.no_deliverables"
        missing = [p(labels["deal.missing_deliverables"], s.h3), *items(dp.missing_deliverables, none_missing)]
        table = RowTable([[tasks, missing]], colWidths=[self.width * 0.5] * 2)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # reportlab's default would be Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("LEFTPADDING", (1, 0), (1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        return [Spacer(1, 8), table]

    def milestones(self, dp: DealPlan) -> list[Flowable]:
        """Confirmed milestones, each with its dated corrections underneath.

        A correction is a full-width band under its milestone's row. reportlab
        cannot split a spanned row across pages cleanly, so the table is cut into
        segments of rows with the corrections as one-cell tables between them,
        all with the same columns: it reads as one table and every part splits.
        """
        labels, s = self.labels, self.s
        if not dp.milestones:
            return [*self.subheading(labels["deal.milestones"]), p(labels["empty.milestones"], s.cell_muted)]
        flowables: list[Flowable] = []
        date_share = date_column(self.lang, self.width)  # the one date format, wide enough for it
        widths = (0.17, 0.16, date_share, 0.10, 0.39 - date_share, 0.18)
        names = {stage.id: stage for stage in dp.process.stages}
        heads = self.heads(["milestone.stage", "milestone.milestone", "milestone.date", "milestone.outcome",
                            "milestone.evidence", "milestone.decision"])
        rows: list[list] = [heads]
        first = True
        coloured_rows: list[tuple] = []  # an outcome drawn as a plain string takes its colour here
        for m in dp.milestones:
            stage = names.get(m.stage_id)
            evidence: list[Paragraph] | Paragraph | str
            if clean(m.evidence_link):
                shown = self.value(m.evidence)
                evidence = [shown if isinstance(shown, Paragraph) else p(shown, s.cell_muted),
                            p(m.evidence_link, s.cell_muted)]
            else:
                evidence = self.cell(m.evidence, widths[4])
            outcome_colour = theme.LOST if m.outcome == Outcome.AGAINST else theme.INK
            outcome: Paragraph | str = self.cell(labels.enum(m.outcome), widths[3])
            row = len(rows) + (0 if first else 1)  # the table's row: a later segment gets a header row
            if isinstance(outcome, Paragraph):
                outcome = Para(coloured(labels.enum(m.outcome), outcome_colour), s.cell)
            elif outcome_colour != theme.INK:
                coloured_rows.append(("TEXTCOLOR", (3, row), (3, row), outcome_colour))
            rows.append([
                self.cell(one_line(stage.name), widths[0], bold=True) if stage else p("—", s.cell_bold),
                self.cell(stage.milestone if stage else "", widths[1]),
                formats.day(m.confirmed_on, self.lang),
                outcome,
                evidence,
                self.cell(m.decision, widths[5]),
            ])
            if m.corrections or m.people:
                flowables.append(self._segment(rows, widths, first, heads, coloured_rows))
                rows, first, coloured_rows = [], False, []
                flowables += milestone_people(self, m)  # who confirmed it: internal only
                for correction in m.corrections:
                    flowables.append(self.correction(correction))
        if rows:
            flowables.append(self._segment(rows, widths, first, heads, coloured_rows))
        return [*self.subheading(labels["deal.milestones"], table=flowables[0]), *flowables]

    def _segment(self, rows: list[list], widths, first: bool, heads: list[str], extra: list[tuple]) -> Table:
        # the stage names that are plain strings are bold (the header row is bold anyway)
        extra = [("FONTNAME", (0, 1), (0, -1), BOLD), *extra]
        if first:
            return self.table(rows, widths, extra=extra)
        return self.table(rows, widths, header_on_new_page=heads, extra=extra)

    def correction(self, correction: Correction) -> Table:
        title = self.labels("milestone.correction", date=formats.day(correction.written_on, self.lang))
        text = Para(f"{coloured(title, theme.MUTED, bold=True)}\u2003{para(correction.text)}",
                         self.s.correction)
        return self.table([[text]], (1.0,), header=False, extra=[
            ("BACKGROUND", (0, 0), (-1, -1), theme.ZEBRA),
            ("LEFTPADDING", (0, 0), (-1, -1), 16),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ])
