"""The POSIX locks a process holds on files, as the kernel lists them in /proc/locks."""

from __future__ import annotations

import os
from pathlib import Path


def held(pid: int, *files: Path) -> dict[str, list[str]]:
    """For each existing file of ``files`` (by inode), the locks ``pid`` holds on it:
    "READ 128-128"... Only the process that holds a lock can lose it, so this is what
    tells whether SQLite's locks survived something the process did."""
    by_inode: dict[tuple[int, int, int], str] = {}
    for path in files:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            continue
        by_inode[(os.major(info.st_dev), os.minor(info.st_dev), info.st_ino)] = path.name
    found: dict[str, list[str]] = {name: [] for name in by_inode.values()}
    for line in Path("/proc/locks").read_text().splitlines():
        # "1: POSIX  ADVISORY  READ 4242 08:01:1234567 128 128" ("-> " marks a waiting lock)
        fields = line.split()
        if "POSIX" not in fields or "->" in fields:
            continue
        at = fields.index("POSIX")
        mode, owner, where, start, end = fields[at + 2:at + 7]
        major, minor, inode = where.split(":")
        key = (int(major, 16), int(minor, 16), int(inode))
        if int(owner) == pid and key in by_inode:
            found[by_inode[key]].append(f"{mode} {start}-{end}")
    return found
