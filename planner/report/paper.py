"""Which paper a locale prints on."""

from __future__ import annotations

import re
from typing import Literal

Paper = Literal["a4", "letter"]

# Territories whose default paper is US Letter (as in the CLDR and glibc LC_PAPER data).
LETTER_TERRITORIES = frozenset({
    "US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "DO", "SV", "NI", "HN", "BZ",
    "UM", "VI", "AS", "GU", "MP",
})


def default_paper(locale_name: str) -> Paper:
    """"en_US", "en-CA", "es_MX.UTF-8" print on Letter; zh_TW and most others on A4."""
    match = re.match(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z]{4})?[_-]([A-Za-z]{2}|\d{3})\b", (locale_name or "").strip())
    territory = match.group(1).upper() if match else ""
    return "letter" if territory in LETTER_TERRITORIES else "a4"


def normalise_paper(paper: str) -> Paper:
    value = (paper or "").strip().lower()
    if value in ("letter", "us-letter", "us_letter"):
        return "letter"
    if value == "a4":
        return "a4"
    raise ValueError(f"unknown paper size: {paper!r}")
