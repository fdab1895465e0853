"""The code's own guards: lint, types and the layer contracts, all configured in pyproject.toml.

They run here so that the README's one test command keeps them true. Each tool comes from the
same environment as pytest (the ``test`` extra installs them); a missing one is skipped, not failed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# mypy takes ~8 s cold and under 1 s with its cache; kept outside the checkout, like pytest's
MYPY_CACHE = Path(tempfile.gettempdir()) / "deal-planner-mypy-cache"

CHECKS = {
    "ruff": ["check", "--no-cache", "planner"],
    "mypy": ["--cache-dir", str(MYPY_CACHE)],  # files, strictness and ignores: [tool.mypy]
    "lint-imports": ["--no-cache"],  # the contracts: [tool.importlinter]
}


def tool(name: str) -> str | None:
    """The tool installed next to this Python, never one from elsewhere on PATH."""
    return shutil.which(name, path=str(Path(sys.executable).parent))


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_code_passes(name: str) -> None:
    exe = tool(name)
    if exe is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    done = subprocess.run([exe, *CHECKS[name]], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"{name} found problems:\n{done.stdout}{done.stderr}"
