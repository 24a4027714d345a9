"""A writer killed with SIGKILL mid-run loses nothing it reported as committed, and the database
stays intact (WAL, synchronous=FULL, one transaction per operation)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from sxsh_desktop.domain.model import Assessment, ProcessStep, Product
from sxsh_desktop.domain.quantities import Quantity
from sxsh_desktop.store import open_store
from sxsh_desktop.store.backup import integrity_check
from sxsh_desktop.store.engine import sqlite_url

CHILD = textwrap.dedent("""
    import sys
    from sxsh_desktop.domain.model import Flow
    from sxsh_desktop.domain.quantities import Quantity
    from sxsh_desktop.store import open_store

    store = open_store(sys.argv[1])
    for i in range(100_000):
        store.add_flow("k9", "S1", Flow(f"K{i}", "input", "water", f"nước {i}", Quantity(i, "m3"), "water"))
        if i % 7 == 0:
            store.set_extra("k9", "last", i)
        print(i, flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_mid_run_keeps_every_committed_write(tmp_path, monkeypatch):
    monkeypatch.setenv("SXSH_DATA_DIR", str(tmp_path))
    url = sqlite_url(tmp_path / "sxsh.db")
    with open_store(url) as store:
        store.add_assessment(
            Assessment(
                id="k9", product=Product("bia", "hL"), process_steps=[ProcessStep("S1", "Nấu", 1, Quantity(1, "hL"))]
            )
        )

    env = dict(os.environ, SXSH_DATA_DIR=str(tmp_path))
    child = subprocess.Popen([sys.executable, "-c", CHILD, url], stdout=subprocess.PIPE, text=True, env=env)
    reported: list[int] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            reported.append(int(line))
            if len(reported) >= 150:
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    assert len(reported) == 150

    with open_store(url) as store:
        assert integrity_check(store) == []
        a = store.get_assessment("k9")
        stored = [int(f.id[1:]) for f in a.step("S1").flows]
        assert stored == list(range(len(stored)))  # in order, no gaps
        assert set(reported) <= set(stored)
        assert a.extra["last"] <= stored[-1]
        # the store is usable after the crash
        store.set_extra("k9", "after", True)
        assert store.get_assessment("k9").extra["after"] is True
