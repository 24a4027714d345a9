"""Long work off the GUI thread: a QRunnable on the global QThreadPool with a progress dialog.

`run_in_background(parent, label, work, done, failed)` shows a modal busy dialog, runs `work()`
in a pool thread and calls `done(result)` or `failed(exc)` back on the GUI thread. A `Job` always ends
by one of its signals, `finished(result)` or `failed(exc)`: what waits for it waits on them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class JobSignals(QObject):
    """What a job tells the GUI thread (queued): its result, or the exception it stopped on."""

    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """`work()` in a pool thread; `signals` (a JobSignals, or one with signals of its own besides) say how it ended."""

    def __init__(self, work: Callable[[], Any], signals: JobSignals | None = None):
        super().__init__()
        self.work = work
        self.signals = signals if signals is not None else JobSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported on the GUI thread
            log.info("background work failed: %s", exc)
            self._emit(self.signals.failed, exc)
            return
        self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is going away; nobody is left to tell
            pass


_running: set[Job] = set()


def run_in_background(
    parent: QWidget | None,
    label: str,
    work: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
) -> Job:
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(label)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setValue(0)
    job = Job(work)
    _running.add(job)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(job)
        dialog.reset()
        dialog.deleteLater()
        callback(value)

    job.signals.finished.connect(lambda result: finish(done, result), Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(lambda exc: finish(failed, exc), Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(job)
    return job


def busy() -> bool:
    return bool(_running)
