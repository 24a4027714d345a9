"""What leaves the review workspace: the figures as CSV (for a spreadsheet) and the approved packages,
as they were signed, in a folder for the ministry (with approved.csv). Both are services of
review.service; here only the questions (where to) and the answer (how many, where)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ...store.review_ops import ReviewError, ReviewStore
from ..forms import error_text
from .review_panel import reviewer_name


def export_figures(
    parent: QWidget,
    review: ReviewStore,
    path: str | Path | None = None,
    *,
    by: str | None = None,
    province: str | None = None,
    year: int | None = None,
    state: str | None = None,
) -> int | None:
    """The figures as CSV (one row per assessment, or per group when `by` is given); rows written, or
    None when nothing was written."""
    from ...review.service import export_csv

    if path is None:
        name = f"sxsh-figures-{by or 'assessments'}-{QDate.currentDate().toString('yyyy-MM-dd')}.csv"
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ReviewExports", "Export the figures"),
            str(Path.home() / name),
            QCoreApplication.translate("ReviewExports", "CSV files (*.csv)"),
        )
        if not path:
            return None
    try:
        count = export_csv(review, path, by=by, province=province, year=year, state=state)
    except ReviewError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("ReviewExports", "Export the figures"), error_text(exc))
        return None
    _status(
        parent,
        QCoreApplication.translate("ReviewExports", "%1 rows written to %2")
        .replace("%1", str(count))
        .replace("%2", str(path)),
    )
    return count


def export_approved_packages(
    parent: QWidget, review: ReviewStore, folder: str | Path | None = None, ask: bool = True
) -> list[Path] | None:
    """Every approved assessment's package, as signed, into a folder (with approved.csv)."""
    from ...review.service import export_approved

    title = QCoreApplication.translate("ReviewExports", "Export the approved packages")
    if not review.approved():
        if ask:
            QMessageBox.information(
                parent,
                title,
                QCoreApplication.translate(
                    "ReviewExports", "No assessment is approved yet: there is nothing to send to the ministry."
                ),
            )
        return None
    if folder is None:
        folder = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
        if not folder:
            return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = export_approved(review, folder, by=reviewer_name(review.store) or None)
    except ReviewError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, title, error_text(exc))
        return None
    QApplication.restoreOverrideCursor()
    text = (
        QCoreApplication.translate("ReviewExports", "%1 approved package(s) and approved.csv written to %2")
        .replace("%1", str(len(written)))
        .replace("%2", str(folder))
    )
    if ask:
        QMessageBox.information(parent, title, text)
    _status(parent, text)
    return written


def _status(parent: QWidget, text: str) -> None:
    window = parent.window()
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 8000)
