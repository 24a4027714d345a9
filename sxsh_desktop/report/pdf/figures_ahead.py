"""The report's figures made and drawn in a second process while this one opens the identity and lays
out the text.

Making and drawing the figures (matplotlib, pdf/figures.py) is the largest single part of a report,
and it needs nothing the layout makes: only the assessment, the language, the date and the benchmark.
`FiguresAhead.start` forks a process that writes the report's story for its figures only, makes them
and sends, call by call, each figure's size (or that there is none) with its caption; then it draws
them all into one PDF and sends that (pdf/figures_worker.py). This process never imports matplotlib:
it writes the story with a pending figure for each call, takes the sizes when the layout reaches the
first one and places the drawing once the layout is done (pdf/figures_pending.py).

Used only when there is room for it (the load average under the number of cores) and where forking is safe and
cheap: a process running one thread (the CLI; the desktop app runs Qt threads and makes the figures in
its own process), on a platform whose default is fork (Linux; macOS and Windows spawn, which would
import everything again and gain little). The worker's figures are used only when its captions are the
story's (same calls, in order); otherwise, or when the worker fails in any way, the figures are made in
this process as before: the PDF is the same.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
from typing import TYPE_CHECKING, Any

from ...domain.model import Assessment

if TYPE_CHECKING:  # pragma: no cover
    from ...domain.benchmark import BenchmarkResult

log = logging.getLogger(__name__)


def core_free() -> bool:
    """Whether there is room for the worker: two cores or more for this process, and the load average of
    the last minute under their number (some of a core idle). The worker's own cost is small (the story's
    figure calls written a second time: ≈0.15 s of CPU) against the drawing it takes off the critical
    path, so a machine partly busy is room enough; a machine whose every core is taken is not."""
    import os

    try:
        cores = len(os.sched_getaffinity(0))
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return False
    return cores >= 2 and load < cores


def can_fork() -> bool:
    """Whether a forked worker is safe here: one thread, and fork the platform's default."""
    import multiprocessing

    return (
        threading.active_count() == 1
        and sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
    )


def _draw(conn: Any, a: Assessment, language: str, today: dt.date, benchmark: BenchmarkResult | None) -> None:
    """The worker's work (pdf/figures_worker.py, imported in the worker only)."""
    from .figures_worker import draw

    draw(conn, a, language, today, benchmark)


class FiguresAhead:
    """A worker making a report's figures: `sizes()` is its first message, `drawn()` its second."""

    def __init__(self, process: Any, conn: Any) -> None:
        self._process, self._conn = process, conn

    @classmethod
    def start(
        cls, a: Assessment, language: str, today: dt.date, benchmark: BenchmarkResult | None = None
    ) -> FiguresAhead | None:
        """The worker, started; None where forking is not safe (can_fork), no core is free for it
        (core_free) or the process cannot start."""
        if not (can_fork() and core_free()):
            return None
        import multiprocessing

        try:
            context = multiprocessing.get_context("fork")
            receiving, sending = context.Pipe(duplex=False)
            for stream in (sys.stdout, sys.stderr):  # the worker would print what is buffered a second time
                if stream is not None:
                    stream.flush()
            process = context.Process(
                target=_draw, args=(sending, a, language, today, benchmark), daemon=True, name="report-figures"
            )
            process.start()
            sending.close()
        except Exception:  # no fork (a limit on processes, no memory): the figures are made here
            log.debug("the figures' worker could not start", exc_info=True)
            return None
        return cls(process, receiving)

    def _receive(self, kind: str) -> Any:
        """The worker's next message if it is `kind`; None when it failed or died (it is then ended)."""
        try:
            message = self._conn.recv()
        except (EOFError, OSError):  # the worker died without a word
            message = ("failed", "the worker ended without a result")
        if message[0] == kind:
            return message[1:]
        log.info("the figures are made in this process (%s)", message[1])
        self.stop()
        return None

    def sizes(self) -> tuple[list[tuple[str, tuple[float, float] | None]], dict[str, int]] | None:
        """The worker's first message: per `Report.figure` call of its story, in order, the caption and
        the figure's size in inches (None: no figure), and the characters its figures replaced
        (report/text.py); None if the worker failed. Waits for it."""
        message = self._receive("sizes")
        return None if message is None else (message[0], message[1])

    def drawn(self) -> bytes | None:
        """The worker's second message: its figures drawn (one PDF page each, in order); None if the
        worker failed. Waits for the worker, which then ends."""
        message = self._receive("drawn")
        if message is None:
            return None
        self.stop()
        return bytes(message[0])

    def stop(self) -> None:
        """End the worker (its work is done, or not wanted); again is harmless."""
        self._conn.close()
        if self._process.is_alive():
            self._process.kill()
        self._process.join(timeout=10)
