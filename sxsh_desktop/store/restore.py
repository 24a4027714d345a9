"""Putting a backup back: the backup is checked, the current file is backed up first, then the
backup's pages replace the database's.

A readable database is overwritten through SQLite's backup API in one write transaction (a crash
part-way leaves the database as it was; other connections wait on its lock). A database too damaged
to be written that way is first copied aside byte for byte (with its -wal), then replaced by a
checked copy of the backup renamed over it. A backup from an older app is migrated after it is put
back, as any older database is when it is opened.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.message import Message
from .backup import (
    BackupInfo,
    BackupWriteError,
    DamagedStoreError,
    _claim,
    _write_record,
    backup_file,
    check_file,
    file_revision,
)
from .errors import StoreError


@dataclass(frozen=True)
class Restored:
    database: Path
    backup: Path
    before: Path  # the copy of the database as it was before the restore
    before_damaged: bool  # that copy failed its integrity check (kept for the record, never offered)


def _check_backup(backup: Path) -> None:
    from .revisions import known_revisions

    if not backup.is_file():
        raise StoreError(Message("restore.no_file", {"path": str(backup)}))
    problems = check_file(backup)
    if problems:
        raise StoreError(Message("restore.damaged", {"path": str(backup), "problem": problems[0]}))
    revision = file_revision(backup)
    if revision is None:
        raise StoreError(Message("restore.not_ours", {"path": str(backup)}))
    if revision not in known_revisions():
        raise StoreError(Message("restore.newer_app", {"path": str(backup), "revision": revision}))


def _copy_aside(db: Path, folder: Path) -> Path:
    """A byte-for-byte copy of a damaged database (and its -wal), recorded as damaged."""
    folder.mkdir(parents=True, mode=0o700, exist_ok=True)
    made = time.time()
    try:
        target, partial = _claim(
            folder, f"sxsh-{datetime.fromtimestamp(made).strftime('%Y%m%d-%H%M%S')}-before-restore-damaged"
        )
        shutil.copyfile(db, partial)
        os.chmod(partial, 0o600)
        wal = db.with_name(db.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
            os.chmod(target.with_name(target.name + "-wal"), 0o600)
        os.replace(partial, target)
        _write_record(BackupInfo(target, made, False, None, None, target.stat().st_size))
    except OSError as exc:
        raise BackupWriteError(Message("restore.cannot_copy_aside", {"error": str(exc.strerror or exc)})) from exc
    return target


STEP_PAGES = 0  # all pages in one step; the destination's transaction commits only at the end either way


def _overwrite(backup: Path, db: Path, progress: Callable[[int, int, int], object] | None = None) -> None:
    """The backup's pages into the live database, in one write transaction."""
    src = sqlite3.connect(f"{backup.absolute().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(db, timeout=5)
    try:
        src.backup(dst, pages=STEP_PAGES, progress=progress)
        dst.execute("PRAGMA journal_mode=WAL")
    finally:
        dst.close()
        src.close()


def _replace(backup: Path, db: Path) -> None:
    """A checked copy of the backup renamed over a database that cannot be written page by page."""
    partial = db.with_name(db.name + ".restore-partial")
    shutil.copyfile(backup, partial)
    os.chmod(partial, 0o600)
    with partial.open("rb+") as fh:
        os.fsync(fh.fileno())
    if check_file(partial):
        partial.unlink(missing_ok=True)
        raise StoreError(Message("restore.not_whole", {"path": str(backup)}))
    for suffix in ("-wal", "-shm"):  # frames of the damaged file must not be replayed into the backup
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    os.replace(partial, db)


def restore_backup(
    db: Path,
    backup: Path,
    backup_dir: Path | None = None,
    progress: Callable[[int, int, int], object] | None = None,
) -> Restored:
    """Put `backup` back as the database `db`, backing up the current file first."""
    from .engine import open_store

    db, backup = Path(db).absolute(), Path(backup).absolute()
    folder = Path(backup_dir) if backup_dir is not None else db.parent / "backups"
    _check_backup(backup)
    if db.exists() and backup.samefile(db):
        raise StoreError(Message("restore.is_database", {"path": str(backup)}))
    damaged = False
    if db.exists() and db.stat().st_size > 0:
        try:
            before = backup_file(db, folder, label="before-restore", rotate_after=False)
        except DamagedStoreError:
            before, damaged = _copy_aside(db, folder), True
    else:
        before, damaged = db, False
    db.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
    if damaged or not db.exists():
        _replace(backup, db)
    else:
        try:
            _overwrite(backup, db, progress)
        except sqlite3.DatabaseError:
            _replace(backup, db)
    store = open_store(db, backup_dir=folder, auto_backup=False)  # migrates a backup of an older app
    store.close()
    return Restored(db, backup, before, damaged)
