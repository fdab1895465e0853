"""The customer's copy of the account plan: none of the internal fields, what it keeps, compact pages."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pdf_helpers import flat, pdf_text
from pdf_plans import big_plan, realistic_plan, small_plan

from planner.domain.model import DealStatus, Deliverable
from planner.domain.plan import AccountPlan
from planner.report import Audience, formats, write_account_plan
from planner.report.audience import customer_copy, normalise_audience
from planner.report.labels import LABELS


def customer_text(plan: AccountPlan, lang: str, tmp_path: Path) -> str:
    path = tmp_path / f"customer-{lang}.pdf"
    write_account_plan(plan, path, lang, "a4", "customer")  # type: ignore[arg-type]
    return pdf_text(path)


def internal_fields(plan: AccountPlan, lang: str) -> list[str]:
    """Every piece of internal text planted in ``realistic_plan``, as it would print."""
    planted: list[str] = [plan.account.notes.splitlines()[0], plan.account.kind, plan.account.relationship,
                          plan.account.industry]
    planted += [c.notes for c in plan.contacts]
    for dp in plan.open_deals:
        planted += [t for t in (dp.deal.risks, dp.deal.notes) if t]
        planted += [t.text for t in dp.open_tasks]  # the seller's own to-do list
        planted += [m.evidence for m in dp.milestones]
        planted += [c.text for m in dp.milestones for c in m.corrections]
        if dp.weighted_value:
            planted += [formats.money(dp.weighted_value, dp.deal.currency, lang),
                        formats.amount(dp.weighted_value, lang)]
    for dp in plan.closed_deals:
        planted += [dp.deal.title, dp.deal.close_reason]
    labels = LABELS[lang]
    planted += [labels[k] for k in ("contact.attitude", "contact.influence", "contact.role", "kpi.weighted",
                                     "deal.win_rate", "deal.weighted", "deal.risks", "section.closed_deals",
                                     "section.forecast", "deal.open_tasks", "milestone.evidence")]
    if lang == "en":
        planted += ["Supporter", "Neutral", "Opponent", "Economic buyer", "Technical evaluator", "Procurement",
                    "High", "Medium", "Won", "Lost", "Abandoned"]
    else:
        planted += ["支持", "中立", "反對", "經濟決策者", "技術評估者", "贏單", "輸單", "已放棄"]
    return [t for t in planted if t]


@pytest.mark.parametrize("lang", ["zh_TW", "en"])
def test_the_customer_copy_has_none_of_the_internal_fields(tmp_path: Path, lang: str) -> None:
    plan = realistic_plan(chinese=lang == "zh_TW")
    text = customer_text(plan, lang, tmp_path)
    squeezed = flat(text)
    for planted in internal_fields(plan, lang):
        assert flat(planted) not in squeezed, planted
    assert "%" not in text  # no win rate anywhere (the stages' rates are 5 % to 95 %)
    assert "●" not in text  # nor the attitude and influence dots
    # the same plan for internal use has every one of them: the check above can fail
    internal = tmp_path / "internal.pdf"
    write_account_plan(plan, internal, lang, "a4")  # type: ignore[arg-type]
    everything = flat(pdf_text(internal))
    assert [t for t in internal_fields(plan, lang) if flat(t) not in everything] == []


@pytest.mark.parametrize("lang", ["zh_TW", "en"])
def test_the_customer_copy_keeps_what_it_says(tmp_path: Path, lang: str) -> None:
    plan = realistic_plan(chinese=lang == "zh_TW")
    text = flat(customer_text(plan, lang, tmp_path))
    kept = [plan.account.name, plan.planner_name, formats.day(plan.printed_on, lang)]
    for dp in plan.open_deals:
        kept += [dp.deal.title, formats.money(dp.deal.value, dp.deal.currency, lang), dp.current_stage_name,
                 dp.next_milestone, formats.day(dp.deal.next_target, lang), formats.day(dp.deal.expected_close, lang)]
        kept += [m.decision for m in dp.milestones if m.decision]
        kept += [formats.day(m.confirmed_on, lang) for m in dp.milestones]
        kept += [d.text for d in dp.missing_deliverables]
    kept += [c.name for c in plan.contacts] + [c.title for c in plan.contacts]
    labels = LABELS[lang]
    kept += [labels[k] for k in ("customer.section_projects", "customer.section_details", "customer.section_people",
                                  "customer.reached")]
    for expected in kept:
        assert flat(expected) in text, expected


def test_closed_deals_stay_out_even_when_listed_among_the_open(tmp_path: Path) -> None:
    plan = realistic_plan(chinese=False)
    stray = plan.closed_deals[1]  # lost: a plan built by hand could list it with the open ones
    assert stray.deal.status == DealStatus.LOST
    plan.open_deals.append(stray)
    copy = customer_copy(plan)
    assert stray.deal.title not in [d.title for d in copy.deals]
    assert stray.deal.title not in customer_text(plan, "en", tmp_path)


def test_the_copy_holds_no_internal_value_at_all() -> None:
    """The layout cannot print what the copy does not hold: no win rate, evidence or note in it."""
    plan = realistic_plan(chinese=False)
    copy = customer_copy(plan)
    for deal in copy.deals:
        for entry in deal.stage_map:
            assert entry.stage.win_rate == 0 and not entry.stage.tasks and not entry.stage.deliverables
            if entry.milestone is not None:
                assert not entry.milestone.evidence and not entry.milestone.corrections
    text = repr(copy)
    for planted in (plan.open_deals[0].deal.risks, plan.open_deals[0].deal.notes, plan.account.notes,
                    plan.contacts[0].notes, "SUPPORTER", "ECONOMIC_BUYER"):
        assert planted not in text


def test_the_layout_is_compact_and_starts_with_the_overview(tmp_path: Path) -> None:
    plan = big_plan(40)
    customer, internal = tmp_path / "customer.pdf", tmp_path / "internal.pdf"
    compact = write_account_plan(plan, customer, "zh_TW", "a4", Audience.CUSTOMER)
    full = write_account_plan(plan, internal, "zh_TW", "a4")
    assert compact * 2 <= full, (compact, full)
    pages = pdf_text(customer).split("\f")
    labels = LABELS["zh_TW"]
    first = pages[0]
    assert labels["customer.section_projects"] in first and plan.open_deals[0].deal.title in first
    assert labels["customer.section_details"] not in first  # the overview table comes first


def test_no_project_block_breaks_across_pages(tmp_path: Path) -> None:
    """Each block (title to its last line) stays on one page: the page that shows a block's
    title shows its next milestone and its table of milestones too, and no page continues one."""
    plan = big_plan(40)
    path = tmp_path / "customer.pdf"
    pages = write_account_plan(plan, path, "en", "letter", "customer")
    labels = LABELS["en"]
    texts = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-enc", "UTF-8", str(path), "-"],
                            capture_output=True, check=True).stdout.decode() for n in range(1, pages + 1)]
    details = next(i for i, t in enumerate(texts) if labels["customer.section_details"] in t)
    texts[details] = texts[details].split(labels["customer.section_details"], 1)[1]  # the overview may end above
    blocks = 0
    for text in texts[details:]:
        squeezed = flat(text)
        heads = squeezed.count(flat(labels["customer.next"]))
        closes = squeezed.count(flat(labels["customer.close_on"].split("{")[0]))
        assert heads == closes, text[:300]  # every block on the page has its head and its next milestone
        assert "(continued)" not in text
        blocks += heads
    assert blocks == 40


def test_a_stage_without_deliverables_says_so(tmp_path: Path, write) -> None:  # noqa: ANN001
    """The internal plan said "All deliverables of this stage are in place" for a stage with none."""
    plan = small_plan()
    text = flat(write(plan, "en").text)
    assert flat(LABELS["en"]["empty.no_deliverables"]) in text
    assert flat(LABELS["en"]["empty.deliverables"]) not in text
    dp = plan.open_deals[0]
    dp.stage_deliverables = 2  # two, both handed over
    text = flat(write(plan, "en").text)
    assert flat(LABELS["en"]["empty.deliverables"]) in text
    dp.missing_deliverables = [Deliverable(1, 0, "Pilot report")]
    assert "Pilotreport" in flat(customer_text(plan, "en", tmp_path))


def test_the_audience_is_one_of_two() -> None:
    assert normalise_audience(None) == normalise_audience("") == Audience.INTERNAL
    assert normalise_audience(" Customer ") == Audience.CUSTOMER
    with pytest.raises(ValueError, match="internal, customer"):
        normalise_audience("board")


def test_an_unknown_audience_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    with pytest.raises(ValueError):
        write_account_plan(small_plan(), path, "en", "a4", "everyone")
    assert not path.exists()


def test_the_customer_copy_of_an_account_without_deals(tmp_path: Path) -> None:
    text = customer_text(small_plan(with_deal=False), "zh_TW", tmp_path)
    assert LABELS["zh_TW"]["customer.empty"] in text
    assert LABELS["zh_TW"]["customer.section_details"] not in text
