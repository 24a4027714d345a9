"""Errors reach the user: an exception nobody caught (in a slot, a timer, a thread) is written to the log
in the data folder (logs/errors.log, with the version, the platform and the time) and shown in a dialog
whose report can be copied in one click and sent to whoever supports the app; the app keeps running.
The app's log lines go to logs/sxsh-desktop.log beside it (Help › Open the log folder)."""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)
ERRORS_LOG = "errors.log"
APP_LOG = "sxsh-desktop.log"
_file_handler: logging.Handler | None = None


def log_folder() -> Path:
    from ..config import data_dir

    return data_dir() / "logs"


def report_text(kind: type[BaseException], value: BaseException | None, tb: TracebackType | None) -> str:
    from .. import __version__

    lines = traceback.format_exception(kind, value, tb)
    return (
        f"SXSH Desktop {__version__} — {dt.datetime.now().astimezone().isoformat(timespec='seconds')}\n"
        f"Python {platform.python_version()}, {platform.platform()}\n\n" + "".join(lines).rstrip() + "\n"
    )


def write_report(text: str, folder: Path | None = None) -> Path | None:
    """Append the report to errors.log; its path, or None when the folder cannot be written."""
    path = (folder or log_folder()) / ERRORS_LOG
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(text + "\n" + "-" * 72 + "\n")
    except OSError as exc:
        log.error("the error report cannot be written to %s: %s", path, exc)
        return None
    return path


class ErrorDialog(QMessageBox):
    """What went wrong in a sentence, the report under "Show details" and a button that copies it."""

    def __init__(self, summary: str, report: str, written: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setText(self.tr("SXSH Desktop hit an error it did not expect: %1").replace("%1", summary))
        where = (
            self.tr("The report was written to %1.").replace("%1", str(written))
            if written is not None
            else self.tr("The report could not be written to the log folder.")
        )
        self.setInformativeText(
            where
            + " "
            + self.tr(
                "What you entered before is stored. Copy the report and send it with a few words on "
                "what you were doing."
            )
        )
        self.setDetailedText(report)
        self.copy_button = self.addButton(self.tr("&Copy the report"), QMessageBox.ButtonRole.ActionRole)
        self.copy_button.clicked.disconnect()  # copying does not close the dialog
        self.copy_button.clicked.connect(lambda: self.copy())
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Copied"))


class _Reporter(QObject):
    """Carries a report from any thread to the GUI thread."""

    caught = Signal(str, str)


class ErrorHook:
    """sys.excepthook and threading.excepthook: write the report, show it, then pass the exception on to
    the hook that was there before (stderr, or a test's capture)."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder
        self.dialogs: list[ErrorDialog] = []
        self.reporter = _Reporter()
        self.reporter.caught.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.previous = sys.excepthook
        self.previous_thread = threading.excepthook

    def install(self) -> ErrorHook:
        sys.excepthook = self
        threading.excepthook = self._thread
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous
        threading.excepthook = self.previous_thread

    def __call__(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, value, tb)
            return
        self.report(kind, value, tb)
        self.previous(kind, value, tb)

    def _thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not None and not issubclass(args.exc_type, SystemExit):
            self.report(args.exc_type, args.exc_value, args.exc_traceback)
        self.previous_thread(args)

    def report(self, kind: type[BaseException], value: BaseException | None, tb: TracebackType | None) -> None:
        text = report_text(kind, value, tb)
        written = write_report(text, self.folder)
        summary = f"{kind.__name__}: {value}" if str(value) else kind.__name__
        log.error("unexpected error: %s (report in %s)", summary, written)
        self.reporter.caught.emit(summary, text if written is None else f"{text}\n{written}")

    def _show(self, summary: str, text: str) -> None:
        if QCoreApplication.instance() is None:
            return
        head, _, where = text.rpartition("\n")
        written = Path(where) if head and where.endswith(ERRORS_LOG) else None
        report = head if written is not None else text
        if len(self.dialogs) >= 3:  # a loop of errors: the log has them all, the screen a few
            return
        parent = QApplication.activeWindow()
        dialog = ErrorDialog(summary, report, written, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.open()


def log_to_file(folder: Path | None = None) -> Path | None:
    """The app's log lines (INFO and up) also to logs/sxsh-desktop.log, rotated at 1 MB (3 kept)."""
    path = (folder or log_folder()) / APP_LOG
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        log.warning("no log file at %s: %s", path, exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    global _file_handler
    root = logging.getLogger()
    if _file_handler is not None:  # one log file at a time (the data folder may have changed)
        root.removeHandler(_file_handler)
        _file_handler.close()
    _file_handler = handler
    root.addHandler(handler)
    return path


__all__ = ["ErrorDialog", "ErrorHook", "log_folder", "log_to_file", "report_text", "write_report"]
