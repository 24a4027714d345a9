"""The report's figures drawn in a second process while this one opens the identity and lays out the text.

Drawing the figures (matplotlib's PDF backend, pdf/figures.py) is the largest single part of a report,
and it needs nothing the layout makes: only the assessment, the language, the date and the benchmark.
`FiguresAhead.start` forks a process that writes the report's story with the same inputs, keeps its
figures and draws them into one PDF, while the calling process opens the signer, writes the story
itself and lays it out; on two cores the report is ready about as much sooner as the drawing takes.

Used only when a core is free for it (the load average leaves one idle) and where forking is safe and cheap: a process running one thread (the CLI; the desktop app
runs Qt threads and draws in its own process), on a platform whose default is fork (Linux; macOS
and Windows spawn, which would import everything again and gain little). The drawing is used only
when the worker's figures are the layout's (same number, sizes, artists and texts, in order); otherwise, or when
the worker fails in any way, the figures are drawn in this process as before: the PDF is the same.
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
    from .figures import Figures

log = logging.getLogger(__name__)


def core_free() -> bool:
    """Whether a core is free for the worker: the load average of the last minute leaves one of the
    cores this process may use idle. On a busy machine a second process only adds its work (it writes
    the story a second time) and the report is drawn in one process."""
    import os

    try:
        cores = len(os.sched_getaffinity(0))
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return False
    return cores >= 2 and load <= cores - 1


def can_fork() -> bool:
    """Whether a forked worker is safe here: one thread, and fork the platform's default."""
    import multiprocessing

    return (
        threading.active_count() == 1
        and sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
    )


def _warm_up() -> None:
    """What both processes need and this one would do later anyway, done once before the fork so that
    the worker does not do it again: matplotlib's figure and canvas modules, the charts' faces,
    reportlab's and the report's modules, the report's fonts."""
    import matplotlib.figure  # noqa: F401 - imported for the worker too
    from matplotlib.backends import backend_agg  # noqa: F401 - the charts' canvas

    from ..charts import _font_family
    from ..fonts import register_reportlab_fonts
    from . import document  # noqa: F401 - the chapters and reportlab's platypus

    _font_family()
    register_reportlab_fonts()


def fingerprint(figures: list[Any]) -> list[tuple[Any, ...]]:
    """What must be alike for the worker's figures to stand for the layout's: each figure's size, the
    number of its artists and every text on it, in order."""
    from matplotlib.artist import Artist
    from matplotlib.text import Text

    prints = []
    for fig in figures:
        w, h = fig.get_size_inches()
        artists = fig.findobj(Artist)
        texts = tuple(a.get_text() for a in artists if isinstance(a, Text))
        prints.append((float(w), float(h), len(artists), texts))
    return prints


def _draw(conn: Any, a: Assessment, language: str, today: dt.date, benchmark: BenchmarkResult | None) -> None:
    """In the worker: the story's figures, drawn; sent as (fingerprint, pdf), or (None, why) on failure."""
    try:
        from .document import Report
        from .figures import figures_pdf

        report = Report(a, language, None, today, benchmark)
        report.story()
        figures = report.figures.figures
        conn.send((fingerprint(figures), figures_pdf(figures)))
    except BaseException as exc:  # whatever it is, the caller draws the figures itself
        conn.send((None, f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


class FiguresAhead:
    """A worker drawing a report's figures; `drawn(figures)` is its PDF when it matches the layout's."""

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
            _warm_up()
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
        except Exception:  # no fork (a limit on processes, no memory): the figures are drawn here
            log.debug("the figures' worker could not start", exc_info=True)
            return None
        return cls(process, receiving)

    def drawn(self, figures: Figures) -> bytes | None:
        """The worker's PDF of the figures (one page each, in order), if its figures are `figures` (same
        fingerprint); None otherwise or if the worker failed. Waits for the worker, which then ends."""
        try:
            prints, pdf = self._conn.recv()
        except (EOFError, OSError):  # the worker died without a word
            prints, pdf = None, "the worker ended without a result"
        finally:
            self._conn.close()
            self._process.join(timeout=10)
        if prints is None:
            log.info("the figures are drawn in this process (%s)", pdf)
            return None
        if prints != fingerprint(figures.figures):
            log.info("the figures are drawn in this process (the worker's figures are not the layout's)")
            return None
        return bytes(pdf)

    def stop(self) -> None:
        """End the worker when its drawing is not wanted (the report failed)."""
        self._conn.close()
        if self._process.is_alive():
            self._process.kill()
        self._process.join(timeout=10)
