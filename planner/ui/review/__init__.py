"""Reviews of the pipeline as a whole: the deals stalled past what your wins took."""

from planner.ui.review.stalled import StalledDialog

__all__ = ["StalledDialog"]
