"""The Sở's review workspace (DESIGN §6): received packages, their review, the dashboard, imports and
exports. `open_package(window, path)` is what a package given on the command line (a double-click on
a .sxsh file) does: the window shows the review workspace and its import dialog with that file."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def open_package(window: Any, path: str | Path) -> str:
    """Show the review workspace with the import dialog holding `path` (nothing is imported before the
    reviewer presses Import); returns one line about the package (its verdict, read-only)."""
    p = Path(path)
    if not p.is_file():
        line = f"{p}: no such file"
    else:
        from ..open_package import check_line

        line = f"{p.name}: {check_line(window.store, p)[1]}"
    workspace = window.show_review()
    workspace.open_import([p] if p.is_file() else None)
    return line


__all__ = ["open_package"]
