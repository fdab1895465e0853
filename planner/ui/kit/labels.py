"""Translated labels for the domain's enums, shared by the workspace and its dialogs.

Built at call time (not import time) so a language switch takes effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain.model import Attitude, BuyingRole, DealStatus, Influence, Outcome


def role_labels() -> dict[BuyingRole, str]:
    return {
        BuyingRole.ECONOMIC_BUYER: QCoreApplication.translate("WorkspaceLabels", "Economic buyer"),
        BuyingRole.TECHNICAL_EVALUATOR: QCoreApplication.translate("WorkspaceLabels", "Technical evaluator"),
        BuyingRole.USER: QCoreApplication.translate("WorkspaceLabels", "User"),
        BuyingRole.COACH: QCoreApplication.translate("WorkspaceLabels", "Coach (inside guide)"),
        BuyingRole.PROCUREMENT: QCoreApplication.translate("WorkspaceLabels", "Procurement"),
        BuyingRole.OTHER: QCoreApplication.translate("WorkspaceLabels", "Other role"),
    }


def attitude_labels() -> dict[Attitude, str]:
    return {
        Attitude.SUPPORTER: QCoreApplication.translate("WorkspaceLabels", "Supporter"),
        Attitude.NEUTRAL: QCoreApplication.translate("WorkspaceLabels", "Neutral"),
        Attitude.OPPONENT: QCoreApplication.translate("WorkspaceLabels", "Opponent"),
        Attitude.UNKNOWN: QCoreApplication.translate("WorkspaceLabels", "Attitude unknown"),
    }


def influence_labels() -> dict[Influence, str]:
    return {
        Influence.HIGH: QCoreApplication.translate("WorkspaceLabels", "High influence"),
        Influence.MEDIUM: QCoreApplication.translate("WorkspaceLabels", "Medium influence"),
        Influence.LOW: QCoreApplication.translate("WorkspaceLabels", "Low influence"),
    }


def status_labels() -> dict[DealStatus, str]:
    return {
        DealStatus.OPEN: QCoreApplication.translate("WorkspaceLabels", "Open"),
        DealStatus.WON: QCoreApplication.translate("WorkspaceLabels", "Won"),
        DealStatus.LOST: QCoreApplication.translate("WorkspaceLabels", "Lost"),
        DealStatus.ABANDONED: QCoreApplication.translate("WorkspaceLabels", "Abandoned"),
    }


def outcome_labels() -> dict[Outcome, str]:
    return {
        Outcome.REACHED: QCoreApplication.translate("WorkspaceLabels", "Reached"),
        Outcome.AGAINST: QCoreApplication.translate("WorkspaceLabels", "Went against us"),
    }


def status_label(value: str) -> str:
    try:
        return status_labels()[DealStatus(value)]
    except ValueError:
        return value


def outcome_label(value: str) -> str:
    try:
        return outcome_labels()[Outcome(value)]
    except ValueError:
        return value


def choice_label(key: str, value: str) -> str:
    """How a stored choice reads in the form (languages in their own words)."""
    labels = {
        ("language", ""): QCoreApplication.translate("SettingsDialog", "Follow the system"),
        ("language", "en"): "English",
        ("language", "zh_TW"): "繁體中文（台灣）",
        ("paper", ""): QCoreApplication.translate(
            "SettingsDialog", "By language (Letter for US English, A4 otherwise)"),
        ("paper", "a4"): QCoreApplication.translate("SettingsDialog", "A4"),
        ("paper", "letter"): QCoreApplication.translate("SettingsDialog", "US Letter"),
    }
    return labels.get((key, value), value)
