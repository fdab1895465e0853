"""Per-currency totals for the board's headers; their text comes from planner.domain.formats."""

from __future__ import annotations

from collections.abc import Iterable


def main_currency(totals: dict[str, float]) -> str:
    """The currency carrying the most value: headers lead with it."""
    return max(totals.items(), key=lambda kv: (kv[1], kv[0]))[0] if totals else "TWD"


def summed(pairs: Iterable[tuple[str, float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for currency, value in pairs:
        out[currency] = out.get(currency, 0.0) + value
    return out
