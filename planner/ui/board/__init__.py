"""The pipeline board: models, delegate, columns and the board widget."""

from planner.ui.board.board import Board
from planner.ui.board.moves import WIN

__all__ = ["WIN", "Board"]
