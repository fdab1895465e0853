"""Settings › Exchange Rates…: the home currency box and the table of rates, written at once."""

from __future__ import annotations

from datetime import date

import pytest

from planner.services import Planner
from planner.ui.preferences.rates import RateEditor, RatesDialog
from planner.ui.preferences.settings import SettingsDialog


def answer(monkeypatch: pytest.MonkeyPatch, currency: str, rate: float, on: date) -> None:
    def filled(self: RatesDialog, existing: object) -> RateEditor:
        editor = RateEditor(self.home, existing, self)  # type: ignore[arg-type]
        editor.currency.setCurrentText(currency)
        editor.rate.setValue(rate)
        editor.set_on.setDate(on)
        monkeypatch.setattr(editor, "exec", lambda: RateEditor.DialogCode.Accepted)
        return editor

    monkeypatch.setattr(RatesDialog, "_editor", filled)


def test_rates_are_added_edited_and_removed(qtbot, planner: Planner, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    planner.settings.set("home_currency", "TWD")
    dialog = RatesDialog(planner)
    qtbot.addWidget(dialog)
    answer(monkeypatch, "usd", 31.5, date(2026, 11, 30))
    dialog.add()
    assert planner.rates.table() == {"USD": 31.5} and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "USD"
    answer(monkeypatch, "USD", 32.25, date(2026, 12, 1))
    dialog.table.selectRow(0)
    dialog.edit()
    assert planner.rates.all()[0].rate == 32.25 and planner.rates.all()[0].set_on == date(2026, 12, 1)
    dialog.remove()
    assert planner.rates.all() == [] and dialog.table.rowCount() == 0


@pytest.mark.parametrize("currency", ["TWD", "U$", ""])
def test_a_refused_rate_is_explained_in_the_dialog(qtbot, planner: Planner, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
                                                   currency: str) -> None:
    planner.settings.set("home_currency", "TWD")
    dialog = RatesDialog(planner)
    qtbot.addWidget(dialog)
    answer(monkeypatch, currency, 2.0, date(2026, 12, 1))
    dialog.add()
    assert planner.rates.all() == [] and not dialog.error_label.isHidden()
    assert dialog.error_label.text()


def test_a_read_only_view_changes_nothing(qtbot, planner: Planner) -> None:  # noqa: ANN001
    dialog = RatesDialog(planner, writable=False)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()


def test_the_settings_dialog_sets_the_home_currency(qtbot, planner: Planner) -> None:  # noqa: ANN001
    dialog = SettingsDialog(planner)
    qtbot.addWidget(dialog)
    box = dialog.editors["home_currency"]
    assert box.currentText() == planner.rates.home("en")
    dialog.save()  # unchanged: nothing written
    assert "home_currency" not in planner.settings.all()
    dialog = SettingsDialog(planner)
    qtbot.addWidget(dialog)
    dialog.editors["home_currency"].setCurrentText("jpy")
    dialog.save()
    assert planner.settings.all()["home_currency"] == "JPY"


def test_the_settings_dialog_explains_a_home_it_cannot_rebase_onto(qtbot, planner: Planner) -> None:  # noqa: ANN001
    planner.settings.set("home_currency", "TWD")
    planner.rates.set("USD", 32.0)
    dialog = SettingsDialog(planner)
    qtbot.addWidget(dialog)
    dialog.editors["home_currency"].setCurrentText("EUR")
    dialog.save()
    assert not dialog.error_label.isHidden() and planner.settings.all()["home_currency"] == "TWD"
