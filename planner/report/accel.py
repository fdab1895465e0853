"""Number formatting and string escaping for the PDF's drawing operators, made cheaper.

Every coordinate, width and colour reportlab writes into a page goes through its
``fp_str``. Without reportlab's optional C accelerator (the ``rl_accel`` package) that
is Python doing a logarithm, a ``%`` format and a loop per number: a fifth of the time of
a 200-deal account plan. The numbers repeat (a 200-page plan writes about 270,000 of
them, fewer than a thousand distinct), so :func:`install` puts in reportlab's modules a
version that formats each distinct number once with reportlab's own function and then
looks it up: the same text, byte for byte. The escaping of the bytes of every string
drawn (``escapePDF``, a Python loop per byte) becomes one ``str.translate`` with reportlab's
own table. With the C accelerator present nothing changes.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable

from reportlab.lib import rl_accel
from reportlab.lib.utils import isSeq

# the modules that imported fp_str by name (the page, text, path and table operators)
_USERS = (
    "reportlab.pdfgen.canvas",
    "reportlab.pdfgen.textobject",
    "reportlab.pdfgen.pathobject",
    "reportlab.pdfbase.pdfdoc",
    "reportlab.platypus.tables",
    "reportlab.platypus.flowables",
    "reportlab.lib.colors",
)
# the modules that imported escapePDF by name (the canvas escapes every string it draws)
_ESCAPERS = ("reportlab.pdfgen.canvas", "reportlab.pdfbase.pdfdoc")
_LIMIT = 20_000  # numbers (and calls) remembered before starting afresh (a 200-page plan: ~2,000)


def remembering(original: Callable[..., str]) -> Callable[..., str]:
    """``original`` (reportlab's fp_str), remembering the text of each number it formatted
    (and of each whole list of numbers: a page repeats the same translations and colours)."""
    known: dict[object, str] = {}
    calls: dict[tuple, str] = {}

    def one(number) -> str:
        try:
            text = known[number]
        except KeyError:
            text = original(number)
            if len(known) >= _LIMIT:
                known.clear()
            known[number] = text
        except TypeError:  # not hashable: as reportlab does it
            text = original(number)
        return text

    def joined(numbers: tuple) -> str:
        if len(numbers) == 1 and isSeq(numbers[0]):
            numbers = numbers[0]
        return " ".join([one(number) for number in numbers])

    def fp_str(*numbers) -> str:
        try:
            return calls[numbers]
        except KeyError:
            pass
        except TypeError:  # a list given as the one argument: not hashable
            return joined(numbers)
        text = joined(numbers)
        if len(calls) >= _LIMIT:
            calls.clear()
        calls[numbers] = text
        return text

    fp_str.original = original  # type: ignore[attr-defined]
    return fp_str


def translating(original: Callable[..., str]) -> Callable[..., str]:
    """``original`` (reportlab's escapePDF) as one translation of the bytes' characters."""
    table = {code: original(bytes([code])) for code in range(256)}

    def escape_pdf(text) -> str:
        if type(text) is bytes:
            return text.decode("latin-1").translate(table)
        return original(text)  # str or anything else: reportlab's own way, errors included

    escape_pdf.original = original  # type: ignore[attr-defined]
    return escape_pdf


@functools.cache
def install() -> None:
    """Put the faster fp_str and escapePDF in place of reportlab's pure-Python ones (once)."""
    for function, users, faster in (("fp_str", _USERS, remembering), ("escapePDF", _ESCAPERS, translating)):
        slow = rl_accel._py_funcs.get(function)
        if slow is None:  # the C accelerator is there
            continue
        fast = faster(slow)
        for name in users:
            module = importlib.import_module(name)
            if getattr(module, function, None) is slow:
                setattr(module, function, fast)
