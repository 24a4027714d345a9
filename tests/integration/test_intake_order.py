"""The intake's order and bounds: a stranger's package is refused before its document is read; a
trusted package whose check hangs or crashes is stopped and refused in one line while the batch goes
on; bytes before the zip, a CMS signature without signed attributes and a trusted certificate past
its validity are refused; `trust add` refuses an expired certificate."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sxsh_desktop.interchange.document import dumps
from sxsh_desktop.store import open_store
from sxsh_desktop.store.review_ops import ReviewStore
from sxsh_desktop.sync import intake
from sxsh_desktop.sync.intake import ImportOptions, import_files
from sxsh_desktop.sync.package import TAMPERED, UNKNOWN_SIGNER, build_package, check_package, zip_entries


@pytest.fixture
def review(tmp_path):
    s = open_store(tmp_path / "so.db", auto_backup=False)
    yield ReviewStore(s)
    s.close()


def sxsh(*args: str, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sxsh_desktop", *args, "--db", f"sqlite:///{db}"],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, SXSH_DATA_DIR=str(db.parent)),
    )


def hostile_doc(packages, **changes):
    doc = packages.document(**changes)
    doc["consumption"][0]["quantity"]["unit"] = "kg*10**10**10"
    doc["facility"]["employees"] = 10**400
    return doc


def test_a_strangers_package_is_refused_before_its_document_is_read(packages, identities, tmp_path):
    stranger = packages.build(hostile_doc(packages), signer="stranger")
    check = check_package(stranger, trusted=[identities.cert_der("consultant")], require_trust=True)
    assert check.verdict == UNKNOWN_SIGNER and check.reason == "signer not trusted"
    assert check.signer is not None and check.signer.name == "Kẻ Lạ" and check.document is None


def test_one_bad_package_is_one_line_and_the_batch_goes_on(packages, identities, tmp_path):
    db = tmp_path / "so.db"
    files = []
    for i, (doc, signer) in enumerate(
        [
            (packages.document(facility__tax_code="0100000001"), "consultant"),
            (hostile_doc(packages, id="0b2f6f7e-1111-4222-8333-944445555666"), "stranger"),
            (hostile_doc(packages, id="0b2f6f7e-1111-4222-8333-944445555667"), "consultant"),
            (
                packages.document(id="0b2f6f7e-1111-4222-8333-944445555668", facility__tax_code="0100000002"),
                "consultant",
            ),
        ]
    ):
        p = tmp_path / f"p{i}.sxsh"
        p.write_bytes(packages.build(doc, signer=signer))
        files.append(str(p))
    t0 = time.monotonic()
    r = sxsh("import", *files, "--trust", str(identities.pem("consultant")), db=db)
    took = time.monotonic() - t0
    lines = r.stdout.strip().splitlines()
    assert "Traceback" not in r.stderr and r.returncode == 1
    assert len(lines) == 4, r.stdout
    assert "imported" in lines[0] and "imported" in lines[3]
    assert "refused: signer not trusted" in lines[1]
    assert "refused:" in lines[2] and "not a unit" in lines[2] or "digits" in lines[2]
    assert took < 120


def _can_fork():
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


@pytest.mark.skipif(not _can_fork(), reason="the stand-in check reaches the workers by fork")
def test_a_check_that_hangs_or_crashes_is_stopped_and_the_batch_goes_on(
    review, packages, identities, tmp_path, monkeypatch
):
    import multiprocessing

    from sxsh_desktop.sync import workers

    # forked workers whatever other tests left running (a thread makes the intake spawn, and a spawned or kept
    # pool would check with the real check_file, not the stand-in below)
    monkeypatch.setattr(workers, "_context", lambda: multiprocessing.get_context("fork"))
    real = intake.check_file

    def check_file(path, **kwargs):
        if path.endswith("hang.sxsh"):
            time.sleep(3600)
        if path.endswith("crash.sxsh"):
            os._exit(3)
        return real(path, **kwargs)

    monkeypatch.setattr(intake, "check_file", check_file)
    good = packages.build()
    names = ["hang.sxsh", "a.sxsh", "crash.sxsh"]
    for n in names:
        (tmp_path / n).write_bytes(good)
    t0 = time.monotonic()
    outcomes = import_files(
        review,
        [tmp_path / n for n in names],
        ImportOptions(trusted=[identities.cert_der("consultant")], time_limit=30),
        workers=2,
    )
    assert time.monotonic() - t0 < 120
    assert [o.status for o in outcomes] == ["refused", "imported", "refused"], [o.line for o in outcomes]
    assert "took longer than 30 s" in outcomes[0].line
    assert "worker" in outcomes[2].line


def test_bytes_before_the_zip_are_refused(packages, identities):
    good = packages.build()
    for prefix in (b"PK\x03\x04" + b"\0" * 100, b"PK\x03\x04junk"):
        check = check_package(prefix + good, trusted=[identities.cert_der("consultant")])
        assert not check.intact and "bytes before" in check.reason, check.reason
        assert check.package_bytes is None  # nothing to forward


def _cms_without_attributes(identities, manifest: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12

    from tests.integration.conftest import PASSPHRASE

    key, cert, _ = pkcs12.load_key_and_certificates(identities.p12("consultant").read_bytes(), PASSPHRASE)
    return (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(manifest)
        .add_signer(cert, key, hashes.SHA256())
        .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.NoAttributes])
    )


def test_a_cms_signature_without_signed_attributes_is_refused(packages, identities):
    import io
    import zipfile

    good = packages.build()
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    entries["manifest.json.p7s"] = _cms_without_attributes(identities, entries["manifest.json"])
    check = check_package(zip_entries(entries), trusted=[identities.cert_der("consultant")])
    assert check.verdict == TAMPERED and "signed attributes" in check.reason


def _expired_identity(tmp_path):
    """A key and a self-issued certificate that expired yesterday, as a pyHanko signer."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
    from cryptography.x509.oid import NameOID
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    from sxsh_desktop.signing.identity import _signer_class

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, "Hết Hạn"), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Cũ")]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=400))
        .not_valid_after(now - dt.timedelta(days=1))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    der = cert.public_bytes(Encoding.DER)
    signer = _signer_class()(
        signing_cert=asn1_x509.Certificate.load(der),
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())),
        cert_registry=SimpleCertificateStore.from_certs([]),
        key=key,
    )
    pem = tmp_path / "expired.pem"
    pem.write_bytes(cert.public_bytes(Encoding.PEM))
    return signer, der, pem


def test_a_directly_trusted_certificate_is_trusted_within_its_validity_only(packages, tmp_path):
    import io

    from reportlab.pdfgen import canvas

    from sxsh_desktop.report.signing import sign_pdf

    signer, der, _ = _expired_identity(tmp_path)
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "SXSH report (test)")
    c.showPage()
    c.save()
    from sxsh_desktop.signing.binding import bind

    doc = packages.document()
    bound = bind(buf.getvalue(), dumps(doc).encode("utf-8"), doc["id"], doc["revision"])  # as a report is
    try:
        pdf = sign_pdf(bound, signer, box=(300, 60, 560, 140)).pdf
    except Exception as exc:  # the report signer refuses an expired identity itself
        pytest.skip(f"cannot sign with an expired certificate here: {exc}")
    data = build_package(doc, dumps(doc).encode("utf-8"), pdf, signer)
    check = check_package(data, trusted=[der])
    # refused: no timestamp proves the report was signed while the certificate was valid
    assert not check.trusted and not check.intact and "expired" in check.reason


def test_trust_add_refuses_an_expired_certificate(tmp_path):
    _, _, pem = _expired_identity(tmp_path)
    db = tmp_path / "so.db"
    r = sxsh("trust", "add", str(pem), db=db)
    assert r.returncode == 1 and "expired" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = sxsh("trust", "list", db=db)
    assert "Hết Hạn" not in r.stdout


def test_workers_prepared_ahead_are_kept_for_the_imports(review, packages, identities, tmp_path):
    """What the GUI does: workers started when the import dialog opens (spawned: Qt runs threads)."""
    import threading

    from sxsh_desktop.sync import workers
    from sxsh_desktop.sync.intake import prepare_workers

    (tmp_path / "a.sxsh").write_bytes(packages.build())
    got = {}

    def run():
        got["ready"] = prepare_workers()
        t0 = time.monotonic()
        got["outcomes"] = import_files(
            review, [tmp_path / "a.sxsh"], ImportOptions(trusted=[identities.cert_der("consultant")])
        )
        got["took"] = time.monotonic() - t0

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=600)
    assert got["ready"] is True and 1 in workers._kept
    assert [o.status for o in got["outcomes"]] == ["imported"]
