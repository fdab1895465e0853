"""Writing a file all or nothing: the report writes through ``planner.safe_write``.

The document is built into an unnamed (or hidden) file in the target's folder and put in
place only once it is complete. On any failure the temporary file is gone, an earlier
file at the path is left as it was, and ``WriteFailed`` says why in a few words.
"""

from __future__ import annotations

from planner.safe_write import MESSAGE, atomic_write

__all__ = ["MESSAGE", "atomic_write"]
