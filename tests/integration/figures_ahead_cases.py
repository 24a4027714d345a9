"""The figures drawn in a forked worker while the report is laid out (report/pdf/figures_ahead.py):
the same report as drawing them in the process; a worker that fails, dies or drew other figures is
not used and the report is still whole; no fork where threads run.

A fork is made only by a process that runs one thread, and a test process does not stay one (pytest-xdist's
worker, threads other tests leave): test_report_figures_ahead.py runs these cases in a fresh process."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import threading

import pytest

from sxsh_desktop.interchange.document import read_document
from sxsh_desktop.report.pdf import figures_ahead, render_report
from sxsh_desktop.report.pdf.figures_ahead import FiguresAhead, can_fork
from sxsh_desktop.services.documents import sample_path

TODAY = dt.date(2026, 12, 2)

pytestmark = [
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) is not installed"),
    pytest.mark.skipif(not can_fork(), reason="no forked worker here (not Linux, or threads running)"),
]


def _text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


@pytest.fixture(autouse=True)
def _a_core_is_free(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker is started however busy the machine that runs the tests is."""
    monkeypatch.setattr(figures_ahead, "core_free", lambda: True)


@pytest.fixture(scope="module")
def sample():
    return read_document(sample_path())


@pytest.fixture(scope="module")
def in_process(sample) -> str:
    return _text(render_report(sample, "vi", today=TODAY).pdf)


def _used(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each worker's drawing was taken."""
    taken: list[bool] = []
    original = FiguresAhead.drawn

    def spying(self, figures):
        drawn = original(self, figures)
        taken.append(drawn is not None)
        return drawn

    monkeypatch.setattr(FiguresAhead, "drawn", spying)
    return taken


def test_the_worker_draws_the_same_report(sample, in_process, monkeypatch) -> None:
    taken = _used(monkeypatch)
    ahead = FiguresAhead.start(sample, "vi", TODAY)
    assert ahead is not None
    rendered = render_report(sample, "vi", today=TODAY, figures_ahead=ahead)
    assert taken == [True]
    text = _text(rendered.pdf)
    assert text == in_process
    assert "Tích lũy (%)" in text  # a text that is only in a chart: the figures are placed


def _failing(conn, *args) -> None:
    """A worker whose drawing raised: it says why, as `_draw` does."""
    conn.send((None, "RuntimeError: matplotlib broke"))
    conn.close()


def _dying(conn, *args) -> None:
    """A worker that ends without a word (killed, out of memory)."""
    os._exit(3)


@pytest.mark.parametrize("worker", [_failing, _dying])
def test_a_worker_that_fails_leaves_the_figures_to_this_process(sample, in_process, monkeypatch, worker) -> None:
    taken = _used(monkeypatch)
    monkeypatch.setattr(figures_ahead, "_draw", worker)
    ahead = FiguresAhead.start(sample, "vi", TODAY)
    assert ahead is not None
    rendered = render_report(sample, "vi", today=TODAY, figures_ahead=ahead)
    assert taken == [False]
    assert _text(rendered.pdf) == in_process


def test_figures_that_are_not_the_layouts_are_not_used(sample, in_process, monkeypatch) -> None:
    taken = _used(monkeypatch)
    ahead = FiguresAhead.start(sample, "en", TODAY)  # English figures for a Vietnamese report
    assert ahead is not None
    rendered = render_report(sample, "vi", today=TODAY, figures_ahead=ahead)
    assert taken == [False]
    assert _text(rendered.pdf) == in_process


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
    monkeypatch.setattr(os, "getloadavg", lambda: (1.5, 1.0, 1.0))
    assert not figures_ahead.core_free()
    assert FiguresAhead.start(sample, "vi", TODAY) is None
    monkeypatch.setattr(os, "getloadavg", lambda: (0.4, 1.0, 1.0))
    assert figures_ahead.core_free()
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert not figures_ahead.core_free()  # one core: nothing to run beside
