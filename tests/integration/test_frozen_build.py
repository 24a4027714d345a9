"""The frozen Linux build (installers/build-linux.sh): it starts offscreen, passes its self-test, opens a
.sxsh given on its command line, migrates an old database after a backup and refuses a newer one,
installs per user with its menu entry and file type (an upgrade keeps the data), and leaves out what
the app does not use.

The build takes a minute or two; a dist/ newer than every source is reused (SXSH_REBUILD=1 forces a
build). Marked slow; part of the suite (scripts/run-tests, .ci/run).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build")]

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUNDLE = DIST / "sxsh-desktop"
SOURCES = ["sxsh_desktop", "resources", "assessment_templates", "installers", "pyproject.toml"]
BUILD_TIMEOUT = 1800
PASS = "consultant passphrase"


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else (p for p in path.rglob("*") if p.is_file())
        for f in files:
            if "__pycache__" not in f.parts:
                newest = max(newest, f.stat().st_mtime)
    return newest


def _archive() -> Path | None:
    found = sorted(DIST.glob("sxsh-desktop-*-linux-*.tar.gz"))
    return found[-1] if found else None


def _fresh() -> bool:
    program, archive = BUNDLE / "sxsh-desktop", _archive()
    if os.environ.get("SXSH_REBUILD") or not program.exists() or archive is None:
        return False
    built = min(program.stat().st_mtime, archive.stat().st_mtime)
    return built > _newest_source()


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not _fresh():
        done = subprocess.run(
            [str(ROOT / "installers" / "build-linux.sh")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT,
        )
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return BUNDLE


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    """A clean environment: no venv, no source tree on the path, a throw-away home and data folder."""
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TMPDIR")}
    home = tmp_path / "home"
    home.mkdir()
    return {
        **keep,
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "SXSH_DATA_DIR": str(tmp_path / "data"),
        "SXSH_CONFIG_DIR": str(tmp_path / "config"),
        "XDG_RUNTIME_DIR": str(tmp_path),
    }


def run(program: str, *args: str, env: dict[str, str], cwd: Path | None = None, timeout: int = 180):
    return subprocess.run(
        [str(BUNDLE / program), *args],
        env=env,
        cwd=cwd or ROOT / "tests",
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_the_frozen_app_passes_its_selftest_offscreen(bundle, env):
    done = run("sxsh-desktop", "--selftest", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.fullmatch(
        r"SXSH Desktop \d+\.\d+\.\d+ selftest: OK \(migration, sample, savings, chart, screen, "
        r"identity, signed report, signature\) in \d+\.\d s\n",
        done.stdout,
    ), done.stdout
    version = run("sxsh", "--version", env=env)
    assert version.returncode == 0 and re.fullmatch(r"sxsh \d+\.\d+\.\d+\n", version.stdout)


def test_the_frozen_app_opens_a_package_given_on_its_command_line(bundle, env, tmp_path):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    sample = run("sxsh", "sample", env=env).stdout.strip()
    assert re.fullmatch(r"[0-9a-f-]{36}", sample)
    made = run(
        "sxsh",
        "identity",
        "new",
        "--name",
        "Nguyễn Thị Hồng Nhung",
        "--organisation",
        "Trung tâm SXSH",
        "-o",
        str(tmp_path / "id.p12"),
        "--passphrase-file",
        str(secret),
        env=env,
    )
    assert made.returncode == 0, made.stderr
    packed = run(
        "sxsh",
        "package",
        sample,
        "-o",
        str(tmp_path / "brewery.sxsh"),
        "--identity",
        str(tmp_path / "id.p12"),
        "--passphrase-file",
        str(secret),
        env=env,
        timeout=300,
    )
    assert packed.returncode == 0, packed.stderr

    png = tmp_path / "window.png"
    shown = run("sxsh-desktop", "--lang", "en", "--screenshot", str(png), str(tmp_path / "brewery.sxsh"), env=env)
    assert shown.returncode == 0, shown.stderr
    assert "brewery.sxsh: intact, signed by Nguyễn Thị Hồng Nhung (Trung tâm SXSH" in shown.stdout
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 20_000

    opened = run(
        "sxsh-desktop", "--open", sample, "--page", "5", "--screenshot", str(tmp_path / "balance.png"), env=env
    )
    assert opened.returncode == 0, opened.stderr
    assert (tmp_path / "balance.png").stat().st_size > 20_000


def _old_database(path: Path) -> None:
    """A database of the first release (revision 0001) holding an assessment."""
    from sqlalchemy import create_engine

    from sxsh_desktop.store.engine import migrate, sqlite_url

    engine = create_engine(sqlite_url(path))
    migrate(engine, "0001")
    engine.dispose()
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO assessment (id, revision, created_at, updated_at, language, assessment_type, template,"
            " product_name, product_unit, product_extra, consultant_name, consultant_organisation,"
            " consultant_email, consultant_phone, consultant_extra, discount_rate, grid_emission_factor_year,"
            " balance_tolerance_percent, settings_extra, exported_digest, extra, periods_extra) VALUES"
            " ('0ld00000-0000-4000-8000-000000000001', 1, '2023-01-01T00:00:00Z', '2023-01-02T00:00:00Z', 'vi',"
            " 'rapid', NULL, 'bia', 'hL', '{}', 'Nguyễn Văn A', '', '', '', '{}', 0.1, NULL, 5.0, '{}', NULL,"
            " '{}', '{}')"
        )
        con.execute(
            "INSERT INTO facility (assessment_id, name, tax_code, province, address, vsic, sector,"
            " employees, products, extra) VALUES ('0ld00000-0000-4000-8000-000000000001', 'Nhà máy cũ',"
            " '', 'Huế', '', '', '', 10, '[]', '{}')"
        )
    con.close()


def test_an_upgrade_migrates_the_data_after_a_backup_and_a_downgrade_refuses(bundle, env, tmp_path):
    from sxsh_desktop.store.engine import head_revision

    db = tmp_path / "data" / "sxsh.db"
    db.parent.mkdir()
    _old_database(db)
    listed = run("sxsh", "list", "--json", env=env)
    assert listed.returncode == 0, listed.stderr
    assert [a["facility"] for a in json.loads(listed.stdout)] == ["Nhà máy cũ"]
    backups = list((db.parent / "backups").glob(f"sxsh-*-before-{head_revision()}.db"))
    assert len(backups) == 1
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    con.close()

    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.close()
    before = db.read_bytes()
    refused = run("sxsh", "list", env=env)
    assert refused.returncode != 0
    message = (
        "This database was made by a newer version of SXSH Desktop (revision 9999_future); update the app "
        "to open it. The file was not changed."
    )
    assert message in refused.stderr
    gui = run("sxsh-desktop", "--screenshot", str(tmp_path / "x.png"), env=env)
    assert gui.returncode == 2 and message in gui.stderr
    assert db.read_bytes() == before and not (tmp_path / "x.png").exists()


def test_the_archive_installs_per_user_and_an_upgrade_keeps_the_data(bundle, env, tmp_path):
    archive = _archive()
    assert archive is not None
    unpacked = tmp_path / "unpacked"
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="tar")
    top = next(unpacked.iterdir())
    home = Path(env["HOME"])
    data = home / ".local" / "share" / "sxsh-desktop"
    data.mkdir(parents=True)
    (data / "sxsh.db").write_bytes(b"the user's data")
    install_env = {**env, "PATH": os.environ["PATH"]}
    install_env.pop("SXSH_DATA_DIR")
    for _ in range(2):  # install, then an upgrade over it
        done = subprocess.run(
            ["sh", str(top / "install.sh")], env=install_env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stderr
    lib = home / ".local" / "lib" / "sxsh-desktop"
    assert (lib / "sxsh-desktop").is_file() and not (home / ".local" / "lib" / "sxsh-desktop.previous").exists()
    assert os.readlink(home / ".local" / "bin" / "sxsh") == str(lib / "sxsh")
    desktop = (home / ".local" / "share" / "applications" / "sxsh-desktop.desktop").read_text(encoding="utf-8")
    assert f"Exec={lib}/sxsh-desktop %f" in desktop and "MimeType=application/x-sxsh-package;" in desktop
    mime = home / ".local" / "share" / "mime" / "packages" / "sxsh-package.xml"
    assert '<glob pattern="*.sxsh"' in mime.read_text(encoding="utf-8")
    assert (home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / "sxsh-desktop.png").is_file()
    if shutil.which("update-mime-database"):
        assert "application/x-sxsh-package" in (home / ".local" / "share" / "mime" / "globs2").read_text()
    assert (data / "sxsh.db").read_bytes() == b"the user's data"

    gone = subprocess.run(
        ["sh", str(top / "install.sh"), "--uninstall"], env=install_env, capture_output=True, text=True, timeout=120
    )
    assert gone.returncode == 0, gone.stderr
    assert not lib.exists() and not (home / ".local" / "bin" / "sxsh").exists()
    assert (data / "sxsh.db").read_bytes() == b"the user's data"


def test_the_bundle_leaves_out_what_the_app_does_not_use(bundle):
    internal = bundle / "_internal"
    names = {p.name for p in internal.rglob("*")}
    for unused in (
        "tkinter",
        "_tkinter.cpython-311-x86_64-linux-gnu.so",
        "PyQt5",
        "PyQt6",
        "QtQml.abi3.so",
        "QtQuick.abi3.so",
        "QtNetwork.abi3.so",
        "libQt6Qml.so.6",
        "libQt6Quick.so.6",
        "IPython",
        "pytest",
        "setuptools",
    ):
        assert unused not in names, unused
    assert not list(internal.rglob("*.ts")), "translation sources are not shipped, the .qm are"
    for needed in (
        "sxsh_vi.qm",
        "NotoSans-Regular.ttf",
        "brewery-sample.json",
        "0001_initial.py",
        "env.py",
        "assessment-document-1.schema.json",
        "libqoffscreen.so",
        "libqxcb.so",
        "default_en.txt",
    ):
        assert needed in names, needed
    info = json.loads((DIST / "build-info.json").read_text(encoding="utf-8"))
    assert info["selftest_exit"] == 0
    assert info["bundle_bytes"] < 400 * 2**20  # see docs/installers.md for what is in it
