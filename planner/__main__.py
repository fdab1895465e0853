"""Entry point of ``deal-planner`` and ``python -m planner``."""

import sys


def main() -> None:
    from planner.cli import main as cli_main

    try:
        code = cli_main()
    except KeyboardInterrupt:
        code = 130
    sys.exit(code)


if __name__ == "__main__":
    main()
