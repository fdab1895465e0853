"""The parts every feature shares: formats, theme, icons, small widgets, delegates, undo commands."""
