"""Integration fixtures: a throw-away PostgreSQL cluster for the session, a fresh database per test,
and `db_url`, parametrised over SQLite and PostgreSQL for suites that must pass on both.

The cluster is made with Debian's server programs (initdb, pg_ctl; `.ci/run` installs `postgresql`),
listens on a free loopback port (and a private socket folder), trusts local connections, and is
stopped and deleted at the end of the session. Without the programs, PostgreSQL tests are skipped.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

PG_BIN_DIRS = [Path("/usr/lib/postgresql") / v / "bin" for v in ("17", "16", "15", "14", "13")]
_counter = itertools.count()


def _pg_program(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for d in PG_BIN_DIRS:
        if (d / name).exists():
            return str(d / name)
    return None


def _as_server_user(args: list[str]) -> list[str]:
    if os.geteuid() == 0:  # initdb refuses to run as root
        return ["runuser", "-u", "postgres", "--", *args]
    return args


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server():
    """(host, port, user) of a throw-away PostgreSQL cluster, or skip."""
    initdb, pg_ctl = _pg_program("initdb"), _pg_program("pg_ctl")
    if initdb is None or pg_ctl is None:
        pytest.skip("PostgreSQL server programs (initdb, pg_ctl) are not installed")
    # not under pytest's tmp folder: the server user must be able to reach it (and a socket path is short)
    root = Path(tempfile.mkdtemp(prefix="sxsh-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    data = root / "data"
    try:
        subprocess.run(_as_server_user([initdb, "-D", str(data), "-A", "trust", "-U", "sxsh", "-E", "UTF8",
                                        "--no-sync"]), check=True, capture_output=True)
        port = None
        for _ in range(3):  # a free port may be taken between the probe and the start
            port = _free_port()
            started = subprocess.run(
                _as_server_user([pg_ctl, "-D", str(data), "-o",
                                 f"-k {root} -c listen_addresses=127.0.0.1 -p {port} -c fsync=off "
                                 "-c max_connections=50", "-l", str(root / "log"), "-w", "start"]),
                capture_output=True)
            if started.returncode == 0:
                break
        else:
            log = (root / "log").read_text(errors="replace")[-2000:] if (root / "log").exists() else ""
            pytest.fail(f"the PostgreSQL test server did not start: {log}")
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"PostgreSQL test cluster could not be made: {exc.stderr.decode(errors='replace')[:300]}")
    try:
        yield ("127.0.0.1", port, "sxsh")
    finally:
        subprocess.run(_as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]),
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the session's PostgreSQL server."""
    from sqlalchemy import create_engine

    host, port, user = pg_server
    name = f"t{os.getpid()}_{next(_counter)}"
    admin = create_engine(f"postgresql+psycopg://{user}@{host}:{port}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://{user}@{host}:{port}/{name}"
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A new store's URL: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store' / 'sxsh.db'}"
    return request.getfixturevalue("pg_url")
