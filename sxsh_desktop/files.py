"""Writing a file whole or not at all: a report, a package, a document or an export never appears
half-written, even if the power goes in the middle."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


def write_atomically(target: Path, data: bytes, before_replace: Callable[[Path], None] | None = None) -> None:
    """Write `data` beside `target`, flush it to disk, then put it in place in one rename.
    `before_replace(target)` may refuse at the last moment by raising. Raises OSError."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if before_replace is not None:
            before_replace(target)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
