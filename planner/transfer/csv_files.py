"""The CSV text CRMs and spreadsheets exchange, read and written.

Reading takes a file as the tools write it: UTF-8 with or without the byte-order mark
Excel wants (UTF-16 with its mark, as Excel's "Unicode text" saves, too), commas,
semicolons (a European Excel) or tabs, and quoted cells that hold line breaks. Each row
keeps the line it starts on, so every message can name it. A file that is not text in
one of those encodings is refused rather than read as gibberish.

Writing gives UTF-8 with the mark, so Excel opens it as UTF-8 (LibreOffice asks and
defaults to it), comma-separated, every cell quoted where it must be, with CRLF line
ends as RFC 4180 has them.

A text a spreadsheet would run as a formula (a deal named ``=HYPERLINK(...)``, typed or
imported from someone else's file) is written after an apostrophe, which spreadsheets take
as "this is text" and do not show; reading takes that apostrophe off again, so a file
written here reads back as it was (``defused`` and ``restored``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from planner.domain.errors import QT_TRANSLATE_NOOP, FileRefused
from planner.domain.rules import clean_text

BOM = "\ufeff"
MAX_BYTES = 200_000_000  # far beyond 50,000 deals; a bigger "CSV" is something else
DELIMITERS = (",", ";", "\t")

NOT_TEXT = QT_TRANSLATE_NOOP(
    "errors", "“{file}” is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8” and try again.")
NO_HEADER = QT_TRANSLATE_NOOP("errors", "“{file}” is empty: its first line should name the columns.")
NOT_READABLE = QT_TRANSLATE_NOOP("errors", "The file “{file}” cannot be read: {reason}")
TOO_BIG = QT_TRANSLATE_NOOP("errors", "“{file}” is too large to be a CSV export.")
BAD_CSV = QT_TRANSLATE_NOOP("errors", "“{file}” is not a readable CSV file (line {line}: {reason}).")


# what makes a spreadsheet read a cell as a formula (OWASP's list: = + - @, a tab, a line
# break; and the full-width forms some spreadsheets take for the same), after any apostrophes
# already there: defusing one of those adds one more, so that reading can tell ours apart
_FORMULA = re.compile("'*[=+\\-@\t\r\n\uff1d\uff0b\uff0d\uff20]")
# numbers and phone numbers (-1250.5, 1e-05, +886 2 2345 6789): digits and their signs, nothing
# a spreadsheet could call or refer to, and what a CRM's importer wants as it is
_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")
_PHONE = re.compile(r"[+-]?[0-9 ().\-/]*[0-9][0-9 ().\-/]*")


def defused(value: object) -> object:
    """``value`` as written into a cell: a text a spreadsheet would run as a formula gets an
    apostrophe in front (a number or a phone number stays as it is); a control character
    (a NUL written into the file by another program) is dropped, as it stops some importers:
    only line breaks and tabs go out."""
    if isinstance(value, str):
        value = clean_text(value)
    if (isinstance(value, str) and _FORMULA.match(value)
            and not _NUMBER.fullmatch(value) and not _PHONE.fullmatch(value)):
        return "'" + value
    return value


def restored(cell: str) -> str:
    """A cell as it was before ``defused`` (a spreadsheet's own "'=text" reads as "=text")."""
    if cell.startswith("'") and _FORMULA.match(cell, 1):
        return cell[1:]
    return cell


@dataclass(frozen=True)
class Row:
    line: int  # the line of the file the row starts on (the header is line 1)
    cells: tuple[str, ...]

    def cell(self, column: int | None) -> str:
        if column is None or column >= len(self.cells):
            return ""
        return self.cells[column]

    @property
    def blank(self) -> bool:
        return not any(c.strip() for c in self.cells)


@dataclass
class Sheet:
    """One CSV file as read: its header and rows."""

    name: str  # the file's name, for messages
    headers: list[str]
    rows: list[Row] = field(default_factory=list)
    delimiter: str = ","
    bom: bool = False


def decode(data: bytes, name: str) -> tuple[str, bool]:
    """The text and whether it began with a byte-order mark."""
    for mark, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(mark):
            try:
                return data[len(mark):].decode(encoding), True
            except UnicodeDecodeError:
                break
    else:
        try:
            return data.decode("utf-8"), False
        except UnicodeDecodeError:
            pass
    raise FileRefused(NOT_TEXT, file=name)


def _delimiter(first_line: str) -> str:
    """The delimiter the header row uses most (outside quotes); a comma when in doubt."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in first_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse(text: str, name: str) -> Sheet:
    """A sheet from CSV text (a byte-order mark already taken off by ``decode``)."""
    text = text.removeprefix(BOM)
    header_end = text.find("\n")
    delimiter = _delimiter(text if header_end < 0 else text[:header_end])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[Row] = []
    headers: list[str] | None = None
    start = 1
    try:
        for cells in reader:
            if headers is None:
                headers = [restored(c.strip().removeprefix(BOM)) for c in cells]
            else:
                rows.append(Row(start, tuple(restored(c) for c in cells)))
            start = reader.line_num + 1
    except csv.Error as e:
        raise FileRefused(BAD_CSV, file=name, line=str(reader.line_num), reason=str(e)) from None
    if not headers or not any(headers):
        raise FileRefused(NO_HEADER, file=name)
    return Sheet(name, headers, rows, delimiter)


def read(path: Path) -> Sheet:
    """A CSV file from disk, refused in one sentence if it cannot be read as one."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise FileRefused(TOO_BIG, file=path.name)
        data = path.read_bytes()
    except OSError as e:
        from planner.domain.errors import os_reason

        raise FileRefused(NOT_READABLE, file=path.name, reason=os_reason(e)) from None
    text, bom = decode(data, path.name)
    sheet = parse(text, path.name)
    sheet.bom = bom
    return sheet


def write(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """UTF-8 CSV with the byte-order mark, every value as text (None as an empty cell), none
    that a spreadsheet would run (``defused``)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([defused(h) for h in headers])
    for row in rows:
        writer.writerow(["" if v is None else defused(v) for v in row])
    return (BOM + out.getvalue()).encode("utf-8")
