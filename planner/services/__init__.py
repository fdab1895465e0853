"""Use cases shared by the UI, the CLI and the tests: one module per noun, one transaction
per use case, and every write reported as :class:`Changes` (see ``facade``)."""

from planner.services.changes import Changes, Part
from planner.services.facade import Planner
from planner.services.milestones import Confirmation, Tick
from planner.services.processes import ProcessSummary
from planner.services.work import DealWork

__all__ = ["Changes", "Confirmation", "DealWork", "Part", "Planner", "ProcessSummary", "Tick"]
