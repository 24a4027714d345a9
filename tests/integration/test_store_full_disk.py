"""A full disk: the daily backup is skipped with one line of warning, and reading, checking, the
savings and an export to another disk still work; `sxsh backup` says why in one line.

The full disk is a tiny tmpfs (needs root to mount; skipped otherwise), filled to the last byte."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store import open_store

SAMPLE_ID = "6f1c2a4e-8b3d-4c7a-9e12-5d0b7f3a9c01"


def sxsh(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, SXSH_DATA_DIR=str(db.parent))
    return subprocess.run(
        [sys.executable, "-m", "sxsh_desktop", *args, "--db", f"sqlite:///{db}"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture
def full_disk(tmp_path):
    """A folder on a 1 MB tmpfs, then filled."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount)], capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode(errors='replace')[:200]}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def fill(folder: Path) -> None:
    for name, chunk in (("filler", 4096), ("filler-small", 1)):
        fd = os.open(folder / name, os.O_CREAT | os.O_WRONLY, 0o600)
        try:
            while True:
                os.write(fd, b"\0" * chunk)
        except OSError:
            pass
        finally:
            os.close(fd)


def one_line(stderr: str) -> bool:
    lines = stderr.strip().splitlines()
    return len(lines) == 1 and "Traceback" not in stderr


def test_a_full_backup_disk_skips_the_backup_and_reading_goes_on(full_disk, tmp_path):
    db = tmp_path / "data" / "sxsh.db"
    with open_store(db, auto_backup=False) as s:
        load_sample(s)
    (db.parent / "backups").symlink_to(full_disk, target_is_directory=True)
    fill(full_disk)
    for args in (
        ["list"],
        ["check"],
        ["savings", SAMPLE_ID, "--lang", "en"],
        ["export-json", SAMPLE_ID, "-o", str(tmp_path / "out.json")],
    ):
        r = sxsh(*args, db=db)
        assert r.returncode == 0, (args, r.stderr)
        assert "Traceback" not in r.stderr
    assert (tmp_path / "out.json").stat().st_size > 1000
    r = sxsh("list", db=db)
    assert "warning: the daily backup was skipped" in r.stderr and one_line(r.stderr)
    r = sxsh("backup", db=db)
    assert r.returncode == 1 and one_line(r.stderr) and "no backup was made" in r.stderr
    assert not [p for p in full_disk.iterdir() if not p.name.startswith("filler")]


def test_a_full_disk_under_the_database_itself(full_disk, tmp_path):
    db = full_disk / "sxsh.db"
    with open_store(db, auto_backup=False) as s:
        load_sample(s)
    fill(full_disk)
    for args in (
        ["list"],
        ["savings", SAMPLE_ID, "--json"],
        ["export-json", SAMPLE_ID, "-o", str(tmp_path / "out.json")],
    ):
        r = sxsh(*args, db=db)
        assert r.returncode == 0, (args, r.stderr)
        assert "Traceback" not in r.stderr
    r = sxsh("sample", db=db)  # a write: one line, nothing lost
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) <= 2
    (full_disk / "filler").unlink()
    r = sxsh("check", db=db)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr
