"""Backups of a SQLite store: made, checked, thinned by age.

A backup is a consistent copy made with SQLite's online backup API (safe while the app writes),
named `sxsh-YYYYmmdd-HHMMSS.db` (local time, for people) in the backups folder next to the database,
readable by its owner only. Beside each one a small record, `<name>.db.json`, says when it was made
(UTC, from the clock at that moment, not from the name), its schema revision, size and SHA-256, and
that `PRAGMA integrity_check` passed on the copy. Only a copy that passed counts as a backup: a
damaged store is never copied over good backups (DamagedStoreError, naming the newest good one).

Rotation thins the good backups by age, as Anki does: every backup of today (at most RECENT), then
one a day for DAILY days, one a week for WEEKLY weeks, one a month for MONTHLY months. Backups dated
in the future (a clock set wrong, then put right) are taken as made now but rank below the genuine
ones; the newest good backup is never deleted. Server databases (PostgreSQL) are backed up by their
administrator.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from ..domain.message import Message, free_text
from .errors import StoreError

if TYPE_CHECKING:  # pragma: no cover
    from .operations import Store

AUTO_BACKUP_AGE_SECONDS = 24 * 3600
PREFIX = "sxsh-"
RECORD_SUFFIX = ".json"
RECENT, DAILY, WEEKLY, MONTHLY = 12, 12, 10, 9  # Anki's defaults for daily, weekly and monthly
FUTURE_SLACK_SECONDS = 300  # a backup "made" later than this after now was made under a wrong clock
STALE_PARTIAL_SECONDS = 3600  # a .partial this old was left by a process that died mid-backup
STEP_PAGES = 1024  # pages copied per step of the online backup (writers get a turn between steps)


def _clock() -> float:
    return time.time()


class DamagedStoreError(StoreError):
    """The store failed its integrity check while being backed up; no backup was made."""

    def __init__(self, problems: Sequence[Message | str], newest_good: BackupInfo | None):
        self.problems = [p if isinstance(p, Message) else free_text(p) for p in problems]
        self.newest_good = newest_good
        first = self.problems[0] if self.problems else "damaged"
        if newest_good is not None:
            offer = Message("backup.offer", {"path": str(newest_good.path), "made": newest_good.made_local})
        else:
            offer = Message("backup.no_offer")
        super().__init__(Message("backup.damaged", {"problem": first, "offer": offer}))


class BackupWriteError(StoreError):
    """The backup could not be written (disk full, folder read-only…); the store itself is untouched."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: float  # seconds since the epoch, from the clock when the backup was made
    good: bool | None  # passed the integrity check; None: not checked yet (a backup of an older app)
    revision: str | None = None
    sha256: str | None = None
    size: int | None = None

    @property
    def made_local(self) -> str:
        return datetime.fromtimestamp(self.made_at).strftime("%Y-%m-%d %H:%M")

    @property
    def record(self) -> Path:
        return record_path(self.path)


def record_path(backup: Path) -> Path:
    return backup.with_name(backup.name + RECORD_SUFFIX)


def _sqlite_paths(store: Store) -> tuple[Path, Path]:
    if store.sqlite_path is None or store.backup_dir is None:
        raise StoreError(Message("backup.server"))
    return store.sqlite_path, store.backup_dir


# -- checking a file ------------------------------------------------------------------------------


def check_file(path: Path) -> list[Message]:
    """Problems of a SQLite file (integrity check, foreign keys), read only; empty when whole. SQLite's
    own words are kept as it wrote them."""
    try:
        con = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [Message("file.cannot_open", {"error": str(exc)})]
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
        problems = [Message("file.integrity", {"detail": r}) for r in rows if r != "ok"]
        if not problems:
            for table, rowid, parent, _ in con.execute("PRAGMA foreign_key_check").fetchall():
                problems.append(Message("file.dangling", {"table": table, "rowid": rowid, "parent": parent}))
        return problems
    except sqlite3.Error as exc:
        return [Message("file.cannot_read", {"error": str(exc)})]
    finally:
        con.close()


def file_revision(path: Path) -> str | None:
    """The Alembic revision recorded in a SQLite file (None when it has none)."""
    try:
        con = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        con.close()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# -- the records beside the backups ----------------------------------------------------------------


def _read_record(backup: Path) -> BackupInfo | None:
    try:
        raw = json.loads(record_path(backup).read_text(encoding="utf-8"))
        made = float(raw["made_at_epoch"])
        if made != made or made in (float("inf"), float("-inf")):
            return None
        return BackupInfo(
            backup,
            made,
            bool(raw.get("integrity") == "ok"),
            raw.get("revision"),
            raw.get("sha256"),
            raw.get("size"),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_record(info: BackupInfo) -> None:
    record = {
        "made_at": datetime.fromtimestamp(info.made_at, UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "made_at_epoch": info.made_at,
        "integrity": "ok" if info.good else ("damaged" if info.good is False else "unchecked"),
        "revision": info.revision,
        "size": info.size,
        "sha256": info.sha256,
    }
    target = info.record
    partial = target.with_name(target.name + ".partial")
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        os.write(fd, json.dumps(record, indent=1).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(partial, target)


def _adopt(backup: Path) -> BackupInfo:
    """A backup without a record (made by an older app): checked once, dated by its file's time."""
    problems = check_file(backup)
    info = BackupInfo(backup, backup.stat().st_mtime, not problems, file_revision(backup), size=backup.stat().st_size)
    with contextlib.suppress(OSError):  # a full disk: checked again next time
        _write_record(info)
    return info


def backups(store: Store) -> list[BackupInfo]:
    """The backups of this store, oldest first by the time they were made."""
    _, folder = _sqlite_paths(store)
    return backups_in(folder)


def backups_in(folder: Path) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
    found = []
    for p in folder.glob(f"{PREFIX}*.db"):
        if not p.is_file():
            continue
        info = _read_record(p)
        found.append(info if info is not None else _adopt(p))
    return sorted(found, key=lambda b: (b.made_at, b.path.name))


def list_backups(store: Store) -> list[Path]:
    """The good backups of this store (passed their integrity check), oldest first."""
    return [b.path for b in backups(store) if b.good]


def newest_good(store_or_folder: Store | Path) -> BackupInfo | None:
    """The good backup made last (not counting backups dated in the future), or None."""
    folder = store_or_folder if isinstance(store_or_folder, Path) else _sqlite_paths(store_or_folder)[1]
    good = [b for b in backups_in(folder) if b.good]
    if not good:
        return None
    now = _clock()
    return max(good, key=lambda b: (b.made_at <= now + FUTURE_SLACK_SECONDS, min(b.made_at, now), b.made_at))


# -- making ---------------------------------------------------------------------------------------


def _claim(folder: Path, stem: str) -> tuple[Path, Path]:
    """A free name and its .partial, made exclusively (two processes at once get two names)."""
    target, n = folder / f"{stem}.db", 1
    while True:
        partial = target.with_name(target.name + ".partial")
        if not target.exists():
            try:
                os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
                return target, partial
            except FileExistsError:
                pass
        target, n = folder / f"{stem}-{n}.db", n + 1


def _is_damage(exc: sqlite3.Error) -> bool:
    words = str(exc).lower()
    return any(w in words for w in ("malformed", "not a database", "corrupt"))


def backup_now(
    store: Store,
    *,
    label: str = "",
    progress: Callable[[int, int, int], object] | None = None,
    rotate_after: bool = True,
) -> Path:
    """Copy the database into the backups folder now, check the copy, and thin the old ones.

    Returns the new file. Raises DamagedStoreError when the copy fails its integrity check (the copy
    is deleted, the good backups are kept) and BackupWriteError when it cannot be written.
    """
    db, folder = _sqlite_paths(store)
    return backup_file(db, folder, label=label, progress=progress, rotate_after=rotate_after)


def backup_file(
    db: Path,
    folder: Path,
    *,
    label: str = "",
    progress: Callable[[int, int, int], object] | None = None,
    rotate_after: bool = True,
) -> Path:
    try:
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        made_at = _clock()
        stem = PREFIX + datetime.fromtimestamp(made_at).strftime("%Y%m%d-%H%M%S") + (f"-{label}" if label else "")
        target, partial = _claim(folder, stem)
    except OSError as exc:
        raise BackupWriteError(
            Message("backup.folder_not_writable", {"folder": str(folder), "error": str(exc.strerror or exc)})
        ) from exc
    try:
        try:
            _copy_database(db, partial, progress)
        except sqlite3.DatabaseError as exc:
            if _is_damage(exc):
                raise DamagedStoreError(
                    [Message("file.cannot_read", {"error": str(exc)})], newest_good(folder)
                ) from exc
            raise BackupWriteError(Message("backup.copy_failed", {"error": str(exc)})) from exc
        problems = check_file(partial)
        if problems:
            raise DamagedStoreError(problems, newest_good(folder))
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(partial, 0o600)
        size = partial.stat().st_size
        info = BackupInfo(target, made_at, True, file_revision(partial), _sha256(partial), size)
        _write_record(info)
        os.replace(partial, target)
        _fsync_folder(folder)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        record_path(target).unlink(missing_ok=True)
        said = {"folder": str(folder), "error": str(exc.strerror or exc)}
        raise BackupWriteError(Message("backup.folder_not_writable_kept", said)) from exc
    except BaseException:  # even an interrupt: clean up, then re-raise it
        partial.unlink(missing_ok=True)
        if not target.exists():
            record_path(target).unlink(missing_ok=True)
        raise
    if rotate_after:
        with contextlib.suppress(OSError):
            rotate(store_folder=folder, keep_path=target)
    return target


def _copy_database(db: Path, partial: Path, progress: Callable[[int, int, int], object] | None) -> None:
    src = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst, pages=STEP_PAGES, progress=progress)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        dst.close()
        src.close()


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- thinning -------------------------------------------------------------------------------------


def thin(infos: list[BackupInfo], now: float | None = None) -> list[BackupInfo]:
    """The good backups to delete: all but today's (at most RECENT), one a day for DAILY days, one a
    week for WEEKLY weeks and one a month for MONTHLY months; never the newest good one."""
    now = _clock() if now is None else now
    good = [b for b in infos if b.good]

    def rank(b: BackupInfo) -> tuple[float, bool, float]:
        return (min(b.made_at, now), b.made_at <= now + FUTURE_SLACK_SECONDS, b.made_at)

    ordered = sorted(good, key=rank, reverse=True)
    today = datetime.fromtimestamp(now).date()
    days: set[object] = set()
    weeks: set[object] = set()
    months: set[object] = set()
    counts = {"recent": 0, "daily": 0, "weekly": 0, "monthly": 0}
    doomed = []
    for i, b in enumerate(ordered):
        day = datetime.fromtimestamp(min(b.made_at, now)).date()
        week, month = tuple(day.isocalendar())[:2], (day.year, day.month)
        if i == 0 or (day == today and counts["recent"] < RECENT):
            kind = "recent"
        elif day not in days and counts["daily"] < DAILY:
            kind = "daily"
        elif week not in weeks and counts["weekly"] < WEEKLY:
            kind = "weekly"
        elif month not in months and counts["monthly"] < MONTHLY:
            kind = "monthly"
        else:
            doomed.append(b)
            continue
        counts[kind] += 1
        days.add(day)
        weeks.add(week)
        months.add(month)
    return doomed


def rotate(
    store: Store | None = None, *, store_folder: Path | None = None, keep_path: Path | None = None
) -> list[Path]:
    """Delete the backups thinned out by age (and stale .partial files); returns the deleted files."""
    folder = store_folder if store_folder is not None else _sqlite_paths(store)[1]  # type: ignore[arg-type]
    now = _clock()
    for stale in folder.glob(f"{PREFIX}*.partial"):
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > STALE_PARTIAL_SECONDS:
                stale.unlink()
    deleted = []
    for b in thin(backups_in(folder), now):
        if b.path == keep_path:
            continue
        b.path.unlink(missing_ok=True)
        b.record.unlink(missing_ok=True)
        deleted.append(b.path)
    return deleted


def backup_if_due(store: Store, *, max_age_seconds: float = AUTO_BACKUP_AGE_SECONDS) -> Path | None:
    """Back up when no good backup was made in the last `max_age_seconds` (a day). Backups dated in
    the future do not count: their clock was wrong."""
    now = _clock()
    recent = [b for b in backups(store) if b.good and now - max_age_seconds < b.made_at <= now + FUTURE_SLACK_SECONDS]
    if recent:
        return None
    return backup_now(store)


# -- the live database ----------------------------------------------------------------------------


def integrity_check(store: Store) -> list[str]:
    """Problems found in the database, in words; empty when all is well."""
    from .revisions import head_revision

    problems: list[str] = []
    try:
        with store.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
                problems += [f"integrity: {r}" for r in rows if r != "ok"]
                for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                    problems.append(f"{table} row {rowid} points at a missing {parent} row")
            else:
                conn.execute(text("SELECT 1"))
            versions = [r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))]
            if versions != [head_revision()]:
                problems.append(f"the schema is at revision {', '.join(versions) or 'none'}, not {head_revision()}")
    except Exception as exc:  # any failure to read is a finding
        from .words import database_error_in_words

        problems.append(f"the database cannot be read: {database_error_in_words(exc)}")
    return problems
