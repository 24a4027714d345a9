"""The figures made and drawn in a forked worker while the report is laid out (report/pdf/figures_ahead.py,
figures_pending.py, figures_worker.py): the same report as making them in the process, and the process
itself never imports matplotlib; a worker that fails, dies before or after saying the figures' sizes,
or wrote another story is not used (or only as far as it went) and the report is still the same; no
fork where threads run.

A fork is made only by a process that runs one thread, and a test process does not stay one (pytest-xdist's
worker, threads other tests leave): test_report_figures_ahead.py runs these cases in a fresh process."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from sxsh_desktop.interchange.document import parse_document, read_document
from sxsh_desktop.report.pdf import builder, figures_ahead, figures_worker, render_report
from sxsh_desktop.report.pdf.figures_ahead import FiguresAhead, can_fork
from sxsh_desktop.services.documents import sample_path
from tests.monthly import with_monthly_readings

TODAY = dt.date(2026, 12, 2)
ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) is not installed"),
    pytest.mark.skipif(not can_fork(), reason="no forked worker here (not Linux, or threads running)"),
]


@dataclass(frozen=True)
class Pages:
    """What is compared between two reports: the text of every page, the number of pages, the figures
    placed, and the bytes (their digest) with what differs from run to run (dates, the file's ID) left out."""

    text: str
    count: int
    figures: int
    content: str


VARIABLE = [
    (re.compile(rb"D(:|\\072)\d{14}"), b"D:date"),
    (re.compile(rb'xmp:(Modify|Create|Metadata)Date="[^"]*"'), b"xmp:date"),
    (re.compile(rb"/ID\s*\[\s*<[0-9a-f]+>\s*<[0-9a-f]+>\s*\]"), b"/ID"),
]


def _pages(pdf: bytes) -> Pages:
    from pyhanko.pdf_utils.reader import PdfFileReader

    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True)
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)

    def leaves(node):
        if "/Kids" in node:
            for kid in node["/Kids"]:
                yield from leaves(kid.get_object())
        else:
            yield node

    pages = list(leaves(reader.root["/Pages"]))
    count = int(reader.root["/Pages"]["/Count"])
    assert len(pages) == count
    placed = sum(
        1
        for page in pages
        for name in (page["/Resources"]["/XObject"] if "/XObject" in page["/Resources"] else {})
        if str(name).startswith("/SXSHFigure")
    )
    content = pdf
    for pattern, stands_for in VARIABLE:
        content = pattern.sub(stands_for, content)
    return Pages(out.stdout.decode("utf-8"), count, placed, hashlib.sha256(content).hexdigest())


@pytest.fixture(autouse=True)
def _a_core_is_free(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker is started however busy the machine that runs the tests is."""
    monkeypatch.setattr(figures_ahead, "core_free", lambda: True)


@pytest.fixture(scope="module")
def sample():
    return read_document(sample_path())


@pytest.fixture(scope="module")
def in_process(sample) -> Pages:
    pages = _pages(render_report(sample, "vi", today=TODAY).pdf)
    assert pages.figures == 6 and "Tích lũy (%)" in pages.text  # the figures are placed
    return pages


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The worker's messages this process took: "sizes", "drawn" (or "no sizes", "no drawing")."""
    taken: list[str] = []
    sizes, drawn = FiguresAhead.sizes, FiguresAhead.drawn

    def spying_sizes(self):
        first = sizes(self)
        taken.append("sizes" if first is not None else "no sizes")
        return first

    def spying_drawn(self):
        pdf = drawn(self)
        taken.append("drawn" if pdf is not None else "no drawing")
        return pdf

    monkeypatch.setattr(FiguresAhead, "sizes", spying_sizes)
    monkeypatch.setattr(FiguresAhead, "drawn", spying_drawn)
    return taken


@pytest.fixture
def layouts(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each layout of the report: whether a worker was making its figures."""
    done: list[bool] = []
    original = builder._render_report

    def counting(*args, **kwargs):
        done.append(kwargs.get("figures_ahead") is not None)
        return original(*args, **kwargs)

    monkeypatch.setattr(builder, "_render_report", counting)
    return done


def _with_worker(a, language: str = "vi", worker_language: str | None = None):
    ahead = FiguresAhead.start(a, worker_language or language, TODAY)
    assert ahead is not None
    return render_report(a, language, today=TODAY, figures_ahead=ahead)


def test_the_worker_makes_the_same_report(sample, in_process, messages, layouts) -> None:
    rendered = _with_worker(sample)
    assert messages == ["sizes", "drawn"] and layouts == [True]
    assert _pages(rendered.pdf) == in_process  # the same bytes, dates and the file's ID aside


def test_the_same_report_in_english_with_readings(sample, messages) -> None:
    """More figures (a scatter and CUSUM per resource read), English captions."""
    a = with_monthly_readings(sample)
    alone = _pages(render_report(a, "en", today=TODAY).pdf)
    assert alone.figures > 6
    rendered = _with_worker(a, "en")
    assert messages == ["sizes", "drawn"]
    assert _pages(rendered.pdf) == alone


def test_a_figure_left_out_is_left_out_with_the_worker_too(sample, messages, monkeypatch) -> None:
    """A chart function that gives no figure (here the options'): no room, no caption, no number, and
    the figures after it numbered one less, in both ways of making them."""
    from sxsh_desktop.report import charts

    monkeypatch.setattr(charts, "options_figure", lambda *args, **kwargs: None)  # the worker's too (forked)
    alone = _pages(render_report(sample, "vi", today=TODAY).pdf)
    assert alone.figures == 5 and "Số cơ hội SXSH theo nhóm" not in alone.text
    rendered = _with_worker(sample)
    assert messages == ["sizes", "drawn"]
    assert _pages(rendered.pdf) == alone


def test_this_process_never_imports_matplotlib_when_the_worker_makes_the_figures(tmp_path) -> None:
    """A fresh process (this one has made figures already) writing the report as `sxsh report` does."""
    code = f"""
import sys
from sxsh_desktop.interchange.document import read_document
from sxsh_desktop.report.pdf import figures_ahead
from sxsh_desktop.services.documents import sample_path
from tests.monthly import with_monthly_readings
from sxsh_desktop.services.reports import build_report
figures_ahead.core_free = lambda: True
result = build_report(read_document(sample_path()), {str(tmp_path / "report.pdf")!r}, "vi")
print(result.pages, "matplotlib" in sys.modules, sorted(m for m in sys.modules if m.startswith("matplotlib"))[:3])
"""
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    pages, imported, some = run.stdout.split(maxsplit=2)
    assert imported == "False", some
    report = _pages((tmp_path / "report.pdf").read_bytes())
    assert report.count == int(pages) and report.figures == 6
    assert "Tích lũy (%)" in report.text  # a text that is only in a chart: the worker's drawing is placed


def _failing(conn, *args) -> None:
    """A worker whose work raised: it says why, as `figures_worker.draw` does."""
    conn.send(("failed", "RuntimeError: matplotlib broke"))
    conn.close()


def _dying(conn, *args) -> None:
    """A worker that ends without a word (killed, out of memory) before its first message."""
    os._exit(3)


@pytest.mark.parametrize("worker", [_failing, _dying])
def test_a_worker_that_fails_before_the_sizes_leaves_the_figures_to_this_process(
    sample, in_process, messages, monkeypatch, worker
) -> None:
    monkeypatch.setattr(figures_ahead, "_draw", worker)
    rendered = _with_worker(sample)
    assert messages == ["no sizes"]
    assert _pages(rendered.pdf) == in_process


def test_a_worker_that_dies_after_the_sizes_leaves_the_drawing_to_this_process(
    sample, in_process, messages, layouts, monkeypatch
) -> None:
    monkeypatch.setattr(figures_worker, "figures_pdf", lambda figures: os._exit(3))  # in the worker only
    rendered = _with_worker(sample)
    assert messages == ["sizes", "no drawing"]  # laid out with its sizes, drawn here
    assert layouts == [True]  # the figures made here have the sizes the worker said
    assert _pages(rendered.pdf) == in_process


def test_sizes_that_are_not_the_figures_are_laid_out_again(sample, in_process, messages, layouts, monkeypatch) -> None:
    """The worker said other sizes and died before drawing: the figures made here do not fit the room
    the layout kept, so the report is laid out again with their own."""
    monkeypatch.setattr(figures_worker, "size_of", lambda fig: (8.0, 1.0))
    monkeypatch.setattr(figures_worker, "figures_pdf", lambda figures: os._exit(3))
    rendered = _with_worker(sample)
    assert messages == ["sizes", "no drawing"]
    assert layouts == [True, False]
    assert _pages(rendered.pdf) == in_process


def test_figures_that_are_not_the_storys_are_not_used(sample, in_process, messages) -> None:
    rendered = _with_worker(sample, "vi", worker_language="en")  # English captions for a Vietnamese report
    assert messages == ["sizes"]  # taken, not used; the worker is stopped
    assert _pages(rendered.pdf) == in_process


def test_a_worker_with_a_figure_fewer_is_not_used(sample, in_process, messages, monkeypatch) -> None:
    figure = figures_worker.FiguresOnly.figure

    def all_but_the_last(self, make, caption, max_height=None):
        out = figure(self, make, caption, max_height)
        if len(self.made) == 6:
            self.made.pop()
        return out

    monkeypatch.setattr(figures_worker.FiguresOnly, "figure", all_but_the_last)
    rendered = _with_worker(sample)
    assert messages == ["sizes"]
    assert _pages(rendered.pdf) == in_process


def test_the_characters_the_figures_replace_are_said_as_in_process(messages) -> None:
    """A flow named with an emoji: the chart's '?' counted by the worker, the table's here, said once."""
    doc = json.loads(sample_path().read_text(encoding="utf-8"))
    doc["process_steps"][1]["flows"][0]["name"] += " 🙂"
    a = parse_document(doc)
    alone = render_report(a, "vi", today=TODAY)
    rendered = _with_worker(a)
    assert messages == ["sizes", "drawn"]
    assert rendered.warnings == alone.warnings and len(alone.warnings) == 1
    assert _pages(rendered.pdf) == _pages(alone.pdf)


def test_no_worker_while_other_threads_run(sample) -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not can_fork()
        assert FiguresAhead.start(sample, "vi", TODAY) is None
    finally:
        stop.set()
        other.join()


def test_no_worker_when_no_core_is_free(sample, monkeypatch) -> None:
    monkeypatch.undo()  # the real core_free, with the machine's load said to be high
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (2.0, 1.0, 1.0))  # both cores taken
    assert not figures_ahead.core_free()
    assert FiguresAhead.start(sample, "vi", TODAY) is None
    monkeypatch.setattr(os, "getloadavg", lambda: (1.5, 1.0, 1.0))  # half a core idle
    assert figures_ahead.core_free()
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert not figures_ahead.core_free()  # one core: nothing to run beside
