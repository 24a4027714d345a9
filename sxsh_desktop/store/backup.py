"""Backups of a SQLite store and an integrity check.

A backup is a consistent copy made with SQLite's online backup API (safe while the app writes),
named `sxsh-YYYYmmdd-HHMMSS.db` (local time) in the backups folder next to the database, readable
by its owner only. The newest `keep` backups are kept. Server databases (PostgreSQL) are backed up
by their administrator.
"""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from .errors import StoreError

if TYPE_CHECKING:  # pragma: no cover
    from .operations import Store

DEFAULT_KEEP = 10
AUTO_BACKUP_AGE_SECONDS = 24 * 3600
PREFIX = "sxsh-"


def _sqlite_paths(store: Store) -> tuple[Path, Path]:
    if store.sqlite_path is None or store.backup_dir is None:
        raise StoreError(
            "Backups of a server database are the job of the server's administrator; "
            "the app backs up only its own SQLite file."
        )
    return store.sqlite_path, store.backup_dir


def list_backups(store: Store) -> list[Path]:
    """The backups of this store, oldest first."""
    _, folder = _sqlite_paths(store)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{PREFIX}*.db") if p.is_file())


def backup_now(store: Store, *, keep: int = DEFAULT_KEEP, label: str = "") -> Path:
    """Copy the database into the backups folder now; returns the new file."""
    db, folder = _sqlite_paths(store)
    folder.mkdir(parents=True, mode=0o700, exist_ok=True)
    stem = PREFIX + datetime.now().strftime("%Y%m%d-%H%M%S") + (f"-{label}" if label else "")
    target, n = folder / f"{stem}.db", 1
    while True:  # the .partial is made exclusively: two processes opening the store at once get two names
        partial = target.with_name(target.name + ".partial")
        if not target.exists():
            try:
                fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
                break
            except FileExistsError:
                pass
        target, n = folder / f"{stem}-{n}.db", n + 1
    os.close(fd)
    try:
        src = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dst.close()
            src.close()
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    rotate(store, keep)
    return target


def rotate(store: Store, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete all but the newest `keep` backups; returns the deleted files."""
    backups = list_backups(store)
    old = backups[:-keep] if keep > 0 else backups
    for p in old:
        p.unlink(missing_ok=True)
    return old


def backup_if_due(
    store: Store, *, max_age_seconds: float = AUTO_BACKUP_AGE_SECONDS, keep: int = DEFAULT_KEEP
) -> Path | None:
    """Back up when the newest backup is older than `max_age_seconds` (a day) or there is none."""
    backups = list_backups(store)
    newest = max((p.stat().st_mtime for p in backups), default=None)
    if newest is not None and time.time() - newest < max_age_seconds:
        return None
    return backup_now(store, keep=keep)


def integrity_check(store: Store) -> list[str]:
    """Problems found in the database, in words; empty when all is well."""
    from .engine import head_revision

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
    except Exception as exc:  # noqa: BLE001 - any failure to read is a finding
        problems.append(f"the database cannot be read: {exc}")
    return problems
