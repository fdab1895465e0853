"""File › Import… and File › Export Data… driven as a user does, without modal loops: the
pages filled, the dry run shown, the import done; the dialogs' messages answered."""

from __future__ import annotations

from pathlib import Path

import pytest
from plurals import english_plurals
from transfer_files import dump, pipedrive, write

from planner import i18n
from planner.domain.model import DealStatus
from planner.services import Planner
from planner.transfer import full_export
from planner.ui.transfer.export_dialog import ExportDataDialog
from planner.ui.transfer.wizard import JSON, ImportWizard


@pytest.fixture
def opened(sales: Path) -> Planner:
    planner = Planner.open(sales)
    yield planner
    planner.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: said.append(text))
    return said


def _next(qtbot, wizard: ImportWizard, expected: int) -> None:  # noqa: ANN001
    wizard.next()
    assert wizard.currentId() == expected, wizard.currentId()


def test_a_pipedrive_import_through_every_page(qtbot, opened: Planner, tmp_path: Path,  # noqa: ANN001
                                               warnings: list[str]) -> None:
    deals, orgs, people = pipedrive(tmp_path)
    wizard = ImportWizard(opened)
    qtbot.addWidget(wizard)
    wizard.show()
    source = wizard.source_page
    assert not source.isComplete()
    source.files[next(iter(source.files))].edit.setText(str(deals))
    source.files[list(source.files)[1]].edit.setText(str(orgs))
    source.files[list(source.files)[2]].edit.setText(str(people))
    assert source.isComplete()
    _next(qtbot, wizard, ImportWizard.COLUMNS)
    assert wizard.columns_page.tabs.count() == 3
    _next(qtbot, wizard, ImportWizard.STAGES)
    stages = wizard.stages_page.table
    assert stages.rowCount() == 3
    _next(qtbot, wizard, ImportWizard.DUPLICATES)
    assert wizard.duplicates_page.table.rowCount() == 1  # Acme Ltd, ACME Ltd, acme ltd
    _next(qtbot, wizard, ImportWizard.REVIEW)
    review = wizard.review_page
    assert review.isComplete(), review.summary.text()
    assert review.summary.text() == "Ready: 3 new accounts, 3 new contacts and 5 deals will be imported."
    assert review.table.rowCount() == 10  # 6 deal rows (one empty), 2 organizations, 2 people
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert wizard.result() == wizard.DialogCode.Accepted and not warnings
    assert wizard.done_message == "Imported 3 accounts, 3 contacts and 5 deals."
    assert {d.status for d in opened.deals.all()} == {DealStatus.OPEN, DealStatus.WON, DealStatus.LOST}


def test_rows_with_problems_keep_import_off(qtbot, opened: Planner, tmp_path: Path, sales: Path) -> None:  # noqa: ANN001
    deals, _orgs, _people = pipedrive(tmp_path, bad_rows=True)
    before = dump(sales)
    wizard = ImportWizard(opened)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.files[next(iter(wizard.source_page.files))].edit.setText(str(deals))
    for page in (ImportWizard.COLUMNS, ImportWizard.STAGES, ImportWizard.DUPLICATES, ImportWizard.REVIEW):
        _next(qtbot, wizard, page)
    review = wizard.review_page
    assert not review.isComplete()
    assert not wizard.button(wizard.WizardButton.FinishButton).isEnabled()
    assert "a problem in 3 of the rows" in review.summary.text()
    assert dump(sales) == before


def test_a_file_that_is_not_text_is_refused_on_the_first_page(qtbot, opened: Planner, tmp_path: Path,  # noqa: ANN001
                                                              warnings: list[str]) -> None:
    bad = tmp_path / "deals.csv"
    bad.write_bytes("Deal - Title\nCafé\n".encode("latin-1"))
    wizard = ImportWizard(opened)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.files[next(iter(wizard.source_page.files))].edit.setText(str(bad))
    wizard.next()
    assert wizard.currentId() == ImportWizard.SOURCE
    assert warnings and "not UTF-8 text" in warnings[0]


def test_a_full_export_becomes_a_new_file(qtbot, opened: Planner, tmp_path: Path) -> None:  # noqa: ANN001
    document = tmp_path / "all.json"
    full_export.export(opened, document)
    wizard = ImportWizard(opened)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.radios[JSON].setChecked(True)
    wizard.source_page.export_file.edit.setText(str(document))
    wizard.source_page.new_file.edit.setText(str(tmp_path / "copy"))
    assert wizard.nextId() == -1
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert wizard.new_file == tmp_path / "copy.planner"
    assert dump(tmp_path / "copy.planner") == dump(opened.path)


def test_export_data_writes_what_was_chosen(qtbot, opened: Planner, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = ExportDataDialog(opened)
    qtbot.addWidget(dialog)
    dialog.radios["hubspot"].setChecked(True)
    dialog.target.setText(str(tmp_path / "for hubspot"))
    assert dialog.export()
    assert sorted(p.name for p in (tmp_path / "for hubspot").iterdir()) == ["companies.csv", "contacts.csv",
                                                                             "deals.csv"]
    dialog.radios["ics"].setChecked(True)
    dialog.target.setText(str(tmp_path / "dates.ics"))
    assert dialog.export() and (tmp_path / "dates.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "dates.ics" in dialog.outcome.text()


def test_one_of_each_is_counted_as_one(qtbot, opened: Planner, tmp_path: Path) -> None:  # noqa: ANN001
    """ "1 new account", "1 deal", "1 date": Qt's plural forms, in the wizard and in Export Data."""
    deals = write(tmp_path / "one.csv", "Deal - Title,Deal - Organization,Deal - Contact person,Deal - Pipeline,"
                                        "Deal - Stage,Deal - Status,Deal - Expected close date\n"
                                        "Kiosk,Delta Inc,Dana Wu,Sales pipeline,Qualified,Open,31.12.2030\n")
    with english_plurals(tmp_path):
        wizard = ImportWizard(opened)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.source_page.files[next(iter(wizard.source_page.files))].edit.setText(str(deals))
        while wizard.currentId() != ImportWizard.REVIEW:
            before = wizard.currentId()
            wizard.next()
            assert wizard.currentId() != before
        assert wizard.review_page.summary.text() == "Ready: 1 new account, 1 new contact and 1 deal will be imported."
        wizard.button(wizard.WizardButton.FinishButton).click()
        assert wizard.done_message == "Imported 1 account, 1 contact and 1 deal."
        dialog = ExportDataDialog(opened)
        qtbot.addWidget(dialog)
        dialog.radios["ics"].setChecked(True)
        dialog.target.setText(str(tmp_path / "one.ics"))
        assert dialog.export() and dialog.written == f"Wrote {tmp_path / 'one.ics'} with 1 date."
        dialog.radios["json"].setChecked(True)
        dialog.target.setText(str(tmp_path / "all.json"))
        assert dialog.export() and dialog.written.startswith(f"Wrote {tmp_path / 'all.json'}: ")
        assert dialog.written.endswith(" rows.")


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_pages_look_right(qtbot, opened: Planner, tmp_path: Path, lang: str) -> None:  # noqa: ANN001
    """Grabs of the pages, to look at (tests/transfer/shots/ when DEAL_PLANNER_SHOTS is set)."""
    import os

    i18n.install(lang)
    try:
        deals, orgs, people = pipedrive(tmp_path)
        wizard = ImportWizard(opened)
        qtbot.addWidget(wizard)
        wizard.show()
        files = list(wizard.source_page.files.values())
        for row, path in zip(files, (deals, orgs, people), strict=True):
            row.edit.setText(str(path))
        shots = os.environ.get("DEAL_PLANNER_SHOTS")
        for page in (ImportWizard.SOURCE, ImportWizard.COLUMNS, ImportWizard.STAGES, ImportWizard.DUPLICATES,
                     ImportWizard.REVIEW):
            if page != ImportWizard.SOURCE:
                wizard.next()
            assert wizard.currentId() == page
            image = wizard.grab()
            assert not image.isNull()
            if shots:
                image.save(str(Path(shots) / f"import-{page}-{lang}.png"))
        dialog = ExportDataDialog(opened)
        qtbot.addWidget(dialog)
        dialog.show()
        if shots:
            dialog.grab().save(str(Path(shots) / f"export-{lang}.png"))
    finally:
        i18n.install("en")
