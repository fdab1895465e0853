"""The tailoring wizard: from the method's reference process to the team's own.

Public API: :func:`run_wizard` (modal, returns the new process id or None) and
:class:`TailoringWizard` (the QWizard itself, for tests and embedding).
"""

from planner.ui.wizard.wizard import TailoringWizard, run_wizard

__all__ = ["TailoringWizard", "run_wizard"]
