"""The account plan's story, section by section: the flowables reportlab lays out."""

from __future__ import annotations

from collections import defaultdict

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from planner.domain import money
from planner.domain.model import Attitude, Contact, DealStatus, Influence
from planner.domain.plan import AccountPlan, ForecastRow
from planner.report import formats, theme
from planner.report.blocks import Blocks, coloured, p, shorten, text_block
from planner.report.deals import DealSection
from planner.report.fonts import BOLD, REGULAR
from planner.report.labels import Labels
from planner.report.markup import clean, one_line, para
from planner.report.paragraphs import Para

CONTACT_NOTES_MAX = 280  # the decision-maker table shows short notes; longer ones are cut

_ATTITUDE_COLOURS = {
    Attitude.SUPPORTER: theme.SUPPORTER,
    Attitude.NEUTRAL: theme.MUTED,
    Attitude.OPPONENT: theme.OPPONENT,
    Attitude.UNKNOWN: theme.FAINT,
}
_INFLUENCE_DOTS = {Influence.HIGH: 3, Influence.MEDIUM: 2, Influence.LOW: 1}
_STATUS_COLOURS = {
    DealStatus.OPEN: theme.ACCENT,
    DealStatus.WON: theme.WON,
    DealStatus.LOST: theme.LOST,
    DealStatus.ABANDONED: theme.ABANDONED,
}
_CLOSED_ORDER = {DealStatus.WON: 0, DealStatus.LOST: 1, DealStatus.ABANDONED: 2, DealStatus.OPEN: 3}


class PlanStory(Blocks):
    def __init__(self, plan: AccountPlan, labels: Labels, width: float) -> None:
        super().__init__(labels, width)
        self.plan = plan

    def flowables(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.title_block()
        story += self.overview()
        story += self.contacts()
        story += self.open_deals()
        story += self.closed_deals()
        story += self.forecast()
        story += self.plan_notes()
        return story

    # sections -----------------------------------------------------------------
    def title_block(self) -> list[Flowable]:
        plan, labels, s = self.plan, self.labels, self.s
        subtitle = labels("doc.printed", date=formats.day(plan.printed_on, self.lang))
        if one_line(plan.planner_name):
            subtitle += "   ·   " + labels("doc.prepared_by", name=one_line(plan.planner_name))
        flowables: list[Flowable] = [
            p(labels["doc.kicker"], s.kicker),
            p(one_line(plan.account.name) or "—", s.title),
            p(subtitle, s.subtitle),
            Spacer(1, 12),
            self.kpis(),
        ]
        return flowables

    def kpis(self) -> Table:
        labels, s = self.labels, self.s
        open_value: dict[str, float] = defaultdict(float)
        weighted: dict[str, float] = defaultdict(float)
        for dp in self.plan.open_deals:
            code = one_line(dp.deal.currency)
            open_value[code] += dp.deal.value
            weighted[code] += dp.weighted_value

        def money_lines(totals: dict[str, float]) -> list[Paragraph]:
            if not totals:
                return [p("—", s.kpi_value)]
            if self.plan.home:  # one total in the home currency; what has no rate named apart
                found = money.totals(((v, c, 100) for c, v in totals.items()), self.plan.home, self.plan.rates)
                lines = [p(formats.money(found.value, found.home, self.lang), s.kpi_value)]
                return lines + [p(labels("kpi.unconverted", amount=formats.money(v, c, self.lang)), s.kpi_label)
                                for c, v in sorted(found.unconverted.items())]
            return [p(formats.money(v, c, self.lang), s.kpi_value) for c, v in sorted(totals.items())]

        cells = [
            [p(labels["kpi.open_deals"], s.kpi_label), p(str(len(self.plan.open_deals)), s.kpi_value)],
            [p(labels["kpi.open_value"], s.kpi_label), *money_lines(open_value)],
            [p(labels["kpi.weighted"], s.kpi_label), *money_lines(weighted)],
            [p(labels["kpi.contacts"], s.kpi_label), p(str(len(self.plan.contacts)), s.kpi_value)],
        ]
        fractions = (0.19, 0.295, 0.295, 0.22)
        table = Table([cells], colWidths=[self.width * f for f in fractions], hAlign="LEFT")
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

    def overview(self) -> list[Flowable]:
        labels, s, account = self.labels, self.s, self.plan.account
        rows = [
            [p(labels["overview.industry"], s.label), self.value(account.industry),
             p(labels["overview.size"], s.label), self.value(account.size)],
            [p(labels["overview.kind"], s.label), self.value(account.kind),
             p(labels["overview.relationship"], s.label), self.value(account.relationship)],
        ]
        table = self.table(rows, (0.15, 0.35, 0.15, 0.35), header=False, extra=[
            ("LINEABOVE", (0, 0), (-1, 0), 0.45, theme.RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 5.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("LEFTPADDING", (2, 0), (2, -1), 10),
        ])
        flowables = [*self.heading("section.overview", table=table), table]
        notes = clean(account.notes)
        if notes:
            flowables += [*self.subheading(labels["overview.notes"]), *text_block(notes, s.body, labels["text.cut"])]
        return flowables

    def contacts(self) -> list[Flowable]:
        labels, s = self.labels, self.s
        if not self.plan.contacts:
            return [*self.heading("section.contacts"), p(labels["empty.contacts"], s.empty)]
        rows: list[list] = [self.heads(
            ["contact.name", "contact.role", "contact.attitude", "contact.influence", "contact.notes"])]
        for contact in self.plan.contacts:
            rows.append([
                self.contact_name(contact),
                p(labels.enum(contact.role), s.cell),
                Para(self.attitude(contact.attitude), s.cell),
                Para(self.influence(contact.influence), s.cell),
                self.value(shorten(contact.notes, CONTACT_NOTES_MAX), s.cell_muted),
            ])
        table = self.table(rows, (0.25, 0.17, 0.13, 0.12, 0.33))
        return [*self.heading("section.contacts", table=table), table]

    def contact_name(self, contact: Contact) -> list[Paragraph]:
        cell = [p(one_line(contact.name) or "—", self.s.cell_bold)]
        if one_line(contact.title):
            cell.append(p(one_line(contact.title), self.s.cell_muted))
        return cell

    def attitude(self, attitude: Attitude) -> str:
        colour = _ATTITUDE_COLOURS.get(attitude, theme.MUTED)
        return f'{coloured("●", colour)} {para(self.labels.enum(attitude))}'

    def influence(self, influence: Influence) -> str:
        dots = _INFLUENCE_DOTS.get(influence, 2)
        on = coloured("●" * dots, theme.ACCENT)
        off = coloured("●" * (3 - dots), theme.RULE) if dots < 3 else ""
        return f"{on}{off} {para(self.labels.enum(influence))}"

    # open deals ---------------------------------------------------------------
    def open_deals(self) -> list[Flowable]:
        flowables = self.heading("section.open_deals", keep_with_next=True)
        if not self.plan.open_deals:
            return [*flowables, p(self.labels["empty.open_deals"], self.s.empty)]
        for i, dp in enumerate(self.plan.open_deals):
            if i:
                flowables += [
                    Spacer(1, 8),
                    HRFlowable(width="100%", thickness=0.6, color=theme.RULE, spaceBefore=0, spaceAfter=12),
                    CondPageBreak(200),
                ]
            flowables += DealSection(self.labels, self.width).flowables(dp, legend=i == 0)
        return flowables

    # closed deals, forecast, notes ------------------------------------------
    def closed_deals(self) -> list[Flowable]:
        labels, s = self.labels, self.s
        if not self.plan.closed_deals:
            return [*self.heading("section.closed_deals"), p(labels["empty.closed_deals"], s.empty)]
        rows: list[list] = [self.heads(["closed.deal", "closed.status", "closed.reason", "closed.value"])]
        ordered = sorted(self.plan.closed_deals, key=lambda dp: _CLOSED_ORDER.get(dp.deal.status, 9))
        for dp in ordered:
            deal = dp.deal
            title = [p(one_line(deal.title) or "—", s.cell_bold)]
            where = " · ".join(x for x in (one_line(dp.process.name), one_line(dp.current_stage_name)) if x)
            if where:
                title.append(p(where, s.cell_muted))
            colour = _STATUS_COLOURS.get(deal.status, theme.INK)
            rows.append([
                title,
                Para(f'{coloured("●", colour)} {coloured(labels.enum(deal.status), colour, bold=True)}',
                          s.cell),
                self.value(deal.close_reason),
                formats.money(deal.value, deal.currency, self.lang),
            ])
        table = self.table(rows, (0.30, 0.14, 0.36, 0.20), right=(3,))
        return [*self.heading("section.closed_deals", table=table), table]

    def forecast(self) -> list[Flowable]:
        labels, s = self.labels, self.s
        if not self.plan.forecast:
            return [*self.heading("section.forecast"), p(labels["empty.forecast"], s.empty)]
        right = (2, 3, 4)
        rows: list[list] = [self.heads(["forecast.month", "forecast.currency", "forecast.deals",
                                        "forecast.open_value", "forecast.weighted"])]
        totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
        for row in sorted(self.plan.forecast, key=_forecast_key):
            code = one_line(row.currency)
            total = totals[code]
            total[0] += row.deals
            total[1] += row.open_value
            total[2] += row.weighted_value
            rows.append([
                formats.month(row.month, self.lang, labels["forecast.no_date"]),
                code or "—",
                str(row.deals),
                formats.amount(row.open_value, self.lang),
                formats.amount(row.weighted_value, self.lang),
            ])
        first_total = len(rows)
        for key, code, (deals, open_value, weighted) in self._forecast_totals(totals):
            rows.append([
                labels[key],
                code or "—",
                str(int(deals)),
                formats.amount(open_value, self.lang),
                formats.amount(weighted, self.lang),
            ])
        extra = [
            ("TEXTCOLOR", (1, 1), (1, first_total - 1), theme.MUTED),
            ("FONTNAME", (0, first_total), (-1, -1), BOLD),
            ("LINEABOVE", (0, first_total), (-1, first_total), 0.9, theme.INK),
            ("BACKGROUND", (0, first_total), (-1, -1), theme.PANEL),
        ]
        table = self.table(rows, (0.27, 0.13, 0.12, 0.24, 0.24), right=right, extra=extra)
        return [*self.heading("section.forecast", table=table), table]

    def _forecast_totals(self, totals: dict[str, list[float]]) -> list[tuple[str, str, tuple[float, float, float]]]:
        """The total rows: by currency without a home currency; else one in the home
        currency, then each currency without a rate, flagged as not in it."""
        if not self.plan.home:
            return [("forecast.total", code, (t[0], t[1], t[2])) for code, t in sorted(totals.items())]
        home, rates = self.plan.home, self.plan.rates
        deals = open_value = weighted = 0.0
        apart: list[tuple[str, str, tuple[float, float, float]]] = []
        for code, (count, value, weight) in sorted(totals.items()):
            converted = money.convert(value, code, home, rates)
            if converted is None:
                apart.append(("forecast.unconverted", code, (count, value, weight)))
                continue
            deals, open_value = deals + count, open_value + converted
            weighted += money.convert(weight, code, home, rates) or 0.0
        return [("forecast.total", home, (deals, open_value, weighted)), *apart]

    def plan_notes(self) -> list[Flowable]:
        notes = [clean(n) for n in self.plan.notes if clean(n)]
        if not notes:
            return []
        return self.heading("section.notes") + [Para(para(n), self.s.bullet, bulletText="•")
                                                  for n in notes]


def _forecast_key(row: ForecastRow) -> tuple:
    return (row.month == "", row.month, row.currency)
