"""Fitting short text into a fixed box on the canvas: wrap, then ellipsise."""

from __future__ import annotations

import functools
import re

from planner.report.fonts import text_width

ELLIPSIS = "…"
# a CJK character is a break opportunity of its own; a Latin word is kept whole if it fits
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_TOKENS = re.compile(rf"\s+|[{_CJK}]|[^\s{_CJK}]+")


@functools.lru_cache(maxsize=4096)
def ellipsise(text: str, font: str, size: float, width: float) -> str:
    if text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if text_width(text[:mid].rstrip() + ELLIPSIS, font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


@functools.lru_cache(maxsize=4096)
def wrap(text: str, font: str, size: float, width: float, max_lines: int) -> tuple[str, ...]:
    """Greedy line breaking; the last line allowed is ellipsised if text remains.

    Cached: a process's stage names come back in every deal's stage map.
    """
    return tuple(_wrap(text, font, size, width, max_lines))


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    lines: list[str] = []
    line = ""
    tokens = _TOKENS.findall(" ".join(text.split()))
    i = 0
    while i < len(tokens):
        token = tokens[i]
        candidate = line + token
        if text_width(candidate.rstrip(), font, size) <= width or (not line.strip() and token.isspace()):
            line = candidate
            i += 1
            continue
        if not line.strip():  # one token wider than the line: break it by characters
            cut = 1
            while cut < len(token) and text_width(token[: cut + 1], font, size) <= width:
                cut += 1
            lines.append(token[:cut])
            tokens[i] = token[cut:]
        else:
            lines.append(line.rstrip())
            line = ""
            if token.isspace():
                i += 1
        if len(lines) == max_lines:
            rest = "".join(tokens[i:]).strip()
            joint = " " if rest and not _is_cjk_end(lines[-1]) else ""
            lines[-1] = ellipsise(lines[-1] + joint + rest, font, size, width)
            return lines
    if line.strip():
        lines.append(line.strip())
    return lines[:max_lines] or [""]


def _is_cjk_end(text: str) -> bool:
    return bool(text) and "\u2e80" <= text[-1] <= "\uffef"
