"""The account plan's speed-ups print exactly what reportlab alone printed.

Paragraphs without the markup parser (planner/report/paragraphs.py), the fonts' remembered
widths and subset codes (fonts._Face) and reportlab's number and string formatting
(planner/report/accel.py) change no byte of a PDF; the stage maps and the page decoration
drawn once as PDF forms keep every date and page number.
"""

from __future__ import annotations

import io
import os
import random
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_helpers import pdf_text
from pdf_plans import PRINTED, big_plan, deal_plan, make_process, realistic_plan, varied_plan
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib import rl_accel
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

from planner.domain.model import Account, Deal
from planner.domain.plan import AccountPlan
from planner.report import accel, formats, paragraphs, theme, write_account_plan
from planner.report.blocks import coloured
from planner.report.fonts import _Face
from planner.report.labels import Labels
from planner.report.markup import para
from planner.report.paragraphs import Para
from planner.report.stagemap import StageMap
from planner.report.theme import styles


def _without_speedups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Paragraphs, fonts and number formatting as reportlab does them (the forms stay)."""
    monkeypatch.setattr(Para, "_setup", Paragraph._setup)
    monkeypatch.setattr(Para, "wrap", Paragraph.wrap)
    monkeypatch.setattr(_Face, "stringWidth", TTFont.stringWidth)
    monkeypatch.setattr(_Face, "splitString", TTFont.splitString)
    monkeypatch.setattr(formats, "day", formats.day.__wrapped__)
    monkeypatch.setattr(formats, "_money", formats._money.__wrapped__)
    monkeypatch.setattr(formats, "_percent", formats._percent.__wrapped__)
    accel.install()  # (once per process) then put reportlab's own functions back for this test
    for names, function in ((accel._USERS, "fp_str"), (accel._ESCAPERS, "escapePDF")):
        original = rl_accel._py_funcs.get(function)
        if original is None:  # pragma: no cover - with the C accelerator nothing was replaced
            continue
        for name in names:
            module = __import__(name, fromlist=["_"])
            if getattr(getattr(module, function, None), "original", None) is original:
                monkeypatch.setattr(module, function, original)


def _bytes(plan: AccountPlan, lang: str, audience: str, folder: Path, name: str) -> bytes:
    path = folder / name
    write_account_plan(plan, path, lang, "a4" if lang == "zh_TW" else "letter", audience)
    return path.read_bytes()


@pytest.mark.parametrize("audience", ["internal", "customer"])
@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_the_speedups_change_no_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                     audience: str) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids in the file
    plans = {"realistic": realistic_plan(lang == "zh_TW"), "varied": varied_plan(9)}
    fast = {name: _bytes(plan, lang, audience, tmp_path, f"fast-{name}.pdf") for name, plan in plans.items()}
    with monkeypatch.context() as plain:
        _without_speedups(plain)
        slow = {name: _bytes(plan, lang, audience, tmp_path, f"slow-{name}.pdf") for name, plan in plans.items()}
    for name in plans:
        assert fast[name] == slow[name], name


_ALPHABET = [*"abc xyz AT&T <b> 客戶商機，：（）\"'\n\t", "\u3000", "\u00a0", "\u2003", "é", "Ж", "😀", "\U00020000",
             "\ue000", "·", "—"]


def _markups(words: str) -> list[str]:
    """The shapes of markup the report makes around user text."""
    return [
        para(words),
        para(words, bold=True),
        para(words) + coloured("\u00a0·\u00a0Required", theme.ACCENT, bold=True),
        f"{coloured('Corrected ' + words[:4], theme.MUTED, bold=True)}\u2003{para(words)}",
        f'{coloured("●", theme.WON)} {coloured(words, theme.WON, bold=True)}',
        words,  # raw, as the parser would take it: entities, tags of its own or broken markup
    ]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=40).map("".join))
def test_a_para_is_the_paragraph_reportlab_parses(words: str) -> None:
    s = styles()
    for markup in _markups(words):
        for style in (s.cell, s.bullet, s.cell_bold, s.h2):
            try:
                expected = Paragraph(markup, style)
            except ValueError:
                with pytest.raises(ValueError):
                    Para(markup, style)
                continue
            made = Para(markup, style)
            assert made.text == expected.text
            assert [f.__dict__ for f in made.frags] == [f.__dict__ for f in expected.frags]
            assert made.wrap(120, 1000) == expected.wrap(120, 1000)
            assert made.wrap(120, 1000) == expected.wrap(120, 1000)  # the second time from memory
            assert made.wrap(60, 1000) == expected.wrap(60, 1000)  # another width: broken again


def test_a_split_para_wraps_its_parts_afresh() -> None:
    text = " ".join(f"word{i}" for i in range(200))
    made, expected = Para(text, styles().body), Paragraph(text, styles().body)
    assert made.wrap(200, 1000) == expected.wrap(200, 1000)
    parts, expected_parts = made.split(200, 60), expected.split(200, 60)
    assert len(parts) == len(expected_parts) == 2
    for part, expected_part in zip(parts, expected_parts, strict=True):
        assert part.wrap(200, 1000) == expected_part.wrap(200, 1000)


def test_fp_str_remembered_writes_what_reportlab_writes() -> None:
    original = rl_accel._py_funcs.get("fp_str") or rl_accel.fp_str
    fast = accel.remembering(original)
    rng = random.Random(15)
    numbers = [0, -0.0, 1, 1.0, True, 1e-8, -1e-8, 0.5, 2 / 3, 1e9, -123.456789, 595.2755905511812, 12345678.9]
    numbers += [rng.uniform(-1000, 1000) for _ in range(500)] + [rng.randint(-10_000, 10_000) for _ in range(200)]
    for _ in range(2):  # the second time from memory
        for number in numbers:
            assert fast(number) == original(number)
        assert fast(*numbers[:6]) == original(*numbers[:6])
        assert fast(numbers[6:12]) == original(numbers[6:12])  # one sequence, as reportlab allows
        assert fast(tuple(numbers[12:20])) == original(tuple(numbers[12:20]))


def test_escape_pdf_translated_escapes_what_reportlab_escapes() -> None:
    original = rl_accel._py_funcs.get("escapePDF") or rl_accel.escapePDF
    fast = accel.translating(original)
    assert fast(bytes(range(256))) == original(bytes(range(256)))
    for size in range(60):
        chunk = os.urandom(size)
        assert fast(chunk) == original(chunk)
    assert fast("a(b)\\c") == original("a(b)\\c")


def test_the_faces_measure_and_split_as_reportlab(tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen.canvas import Canvas

    from planner.report.fonts import REGULAR, register

    register()
    face = pdfmetrics.getFont(REGULAR)
    assert isinstance(face, _Face)
    texts = ["客戶計畫", "Account plan", "客戶計畫", "", "a\u00a0b", "Ж😀", "Account plan", "計畫 plan"]
    for text in texts:
        for size in (7.4, 9, 12.5):
            assert face.stringWidth(text, size) == TTFont.stringWidth(face, text, size)
    # two documents written in turn (each numbers its characters in its own subsets), against
    # two written the same way by reportlab alone
    fast = [Canvas(str(tmp_path / f"fast-{i}.pdf"))._doc for i in range(2)]
    plain = [Canvas(str(tmp_path / f"plain-{i}.pdf"))._doc for i in range(2)]
    for i, text in enumerate(texts * 2):
        turn = (i // 3) % 2
        assert face.splitString(text, fast[turn]) == TTFont.splitString(face, text, plain[turn])


def test_remembered_amounts_dates_and_rates_are_the_ones_formatted() -> None:
    from planner.domain import formats as domain

    for value in (0.0, -0.0, 1, 1.0, 1234.5, -1234.5, float("nan"), float("inf")):
        for _ in range(2):
            assert formats.money(value, "TWD", "en") == domain.money(value, "TWD", "en", code=True)
            assert formats.percent(value, "zh_TW") == domain.percent(value, "zh_TW")
    for lang in ("en", "zh_TW"):
        assert formats.day(date(2026, 12, 2), lang) == domain.medium_date(date(2026, 12, 2), lang)
        assert formats.day(None, lang) == "—"


def _entries(confirmed_on: date):
    process = make_process([(f"Stage {i}", f"Milestone {i}", 10 * i) for i in range(1, 6)], "P")
    deal = Deal(account_id=1, process_id=1, title="D", value=1, id=1)
    return deal_plan(process, deal, 3, start=confirmed_on).stage_map


def test_maps_in_the_same_states_share_one_form_and_keep_their_own_dates(tmp_path: Path) -> None:
    from planner.report.fonts import register

    register()
    labels = Labels("en")
    path = tmp_path / "maps.pdf"
    doc = SimpleDocTemplate(str(path))
    doc.build([StageMap(_entries(date(2024, 2, 5)), labels), StageMap(_entries(date(2025, 7, 21)), labels)])
    text = pdf_text(path)
    assert "Feb 5, 2024" in text and "Jul 21, 2025" in text  # each map's own first date
    assert "Stage 1" in text and "Now" in text  # the words in the form print too
    forms = {name for page in PdfReader(path).pages
             for name in page["/Resources"].get_object().get("/XObject", {}) if "StageMap" in name}
    assert len(forms) == 1, forms


def test_every_page_has_its_own_number_under_one_decoration(tmp_path: Path) -> None:
    plan = big_plan(110)  # past 100 pages: page numbers of one, two and three digits
    for lang, label in (("en", "Page {page} of {pages}"), ("zh_TW", "第 {page} 頁，共 {pages} 頁")):
        path = tmp_path / f"plan-{lang}.pdf"
        pages = int(write_account_plan(plan, path, lang, "a4"))
        assert pages > 100
        texts = pdf_text(path).split("\f")
        title = Labels(lang)["doc.title"]
        for number in range(1, pages + 1):
            page = texts[number - 1]
            assert label.format(page=number, pages=pages) in page
            assert title in page and plan.account.name in page
        placed = [[name for name in page["/Resources"].get_object().get("/XObject", {}) if "Decor" in name]
                  for page in PdfReader(path).pages]
        assert all(len(names) == 1 for names in placed)  # on every page, one decoration...
        assert len({names[0] for names in placed}) <= 3  # ...drawn once per width of the page number


def test_a_plan_builds_twice_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the report remembers between builds (parses, widths, numbers) changes nothing."""
    monkeypatch.setattr(rl_config, "invariant", 1)
    plan = AccountPlan(account=Account(id=1, name="Acme"), contacts=[], open_deals=[], closed_deals=[],
                       forecast=[], printed_on=PRINTED)
    first, second = io.BytesIO(), io.BytesIO()
    from planner.report.document import build_pdf

    for stream in (first, second):
        build_pdf(varied_plan(5), stream, "zh_TW", "a4")
        build_pdf(plan, io.BytesIO(), "en", "letter")
    assert first.getvalue() == second.getvalue()


def test_the_cycle_collector_is_paused_only_while_a_plan_is_laid_out() -> None:
    import gc

    from planner.report.document import build_pdf

    seen: list[bool] = []

    class Spy(io.BytesIO):
        def write(self, data):  # the file is written inside the build
            seen.append(gc.isenabled())
            return super().write(data)

    assert gc.isenabled()
    build_pdf(varied_plan(2), Spy(), "en", "letter")
    assert seen and not any(seen) and gc.isenabled()
    with pytest.raises(AttributeError):
        build_pdf(None, io.BytesIO(), "en", "letter")  # type: ignore[arg-type]  # fails inside
    assert gc.isenabled()  # back on after a failure too
    gc.disable()
    try:
        build_pdf(varied_plan(1), io.BytesIO(), "en", "letter")
        assert not gc.isenabled()  # the caller's choice stands
    finally:
        gc.enable()


def test_a_paragraph_printed_again_is_one_form_placed_where_it_recurs(tmp_path: Path) -> None:
    from planner.report.fonts import register

    register()
    s = styles()
    path = tmp_path / "paragraphs.pdf"
    story = [Para("Open tasks", s.h3), Para("Only once", s.body), Para("Open tasks", s.h3), Para("Open tasks", s.h3),
             Para("Open tasks", s.body)]  # another style: another paragraph
    SimpleDocTemplate(str(path)).build(story)
    assert pdf_text(path).count("Open tasks") == 4 and "Only once" in pdf_text(path)
    forms = [name for page in PdfReader(path).pages
             for name in page["/Resources"].get_object().get("/XObject", {}) if "PlannerPara" in name]
    assert len(forms) == 1  # the h3 "Open tasks", from its second printing on


def test_a_short_paragraph_is_broken_into_lines_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    s = styles()
    broken: list[str] = []
    break_lines = Paragraph.breakLines

    def counted(self: Paragraph, widths):  # noqa: ANN001, ANN202
        broken.append(self.text)
        return break_lines(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    monkeypatch.setattr(paragraphs, "_BROKEN", {})  # nothing kept from other tests
    heading = "Open tasks of the stage 客戶"
    first, second = Para(heading, s.h3), Para(heading, s.h3)
    assert first.wrap(200, 500) == second.wrap(200, 500)
    assert broken.count(heading) == 1 and second.blPara is first.blPara
    assert Para(heading, s.h3).wrap(60, 500)[1] > first.height  # another width: broken afresh
    assert broken.count(heading) == 2
    long = "A user's own note that runs on. " * 8  # longer than any heading: never shared
    Para(long, s.body).wrap(200, 500)
    Para(long, s.body).wrap(200, 500)
    assert broken.count(long.strip()) == 2
