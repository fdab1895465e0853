"""The board's side of "give up in time": each stage's track record, read once per load,
and the sentence a stalled card's tooltip says (domain.stalled holds the rule itself)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain.calibration import StageCalibration
from planner.domain.errors import PlannerError
from planner.domain.stalled import Basis, Threshold
from planner.services import Planner

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def read_track_record(planner: Planner, process_id: int | None) -> dict[int, StageCalibration]:
    """The process's stages' time-in-stage records by stage id, from its won deals alone
    (``Deals.stall_record``: the bars' numbers, without reading every deal of the process);
    none when it cannot be read (the cards then fall back to the idle-days setting, and the
    board says what is unreadable)."""
    if process_id is None:
        return {}
    try:
        return planner.deals.stall_record(process_id)
    except PlannerError:
        return {}


def why_stalled(days: int, bar: Threshold) -> str:
    """Why a card is marked stalled, in one sentence naming the bar it passed."""
    # one number per sentence: each takes its own plural form
    stalled = translate("CardModel", "Stalled: %n days in this stage.", "", days)
    if bar.basis == Basis.TRACK_RECORD:
        return " ".join((stalled, translate("CardModel", "Your won deals took at most %n days here", "", bar.days),
                         translate("CardModel", "(the 80th percentile of %n won deals).", "", bar.samples)))
    return " ".join((stalled, translate("CardModel", "That is more than the %n idle days set for this file "
                                                     "(too few won deals here yet to compare with).", "", bar.days)))
