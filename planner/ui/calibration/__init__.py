"""Your track record: each stage's observed win rate next to the one configured for it."""
