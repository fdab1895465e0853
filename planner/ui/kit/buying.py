"""What the board and the deal panel both say about a buying group: its gaps in words, and the
colours of the roles on the influence map (the same as on paper, planner.domain.influence_map)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from planner.domain.influence_map import ATTITUDE_COLOURS, ROLE_COLOURS
from planner.domain.model import Attitude, BuyingRole, Gap


def gap_labels() -> dict[Gap, str]:
    """Each gap as a sentence of its own, in the current language."""
    return {
        Gap.NOBODY: QCoreApplication.translate("BuyingGroup", "Nobody in the buying group is identified yet"),
        Gap.NO_ECONOMIC_BUYER: QCoreApplication.translate("BuyingGroup", "No economic buyer identified"),
        Gap.STRONG_OPPONENT: QCoreApplication.translate("BuyingGroup", "An opponent has high influence"),
        Gap.NO_COACH: QCoreApplication.translate("BuyingGroup", "No coach: nobody inside guides us"),
    }


def gaps_text(gaps: Iterable[Gap]) -> str:
    """The gaps one per line (empty: none)."""
    labels = gap_labels()
    return "\n".join(labels[g] for g in gaps)


def role_colour(role: BuyingRole) -> QColor:
    return QColor(ROLE_COLOURS[role])


def attitude_colour(attitude: Attitude) -> QColor:
    return QColor(ATTITUDE_COLOURS[attitude])
