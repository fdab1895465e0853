"""Reading a PDF back: its text as poppler extracts it, its fonts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    """All the text of a PDF as poppler extracts it (what a reader's copy and paste gives)."""
    if shutil.which("pdftotext") is None:  # pragma: no cover - poppler-utils is a test requirement
        return "\f".join(page.extract_text() or "" for page in PdfReader(path).pages)  # pages as pdftotext parts them
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def flat(text: str) -> str:
    """Text without any whitespace, for strings a line break may cut."""
    return "".join(text.split())


def font_names(path: Path) -> set[str]:
    """BaseFont names of every font the pages use, e.g. 'AAAAAA+WenQuanYiMicroHei-0'."""
    names: set[str] = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names
