"""`sxsh selftest` (no Qt): every step passes on a good installation, and a failure names its step."""

from __future__ import annotations

import io
import re

from sxsh_desktop import __version__, selftest
from sxsh_desktop.cli import main as cli


def test_the_selftest_passes_and_says_so_in_one_line(capsys, tmp_path):
    assert cli(["selftest", "--keep", str(tmp_path / "work")]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert re.fullmatch(
        rf"SXSH Desktop {re.escape(__version__)} selftest: OK \(migration, sample, savings, chart, "
        r"identity, signed report, signature\) in \d+\.\d s\n",
        out,
    ), out
    kept = {p.name for p in (tmp_path / "work").iterdir()}
    assert {"selftest.db", "chart.png", "report.pdf", "selftest.p12", "backups"} <= kept


def test_a_failure_names_its_step_and_exits_1(monkeypatch):
    monkeypatch.setattr(selftest, "SAMPLE_ENERGY_SAVING_PERCENT", 12.5)
    out = io.StringIO()
    assert selftest.main(out=out) == 1
    assert out.getvalue() == (
        f"SXSH Desktop {__version__} selftest: FAILED at savings: energy saving 10.92 % "
        "where the sample gives 12.50 %\n"
    )


def test_an_unexpected_error_is_one_line_too(monkeypatch):
    def broken(_work):
        raise OSError("disk full\nsecond line")

    monkeypatch.setattr(selftest, "_migration", broken)
    result = selftest.run_selftest()
    assert not result.ok and result.steps == []
    assert result.line() == f"SXSH Desktop {__version__} selftest: FAILED at migration: OSError: disk full second line"
