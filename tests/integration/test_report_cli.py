"""`sxsh report` and `sxsh identity` from the command line: success, and one line on stderr for each
bad input (wrong passphrase, expired certificate, unreadable identity, incomplete assessment)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from sxsh_desktop.services.documents import sample_path
from sxsh_desktop.signing.identity import new_identity

PASS = "mat-khau-dong-lenh"


def sxsh(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sxsh_desktop", *args], capture_output=True, text=True, cwd=cwd)


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("sxsh: ")
    return lines[0]


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("cli")
    (d / "pass.txt").write_text(PASS + "\n", encoding="utf-8")
    (d / "wrong.txt").write_text("sai-mat-khau\n", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def identity(work: Path) -> Path:
    r = sxsh(
        "identity",
        "new",
        "--name",
        "Phạm Thị Thu Hương",
        "--organisation",
        "Sở Công Thương Nghệ An",
        "-o",
        "id.p12",
        "--passphrase-file",
        "pass.txt",
        cwd=work,
    )
    assert r.returncode == 0, r.stderr
    assert "Phạm Thị Thu Hương" in r.stdout
    return work / "id.p12"


def test_identity_export_cert(work: Path, identity: Path) -> None:
    r = sxsh("identity", "export-cert", "id.p12", "-o", "cert.pem", "--passphrase-file", "pass.txt", cwd=work)
    assert r.returncode == 0, r.stderr
    assert (work / "cert.pem").read_text().startswith("-----BEGIN CERTIFICATE-----")
    r = sxsh("identity", "export-cert", "id.p12", "-o", "c2.pem", "--passphrase-file", "wrong.txt", cwd=work)
    assert r.returncode != 0 and "wrong passphrase" in one_line(r.stderr)


def test_signed_report_from_json(work: Path, identity: Path) -> None:
    r = sxsh(
        "report",
        "--from-json",
        str(sample_path()),
        "-o",
        "signed.pdf",
        "--lang",
        "vi",
        "--identity",
        "id.p12",
        "--passphrase-file",
        "pass.txt",
        cwd=work,
    )
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    assert "signed by Phạm Thị Thu Hương (PAdES B-B)" in r.stdout
    again = sxsh("report", "--from-json", str(sample_path()), "-o", "signed.pdf", cwd=work)
    assert again.returncode != 0
    assert "never overwritten" in one_line(again.stderr)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--identity", "id.p12", "--passphrase-file", "wrong.txt"], "wrong passphrase"),
        (["--identity", "missing.p12", "--passphrase-file", "pass.txt"], "cannot read the identity file"),
        (["--identity", "pass.txt", "--passphrase-file", "pass.txt"], "not a PKCS#12 identity file"),
        (["--identity", "id.p12", "--passphrase-file", "nofile.txt"], "cannot read the passphrase file"),
        (["--identity", "id.p12"], "--identity needs --passphrase-file"),
    ],
)
def test_bad_identity_one_line(work: Path, identity: Path, args: list[str], expected: str) -> None:
    r = sxsh("report", "--from-json", str(sample_path()), "-o", "bad.pdf", *args, cwd=work)
    assert r.returncode == 1
    assert expected in one_line(r.stderr)
    assert not (work / "bad.pdf").exists()


def test_expired_identity_one_line(work: Path) -> None:
    new_identity(
        "Đỗ Văn Hết Hạn",
        "Công ty Tư vấn",
        work / "expired.p12",
        PASS.encode(),
        years=1,
        not_before=dt.datetime(2021, 3, 1, tzinfo=dt.UTC),
    )
    r = sxsh(
        "report",
        "--from-json",
        str(sample_path()),
        "-o",
        "e.pdf",
        "--identity",
        "expired.p12",
        "--passphrase-file",
        "pass.txt",
        cwd=work,
    )
    assert r.returncode == 1
    assert "expired on 2022-03-01" in one_line(r.stderr)


def test_incomplete_assessment(work: Path, identity: Path) -> None:
    doc = json.loads(sample_path().read_text(encoding="utf-8"))
    doc["periods"]["reporting"] = None
    doc["consumption"] = [c for c in doc["consumption"] if c["period"] == "baseline"]
    doc["options"] = []
    (work / "incomplete.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    signed = sxsh(
        "report",
        "--from-json",
        "incomplete.json",
        "-o",
        "inc-signed.pdf",
        "--identity",
        "id.p12",
        "--passphrase-file",
        "pass.txt",
        cwd=work,
    )
    assert signed.returncode == 1
    line = one_line(signed.stderr)
    assert "cannot sign an incomplete assessment" in line and "kỳ báo cáo" in line and "cơ hội SXSH" in line
    draft = sxsh("report", "--from-json", "incomplete.json", "-o", "inc.pdf", cwd=work)
    assert draft.returncode == 0, draft.stderr
    line = one_line(draft.stderr)
    assert "bản nháp, còn thiếu" in line and "kỳ báo cáo" in line


def test_report_from_the_store(work: Path) -> None:
    db = f"sqlite:///{work / 'store.db'}"
    r = sxsh("sample", "--db", db, cwd=work)
    assert r.returncode == 0, r.stderr
    assessment_id = r.stdout.strip()
    r = sxsh("report", assessment_id[:8], "--db", db, "-o", "store.pdf", "--lang", "en", cwd=work)
    assert r.returncode == 0, r.stderr
    assert (work / "store.pdf").read_bytes().startswith(b"%PDF")
    r = sxsh("report", "--db", db, "-o", "none.pdf", cwd=work)
    assert r.returncode == 1 and "give an assessment id" in one_line(r.stderr)
