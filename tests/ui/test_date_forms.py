"""One date form per language on screen (#14 §3): dates people read are the app's medium
form (Dec 5, 2026 / 2026年12月5日) or the card's short one, never ISO or digits beside words;
every date field types in one order, from one helper."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDateEdit

import planner
from planner import i18n
from planner.domain import formats
from planner.services import Planner
from planner.ui.kit.formats import date_display_format
from planner.ui.kit.widgets import DateField
from planner.ui.preferences.rates import RateEditor, RatesDialog

UI = Path(planner.__file__).parent / "ui"
# ways of writing a date that bypass planner.domain.formats
FORBIDDEN = re.compile(r"strftime|toString\(QDate|FormatType\.(Short|Long)Format|setDisplayFormat\(\s*[\"']")
# ISO dates that no one reads as a date: suggested file names and sort keys of the card roles
ISO_ALLOWED = ("suggest", "CardRole.")


def test_no_screen_writes_a_date_outside_the_apps_formats() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if FORBIDDEN.search(line) or ("isoformat()" in line and not any(a in line for a in ISO_ALLOWED)):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert found == []


@pytest.fixture(params=["en", "zh_TW"])
def language(request: pytest.FixtureRequest, qapp) -> str:  # noqa: ANN001
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_every_date_field_types_in_the_languages_order(language: str, qtbot, planner: Planner) -> None:  # noqa: ANN001
    wanted = {"en": "M/d/yyyy", "zh_TW": "yyyy/M/d"}[language]
    assert date_display_format() == wanted
    field = DateField()
    qtbot.addWidget(field)
    editor = RateEditor("TWD", None, None)
    qtbot.addWidget(editor)
    edits = [field.edit, editor.set_on]
    assert all(isinstance(e, QDateEdit) and e.displayFormat() == wanted for e in edits)
    field.set_date(date(2027, 2, 2))
    assert field.edit.text() == formats.short_date(date(2027, 2, 2), language)


def test_the_rates_table_shows_the_set_on_date_in_words(language: str, qtbot, planner: Planner) -> None:  # noqa: ANN001
    planner.settings.set("home_currency", "TWD")
    planner.rates.set("USD", 31.5, date(2026, 12, 2))
    dialog = RatesDialog(planner)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text() == {"en": "Dec 2, 2026", "zh_TW": "2026年12月2日"}[language]


def test_logged_dates_and_moments_read_like_the_other_dates(language: str) -> None:
    assert formats.iso_date("2026-12-02", language) == formats.medium_date(date(2026, 12, 2), language)
    moment = formats.iso_timestamp("2026-12-02T04:00:00Z", language, compact=True) or ""
    assert not re.search(r"\d+/\d+/\d+|\d{4}-\d\d-\d\d", moment)
