"""Running the commands in this process: the same code path as ``deal-planner``, without a
new interpreter (about a second) for each call."""

from __future__ import annotations

from collections.abc import Callable
import pytest
from cli_run import Ran


@pytest.fixture
def cli(qapp, capsys: pytest.CaptureFixture[str]) -> Callable[..., Ran]:  # noqa: ANN001 - pytest-qt's app
    """cli("check", "--db", path) -> Ran, like ``run`` in test_cli but in-process."""
    from planner import cli as cli_module
    from planner import i18n

    def _run(*args: str) -> Ran:
        capsys.readouterr()
        try:
            code = cli_module.main(list(args))
        except SystemExit as e:  # argparse's own exits
            code = int(e.code or 0)
        finally:
            i18n.install("en")
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return _run
