"""Deal Planner: complex sales run by irreversible milestones."""

__version__ = "0.1.0"
APP_NAME = "Deal Planner"
APP_ID = "io.github.dealplanner.DealPlanner"
