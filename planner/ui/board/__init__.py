"""The pipeline board: models, delegate, columns and the board widget."""

from planner.ui.board.board import WIN, Board

__all__ = ["WIN", "Board"]
