"""What a command run in this process gave (tests/conftest.py's ``cli``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str
