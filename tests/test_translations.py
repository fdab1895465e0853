"""Every string a user sees has its Traditional Chinese, and the built catalogues are current."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
CATALOGUES: dict[str, list[str]] = json.loads((I18N / "catalogues.json").read_text())
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if not found:
        pytest.skip(f"{name} not installed")
    return found


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [m.findtext("source", "") for m in root.iter("message") if not _translated(m.find("translation"))]


def _translated(translation: ET.Element) -> bool:
    """Finished, with text: a plural message ("%n days") in each of its forms."""
    forms = translation.findall("numerusform") or [translation]
    return translation.get("type") != "unfinished" and all((form.text or "").strip() for form in forms)


@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_every_source_string_is_translated(name: str, tmp_path: Path) -> None:
    """Re-extract the strings from the sources: nothing new may be left untranslated."""
    copy = tmp_path / f"{name}_zh_TW.ts"
    shutil.copy(I18N / f"{name}_zh_TW.ts", copy)
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", *CATALOGUES[name], "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True)
    assert unfinished(copy) == []


@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_built_catalogue_is_current(name: str, tmp_path: Path) -> None:
    built = tmp_path / "check.qm"
    subprocess.run([tool("pyside6-lrelease"), str(I18N / f"{name}_zh_TW.ts"), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == (I18N / f"{name}_zh_TW.qm").read_bytes(), "run pyside6-lrelease"


def test_every_catalogue_is_listed() -> None:
    assert {p.name.removesuffix("_zh_TW.ts") for p in I18N.glob("*_zh_TW.ts")} == set(CATALOGUES)


def test_errors_reach_the_user_in_chinese(qapp) -> None:
    from planner import i18n
    from planner.domain.errors import FileRefused

    i18n.install("zh_TW")
    try:
        error = FileRefused("{path} does not exist.", path="x.planner")
        assert i18n.error_text(error) == "x.planner 不存在。"
    finally:
        i18n.install("en")
    assert i18n.error_text(error) == "x.planner does not exist."


def test_every_source_with_strings_is_in_a_catalogue() -> None:
    """A module whose strings no catalogue lists would show English in a Chinese UI."""
    listed = {f for files in CATALOGUES.values() for f in files}
    marked = re.compile(r"""(\btranslate|\.tr|QT_TRANSLATE_NOOP)\(\s*["']""")
    with_strings = {str(p.relative_to(ROOT)) for p in (ROOT / "planner").rglob("*.py")
                    if marked.search(p.read_text(encoding="utf-8"))}
    assert with_strings - listed == set()


ENGLISH = sorted(p.name.removesuffix("_en.ts") for p in I18N.glob("*_en.ts"))


@pytest.mark.parametrize("name", ENGLISH)
def test_every_english_plural_has_its_forms(name: str, tmp_path: Path) -> None:
    """English catalogues hold only plural forms ("%n days" -> "1 day", "2 days"): a counted
    sentence added to the sources without its English forms would say "1 days"."""
    copy = tmp_path / f"{name}_en.ts"
    shutil.copy(I18N / f"{name}_en.ts", copy)
    subprocess.run([tool("pyside6-lupdate"), "-pluralonly", "-no-obsolete", "-target-language", "en",
                    *CATALOGUES[name], "-ts", str(copy)], cwd=ROOT, check=True, capture_output=True)
    assert unfinished(copy) == []


@pytest.mark.parametrize("name", ENGLISH)
def test_built_english_catalogue_is_current(name: str, tmp_path: Path) -> None:
    built = tmp_path / "check.qm"
    subprocess.run([tool("pyside6-lrelease"), str(I18N / f"{name}_en.ts"), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == (I18N / f"{name}_en.qm").read_bytes(), "run pyside6-lrelease"


def test_catalogues_with_counted_sentences_have_english_forms() -> None:
    """Every catalogue whose sources count with %n has an English plural catalogue."""
    counted = {name for name, files in CATALOGUES.items()
               if any("%n" in (ROOT / f).read_text(encoding="utf-8") or "%Ln" in (ROOT / f).read_text(encoding="utf-8")
                      for f in files)}
    assert counted <= set(ENGLISH)
