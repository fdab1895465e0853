"""English plural forms for a test, as the app's English catalogues give them.

The English catalogues (resources/i18n/*_en.qm) hold only plural forms: the source says
"%n deals", the catalogue says "%n deal" for one. ``english_plurals`` builds such a catalogue
with Qt's lrelease from the forms below (the ones the CLI, the calibration, transfer, review
and forecast texts use) and installs it while the block runs, so a test sees "1 deal" and
"2 deals" whether or not the committed catalogues are built yet.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

# context -> source -> (one, other)
ENGLISH: dict[str, dict[str, tuple[str, str]]] = {
    "cli": {
        "Wrote {path} with %n deals.": ("Wrote {path} with %n deal.", "Wrote {path} with %n deals."),
        "{path}: %n problems found:": ("{path}: %n problem found:", "{path}: %n problems found:"),
        "Wrote {path} (%n pages).": ("Wrote {path} (%n page).", "Wrote {path} (%n pages)."),
    },
    "calibrate": {
        "{process}: %Ln deals": ("{process}: %Ln deal", "{process}: %Ln deals"),
    },
    "transfer": {
        "%n accounts": ("%n account", "%n accounts"),
        "%n contacts": ("%n contact", "%n contacts"),
        "%n deals": ("%n deal", "%n deals"),
        "%n rows": ("%n row", "%n rows"),
        "%n tables": ("%n table", "%n tables"),
        "Stage “{theirs}” (%n deals) → “{ours}”{guess}": ("Stage “{theirs}” (%n deal) → “{ours}”{guess}",
                                                          "Stage “{theirs}” (%n deals) → “{ours}”{guess}"),
        "Wrote {path}: %n rows, every one as in the export.": ("Wrote {path}: %n row, every one as in the export.",
                                                               "Wrote {path}: %n rows, every one as in the export."),
        "Wrote {path} with %n dates.": ("Wrote {path} with %n date.", "Wrote {path} with %n dates."),
    },
    "StalledModel": {
        "%n days": ("%n day", "%n days"),
        "%n won deals": ("%n won deal", "%n won deals"),
        "%n idle days": ("%n idle day", "%n idle days"),
    },
    "PdfExport": {
        "Wrote {path} (%n pages).": ("Wrote {path} (%n page).", "Wrote {path} (%n pages)."),
    },
    "CalibrationModel": {
        "Won: {won} of %Ln closed deals ({share}); 95% range {low} to {high}.": (
            "Won: {won} of %Ln closed deal ({share}); 95% range {low} to {high}.",
            "Won: {won} of %Ln closed deals ({share}); 95% range {low} to {high}."),
        "Closed: {closed} of the %Ln deals that entered this stage.": (
            "Closed: {closed} of the %Ln deal that entered this stage.",
            "Closed: {closed} of the %Ln deals that entered this stage."),
        "From %Ln won deals that passed this stage.": ("From %Ln won deal that passed this stage.",
                                                       "From %Ln won deals that passed this stage."),
    },
    "CalibrationDialog": {
        "“{stage}” has %Ln closed deals: its observed rate is worth adopting from {minimum} on.": (
            "“{stage}” has %Ln closed deal: its observed rate is worth adopting from {minimum} on.",
            "“{stage}” has %Ln closed deals: its observed rate is worth adopting from {minimum} on."),
    },
    "AdoptionsList": {
        "{won} of %Ln closed deals won ({share})": ("{won} of %Ln closed deal won ({share})",
                                                    "{won} of %Ln closed deals won ({share})"),
    },
    "WinLossWidget": {
        "%Ln closed deals: {won} won, {lost} lost, {abandoned} abandoned ({share} won). Values in {home}.": (
            "%Ln closed deal: {won} won, {lost} lost, {abandoned} abandoned ({share} won). Values in {home}.",
            "%Ln closed deals: {won} won, {lost} lost, {abandoned} abandoned ({share} won). Values in {home}."),
    },
    "ReviewPage": {
        "%n new accounts": ("%n new account", "%n new accounts"),
        "%n new contacts": ("%n new contact", "%n new contacts"),
        "%n deals": ("%n deal", "%n deals"),
        "%n accounts": ("%n account", "%n accounts"),
        "%n contacts": ("%n contact", "%n contacts"),
    },
    "ExportDataDialog": {
        "Wrote {path}: %n rows.": ("Wrote {path}: %n row.", "Wrote {path}: %n rows."),
        "Wrote {path} with %n dates.": ("Wrote {path} with %n date.", "Wrote {path} with %n dates."),
    },
}


def _one(source: str, many: str, one: str) -> tuple[str, str]:
    """A long sentence's two forms: only its counted words change."""
    assert many in source
    return source.replace(many, one), source


# sentences whose count is the minimum sample (10): the one form is there for completeness
_OBSERVED = ("Observed: the share of closed deals (won, lost or abandoned) that were won after entering the stage; "
             "shown from %Ln closed deals on, with its 95% range. Days: from entering the stage to confirming its "
             "milestone, for deals that went on to win.")
_FORECAST = ("Open deals that are not archived, by expected close date: overdue if before today. Weighted (set): by "
             "each stage's configured win rate. Weighted (observed): by the stage's observed rate where it rests on "
             "enough closed deals ({n} of %Ln deals here), else by the configured one. No rate: amounts in a currency "
             "without an exchange rate, kept out of the totals (deals in brackets). Open value: unweighted.")
_EMPTY = ("No deal of this process has been won, lost or abandoned yet.\n\nAs deals close, each stage shows how "
          "often the deals that reached it were won; a stage's rate is worth going by from %Ln closed deals on.")
_EXPLAINED = ("For each stage: of the deals that reached it and have since closed (won, lost or abandoned), the share "
              "that was won, with the range it likely lies in. It is shown from %Ln closed deals on; days count from "
              "entering a stage to confirming its milestone, for won deals. The README's “Your track record” gives "
              "the exact rules.")
_NOTHING_CLOSED = ("No deal that entered this stage has closed yet. The observed rate appears once %Ln of them are "
                   "won, lost or abandoned.")
ENGLISH["calibrate"][_OBSERVED] = _one(_OBSERVED, "%Ln closed deals on", "%Ln closed deal on")
ENGLISH["forecast"] = {_FORECAST: _one(_FORECAST, "%Ln deals here", "%Ln deal here")}
ENGLISH["CalibrationDialog"] |= {_EMPTY: _one(_EMPTY, "%Ln closed deals on", "%Ln closed deal on"),
                                 _EXPLAINED: _one(_EXPLAINED, "%Ln closed deals on", "%Ln closed deal on")}
ENGLISH["CalibrationModel"] |= {
    _NOTHING_CLOSED: _one(_NOTHING_CLOSED, "%Ln of them are", "%Ln of them is"),
    "Too few to go by: %Ln closed deals are needed.": ("Too few to go by: %Ln closed deal is needed.",
                                                       "Too few to go by: %Ln closed deals are needed.")}


def _ts(entries: dict[str, dict[str, tuple[str, str]]]) -> str:
    contexts = []
    for context, messages in entries.items():
        body = "".join(
            f'<message numerus="yes"><source>{escape(source)}</source><translation>'
            f"<numerusform>{escape(one)}</numerusform><numerusform>{escape(other)}</numerusform>"
            f"</translation></message>" for source, (one, other) in messages.items())
        contexts.append(f"<context><name>{escape(context)}</name>{body}</context>")
    return ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
            + "".join(contexts) + "</TS>")


@contextmanager
def english_plurals(folder: Path) -> Iterator[None]:
    """The English plural forms above, installed (over any catalogue) while the block runs."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    ts, qm = folder / "test_plurals_en.ts", folder / "test_plurals_en.qm"
    ts.write_text(_ts(ENGLISH), encoding="utf-8")
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
