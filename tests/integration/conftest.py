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
        subprocess.run(
            _as_server_user([initdb, "-D", str(data), "-A", "trust", "-U", "sxsh", "-E", "UTF8", "--no-sync"]),
            check=True,
            capture_output=True,
        )
        port = None
        for _ in range(3):  # a free port may be taken between the probe and the start
            port = _free_port()
            started = subprocess.run(
                _as_server_user(
                    [
                        pg_ctl,
                        "-D",
                        str(data),
                        "-o",
                        f"-k {root} -c listen_addresses=127.0.0.1 -p {port} -c fsync=off -c max_connections=50",
                        "-l",
                        str(root / "log"),
                        "-w",
                        "start",
                    ]
                ),
                capture_output=True,
            )
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
        subprocess.run(_as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"]), capture_output=True)
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


# -- identities, a signed report and packages (for the package and review suites) -------------------

PASSPHRASE = b"mat-khau-thu-nghiem"


class Identities:
    """A consultant, a stranger (not trusted) and a Sở (receives encrypted packages), made once."""

    def __init__(self, root: Path):
        from cryptography.hazmat.primitives.serialization import Encoding

        from sxsh_desktop.signing.identity import new_identity

        self.root = root
        self.passphrase_file = root / "passphrase.txt"
        self.passphrase_file.write_text(PASSPHRASE.decode() + "\n", encoding="utf-8")
        made = {}
        for key, name, org in (
            ("consultant", "Nguyễn Văn An", "VNCPC"),
            ("stranger", "Kẻ Lạ", "Không rõ"),
            ("so", "Sở Công Thương Nghệ An", "SCT Nghệ An"),
        ):
            p12 = root / f"{key}.p12"
            cert = new_identity(name, org, p12, PASSPHRASE)
            (root / f"{key}.pem").write_bytes(cert.public_bytes(Encoding.PEM))
            made[key] = (p12, cert)
        self.made = made

    def p12(self, key: str) -> Path:
        return self.made[key][0]

    def pem(self, key: str) -> Path:
        return self.root / f"{key}.pem"

    def cert_der(self, key: str) -> bytes:
        from cryptography.hazmat.primitives.serialization import Encoding

        return self.made[key][1].public_bytes(Encoding.DER)

    def certificate(self, key: str):
        return self.made[key][1]

    def signer(self, key: str):
        from sxsh_desktop.signing.identity import signer_from_pkcs12

        return signer_from_pkcs12(self.p12(key), PASSPHRASE)


@pytest.fixture(scope="session")
def identities(tmp_path_factory) -> Identities:
    return Identities(tmp_path_factory.mktemp("identities"))


def _small_signed_pdf(signer, doc: dict | None = None) -> bytes:
    """A one-page PDF signed by `signer` like a report (PAdES, incremental): quick to make. Bound to
    `doc` as a report is (its document attached and named) when one is given."""
    import io

    from reportlab.pdfgen import canvas

    from sxsh_desktop.interchange.document import dumps
    from sxsh_desktop.report.signing import sign_pdf
    from sxsh_desktop.signing.binding import bind

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "SXSH report (test)")
    c.showPage()
    c.save()
    pdf = buf.getvalue()
    if doc is not None:
        pdf = bind(pdf, dumps(doc).encode("utf-8"), doc["id"], doc["revision"])
    return sign_pdf(pdf, signer, box=(300, 60, 560, 140)).pdf


@pytest.fixture(scope="session")
def report_pdfs(identities) -> dict[str, bytes]:
    """A small signed PDF per identity (the consultant's and the stranger's)."""
    return {key: _small_signed_pdf(identities.signer(key)) for key in ("consultant", "stranger")}


@pytest.fixture(scope="session")
def sample_doc() -> dict:
    import json

    from sxsh_desktop.services.documents import sample_path

    doc = json.loads(sample_path().read_text(encoding="utf-8"))
    doc["consultant"]["name"] = "Nguyễn Văn An"  # the consultant identity that signs the packages
    return doc


class PackageFactory:
    def __init__(self, identities: Identities, pdfs: dict[str, bytes], doc: dict):
        self.identities, self.pdfs, self.doc = identities, pdfs, doc
        self._signers = {}
        self._reports: dict[tuple[str, str], bytes] = {}

    def report(self, doc: dict, key: str) -> bytes:
        """The small signed report of `doc` by `key` (bound to that document), made once."""
        import hashlib

        from sxsh_desktop.interchange.document import dumps

        cache = (hashlib.sha256(dumps(doc).encode("utf-8")).hexdigest(), key)
        if cache not in self._reports:
            self._reports[cache] = _small_signed_pdf(self.signer(key), doc)
        return self._reports[cache]

    def signer(self, key: str):
        if key not in self._signers:
            self._signers[key] = self.identities.signer(key)
        return self._signers[key]

    def document(self, **changes) -> dict:
        """The sample document with top-level or facility changes (facility__province=…)."""
        import copy

        doc = copy.deepcopy(self.doc)
        for name, value in changes.items():
            if name.startswith("facility__"):
                doc["facility"][name.removeprefix("facility__")] = value
            elif name == "reporting_end":
                doc["periods"]["reporting"]["end"] = value
                doc["periods"]["reporting"]["start"] = value[:4] + "-01-01"
            else:
                doc[name] = value
        return doc

    def build(
        self,
        doc: dict | None = None,
        *,
        signer: str = "consultant",
        pdf_by: str | None = None,
        encrypt_to: str | None = None,
    ) -> bytes:
        from sxsh_desktop.interchange.document import dumps
        from sxsh_desktop.sync.package import build_package, envelope

        doc = doc if doc is not None else self.doc
        pdf = self.report(doc, pdf_by or signer)
        data = build_package(doc, dumps(doc).encode("utf-8"), pdf, self.signer(signer))
        if encrypt_to:
            data = envelope(data, self.identities.certificate(encrypt_to))
        return data


@pytest.fixture(scope="session")
def packages(identities, report_pdfs, sample_doc) -> PackageFactory:
    return PackageFactory(identities, report_pdfs, sample_doc)
