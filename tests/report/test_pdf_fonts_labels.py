"""The bundled fonts, the bold face, the bilingual vocabulary and the layer boundary."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from importlib.resources import as_file, files

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

from planner.domain.model import Attitude, BuyingRole, DealStatus, Influence, Outcome
from planner.report import fonts
from planner.report.labels import ENUM_LABELS, LABELS, Labels, normalise_lang
from planner.report.markup import _UNWANTED, para

FONT_DIR = files("planner.resources") / "fonts"


def test_fonts_and_their_licences_are_bundled():
    names = {entry.name for entry in FONT_DIR.iterdir()}
    assert {"wqy-microhei.ttc", "LICENSE-wqy-microhei.txt", "PlannerHeiTC-Bold.ttf",
            "LICENSE-PlannerHeiTC-Bold.txt"} <= names
    assert "Apache License" in (FONT_DIR / "LICENSE-wqy-microhei.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in (FONT_DIR / "LICENSE-PlannerHeiTC-Bold.txt").read_text(encoding="utf-8")


def test_bundled_fonts_stay_small():
    total = sum(entry.stat().st_size for entry in map(_path, ["wqy-microhei.ttc", "PlannerHeiTC-Bold.ttf"]))
    assert total < 25_000_000


def _path(name: str):
    with as_file(FONT_DIR / name) as path:
        return path


def test_registration_is_done_once_and_maps_bold():
    fonts.register()
    fonts.register()
    assert pdfmetrics.getFont(fonts.REGULAR).face.name.startswith(b"WenQuanYi")
    assert pdfmetrics.getFont(fonts.BOLD).face.name == b"PlannerHeiTC-Bold"
    assert tt2ps(fonts.REGULAR, 1, 0) == fonts.BOLD  # <b> in a paragraph picks the bold face
    assert tt2ps(fonts.REGULAR, 0, 0) == fonts.REGULAR


def _ink(font_file: str, text: str, index: int = 0) -> int:
    with as_file(FONT_DIR / font_file) as path:
        face = ImageFont.truetype(str(path), 64, index=index)
    image = Image.new("L", (64 * len(text) + 20, 100), 255)
    ImageDraw.Draw(image).text((10, 10), text, font=face, fill=0)
    return sum(image.histogram()[:128])  # dark pixels


@pytest.mark.parametrize("sample", ["客戶識別分配階段", "Account plan", "NT$ 1,250,000"])
def test_bold_really_is_heavier_than_regular(sample):
    regular = _ink("wqy-microhei.ttc", sample)
    bold = _ink("PlannerHeiTC-Bold.ttf", sample)
    assert bold > regular * 1.25, (regular, bold)


def test_bold_covers_traditional_chinese_and_latin():
    text = "台灣精密機械股份有限公司商務談判簽約階段第頁共，：（）「」ABCxyz0123456789&<>%$"
    assert all(fonts.has_glyph(fonts.BOLD, c) for c in text)
    assert all(fonts.has_glyph(fonts.REGULAR, c) for c in text)


def test_characters_the_bold_face_lacks_fall_back_to_regular():
    missing = next(c for c in "한글ㄱ가" if not fonts.has_glyph(fonts.BOLD, c) and fonts.has_glyph(fonts.REGULAR, c))
    runs = list(fonts.runs(f"ab{missing}cd🚀", fonts.BOLD))
    # the rocket is in no bundled face: it prints as the replacement mark (see test_pdf_fallback)
    assert runs == [(fonts.BOLD, "ab"), (fonts.REGULAR, missing), (fonts.BOLD, "cd"), (fonts.REGULAR, "\ufffd")]
    assert f'<font name="{fonts.REGULAR}">{missing}</font>' in para(f"x{missing}", bold=True)
    assert list(fonts.runs("plain", fonts.REGULAR)) == [(fonts.REGULAR, "plain")]


def test_every_label_exists_in_both_languages():
    assert LABELS["en"].keys() == LABELS["zh_TW"].keys()
    for lang in ("en", "zh_TW"):
        for enum in (BuyingRole, Attitude, Influence, DealStatus, Outcome):
            for member in enum:
                assert ENUM_LABELS[lang][member], (lang, member)


def test_labels_format_and_fall_back():
    assert Labels("zh_TW")("page", page=2, pages=5) == "第 2 頁，共 5 頁"
    assert Labels("en")("page", page=2, pages=5) == "Page 2 of 5"
    assert Labels("en").enum(BuyingRole.COACH) == "Coach"
    assert Labels("zh_TW").enum(DealStatus.WON) == "贏單"
    assert normalise_lang("zh-TW") == normalise_lang("zh_Hant") == "zh_TW"
    assert normalise_lang("fr") == normalise_lang("") == "en"


def test_every_label_has_glyphs_in_both_faces():
    for texts in LABELS.values():
        for text in texts.values():
            for char in text.replace("{", "").replace("}", ""):
                assert fonts.has_glyph(fonts.REGULAR, char) or char.isspace(), (text, char)
                assert fonts.has_glyph(fonts.BOLD, char) or char.isspace(), (text, char)


def test_every_invisible_format_character_is_removed():
    kept = {"\u200c", "\u200d"}  # joiners shape emoji sequences and some scripts
    for code in range(0x110000):
        char = chr(code)
        if unicodedata.category(char) == "Cf" and char not in kept:
            assert _UNWANTED.match(char), hex(code)


def test_the_report_does_not_import_qt():
    code = (
        "import sys, io\n"
        "sys.path.insert(0, 'tests/report')\n"
        "from pdf_plans import realistic_plan\n"
        "from planner.report.document import build_pdf\n"
        "build_pdf(realistic_plan(), io.BytesIO(), 'zh_TW', 'a4')\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken', 'sqlite_utils', 'planner.ui',"
        " 'planner.store', 'planner.services')))\n"
        "assert not bad, bad\n"
    )
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
