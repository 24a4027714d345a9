"""A sync package (`.sxsh`) given on the command line — what a double-click on one does.

Routing: when the Sở review workspace is part of the app (a module `sxsh_desktop.gui.review` with
`open_package(window, path)`), the package goes there. Until then the package is checked here
(read-only: the same checks as `sxsh verify`, against the store's trusted signers) and the user is
told where packages are opened — the review workspace — with the verdict, and may import it for
review at once (the Sở intake: `sync.intake.import_files`, one transaction, "already imported" when
it was). Nothing is written before the user asks.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)
REVIEW_MODULE = "sxsh_desktop.gui.review"


def review_workspace_entry() -> Any:
    """`open_package(window, path)` of the review workspace, or None while there is none."""
    try:
        if importlib.util.find_spec(REVIEW_MODULE) is None:
            return None
        module = importlib.import_module(REVIEW_MODULE)
    except ImportError:
        return None
    entry = getattr(module, "open_package", None)
    return entry if callable(entry) else None


def check_line(store: Any, path: str | Path, language: str = "en") -> tuple[bool, str]:
    """(intact, one line about the package in `language`) — read-only, against the store's trusted signers."""
    from ..store.review_ops import ReviewStore
    from ..sync.package import check_file

    try:
        trusted = ReviewStore(store).trusted_certificates()
    except Exception as exc:  # an old or server store without the table: check without trust
        log.info("no trusted signers to check against: %s", exc)
        trusted = []
    check = check_file(path, trusted=trusted)
    return check.intact, check.describe(language)


def open_package(window: Any, path: str | Path, *, interactive: bool = True) -> str:
    """Route the package at `path`; returns the line shown (or, without `interactive`, to be printed)."""
    entry = review_workspace_entry()
    if entry is not None:
        result = entry(window, str(path))
        return result if isinstance(result, str) else ""
    p = Path(path)
    if not p.is_file():
        line = f"{p}: no such file"
        if interactive:
            QMessageBox.warning(window, window.tr("Sync package"), line)
        return line
    if not interactive:
        return f"{p.name}: {check_line(window.store, p)[1]}"
    from .forms import current_language

    intact, verdict = check_line(window.store, p, current_language())
    PackageNotice(window, p, intact, verdict).exec()
    return f"{p.name}: {verdict}"


class PackageNotice(QMessageBox):
    """ "Sync packages are opened in the review workspace", the verdict (in the screen's language), and an
    offer to import now."""

    def __init__(self, window: Any, path: Path, intact: bool, verdict: str, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.window_ = window
        self.path = path
        self.setIcon(QMessageBox.Icon.Information if intact else QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Sync package"))
        self.setText(self.tr("Sync packages are opened in the review workspace."))
        self.setInformativeText(
            self.tr("%1: %2").replace("%1", path.name).replace("%2", verdict)
            + "\n\n"
            + (
                self.tr(
                    "Import it for review now? Packages from signers who are not trusted are refused; "
                    "nothing is changed for a package that was already imported."
                )
                if intact
                else self.tr("This package cannot be imported.")
            )
        )
        self.import_button = (
            self.addButton(self.tr("&Import for review"), QMessageBox.ButtonRole.AcceptRole) if intact else None
        )
        self.addButton(QMessageBox.StandardButton.Close)
        self.outcome: str | None = None

    def exec(self) -> int:
        code = super().exec()
        if self.import_button is not None and self.clickedButton() is self.import_button:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QApplication

            from .forms import current_language

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.outcome = import_for_review(self.window_, self.path, current_language())
            finally:
                QApplication.restoreOverrideCursor()
            QMessageBox.information(self.window_, self.tr("Sync package"), self.outcome)
        return code


def import_for_review(window: Any, path: Path, language: str = "en") -> str:
    """The Sở intake of one package into the open store; the outcome's line in `language`."""
    from ..store.review_ops import ReviewStore
    from ..sync.intake import ImportOptions, import_files
    from .first_run import profile

    who = (profile(window.store) or {}).get("name") or None
    outcome = import_files(ReviewStore(window.store), [path], ImportOptions(by=who))[0]
    return f"{path.name}: {outcome.line_text(language)}"
