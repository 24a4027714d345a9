"""The forked figure worker's cases (figures_ahead_cases.py), run in a fresh pytest process: the worker is
started only by a process running one thread, which this test process, among other tests' threads and
pytest-xdist's own, is not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CASES = Path(__file__).with_name("figures_ahead_cases.py")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the worker is forked on Linux only")
def test_the_worker_cases_in_a_process_of_one_thread(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "SXSH_CLICKED"))}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", str(CASES)],
        cwd=CASES.parents[2],
        env=env,
        capture_output=True,
        text=True,
    )
    summary = run.stdout.strip().splitlines()[-1:] or [""]
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert "passed" in summary[0] and "skipped" not in summary[0], summary[0]
