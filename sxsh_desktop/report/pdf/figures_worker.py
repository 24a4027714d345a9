"""The figures' worker, in the process pdf/figures_ahead.py forks: the report's story written for its
figures only (the chapters as they are; every other block left out, nothing laid out), each figure made
as its chapter calls for it; their captions and sizes sent as soon as the story is written, then the
figures drawn into one PDF (pdf/figures.py) and sent."""

from __future__ import annotations

import datetime as dt
import gc
from contextlib import suppress
from typing import TYPE_CHECKING, Any

from ...domain.model import Assessment
from ..text import collecting
from .document import Report
from .figures import MakeFigure, figures_pdf, size_of
from .layout import report_styles

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

    from ...domain.benchmark import BenchmarkResult


class FiguresOnly(Report):
    """The report as the worker writes it: the figures made, in order, with their captions and the
    characters they replaced (report/text.py); paragraphs, tables and headings left out."""

    def __init__(self, a: Assessment, language: str, today: dt.date, benchmark: BenchmarkResult | None) -> None:
        super().__init__(a, language, None, today, benchmark)
        self.made: list[tuple[str, Figure | None]] = []
        self.replaced: dict[str, int] = {}

    def figure(self, make: MakeFigure, caption: str, max_height: float | None = None) -> list[Any]:
        with collecting() as replaced:  # only the figures': this process counts the rest of the story
            fig = make()
        for c, times in replaced.items():
            self.replaced[c] = self.replaced.get(c, 0) + times
        self.made.append((caption, fig))
        return []

    def styles(self) -> dict[str, Any]:
        return report_styles(register=False)  # nothing is laid out here: no face read

    def p(self, text: str, style: str = "body") -> Any:
        return None

    def heading(self, text: str, level: int) -> list[Any]:
        return []

    def cell(self, text: Any, style: str = "td") -> Any:
        return None

    def table(
        self,
        caption: str | None,
        headers: list[str],
        rows: list[list[Any]],
        widths: list[float],
        right: tuple[int, ...] = (),
        total_row: bool = False,
    ) -> list[Any]:
        return []

    def kv(self, pairs: list[tuple[str, Any]], key_width: float = 0.3) -> Any:
        return None

    def notice(self, text: str) -> Any:
        return None


def draw(conn: Any, a: Assessment, language: str, today: dt.date, benchmark: BenchmarkResult | None) -> None:
    """Send ("sizes", [(caption, size in inches or None), …], replaced), then ("drawn", pdf); on any
    failure ("failed", why) instead."""
    # No garbage collection in this short-lived process: it was a tenth of its time (matplotlib's import
    # and figures make many cycles, each full collection walks what it has of the other process too),
    # and what it would free is a few megabytes.
    gc.disable()
    try:
        report = FiguresOnly(a, language, today, benchmark)
        report.story()
        sizes = [(caption, None if fig is None else size_of(fig)) for caption, fig in report.made]
        conn.send(("sizes", sizes, report.replaced))
        conn.send(("drawn", figures_pdf([fig for _, fig in report.made if fig is not None])))
    except BaseException as exc:  # whatever it is, the other process makes the figures itself
        with suppress(OSError):  # (unless it has stopped listening)
            conn.send(("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()
