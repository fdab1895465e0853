"""Small flaws found by trying the app as a new user would: the language Settings keeps, the
New Deal dialog's notes, amounts and dates as typed, a long title in the deal panel, two
accounts of one name, plural forms, and Find on the welcome screen."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from builders import new_deal, simple_process
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from planner import i18n, local_settings
from planner.domain.model import Account
from planner.services import Planner
from planner.ui.deal.new_deal import NEW_ACCOUNT, NewDealDialog
from planner.ui.kit.amount import AmountSpinBox
from planner.ui.kit.clamped_label import ClampedLabel
from planner.ui.kit.widgets import DateField
from planner.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def restore_english() -> Iterator[None]:
    try:
        yield
    finally:
        i18n.install("en")
        QApplication.processEvents()


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


# ------------------------------------------------------------------ Settings and the language
def settings_ok(monkeypatch: pytest.MonkeyPatch, language: str | None = None) -> None:
    """Settings answered with OK, the language box set to ``language`` first (None: untouched)."""
    from planner.ui.preferences.settings import SettingsDialog

    def exec_(dialog: SettingsDialog) -> int:
        if language is not None:
            box = dialog.editors["language"]
            box.setCurrentIndex(box.findData(language))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", exec_)


def test_settings_ok_keeps_the_language_the_app_started_in(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                                            restore_english) -> None:  # noqa: ANN001
    i18n.install("zh_TW")  # as with --lang zh_TW, nothing chosen in Settings (the system's is English)
    assert "language" not in local_settings.person_values()
    settings_ok(monkeypatch)
    window.actions_by_name["settings"].trigger()
    assert i18n.current_language() == "zh_TW"
    settings_ok(monkeypatch, "en")  # chosen there: it applies at once
    window.actions_by_name["settings"].trigger()
    assert i18n.current_language() == "en" and local_settings.person_values()["language"] == "en"


def test_undo_and_redo_speak_the_language_of_the_moment(window: MainWindow, planner: Planner,
                                                         restore_english) -> None:  # noqa: ANN001
    from planner.ui.kit import undo

    deal = new_deal(planner, title="Old")
    window.refresh()
    undo.push(window.undo_stack, undo.EditDealField(planner, deal, "title", "Old", "New"))
    assert window.actions_by_name["undo"].text().startswith("Undo ")
    i18n.install("zh_TW")
    settle()
    assert window.actions_by_name["undo"].text().startswith("復原")
    window.actions_by_name["undo"].trigger()
    assert window.actions_by_name["redo"].text().startswith("重做") and planner.deals.get(deal).title == "Old"
    i18n.install("en")
    settle()
    assert window.actions_by_name["redo"].text().startswith("Redo ")
    window.actions_by_name["redo"].trigger()
    assert not window.actions_by_name["redo"].isEnabled() and window.actions_by_name["redo"].text() == "Redo"


# ------------------------------------------------------------------ the New Deal dialog
@pytest.fixture
def dialog(planner: Planner, qtbot) -> NewDealDialog:  # noqa: ANN001
    pid = planner.processes.create(simple_process(3))
    planner.accounts.create(Account("Acme Machinery"))
    d = NewDealDialog(planner, pid)
    qtbot.addWidget(d)
    d.show()
    settle()
    return d


def clipped(d: NewDealDialog) -> list[str]:
    """Word-wrapped texts the dialog shows shorter than they need at their width."""
    return [w.text()[:40] for w in d.findChildren(QLabel)
            if w.isVisible() and w.wordWrap() and w.text() and w.height() < w.heightForWidth(w.width())]


def test_the_new_deal_dialog_grows_to_show_its_notes_whole(dialog: NewDealDialog, qtbot) -> None:  # noqa: ANN001
    assert clipped(dialog) == []
    dialog.account.setCurrentIndex(dialog.account.findData(NEW_ACCOUNT))
    settle()
    assert dialog.new_account.isVisible() and clipped(dialog) == []
    dialog.accept()  # no name yet: the error shows under the form
    settle()
    assert dialog.error.isVisible() and clipped(dialog) == []
    qtbot.keyClicks(dialog.new_account, "acme  machinery")  # the name of an account there is
    settle()
    assert dialog.twin.isVisible() and "already exists" in dialog.twin.text()
    assert not dialog.error.isVisible()  # typing the name answers the error
    dialog.expected_close.set_date(date.today() - timedelta(days=1))
    settle()
    assert dialog.expected_close.note.isVisible() and "passed" in dialog.expected_close.note.text()
    assert clipped(dialog) == []


def test_a_minus_sign_in_the_value_is_refused_with_a_word(dialog: NewDealDialog, qtbot) -> None:  # noqa: ANN001
    dialog.value.setFocus()
    dialog.value.lineEdit().selectAll()
    qtbot.keyClicks(dialog.value, "-5000")
    settle()
    assert dialog.value.value() == 5000  # the minus refused, the digits kept: never "-000" and 0
    assert dialog.error.text() == "An amount cannot be negative: enter zero or more."
    dialog.value.lineEdit().selectAll()
    qtbot.keyClicks(dialog.value, "1234567")
    assert dialog.value.value() == 1_234_567


def test_the_deal_panel_value_refuses_a_minus_sign_too(qtbot) -> None:  # noqa: ANN001
    from planner.ui.deal.fields import ValueSpinBox

    box = ValueSpinBox()
    qtbot.addWidget(box)
    box.show()
    with qtbot.waitSignal(box.refused, timeout=1000) as said:
        qtbot.keyClicks(box, "-")
    assert "negative" in said.args[0] and box.value() == 0 and isinstance(box, AmountSpinBox)


@pytest.mark.parametrize(("lang", "typed", "wanted"), [
    ("en", "12/5/2027", date(2027, 12, 5)), ("en", "3/14/2027", date(2027, 3, 14)),
    ("zh_TW", "2027/12/5", date(2027, 12, 5)), ("zh_TW", "2027/3/14", date(2027, 3, 14))])
def test_an_empty_date_takes_a_typed_date(qtbot, lang: str, typed: str, wanted: date,  # noqa: ANN001
                                          restore_english) -> None:  # noqa: ANN001
    i18n.install(lang)  # type: ignore[arg-type]
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    assert field.date() is None
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, typed)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.date() == wanted


def test_a_past_close_date_is_said_in_place_in_the_deal_panel(qtbot, planner: Planner) -> None:  # noqa: ANN001
    field = DateField()
    qtbot.addWidget(field)
    field.warn_if_past(lambda: "passed")
    field.show()
    field.set_date(date.today() - timedelta(days=3))
    assert field.note.isVisible() and field.note.text() == "passed"
    field.set_date(date.today())
    assert not field.note.isVisible()
    field.set_date(date.today() - timedelta(days=3))
    field.set_read_only(True)  # a closed deal's date is history, not a slip
    assert not field.note.isVisible()


# ------------------------------------------------------------------ the deal panel's title
def test_a_long_title_takes_two_lines_of_the_panel_header(qtbot) -> None:  # noqa: ANN001
    label = ClampedLabel(2)
    qtbot.addWidget(label)
    label.resize(320, 200)
    title = "Warehouse system replacement and " * 8
    label.setText(title[:240])
    label.show()
    settle()
    line = label.fontMetrics().lineSpacing()
    assert label.heightForWidth(320) == 2 * line
    assert label.text() == title[:240] and title[:60] in label.toolTip()
    drawn = label._lines(320)
    assert len(drawn) == 2 and drawn[-1].endswith("…")
    label.setText("Short title")
    assert label.heightForWidth(320) == line and label.toolTip() == ""


def test_the_deal_header_uses_the_clamped_title(qtbot, planner: Planner) -> None:  # noqa: ANN001
    from planner.ui.deal.header import DealHeader

    header = DealHeader()
    assert isinstance(header.title, ClampedLabel) and header.title.max_lines == 2


# ------------------------------------------------------------------ two accounts of one name
def test_a_second_account_of_one_name_is_asked_about_and_told_apart(session, qtbot,  # noqa: ANN001
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui.accounts.dialog import AccountsDialog

    planner = session.planner
    first = planner.accounts.create(Account("Acme", industry="machine tools"))
    dialog = AccountsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr("planner.ui.accounts.dialog.QInputDialog.getText", lambda *a, **k: (" acme ", True))
    answers = iter(["show", "add"])

    def exec_(box: QMessageBox) -> int:
        wanted = next(answers)
        for button in box.buttons():
            if (wanted == "add") == (box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole):
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    dialog.new_account()  # "Show the existing one": nothing made, the existing one selected
    assert len(planner.accounts.all()) == 1 and dialog.current_account().id == first  # type: ignore[union-attr]
    dialog.new_account()  # "Add another"
    assert len(planner.accounts.all()) == 2
    second = next(a.id for a in planner.accounts.all() if a.id != first)
    labels = {dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())}
    assert labels == {f"Acme (machine tools, #{first})", f"acme (#{second})"}
    assert dialog.editor.twin.isVisible() and f"#{first}" in dialog.editor.twin.text()


def test_deleting_an_account_never_ticks_show_archived(session, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from planner.ui.accounts.dialog import AccountsDialog

    planner = session.planner
    ids = [planner.accounts.create(Account(name)) for name in ("Acme", "Beta", "Gamma")]
    planner.accounts.create(Account("Old", archived=True))
    older = AccountsDialog(session)  # a dialog opened before, still alive, hears every change too
    dialog = AccountsDialog(session)
    for d in (older, dialog):
        qtbot.addWidget(d)
    dialog.show()
    for account in ids:
        dialog.select_account(account)
        dialog.delete_account()
        session.undo_stack.undo()
        session.undo_stack.redo()
        session.undo_stack.undo()
    assert not dialog.show_archived.isChecked() and not older.show_archived.isChecked()
    dialog.select_account(ids[0])
    dialog.delete_account()
    assert not dialog.show_archived.isChecked()


def test_new_deal_lists_accounts_of_one_name_apart(planner: Planner, qtbot) -> None:  # noqa: ANN001
    pid = planner.processes.create(simple_process(2))
    a = planner.accounts.create(Account("Acme"))
    b = planner.accounts.create(Account("Acme", industry="logistics"))
    d = NewDealDialog(planner, pid)
    qtbot.addWidget(d)
    assert d.account.itemText(d.account.findData(a)) == f"Acme (#{a})"
    assert d.account.itemText(d.account.findData(b)) == f"Acme (logistics, #{b})"


# ------------------------------------------------------------------ plural forms
# a count written into a sentence beside its noun ("{n} deals", "{n} row(s)"): English then
# says "1 deals"; Qt's plural forms ("%n deals" with n) say "1 deal" and "2 deals"
COUNTED = re.compile(r"""(?:translate|tr|_tr)\(\s*(?:"[^"]*",\s*)?"[^"]*\{(?:n|count|days|pages|total|limit|"""
                     r"""minimum|closed|deals|won)\}\s*(?:\w+\s)?(?:days?|pages?|deals?|accounts?|milestones?|"""
                     r"""problem|won deals|closed deals)\b""")
EITHER = re.compile(r"""(?:translate|tr|_tr|QT_TRANSLATE_NOOP)\(\s*(?:"[^"]*",\s*)?"[^"]*\{\w+\}\s*(?:\w+\s)?"""
                    r"""\w+\(s\)""")  # "{n} new row(s)": a guess at the plural, in any catalogue


def counted_sentences() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "planner").rglob("*.py")):
        if "resources" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        joined = re.sub(r'"\s*\n\s*"', "", text)
        hits = [m.group(0) for pattern in (COUNTED, EITHER) for m in pattern.finditer(joined)]
        if hits:
            found[str(path.relative_to(ROOT))] = hits
    return found


def test_no_count_is_written_into_a_sentence_anywhere() -> None:
    """A count in a sentence goes through Qt's plural forms ("%n days" with n), so that
    English says "1 day" and "2 days"."""
    assert counted_sentences() == {}


def test_the_count_search_sees_what_it_looks_for() -> None:
    """The search is not blind: the shapes fixed on the way are caught."""
    samples = ['tr("Wrote {path} ({pages} pages).")', 'translate("cli", "{path}: {n} problem(s) found:")',
               'self.tr("Ready: {accounts} new account(s) will be imported.")',
               'QT_TRANSLATE_NOOP("transfer", "Nothing was imported: {n} row(s) have a problem")',
               'translate("StalledModel", "{days} days in this stage")']
    assert all(COUNTED.search(s) or EITHER.search(s) for s in samples)
    assert not any(COUNTED.search(s) or EITHER.search(s) for s in (
        'tr("Wrote {path} (%n pages).", "", n)', 'tr("Stalled deals: {n}.")', 'tr("{open} open · {closed} closed")'))


def test_plural_forms_reach_the_screen(planner: Planner, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """With an English catalogue of plural forms (pyside6-lupdate -pluralonly), the board and
    the accounts list say "1 day" and "1 account"; the code passes the count to Qt."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    ts = tmp_path / "plurals_en.ts"
    entries = {("CardModel", "%n days since the deal was created; no milestone yet"):
               ("%n day since the deal was created; no milestone yet", "%n days since the deal was created; no "
                                                                       "milestone yet"),
               ("AccountsDialog", "%n accounts"): ("%n account", "%n accounts")}
    messages = "".join(
        f"<context><name>{ctx}</name><message numerus=\"yes\"><source>{src}</source><translation>"
        f"<numerusform>{one}</numerusform><numerusform>{other}</numerusform></translation></message></context>"
        for (ctx, src), (one, other) in entries.items())
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
                  f"{messages}</TS>", encoding="utf-8")
    qm = tmp_path / "plurals_en.qm"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        from planner.ui.accounts.dialog import AccountsDialog
        from planner.ui.board.model import CardListModel
        from planner.ui.session import Session

        deal = new_deal(planner)
        card = planner.deals.card(deal, date.today() + timedelta(days=1))
        model = CardListModel(card.stage_id, {card.stage_id: 0}, date.today() + timedelta(days=1))
        model.set_cards([card])
        assert "1 day since the deal was created" in model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
        model.set_context(date.today() + timedelta(days=2), 14)
        assert "2 days since the deal was created" in model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
        accounts = AccountsDialog(Session(planner))
        qtbot.addWidget(accounts)
        assert accounts.count.text() == "1 account"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_english_plural_catalogues_are_loaded_when_present(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                           restore_english) -> None:  # noqa: ANN001
    """i18n.install("en") loads resources/i18n/*_en.qm (plural forms only) where there are some."""
    loaded: list[str] = []
    (tmp_path / "plurals_en.qm").write_bytes(b"")
    monkeypatch.setattr(i18n, "resource_path", lambda *_parts: tmp_path)
    monkeypatch.setattr(QTranslator, "load", lambda self, path: loaded.append(Path(path).name) or False)
    i18n.install("en")
    assert loaded == ["plurals_en.qm"]


def test_a_day_count_in_settings_agrees_with_its_number(planner: Planner, qtbot, restore_english) -> None:  # noqa: ANN001
    from planner.ui.preferences.settings import SettingsDialog

    i18n.install("en")  # as the app runs in English: its plural catalogue loaded
    dialog = SettingsDialog(planner)
    qtbot.addWidget(dialog)
    box = dialog.editors["idle_days"]
    box.setValue(3)
    assert box.suffix() == " days"
    box.setValue(1)
    assert box.suffix() == " day"


# ------------------------------------------------------------------ Find on the welcome screen
def test_find_on_the_welcome_screen_says_why_there_is_nothing_to_search(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.welcome
    window.actions_by_name["find"].trigger()
    assert "no deals to search" in window.statusBar().currentMessage()
    assert window.welcome.tailor_button.hasFocus() or not window.isActiveWindow()


def test_find_on_the_board_goes_to_the_search(window: MainWindow, planner: Planner) -> None:
    new_deal(planner)
    window.refresh()
    window.activateWindow()
    window.actions_by_name["find"].trigger()
    assert window.statusBar().currentMessage() == ""
    assert window.board.search.hasFocus() or not window.isActiveWindow()
