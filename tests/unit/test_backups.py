"""Backups worth having: checked before they count, never made of a damaged store, thinned by the
time they were made (as Anki does) and never down to none; restore puts one back after backing up
the current file; a backup that cannot be written is skipped and the store still reads."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from datetime import datetime
from pathlib import Path

import pytest

from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store import backup, open_store
from sxsh_desktop.store.backup import BackupInfo, DamagedStoreError, backup_now, backups, thin
from sxsh_desktop.store.engine import sqlite_url
from sxsh_desktop.store.restore import restore_backup

DAY = 86400.0


class Clock:
    def __init__(self, now: float):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    c = Clock(datetime.now().replace(hour=9, minute=0, second=0, microsecond=0).timestamp())
    monkeypatch.setattr(backup, "_clock", c)
    return c


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "data" / "sxsh.db"
    with open_store(sqlite_url(path), auto_backup=False) as s:
        load_sample(s)
    return path


def checkpoint(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def damage_a_page(db: Path, table: str = "flow") -> None:
    """Overwrite the root page of a table with junk, as a failing disk would."""
    checkpoint(db)
    con = sqlite3.connect(db)
    page = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    with db.open("r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(b"\xa5" * size)


def digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def sample_count(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM assessment").fetchone()[0]
    finally:
        con.close()


# -- checked, never over good ones -----------------------------------------------------------------


def test_each_backup_is_checked_and_recorded_with_the_time_it_was_made(db, clock):
    with open_store(db, auto_backup=False) as s:
        path = backup_now(s)
        (info,) = backups(s)
    record = json.loads(path.with_name(path.name + ".json").read_text())
    assert record["integrity"] == "ok" and record["made_at_epoch"] == clock.now
    assert record["sha256"] == digest(path) and record["revision"]
    assert info.good and info.path == path
    assert not list(path.parent.glob("*.partial"))


def test_a_damaged_store_is_never_backed_up_over_good_backups(db, clock):
    with open_store(db, auto_backup=False) as s:
        for _ in range(10):
            backup_now(s)
            clock.now += 3600
    folder = db.parent / "backups"
    before = {p.name: digest(p) for p in folder.glob("*.db")}
    assert len(before) == 10
    damage_a_page(db)
    for _day in range(10):  # `sxsh list` once a day for ten days
        clock.now += DAY
        s = open_store(db)
        try:
            assert isinstance(s.damage, DamagedStoreError)
            warning = str(s.warnings[0])  # the CLI's line
            assert "damaged" in warning and "sxsh restore" in warning
            assert str(s.damage.newest_good.path) in warning
            assert s.warnings[0] == s.damage.said
        finally:
            s.close()
        with open_store(db, auto_backup=False) as s2, pytest.raises(DamagedStoreError):
            backup_now(s2)  # `sxsh backup` too
    assert {p.name: digest(p) for p in folder.glob("*.db")} == before


def test_the_copy_is_what_is_checked(db, clock, monkeypatch):
    """A store that reads but whose copy fails the check (damage found only by the check) is refused."""
    real = backup.check_file
    monkeypatch.setattr(
        backup, "check_file", lambda p: ["integrity: page 7 is never used"] if "partial" in str(p) else real(p)
    )
    with open_store(db, auto_backup=False) as s, pytest.raises(DamagedStoreError, match="page 7"):
        backup_now(s)
    assert not list((db.parent / "backups").glob("*.db*"))


# -- thinning by age ---------------------------------------------------------------------------------


def infos(times: list[float]) -> list[BackupInfo]:
    return [BackupInfo(Path(f"/b/sxsh-{i}.db"), t, True) for i, t in enumerate(times)]


def test_rotation_thins_by_age_as_anki_does():
    now = datetime(2026, 12, 1, 12, 0).timestamp()
    times = [now - i * DAY for i in range(0, 800)] + [now - 60 * k for k in range(1, 30)]  # two years daily, many today
    doomed = {b.path for b in thin(infos(times), now)}
    kept = sorted((b for b in infos(times) if b.path not in doomed), key=lambda b: -b.made_at)
    assert kept[0].made_at == now
    today = [b for b in kept if now - b.made_at < 12 * 3600]
    assert len(today) == backup.RECENT
    older = [b for b in kept if now - b.made_at >= 12 * 3600]
    days = [b for b in older if now - b.made_at <= backup.DAILY * DAY]
    assert len(days) == backup.DAILY
    assert len(kept) == backup.RECENT + backup.DAILY + backup.WEEKLY + backup.MONTHLY
    assert now - kept[-1].made_at > 200 * DAY  # the monthly ones reach back months


def test_thinning_never_deletes_the_last_good_one_and_ignores_damaged_ones():
    now = time.time()
    lone = [BackupInfo(Path("/b/old.db"), now - 3 * 365 * DAY, True), BackupInfo(Path("/b/bad.db"), now, False)]
    assert thin(lone, now) == []


def test_future_named_backups_do_not_break_rotation(db, clock):
    real_now = clock.now
    clock.now = real_now + 365 * DAY  # the laptop's clock a year ahead
    with open_store(db, auto_backup=False) as s:
        future = [backup_now(s) for _ in range(3)]
        for _i in range(20):
            clock.now += DAY
            future.append(backup_now(s))
    clock.now = real_now  # the clock put right
    with open_store(db) as s:  # the daily backup is due: future ones do not count
        made = [b for b in backups(s) if b.made_at == real_now]
        assert len(made) == 1 and made[0].path.exists()
        newest = backup_now(s)
        assert newest.exists()
        assert backup.newest_good(s).path == newest
    with open_store(db, auto_backup=False) as s:
        assert newest in [b.path for b in backups(s)]


def test_a_backup_of_an_older_app_is_adopted(db, clock):
    folder = db.parent / "backups"
    folder.mkdir()
    checkpoint(db)
    legacy = folder / "sxsh-20200101-000000.db"
    legacy.write_bytes(db.read_bytes())
    with open_store(db, auto_backup=False) as s:
        (info,) = backups(s)
    assert info.good and info.made_at == pytest.approx(legacy.stat().st_mtime)
    assert legacy.with_name(legacy.name + ".json").exists()


# -- a disk that cannot take the backup -------------------------------------------------------------


def test_a_full_disk_skips_the_backup_and_the_store_still_reads(db, clock, monkeypatch):
    def full(*_a, **_k):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy_database", full)
    with open_store(db) as s:
        assert s.damage is None
        (warning,) = s.warnings
        assert str(warning) == (  # the line the CLI prints
            "the daily backup was skipped: no backup was made (database or disk is full); "
            "the database itself was not changed"
        )
        assert warning.text("vi") == (  # the window's status bar (SQLite's own words quoted)
            "đã bỏ qua bản sao lưu hằng ngày: chưa tạo được bản sao lưu (database or disk is full); "
            "cơ sở dữ liệu không bị thay đổi"
        )
        assert [a.id for a in s.list_assessments()]
    assert not list((db.parent / "backups").glob("*.partial"))


# -- restoring -------------------------------------------------------------------------------------


def test_restore_puts_a_backup_back_after_backing_up_the_current_file(db, clock):
    with open_store(db, auto_backup=False) as s:
        good = backup_now(s)
        (a,) = s.list_assessments()
        s.delete_assessment(a.id)
    clock.now += 60
    done = restore_backup(db, good)
    assert sample_count(db) == 1
    assert not done.before_damaged and sample_count(done.before) == 0  # the state before, kept
    with open_store(db, auto_backup=False) as s:
        assert [x.id for x in s.list_assessments()] == [a.id]
        assert done.before in [b.path for b in backups(s) if b.good]


def test_restore_over_a_damaged_store(db, clock):
    with open_store(db, auto_backup=False) as s:
        good = backup_now(s)
    damage_a_page(db, "assessment")
    clock.now += 60
    done = restore_backup(db, good)
    assert done.before_damaged and done.before.exists()
    assert backup.check_file(db) == [] and sample_count(db) == 1
    with open_store(db) as s:
        assert s.damage is None
        assert done.before not in backup.list_backups(s)  # never offered as a good one


def test_a_damaged_backup_is_not_restored(db, clock, tmp_path):
    with open_store(db, auto_backup=False) as s:
        bad = backup_now(s)
    damage_a_page(bad, "assessment")
    before = digest(db)
    with pytest.raises(backup.StoreError, match="damaged"):
        restore_backup(db, bad)
    assert digest(db) == before
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(backup.StoreError):
        restore_backup(db, junk)
    assert digest(db) == before
