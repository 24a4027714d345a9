"""The report without reportlab's C accelerators (rl-accel): a platform with no wheel for it (Windows
on ARM, docs/installers.md) or a build that lost it still makes the same report, with reportlab's
Python versions of the same functions."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) is not installed")

RENDER = r"""
import datetime as dt, importlib.abc, sys

class NoAccelerators(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in ("_rl_accel", "rl_accel") and sys.argv[2] == "without":
            raise ImportError("no rl-accel on this platform")
        return None

sys.meta_path.insert(0, NoAccelerators())
from reportlab.lib import rl_accel
from sxsh_desktop.interchange.document import read_document
from sxsh_desktop.report.pdf import render_report
from sxsh_desktop.services.documents import sample_path

rendered = render_report(read_document(sample_path()), "vi", today=dt.date(2026, 12, 2))
open(sys.argv[1], "wb").write(rendered.pdf)
print(len(rl_accel._c_funcs), rendered.pages)
"""


def _render(tmp_path: Path, how: str) -> tuple[str, str]:
    pdf = tmp_path / f"{how}.pdf"
    out = subprocess.run([sys.executable, "-c", RENDER, str(pdf), how], capture_output=True, text=True, check=True)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout.strip(), text.stdout


def test_the_report_is_the_same_without_rl_accel(tmp_path: Path) -> None:
    with_said, text_with = _render(tmp_path, "with")
    without_said, text_without = _render(tmp_path, "without")
    c_with, pages_with = with_said.split()
    c_without, pages_without = without_said.split()
    assert int(c_with) > 0  # the accelerators are installed here and used
    assert int(c_without) == 0  # every function is reportlab's Python one
    assert pages_without == pages_with
    assert text_without == text_with
    assert "Tóm tắt" in text_without
