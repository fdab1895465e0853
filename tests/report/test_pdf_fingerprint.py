"""A printed plan names its file's history: the footer carries the hash chain's fingerprint."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import confirm_current, new_deal
from pdf_helpers import pdf_text

from planner.domain.model import Account
from planner.export import export_account_plan
from planner.services import Planner


@pytest.mark.parametrize(("lang", "label"), [("en", "File fingerprint"), ("zh_TW", "檔案指紋")])
def test_every_page_carries_the_files_fingerprint(planner: Planner, tmp_path: Path, lang: str, label: str) -> None:
    account = planner.accounts.create(Account(name="Contoso"))
    target = tmp_path / "plan.pdf"
    export_account_plan(planner, account, target, lang)
    fingerprint = planner.file.fingerprint()
    text = pdf_text(target)
    assert f"{label} {fingerprint}" in text
    assert text.count(fingerprint) == int(export_account_plan(planner, account, target, lang))


def test_a_printout_tells_a_later_history_apart(planner: Planner, tmp_path: Path) -> None:
    deal = new_deal(planner)
    account = planner.deals.get(deal).account_id
    before = tmp_path / "before.pdf"
    export_account_plan(planner, account, before, "en")
    printed = planner.file.fingerprint()
    confirm_current(planner, deal)  # a milestone: new history
    assert planner.file.fingerprint() != printed
    assert printed in pdf_text(before) and planner.file.fingerprint() not in pdf_text(before)
