"""Package import and the Sở dashboard.

    .venv/bin/python bench/package_import_bench.py [--packages 1000] [--assessments 10000] [--jobs 2]

1. Import: N packages (made once here: one identity, documents varied from the sample, one small
   signed report shared by all) imported into a fresh SQLite store with full verification (manifest
   signature, report signature, hashes, schema, savings, one transaction each). Floor: only
   unzipping the same files (read + every entry inflated). Goal: at least 50 packages/s.
2. Dashboard: the summary plus the figures by VSIC, sector and year over M received assessments, on
   SQLite and on PostgreSQL (a throw-away cluster started here when the server programs are
   installed). Goal: under 200 ms.
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = b"bench-passphrase"
PROVINCES = [
    "Hà Nội",
    "Hải Phòng",
    "Nghệ An",
    "Hà Tĩnh",
    "Thừa Thiên Huế",
    "Đà Nẵng",
    "Bình Dương",
    "Đồng Nai",
    "TP Hồ Chí Minh",
    "Cần Thơ",
    "Bắc Ninh",
    "Quảng Ninh",
]
VSIC = ["1103", "1010", "1701", "2410", "1311", "1062", "2220", "1050"]


def small_signed_pdf(signer, doc: dict) -> bytes:
    """A one-page PDF bound to `doc` (attached and named, as a report is) and signed."""
    from reportlab.pdfgen import canvas

    from sxsh_desktop.interchange.document import dumps
    from sxsh_desktop.report.signing import sign_pdf
    from sxsh_desktop.signing.binding import bind

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "SXSH report (benchmark)")
    c.showPage()
    c.save()
    bound = bind(buf.getvalue(), dumps(doc).encode("utf-8"), doc["id"], doc["revision"])
    return sign_pdf(bound, signer, box=(300, 60, 560, 140)).pdf


def make_packages(folder: Path, n: int) -> tuple[Path, list[Path]]:
    from cryptography.hazmat.primitives.serialization import Encoding

    from sxsh_desktop.interchange.document import dumps
    from sxsh_desktop.services.documents import sample_path
    from sxsh_desktop.signing.identity import new_identity, signer_from_pkcs12
    from sxsh_desktop.sync.package import build_package

    cert = new_identity("Nguyễn Văn Bench", "VNCPC", folder / "c.p12", PASSPHRASE)
    (folder / "c.pem").write_bytes(cert.public_bytes(Encoding.PEM))
    signer = signer_from_pkcs12(folder / "c.p12", PASSPHRASE)
    base = json.loads(sample_path().read_text(encoding="utf-8"))
    rng = random.Random(1)
    paths = []
    for i in range(n):
        doc = copy.deepcopy(base)
        doc["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        doc["facility"]["tax_code"] = f"{rng.randrange(10**9, 10**10)}"
        doc["facility"]["province"] = PROVINCES[i % len(PROVINCES)]
        doc["facility"]["vsic"] = VSIC[i % len(VSIC)]
        path = folder / f"p{i:05d}.sxsh"
        pdf = small_signed_pdf(signer, doc)
        path.write_bytes(build_package(doc, dumps(doc).encode("utf-8"), pdf, signer))
        paths.append(path)
    return folder / "c.pem", paths


def floor_unzip(paths: list[Path]) -> float:
    t = time.perf_counter()
    for p in paths:
        with zipfile.ZipFile(io.BytesIO(p.read_bytes())) as zf:
            for info in zf.infolist():
                zf.read(info)
    return time.perf_counter() - t


def bench_import(paths: list[Path], cert: Path, jobs: int, work: Path) -> tuple[float, int]:
    from sxsh_desktop.store import open_store
    from sxsh_desktop.store.review_ops import ReviewStore
    from sxsh_desktop.sync.intake import ImportOptions, import_files
    from sxsh_desktop.sync.package import load_certificates

    db = work / f"import-{jobs}.db"
    with open_store(db) as store:
        review = ReviewStore(store)
        options = ImportOptions(trusted=load_certificates(cert), by="bench")
        import_files(review, paths[:2], options)  # warm: imports, schema, pint registry
        t = time.perf_counter()
        outcomes = import_files(review, paths[2:], options, workers=jobs)
        elapsed = time.perf_counter() - t
    imported = sum(o.status == "imported" for o in outcomes)
    return elapsed, imported


def fill_received(url: str, m: int) -> None:
    """M received assessments written straight into the tables (set-up, not measured)."""
    from sqlalchemy import insert

    from sxsh_desktop.store import open_store
    from sxsh_desktop.store.review_models import ReceivedAssessmentRow, ReceivedPackageRow, ReviewStateRow

    rng = random.Random(2)
    states = ["received", "has_issues", "approved", "rejected"]
    with open_store(url) as store, store.engine.begin() as conn:
        for start in range(0, m, 2000):
            count = min(2000, m - start)
            packages, assessments, review = [], [], []
            for i in range(start, start + count):
                aid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                packages.append(
                    dict(
                        id=i + 1,
                        package_id=str(uuid.uuid4()),
                        sha256="0" * 64,
                        file_sha256="0" * 64,
                        size=1,
                        enveloped=False,
                        created_at="",
                        producer="",
                        signer_name="A",
                        signer_organisation="B",
                        signer_serial="1",
                        signer_fingerprint="F",
                        signer_certificate=b"c",
                        verdict="trusted",
                        imported_at="",
                        imported_by="",
                        package_bytes=b"PK",
                    )
                )
                toe = rng.uniform(0, 500)
                assessments.append(
                    dict(
                        assessment_id=aid,
                        revision=1,
                        package_id=i + 1,
                        document={"id": aid},
                        content_digest="0" * 64,
                        facility_name=f"Nhà máy {i}",
                        tax_code=f"{rng.randrange(10**9, 10**10)}",
                        province=PROVINCES[i % len(PROVINCES)],
                        vsic=VSIC[i % len(VSIC)],
                        sector="",
                        year=2018 + i % 7,
                        energy_saving_toe=toe,
                        saving_gj=toe * 41.868,
                        water_saving_m3=toe * 10,
                        co2_saving_t=toe * 3,
                        cost_saving_vnd=toe * 2e7,
                        energy_saving_percent=rng.uniform(0, 20),
                        met_target=rng.random() < 0.4,
                        current=True,
                        superseded_by=None,
                        received_at="",
                    )
                )
                review.append(
                    dict(assessment_id=aid, state=rng.choice(states), revision=1, updated_at="", updated_by="")
                )
            conn.execute(insert(ReceivedPackageRow), packages)
            conn.execute(insert(ReceivedAssessmentRow), assessments)
            conn.execute(insert(ReviewStateRow), review)
        if store.engine.dialect.name == "postgresql":
            conn.exec_driver_sql("ANALYZE")
        else:
            conn.exec_driver_sql("ANALYZE")


def bench_dashboard(url: str) -> tuple[float, float, int]:
    from sxsh_desktop.review.service import dashboard
    from sxsh_desktop.store import open_store
    from sxsh_desktop.store.review_ops import ReviewStore

    with open_store(url) as store:
        review = ReviewStore(store)
        dashboard(review)  # warm the connection
        best = best_filtered = float("inf")
        for _ in range(5):
            t = time.perf_counter()
            board = dashboard(review)
            best = min(best, time.perf_counter() - t)
            t = time.perf_counter()
            dashboard(review, province="Nghệ An", year=2024)
            best_filtered = min(best_filtered, time.perf_counter() - t)
        return best, best_filtered, board["assessments"]


def start_postgres(root: Path) -> tuple[str, subprocess.Popen | None, Path] | None:
    def program(name: str) -> str | None:
        found = shutil.which(name)
        if found:
            return found
        for v in ("17", "16", "15", "14"):
            p = Path(f"/usr/lib/postgresql/{v}/bin/{name}")
            if p.exists():
                return str(p)
        return None

    initdb, pg_ctl = program("initdb"), program("pg_ctl")
    if not initdb or not pg_ctl:
        return None
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
    data = root / "data"
    subprocess.run(
        [*as_user, initdb, "-D", str(data), "-A", "trust", "-U", "sxsh", "-E", "UTF8", "--no-sync"],
        check=True,
        capture_output=True,
    )
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run(
        [
            *as_user,
            pg_ctl,
            "-D",
            str(data),
            "-o",
            f"-k {root} -c listen_addresses=127.0.0.1 -p {port}",
            "-l",
            str(root / "log"),
            "-w",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    return f"postgresql+psycopg://sxsh@127.0.0.1:{port}/postgres", None, data


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=int, default=1000)
    ap.add_argument("--assessments", type=int, default=10000)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    os.environ.setdefault("SXSH_DATA_DIR", tempfile.mkdtemp(prefix="sxsh-bench-data-"))
    work = Path(tempfile.mkdtemp(prefix="sxsh-bench-"))
    try:
        t = time.perf_counter()
        cert, paths = make_packages(work, args.packages)
        print(
            f"made {len(paths)} packages in {time.perf_counter() - t:.1f} s "
            f"({sum(p.stat().st_size for p in paths) / len(paths) / 1024:.0f} KB each)"
        )
        floor = floor_unzip(paths)
        n = len(paths) - 2
        print(f"floor, only unzipping: {len(paths) / floor:,.0f} packages/s")
        for jobs in sorted({1, args.jobs}):
            elapsed, imported = bench_import(paths, cert, jobs, work)
            rate = n / elapsed
            print(
                f"import with full verification, {jobs} process(es): {imported} imported in {elapsed:.1f} s = "
                f"{rate:.0f} packages/s ({floor / len(paths) * 1000:.2f} ms floor vs {elapsed / n * 1000:.1f} ms "
                f"per package) — goal ≥ 50/s: {'met' if rate >= 50 else 'NOT met'}"
            )

        sqlite_url = f"sqlite:///{work / 'dashboard.db'}"
        fill_received(sqlite_url, args.assessments)
        best, filtered, count = bench_dashboard(sqlite_url)
        print(
            f"dashboard, SQLite, {count:,} assessments: {best * 1000:.1f} ms (filtered {filtered * 1000:.1f} ms) — "
            f"goal < 200 ms: {'met' if best < 0.2 else 'NOT met'}"
        )
        pg_root = Path(tempfile.mkdtemp(prefix="sxsh-bench-pg-"))
        pg = None
        try:
            pg = start_postgres(pg_root)
            if pg is None:
                print("dashboard, PostgreSQL: skipped (initdb/pg_ctl not installed)")
            else:
                fill_received(pg[0], args.assessments)
                best, filtered, count = bench_dashboard(pg[0])
                print(
                    f"dashboard, PostgreSQL, {count:,} assessments: {best * 1000:.1f} ms "
                    f"(filtered {filtered * 1000:.1f} ms) — goal < 200 ms: {'met' if best < 0.2 else 'NOT met'}"
                )
        finally:
            if pg is not None:
                as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
                pg_ctl = shutil.which("pg_ctl") or "/usr/lib/postgresql/15/bin/pg_ctl"
                subprocess.run(
                    [*as_user, pg_ctl, "-D", str(pg[2]), "-m", "immediate", "-w", "stop"], capture_output=True
                )
            shutil.rmtree(pg_root, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
