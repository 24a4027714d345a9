"""Opening a store: where the database lives, the engine with its SQLite settings, and Alembic
migrations run in code before the first use.

SQLite (the default, one laptop): the file is created readable by its owner only (0600), every
connection runs with WAL, synchronous=FULL, foreign keys on and a busy timeout, and transactions
are begun by SQLAlchemy (so DDL is transactional too). Any other SQLAlchemy URL is accepted
(`postgresql+psycopg://…` for a Sở sharing one database).

Before anything is written, the database's Alembic revision is read (read-only): a revision this
app does not know means a newer app made the file, and the file is refused untouched. An existing
SQLite file behind head is copied to the backups folder before it is migrated.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool, StaticPool

from ..config import data_dir
from ..domain.message import Message
from .errors import StoreError
from .revisions import MIGRATIONS_DIR as MIGRATIONS_DIR  # re-exported: callers read it from the engine
from .revisions import alembic_config, head_revision, known_revisions, shipped_head
from .revisions import script_directory as script_directory  # re-exported

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # pragma: no cover
    from .operations import Store

DB_FILE_NAME = "sxsh.db"
BUSY_TIMEOUT_MS = 5000
SCHEMA_LOCK_KEY = 0x5358_5348  # "SXSH": the advisory lock held while a server database's schema is made


# -- where ---------------------------------------------------------------------------------------


def default_database_path() -> Path:
    return data_dir() / DB_FILE_NAME


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path)}"


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL; None for other databases and in-memory SQLite."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        return None
    database = u.database or ""
    if database in ("", ":memory:") or database.startswith("file:") or "mode=memory" in str(u.query):
        return None
    return Path(database).expanduser().absolute()


# -- migrations ----------------------------------------------------------------------------------


def migrate(engine: Engine, target: str = "head") -> None:
    """Upgrade the database to `target` in one transaction.

    On SQLite, foreign keys are switched off for the migration (a table rebuilt by batch mode must
    not cascade deletes into its children) and checked before the commit.
    """
    from alembic import command

    if engine.dialect.name != "sqlite" or isinstance(engine.pool, StaticPool):
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), target)
        return
    migrator = _sqlite_engine(str(engine.url), foreign_keys=False)
    try:
        with migrator.begin() as conn:
            command.upgrade(alembic_config(conn), target)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                to = Message("store.newest_revision") if target == "head" else target
                raise StoreError(Message("store.migration_broken", {"target": to, "count": len(broken)}))
    finally:
        migrator.dispose()


def _refuse_unknown(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise StoreError(Message("store.newer_app", {"revision": revision}))


def _has_frames(path: Path) -> bool:
    """A -wal or -journal file that holds something (an empty one is left by a failed open)."""
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def sqlite_revision(path: Path) -> str | None:
    """The Alembic revision of a SQLite file, read without writing (None: an empty database).

    When no other connection has the file open (no -wal or -journal file beside it), the file is
    read as immutable, so that not even the -shm and -wal files of a WAL database are created.
    """
    busy = any(_has_frames(path.with_name(path.name + suffix)) for suffix in ("-wal", "-journal"))
    try:
        con = sqlite3.connect(f"{path.as_uri()}?{'mode=ro' if busy else 'immutable=1'}", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(Message("store.cannot_open", {"path": str(path), "error": str(exc)})) from exc
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise StoreError(Message("store.not_ours", {"path": str(path)}))
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise StoreError(Message("store.not_sqlite", {"path": str(path), "error": str(exc)})) from exc
    finally:
        con.close()


def database_revision(conn: Connection) -> str | None:
    """The Alembic revision of any database through a connection, read only."""
    insp = inspect(conn)
    tables = set(insp.get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables:
        raise StoreError(Message("store.not_ours_server"))
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


# -- engines -------------------------------------------------------------------------------------


def _sqlite_engine(url: str, *, foreign_keys: bool = True, memory: bool = False, read_only: bool = False) -> Engine:
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    if read_only:
        kwargs["connect_args"]["uri"] = True
    if memory:
        kwargs["poolclass"] = StaticPool
    elif not foreign_keys:
        kwargs["poolclass"] = NullPool
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _on_begin)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # writers take the write lock at BEGIN, so a busy database waits (busy_timeout) instead
        # of failing when a read transaction would later be upgraded
        immediate = conn.get_execution_options().get("sqlite_begin") == "immediate"
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def create_private_file(path: Path) -> None:
    """Create `path` readable and writable by its owner only (0600), or make it so if it exists."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def open_store(
    url: str | Path | None = None, *, backup_dir: Path | str | None = None, auto_backup: bool = True
) -> Store:
    """Open (create, migrate) the store at `url` (an SQLAlchemy URL or a SQLite file path); the
    default is the user's SQLite database.

    Raises StoreError for a database made by a newer app or one that is not an SXSH database;
    such a database is not changed.
    """
    from . import backup
    from .operations import Store

    if url is None:
        url = sqlite_url(default_database_path())
    elif "://" not in str(url):  # a plain file path
        url = sqlite_url(Path(url).expanduser())
    url = str(url)
    path = sqlite_file(url)
    if make_url(url).get_backend_name() == "sqlite" and path is None:
        engine = _sqlite_engine(url, memory=True)
        migrate(engine)
        return Store(engine)
    if path is None:
        return _open_server(url)

    folder = Path(backup_dir) if backup_dir is not None else path.parent / "backups"
    wal = path.with_name(path.name + "-wal")
    existed = path.exists() and (path.stat().st_size > 0 or wal.exists())  # a crash may leave it all in -wal
    try:
        current = sqlite_revision(path) if existed else None
    except StoreError as exc:
        raise StoreError(_with_backup(exc.said, folder)) from exc
    if current is not None and current == shipped_head():  # the usual start: nothing to migrate
        create_private_file(path)
        store = Store(_sqlite_engine(sqlite_url(path)), sqlite_path=path, backup_dir=folder)
        if not _has_frames(wal) and not _readable(store):
            return _read_only(store, path, folder)
        if auto_backup:
            _daily_backup(store)
        return store
    _refuse_unknown(current)
    create_private_file(path)
    store = Store(_sqlite_engine(sqlite_url(path)), sqlite_path=path, backup_dir=folder)
    try:
        if current is not None and current != head_revision():
            backup.backup_now(store, label=f"before-{head_revision()}")
        migrate(store.engine)
        if existed and auto_backup:
            _daily_backup(store)
    except BaseException:  # even an interrupt: clean up, then re-raise it
        store.close()
        raise
    return store


def _readable(store: Store) -> bool:
    try:
        with store.engine.connect() as conn:
            conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
        return True
    except (SQLAlchemyError, OSError):  # the database cannot be read for writing: the caller opens it read-only
        log.info("the database cannot be read as it is opened; trying read-only", exc_info=True)
        return False


def _read_only(store: Store, path: Path, folder: Path) -> Store:
    """A store that cannot be opened for writing (a full disk: SQLite cannot make its -shm file)
    opened read-only, so that it can still be read, checked and exported."""
    from .operations import Store

    store.close()
    engine = _sqlite_engine(f"sqlite:///file:{path}?immutable=1&uri=true", read_only=True)
    ro = Store(engine, sqlite_path=path, backup_dir=folder)
    ro.read_only = True
    ro.warnings.append(Message("store.read_only_opened"))
    return ro


def _with_backup(said: Message, folder: Path) -> Message:
    """The refusal, and the newest good backup to restore when there is one."""
    from .backup import newest_good

    try:
        good = newest_good(folder)
    except OSError:
        return said
    if good is None:
        return said
    return Message("store.with_backup", {"problem": said, "path": str(good.path), "made": str(good.made_local)})


def offer_backup(folder: Path) -> str:
    """'; the newest good backup is … : sxsh restore …' or '' when there is none."""
    from .backup import newest_good

    try:
        good = newest_good(folder)
    except OSError:
        return ""
    if good is None:
        return ""
    return f"; the newest good backup is {good.path} (made {good.made_local}): sxsh restore {good.path}"


def _daily_backup(store: Store) -> None:
    """The backup made at most once a day when the store opens. A damaged store is not backed up
    (store.damage says so, with the newest good backup); a backup that cannot be written (a full
    disk) is skipped: reading and exporting go on, and store.warnings says why."""
    from . import backup

    try:
        backup.backup_if_due(store)
    except backup.DamagedStoreError as exc:
        store.damage = exc
        store.warnings.append(exc.said)
    except backup.BackupWriteError as exc:
        store.warnings.append(Message("store.daily_backup_skipped", {"problem": exc.said}))
    except OSError as exc:
        store.warnings.append(Message("store.daily_backup_skipped_os", {"error": str(exc.strerror or exc)}))


def _open_server(url: str) -> Store:
    from .operations import Store

    engine = create_engine(url, pool_pre_ping=True)
    try:
        with engine.connect() as lock:
            if engine.dialect.name == "postgresql":  # one process at a time creates or migrates the schema
                lock.exec_driver_sql(f"SELECT pg_advisory_lock({SCHEMA_LOCK_KEY})")
                lock.commit()
            try:
                with engine.connect() as conn:
                    current = database_revision(conn)
                    conn.rollback()
                _refuse_unknown(current)
                if current != shipped_head():
                    migrate(engine)
            finally:
                if engine.dialect.name == "postgresql":
                    lock.exec_driver_sql(f"SELECT pg_advisory_unlock({SCHEMA_LOCK_KEY})")
                    lock.commit()
    except BaseException:  # even an interrupt: clean up, then re-raise it
        engine.dispose()
        raise
    return Store(engine)
