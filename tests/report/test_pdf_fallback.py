"""Text the main fonts lack: printed by DejaVu Sans, or as a visible mark that is reported."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_helpers import font_names
from pdf_plans import small_plan

from planner.report import REPLACEMENT, PlanWritten, fonts
from planner.report.markup import clean, para

HEBREW = "שלום"
ARABIC = "مرحبا"
GREEK = "Ωμέγα"
EMOJI = "🚀"
EXT_B = "𠮷"


def _printed(text: str, font: str) -> list[tuple[str, str]]:
    pieces = list(fonts.runs(text, font))
    for name, chunk in pieces:
        assert chunk, pieces
        for char in chunk:
            assert char.isspace() or fonts.has_glyph(name, char), (name, char, text)
    return pieces


def test_scripts_the_cjk_faces_lack_print_in_dejavu() -> None:
    for font, fallback in ((fonts.REGULAR, fonts.FALLBACK), (fonts.BOLD, fonts.FALLBACK_BOLD)):
        pieces = _printed(f"Deal {HEBREW} {ARABIC} 台灣", font)
        assert (fallback, f"{HEBREW} {ARABIC} ") in pieces
        assert "".join(chunk for _name, chunk in pieces) == f"Deal {HEBREW} {ARABIC} 台灣"


def test_what_no_font_has_becomes_one_mark_per_character_or_emoji_sequence() -> None:
    text = f"a {EMOJI}🇹🇼👩\u200d💻 {EXT_B}家 ☺\ufe0f b"
    with fonts.collect_missing() as missing:
        pieces = _printed(text, fonts.REGULAR)
    shown = "".join(chunk for _name, chunk in pieces)
    assert shown.count(REPLACEMENT) == 4  # rocket, flag, technologist (a ZWJ sequence), 𠮷
    assert "家" in shown and "☺" in shown and shown.startswith("a ") and shown.endswith(" b")
    assert missing == {EMOJI, "🇹🇼", "👩\u200d💻", EXT_B}
    assert all(name == fonts.REGULAR for name, chunk in pieces if REPLACEMENT in chunk)


def test_nothing_is_collected_outside_an_export_and_the_cache_still_reports() -> None:
    list(fonts.runs(f"x{EMOJI}", fonts.REGULAR))  # outside: nowhere to note it, no error
    with fonts.collect_missing() as missing:
        list(fonts.runs(f"x{EMOJI}", fonts.REGULAR))  # the split is cached; the note is not
    assert missing == {EMOJI}


def test_printable_tells_the_ui_what_will_print() -> None:
    assert fonts.printable("A") and fonts.printable("台") and fonts.printable("ש")
    assert not fonts.printable(EMOJI) and not fonts.printable(EXT_B)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec="utf-8"), max_size=40), st.sampled_from([fonts.REGULAR, fonts.BOLD]))
def test_any_text_prints_only_glyphs_its_face_has(text: str, font: str) -> None:
    value = clean(text)
    pieces = _printed(value, font)
    shown = "".join(chunk for _name, chunk in pieces)
    # what prints is the text, in order, with marks for what no face has
    kept = [c for c in value if c.isspace() or fonts.printable(c)]
    assert [c for c in shown if c != REPLACEMENT] == [c for c in kept if c != REPLACEMENT]
    markup = para(value, font=font)
    assert "\x00" not in markup


def test_a_plan_with_every_kind_of_text_prints_and_extracts_it(write) -> None:
    text = f"Deal {HEBREW} {ARABIC} {GREEK} {EMOJI} {EXT_B}野家 ☺ ok"
    plan = small_plan(name=text, notes=text, deal_title=text, deal_notes=text, evidence=text, task=text,
                      planner_name=text)
    for lang in ("en", "zh_TW"):
        written = write(plan, lang)
        extracted = written.text
        assert "\x00" not in extracted
        for word in (GREEK, "野家", "☺"):
            assert word in extracted
        for letter in HEBREW + ARABIC:  # extractors reorder right-to-left runs: letters, not words
            assert letter in extracted
        assert REPLACEMENT in extracted and EMOJI not in extracted
        assert any(re.search(r"\+DejaVuSans(-Bold)?$", name) for name in font_names(written.path))


def test_the_result_says_what_was_replaced(tmp_path) -> None:
    from planner.report import write_account_plan

    written = write_account_plan(small_plan(name=f"Acme {EMOJI}", notes=f"{EXT_B} {EMOJI}"),
                                 tmp_path / "plan.pdf")
    assert isinstance(written, PlanWritten) and written == written.pages >= 1
    assert written.replaced == tuple(sorted({EMOJI, EXT_B}))
    clean_plan = write_account_plan(small_plan(name=f"Acme {HEBREW}"), tmp_path / "plain.pdf")
    assert clean_plan.replaced == ()


def test_every_bundled_font_has_a_licence_that_names_it() -> None:
    """What packaging/check-bundle.sh checks in the built folder, checked in the sources."""
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    licences = [p.read_text(encoding="utf-8") for p in folder.glob("LICENSE*")]
    fonts_found = sorted(p.name for p in folder.iterdir() if p.suffix in (".ttf", ".ttc"))
    assert "DejaVuSans.ttf" in fonts_found
    for name in fonts_found:
        assert any(name in text for text in licences), name
