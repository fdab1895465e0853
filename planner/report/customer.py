"""The customer's copy of an account plan: compact, and only what ``audience.customer_copy`` kept.

First an overview table of the projects in progress (the customer reads "project" where the
seller's plan says "deal"), then one block per project, each kept on one page unless it is taller
than a page: its facts, a compact stage map without win rates, the next milestone, the milestones
reached with the customer's decisions and what is still to be delivered. The people involved
come between the two, where they usually fill the first page.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from planner.domain import money
from planner.report import formats, theme
from planner.report.audience import CustomerDeal, CustomerPlan
from planner.report.blocks import EMPTY, Blocks, RoomForBlock, coloured, date_column, p
from planner.report.fonts import BOLD, REGULAR, text_width
from planner.report.labels import Labels
from planner.report.markup import clean, one_line, para
from planner.report.pages import DealContext
from planner.report.paragraphs import Para
from planner.report.stagemap import StageMap

_SEPARATOR = "   ·   "


class CustomerStory(Blocks):
    def __init__(self, plan: CustomerPlan, labels: Labels, width: float) -> None:
        super().__init__(labels, width)
        self.plan = plan

    def flowables(self) -> list[Flowable]:
        story = [*self.title_block(), *self.overview()]
        story += self.people()  # short: it fills the first page before the blocks begin
        story += self.details()
        return story

    # the head -----------------------------------------------------------------
    def title_block(self) -> list[Flowable]:
        plan, labels, s = self.plan, self.labels, self.s
        subtitle = labels("doc.printed", date=formats.day(plan.printed_on, self.lang))
        if one_line(plan.planner_name):
            subtitle += _SEPARATOR + labels("doc.prepared_by", name=one_line(plan.planner_name))
        return [p(labels["customer.kicker"], s.kicker), p(one_line(plan.account) or "—", s.title),
                p(subtitle, s.subtitle), Spacer(1, 12), self.kpis()]

    def kpis(self) -> Table:
        labels, s = self.labels, self.s
        totals: dict[str, float] = defaultdict(float)
        for d in self.plan.deals:
            totals[one_line(d.currency)] += d.value
        targets = [d.next_target for d in self.plan.deals if d.next_target is not None]
        cells = [
            [p(labels["customer.kpi_projects"], s.kpi_label), p(str(len(self.plan.deals)), s.kpi_value)],
            [p(labels["customer.kpi_value"], s.kpi_label), *self.money_lines(totals)],
            [p(labels["customer.kpi_next"], s.kpi_label), p(formats.day(min(targets) if targets else None,
                                                                          self.lang), s.kpi_value)],
        ]
        table = Table([cells], colWidths=[self.width * f for f in (0.24, 0.42, 0.34)], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # reportlab's default would be Helvetica
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

    def money_lines(self, totals: dict[str, float]) -> list[Paragraph]:
        """One total in the home currency, what has no rate named apart; else one per currency."""
        s = self.s
        if not totals:
            return [p("—", s.kpi_value)]
        if self.plan.home:
            found = money.totals(((v, c, 100) for c, v in totals.items()), self.plan.home, self.plan.rates)
            lines = [p(formats.money(found.value, found.home, self.lang), s.kpi_value)]
            return lines + [p(self.labels("kpi.unconverted", amount=formats.money(v, c, self.lang)), s.kpi_label)
                            for c, v in sorted(found.unconverted.items())]
        return [p(formats.money(v, c, self.lang), s.kpi_value) for c, v in sorted(totals.items())]

    # the overview ---------------------------------------------------------------
    def overview(self) -> list[Flowable]:
        labels, s = self.labels, self.s
        if not self.plan.deals:
            return [*self.heading("customer.section_projects"), p(labels["customer.empty"], s.empty)]
        heads = [p(labels[k], s.head) for k in ("customer.project", "customer.stage", "customer.next",
                                                "customer.target")]
        rows: list[list] = [[*heads, p(labels["customer.value"], s.head_right)]]
        day = date_column(self.lang, self.width)
        value = self.amount_column()
        rest = 1.0 - day - value
        shares = (rest * 0.38, rest * 0.26, rest * 0.36, day, value)
        for d in self.plan.deals:
            rows.append([
                self.cell(one_line(d.title) or "—", shares[0], bold=True),
                self.cell(d.stage, shares[1]),
                self.cell(d.next_milestone, shares[2]),
                self.day(d.next_target),
                self.amount(d),
            ])
        table = self.table(rows, shares, right=(4,), extra=[
            ("FONTNAME", (0, 1), (0, -1), BOLD),  # the titles that are plain strings
            ("TOPPADDING", (0, 1), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 3.5),
        ])
        return [*self.heading("customer.section_projects", table=table), table]

    def day(self, value: date | None) -> str:
        return formats.day(value, self.lang, EMPTY)

    def amount(self, d: CustomerDeal) -> str:
        """The code stays with its figures: a cell never breaks between them."""
        return formats.money(d.value, d.currency, self.lang).replace(" ", "\u00a0")

    def amount_column(self) -> float:
        widest = max((text_width(self.amount(d), REGULAR, 8.2) for d in self.plan.deals), default=0.0)
        return min(0.24, max(0.12, (widest + 11) / self.width))

    # one block per project ---------------------------------------------------------
    def details(self) -> list[Flowable]:
        if not self.plan.deals:
            return []
        blocks = [KeepTogether(self.block(d)) for d in self.plan.deals]
        title = p(self.labels["customer.section_details"], self.s.h1)
        rule = HRFlowable(width="100%", thickness=1.1, color=theme.ACCENT, spaceBefore=1, spaceAfter=8, hAlign="LEFT")
        flowables: list[Flowable] = [RoomForBlock([title, rule], blocks[0]), title, rule]
        for i, block in enumerate(blocks):
            if i:
                flowables.append(HRFlowable(width="100%", thickness=0.6, color=theme.RULE, spaceBefore=9,
                                            spaceAfter=11))
            flowables.append(block)
        return flowables

    def block(self, d: CustomerDeal) -> list[Flowable]:
        """A card: title and value, where it stands, the map, the next milestone, what was reached."""
        labels, s = self.labels, self.s
        title = one_line(d.title) or "—"
        where = [labels("deal.current_stage", name=one_line(d.stage))] if one_line(d.stage) else []
        where.append(labels("customer.close_on", date=self.day(d.expected_close)))
        return [
            DealContext(title),  # a block taller than a page names itself on the next one
            self.head(title, formats.money(d.value, d.currency, self.lang)),
            p(_SEPARATOR.join(where), s.body_muted),
            Spacer(1, 5),
            StageMap(d.stage_map, labels, rates=False, compact=True),
            Spacer(1, 6),
            self.next_milestone(d),
            *self.reached(d),
            *self.to_deliver(d),
            DealContext(None),
        ]

    def head(self, title: str, value: str) -> Table:
        """The project's title, its value on the right of the same line."""
        room = text_width(value, BOLD, 10.5) + 14
        table = Table([[p(title, self.s.h2), value]], colWidths=[self.width - room, room], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # reportlab's default would be Helvetica
            ("FONTNAME", (1, 0), (1, 0), BOLD),
            ("FONTSIZE", (1, 0), (1, 0), 10.5),
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]))
        return table

    def next_milestone(self, d: CustomerDeal) -> Table:
        """The next milestone and its target date on one tinted line (a long one wraps)."""
        labels, s = self.labels, self.s
        target = (labels("deal.target", date=self.day(d.next_target)) if d.next_target
                  else labels["deal.no_target"])
        text = (f'{coloured(labels["customer.next"], theme.ACCENT, bold=True)}\u2003'
                f'{para(clean(d.next_milestone) or "—")}\u2003{coloured(target, theme.MUTED)}')
        cell: list[Flowable] = [Para(text, s.callout)]
        if d.last_stage:
            cell.append(p(labels["deal.last_stage"], s.body_muted))
        table = Table([[cell]], colWidths=[self.width], hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # reportlab's default would be Helvetica
            ("BACKGROUND", (0, 0), (-1, -1), theme.ACCENT_TINT),
            ("LINEBEFORE", (0, 0), (0, -1), 2.4, theme.ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return table

    def reached(self, d: CustomerDeal) -> list[Flowable]:
        """The milestones reached, a line each: what, when, what the customer decided."""
        labels, s = self.labels, self.s
        if not d.reached:
            return [Spacer(1, 4), p(labels["customer.none_reached"], s.cell_muted)]
        rows: list[list] = [[labels["customer.reached"], labels["milestone.date"], labels["customer.decision"]]]
        day = date_column(self.lang, self.width)
        shares = (0.5, day, 0.5 - day)
        for m in d.reached:
            rows.append([self.cell(m.milestone, shares[0]), formats.day(m.reached_on, self.lang),
                         self.cell(m.decision, shares[2])])
        table = self.table(rows, shares, extra=[
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ])
        return [Spacer(1, 5), table]

    def to_deliver(self, d: CustomerDeal) -> list[Flowable]:
        items = [clean(text) for text in d.to_deliver if clean(text)]
        if not items:
            return []
        text = (coloured(self.labels["customer.to_deliver"], theme.MUTED, bold=True) + "\u2003"
                + "\u2002·\u2002".join(para(item) for item in items))
        return [Spacer(1, 4), Para(text, self.s.body)]

    # the people ------------------------------------------------------------------
    def people(self) -> list[Flowable]:
        people = [person for person in self.plan.people if one_line(person.name)]
        if not people:
            return []
        rows: list[list] = [self.heads(["customer.name", "customer.job"])]
        for person in people:
            rows.append([p(one_line(person.name), self.s.cell_bold), self.value(one_line(person.title))])
        table = self.table(rows, (0.36, 0.64))
        return [*self.heading("customer.section_people", table=table), table]
