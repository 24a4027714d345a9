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


BACKUP_CHILD = textwrap.dedent("""
    import sys, time
    from sxsh_desktop.store import backup, open_store

    backup.STEP_PAGES = 1
    store = open_store(sys.argv[1], auto_backup=False)

    def progress(status, remaining, total):
        print(remaining, flush=True)
        time.sleep(0.02)

    backup.backup_now(store, progress=progress)
    print("done", flush=True)
""")

RESTORE_CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from sxsh_desktop.store import restore

    restore.STEP_PAGES = 1

    def progress(status, remaining, total):
        print(remaining, flush=True)
        time.sleep(0.02)

    restore.restore_backup(Path(sys.argv[1]), Path(sys.argv[2]), progress=progress)
    print("done", flush=True)
""")


def _kill_after(args: list[str], lines: int, env: dict) -> list[str]:
    child = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE, text=True, env=env)
    seen: list[str] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            seen.append(line.strip())
            if len(seen) >= lines:
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    return seen


def _sample_store(tmp_path):
    from sxsh_desktop.services.documents import load_sample

    db = tmp_path / "sxsh.db"
    with open_store(sqlite_url(db), auto_backup=False) as store:
        load_sample(store)
    return db


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("after", [2, 9])
def test_sigkill_during_a_backup_leaves_the_store_and_the_good_backups(tmp_path, after):
    from sxsh_desktop.store.backup import backup_now, backups, list_backups

    db = _sample_store(tmp_path)
    with open_store(db, auto_backup=False) as store:
        first = backup_now(store)
    env = dict(os.environ, SXSH_DATA_DIR=str(tmp_path))
    seen = _kill_after([BACKUP_CHILD, str(db)], after, env)
    assert "done" not in seen
    with open_store(db, auto_backup=False) as store:
        assert integrity_check(store) == []
        assert [b.path for b in backups(store)] == [first]  # the half-made copy never counts
        assert len(store.list_assessments()) == 1
        again = backup_now(store)
        assert list_backups(store) == [first, again]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("after", [3, 12])
def test_sigkill_during_a_restore_leaves_the_old_or_the_restored_store(tmp_path, after):
    from sxsh_desktop.store.backup import backup_now

    db = _sample_store(tmp_path)
    with open_store(db, auto_backup=False) as store:
        good = backup_now(store)
        (a,) = store.list_assessments()
        store.delete_assessment(a.id)
    env = dict(os.environ, SXSH_DATA_DIR=str(tmp_path))
    seen = _kill_after([RESTORE_CHILD, str(db), str(good)], after, env)
    assert "done" not in seen
    with open_store(db, auto_backup=False) as store:
        assert integrity_check(store) == []
        assert [x.id for x in store.list_assessments()] in ([], [a.id])  # old or restored, never a mix
    from sxsh_desktop.store.restore import restore_backup

    restore_backup(db, good)  # and a restore after the crash works
    with open_store(db, auto_backup=False) as store:
        assert [x.id for x in store.list_assessments()] == [a.id]


BATCH_CHILD = textwrap.dedent("""
    import sys, time
    from sxsh_desktop.domain.model import Flow
    from sxsh_desktop.domain.quantities import Quantity
    from sxsh_desktop.store import open_store
    from sxsh_desktop.store.operations import Operation, Store

    pause_in = int(sys.argv[2])  # the batch in which to stop half-way (-1: none)
    store = open_store(sys.argv[1], auto_backup=False)
    add_flow = Store.add_flow

    def add_then_maybe_wait(self, *args):
        change = add_flow(self, *args)
        if args[2].id == f"B{pause_in}-10":
            print("inside", pause_in, flush=True)
            time.sleep(120)
        return change

    Store.add_flow = add_then_maybe_wait
    for n in range(10_000):
        ops = [
            Operation("add_flow", ("k9", "S1", Flow(f"B{n}-{j}", "input", "water", f"nước {n}.{j}", Quantity(j, "m3"))))
            for j in range(20)
        ]
        store.apply_batch(ops)
        print("committed", n, flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("pause_in", [3, -1])
def test_sigkill_mid_batch_leaves_all_of_each_batch_or_none(tmp_path, pause_in):
    """Killed half-way through a batch of 20 added flows (held after the 11th), or wherever it is after
    five batches: every batch is in the store whole or not at all."""
    url = sqlite_url(tmp_path / "sxsh.db")
    with open_store(url, auto_backup=False) as store:
        store.add_assessment(
            Assessment(
                id="k9", product=Product("bia", "hL"), process_steps=[ProcessStep("S1", "Nấu", 1, Quantity(1, "hL"))]
            )
        )
    env = dict(os.environ, SXSH_DATA_DIR=str(tmp_path))
    seen = _kill_after([BATCH_CHILD, url, str(pause_in)], 4 if pause_in >= 0 else 5, env)
    if pause_in >= 0:
        assert seen == ["committed 0", "committed 1", "committed 2", "inside 3"]
    committed = {int(x.split()[1]) for x in seen if x.startswith("committed")}
    with open_store(url, auto_backup=False) as store:
        assert integrity_check(store) == []
        flows = [f.id for f in store.get_assessment("k9").step("S1").flows]
        batches = sorted({int(f[1:].split("-")[0]) for f in flows})
        for n in batches:
            assert [f for f in flows if f.startswith(f"B{n}-")] == [f"B{n}-{j}" for j in range(20)]
        assert committed <= set(batches) <= committed | {max(committed) + 1}
        if pause_in >= 0:
            assert batches == [0, 1, 2]  # the batch held half-way left nothing
