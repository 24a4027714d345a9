"""Every failure is one line on stderr, in words: never a traceback, never SQL, never a password.
Plus: four processes opening an empty PostgreSQL database at once all succeed (the schema is made
under an advisory lock), and `import-json --replace` does not go back to a lower revision unless
forced, after a backup."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sxsh_desktop.interchange.document import dumps
from sxsh_desktop.services.documents import sample_path

SAMPLE = json.loads(sample_path().read_text(encoding="utf-8"))


def sxsh(*args: str, db: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sxsh_desktop", *args, "--db", db],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=dict(os.environ),
    )


def one_line(r: subprocess.CompletedProcess, *secrets: str) -> str:
    assert r.returncode != 0, r.stdout
    assert "Traceback" not in r.stderr, r.stderr
    lines = [line for line in r.stderr.strip().splitlines() if not line.startswith("sxsh: warning:")]
    assert len(lines) == 1, r.stderr
    for bad in ("SQL", "INSERT", "SELECT", *secrets):
        assert bad not in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def sqlite_db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'store' / 'sxsh.db'}"


def doc_file(tmp_path, doc, name="d.json") -> str:
    p = tmp_path / name
    p.write_text(dumps(doc), encoding="utf-8")
    return str(p)


def test_hostile_documents_are_one_line(db_url, tmp_path):
    body = dumps(SAMPLE)
    cases = {
        "deep": body[:-2] + ', "deep": ' + "[" * 50_000 + "]" * 50_000 + "}\n",
        "huge": body[:-2] + ', "n": ' + "7" * 400 + "}\n",
        "surrogate": body.replace('"Nghệ An"', '"Nghệ \\ud800An"', 1),
        "nan": body.replace('"value": 1', '"value": NaN', 1),
        "unit": body.replace('"unit": "kWh"', '"unit": "kg*10**10**10"', 1),
    }
    for name, text in cases.items():
        p = tmp_path / f"{name}.json"
        p.write_text(text, encoding="utf-8")
        line = one_line(sxsh("import-json", str(p), db=db_url))
        assert line.startswith("sxsh: "), (name, line)
    r = sxsh("list", "--json", db=db_url)
    assert r.returncode == 0 and json.loads(r.stdout) == []


def test_postgres_connection_failures_are_one_line_without_the_password():
    for url in (
        "postgresql+psycopg://sxsh:s3cr3t-pw@127.0.0.1:1/sxsh",
        "postgresql+psycopg://sxsh:s3cr3t-pw@no-such-host.invalid:5432/sxsh",
    ):
        line = one_line(sxsh("list", db=url), "s3cr3t-pw")
        assert "database" in line


def test_a_missing_alembic_version_row_is_one_line(sqlite_db, tmp_path):
    r = sxsh("sample", db=sqlite_db)
    assert r.returncode == 0, r.stderr
    path = sqlite_db.removeprefix("sqlite:///")
    with sqlite3.connect(path) as con:
        con.execute("DELETE FROM alembic_version")
    line = one_line(sxsh("list", db=sqlite_db))
    assert "sxsh:" in line


def test_a_damaged_page_on_write_is_one_line(sqlite_db, tmp_path):
    assert sxsh("sample", db=sqlite_db).returncode == 0
    path = Path(sqlite_db.removeprefix("sqlite:///"))
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'assessment'").fetchone()[0]
    con.close()
    with path.open("r+b") as fh:
        fh.seek((page - 1) * 4096)
        fh.write(b"\x5a" * 4096)
    other = dict(SAMPLE, id="0b2f6f7e-1111-4222-8333-944445555669")
    line = one_line(sxsh("import-json", doc_file(tmp_path, other), db=sqlite_db))
    assert "damaged" in line or "database" in line


def test_replace_with_a_lower_revision_is_refused_unless_forced(db_url, tmp_path):
    five = dict(SAMPLE, revision=5)
    two = dict(SAMPLE, revision=2, facility=dict(SAMPLE["facility"], name="Bia cũ"))
    assert sxsh("import-json", doc_file(tmp_path, five, "five.json"), db=db_url).returncode == 0
    line = one_line(sxsh("import-json", doc_file(tmp_path, two, "two.json"), "--replace", db=db_url))
    assert "older" in line and "--force" in line
    listed = json.loads(sxsh("list", "--json", db=db_url).stdout)
    assert [row["revision"] for row in listed] == [5]
    r = sxsh("import-json", doc_file(tmp_path, two, "two.json"), "--replace", "--force", db=db_url)
    assert r.returncode == 0, r.stderr
    assert [row["revision"] for row in json.loads(sxsh("list", "--json", db=db_url).stdout)] == [2]
    if db_url.startswith("sqlite"):
        backups = list((Path(db_url.removeprefix("sqlite:///")).parent / "backups").glob("*before-replace*.db"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as con:
            assert con.execute("SELECT revision FROM assessment").fetchone()[0] == 5


@pytest.mark.postgres
def test_four_processes_opening_an_empty_postgres_database_at_once(pg_url):
    code = "import sys; from sxsh_desktop.store import open_store; s = open_store(sys.argv[1]); print(len(s.list_assessments())); s.close()"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", code, pg_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    results = [c.communicate(timeout=120) for c in children]
    assert [c.returncode for c in children] == [0, 0, 0, 0], [err[-500:] for _, err in results]
    assert [out.strip() for out, _ in results] == ["0"] * 4


@pytest.mark.postgres
def test_concurrent_import_json_on_postgres_is_one_line_each(pg_url, tmp_path):
    path = doc_file(tmp_path, SAMPLE)
    assert sxsh("list", db=pg_url).returncode == 0  # the schema made first
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "sxsh_desktop", "import-json", path, "--db", pg_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    results = [c.communicate(timeout=120) for c in children]
    for c, (_out, err) in zip(children, results, strict=True):
        assert "Traceback" not in err and len(err.strip().splitlines()) <= 1, err
        if c.returncode:
            assert "SQL" not in err
    assert sum(c.returncode == 0 for c in children) >= 1
    assert len(json.loads(sxsh("list", "--json", db=pg_url).stdout)) == 1
