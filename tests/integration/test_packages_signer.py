"""Who signed a package and whom it is encrypted to: the signer named against the document's
consultant, a signer's certificate expired without a timestamp, encryption refusing certificates it
must not use, AES-GCM/RSA-OAEP with the old AES-CBC/PKCS#1 v1.5 packages still opened, and the
command line's exit codes and key files."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from sxsh_desktop.interchange.document import dumps
from sxsh_desktop.store import open_store
from sxsh_desktop.store.review_ops import ReviewStore
from sxsh_desktop.sync.intake import ImportOptions, import_bytes
from sxsh_desktop.sync.package import Decryption, PackageError, build_package, check_package, envelope, unwrap

PASSPHRASE = b"mat-khau-thu-nghiem"  # as in conftest.py


def _certificate(name: str, *, not_before=None, days=365, key_encipherment=True):
    """A key and a self-issued certificate with a chosen validity and key usage."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    start = not_before or dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    usage = x509.KeyUsage(True, True, key_encipherment, False, False, False, False, False, False)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=days))
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _import(tmp_path: Path, data: bytes, trusted: list[bytes], **options):
    with open_store(tmp_path / "so.db") as store:
        return import_bytes(ReviewStore(store), data, ImportOptions(trusted=trusted, **options))


def test_signer_who_is_not_the_consultant_is_said(tmp_path, packages, identities):
    doc = packages.document()
    doc["consultant"]["name"] = "Nguyễn Thị Hồng Nhung"  # the cover names her; Nguyễn Văn An signs
    data = packages.build(doc)
    check = check_package(data, trusted=[identities.cert_der("consultant")])
    assert check.trusted
    note = "the signer (Nguyễn Văn An) is not the consultant the document names (Nguyễn Thị Hồng Nhung)"
    assert note in check.warnings and note in check.describe()
    out = _import(tmp_path, data, [identities.cert_der("consultant")])
    assert out.status == "imported" and note in out.line and note in out.warnings
    doc["consultant"]["name"] = "  nguyễn văn  AN "  # the same name written another way
    assert check_package(packages.build(doc), trusted=[identities.cert_der("consultant")]).warnings == []


def _expired_signer(tmp_path: Path):
    """A pyHanko signer over a certificate valid in 2019–2020 only (the app would not sign with it)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key, cert = _certificate("Nguyễn Văn An", not_before=dt.datetime(2019, 1, 1, tzinfo=dt.UTC), days=700)
    signer = SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER)),
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())),
        cert_registry=SimpleCertificateStore(),
    )
    return signer, cert


def _bound_report(doc: dict, signer) -> bytes:
    from reportlab.pdfgen import canvas

    from sxsh_desktop.report.signing import sign_pdf
    from sxsh_desktop.signing.binding import bind

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "SXSH report (test)")
    c.showPage()
    c.save()
    pdf = bind(buf.getvalue(), dumps(doc).encode("utf-8"), doc["id"], doc["revision"])
    return sign_pdf(pdf, signer, box=(300, 60, 560, 140)).pdf


def test_expired_signer_without_timestamp_is_refused(tmp_path, packages):
    """Trusted and intact, but signed with a certificate that expired long before the package came:
    no timestamp proves it was signed while valid."""
    signer, cert = _expired_signer(tmp_path)
    doc = packages.document()
    doc["consultant"]["name"] = "Nguyễn Văn An"
    data = build_package(doc, dumps(doc).encode("utf-8"), _bound_report(doc, signer), signer)
    trusted = [cert.public_bytes(Encoding.DER)]
    check = check_package(data, trusted=trusted)
    assert not check.intact
    assert "the signer's certificate expired on 2020-12-01" in check.reason
    assert "no timestamp proving it was signed while the certificate was valid" in check.reason
    out = _import(tmp_path, data, trusted)
    assert out.refused and "expired on 2020-12-01" in out.line
    assert out.said.text("vi").startswith("chứng thư của người ký đã hết hạn ngày 01/12/2020")
    assert out.line_text("vi").startswith("bị từ chối: chứng thư của người ký đã hết hạn ngày 01/12/2020")


def test_signed_in_time_is_decided_by_the_timestamp():
    from sxsh_desktop.sync.package.signer import validity_problem

    _, cert = _certificate("X", not_before=dt.datetime(2019, 1, 1, tzinfo=dt.UTC), days=700)
    from asn1crypto import x509 as asn1_x509

    c = asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))
    assert validity_problem(c, dt.datetime(2020, 6, 1, tzinfo=dt.UTC)) is None  # timestamp inside: fine
    assert "outside its validity" in str(validity_problem(c, dt.datetime(2021, 6, 1, tzinfo=dt.UTC)))
    assert "no timestamp" in str(validity_problem(c, None))
    assert validity_problem(c, None, now=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)) is None
    assert "not valid until 2019-01-01" in str(validity_problem(c, None, now=dt.datetime(2018, 1, 1, tzinfo=dt.UTC)))


@pytest.mark.parametrize(
    "kind, words",
    [
        ("expired", "the certificate expired on"),
        ("not_yet", "the certificate is not valid until"),
        ("no_key_encipherment", "does not allow key encipherment (keyEncipherment)"),
    ],
)
def test_encryption_refuses_certificates_it_must_not_use(kind, words):
    now = dt.datetime.now(dt.UTC)
    if kind == "expired":
        _, cert = _certificate("Sở cũ", not_before=now - dt.timedelta(days=800), days=400)
    elif kind == "not_yet":
        _, cert = _certificate("Sở mới", not_before=now + dt.timedelta(days=30))
    else:
        _, cert = _certificate("Sở ký", key_encipherment=False)
    with pytest.raises(PackageError) as err:
        envelope(b"PK\x03\x04 package", cert)
    assert words in err.value.reason


def test_encryption_is_aes_gcm_with_rsa_oaep_and_old_packages_still_open(packages, identities):
    from asn1crypto import cms
    from cryptography.hazmat.primitives.ciphers import algorithms
    from cryptography.hazmat.primitives.serialization import pkcs7

    so = Decryption.from_file(identities.p12("so"), PASSPHRASE)
    plain = packages.build()
    sealed = packages.build(encrypt_to="so")
    info = cms.ContentInfo.load(sealed)
    assert info["content_type"].native == "authenticated_enveloped_data"
    content = info["content"]
    assert content["auth_encrypted_content_info"]["content_encryption_algorithm"]["algorithm"].native == "aes256_gcm"
    assert content["recipient_infos"][0].chosen["key_encryption_algorithm"]["algorithm"].native == "rsaes_oaep"
    inner, enveloped = unwrap(sealed, so)
    assert enveloped and inner[:4] == b"PK\x03\x04"
    assert check_package(sealed, trusted=[identities.cert_der("consultant")], decryption=so).trusted
    # a package enveloped the old way (EnvelopedData, PKCS#1 v1.5, AES-256-CBC) is still opened
    old = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(plain)
        .add_recipient(identities.certificate("so"))
        .set_content_encryption_algorithm(algorithms.AES256)
        .encrypt(Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )
    assert unwrap(old, so) == (plain, True)
    # one bit changed in the GCM ciphertext: refused, not opened
    damaged = bytearray(sealed)
    damaged[-100] ^= 1
    with pytest.raises(PackageError, match="cannot be opened with this key"):
        unwrap(bytes(damaged), so)


def test_cli_verify_exits_non_zero_for_an_untrusted_signer(tmp_path, packages, identities, capsys):
    from sxsh_desktop.cli import main

    path = tmp_path / "p.sxsh"
    path.write_bytes(packages.build())
    assert main(["verify", str(path)]) == 1  # intact, but nobody trusted
    assert "signer not trusted" in capsys.readouterr().out
    assert main(["verify", str(path), "--trust", str(identities.pem("stranger"))]) == 1
    capsys.readouterr()
    assert main(["verify", str(path), "--trust", str(identities.pem("consultant"))]) == 0


def test_cli_import_takes_key_and_certificate_in_two_files(tmp_path, packages, identities, capsys):
    from sxsh_desktop.cli import main
    from sxsh_desktop.signing.identity import load_pkcs12

    ident = load_pkcs12(identities.p12("so"), PASSPHRASE)
    key = tmp_path / "so-key.pem"
    key.write_bytes(ident.key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    cert = tmp_path / "so-cert.pem"
    cert.write_bytes(ident.certificate.public_bytes(Encoding.PEM))
    path = tmp_path / "p.sxsh"
    path.write_bytes(packages.build(encrypt_to="so"))
    db = f"sqlite:///{tmp_path / 'so.db'}"
    trust = ["--trust", str(identities.pem("consultant"))]
    assert main(["verify", str(path), *trust, "--key", str(key), "--cert", str(cert)]) == 0
    assert main(["import", "--db", db, str(path), *trust, "--key", str(key), "--cert", str(cert)]) == 0
    assert "imported" in capsys.readouterr().out
    other = tmp_path / "other.pem"
    other.write_bytes(identities.certificate("consultant").public_bytes(Encoding.PEM))
    assert main(["verify", str(path), *trust, "--key", str(key), "--cert", str(other)]) != 0
    assert "is not the certificate of the key" in capsys.readouterr().err


def test_cli_damaged_p12_is_said_damaged(tmp_path, identities, capsys):
    from sxsh_desktop.cli import main

    damaged = tmp_path / "so.p12"
    blob = bytearray(identities.p12("so").read_bytes())
    damaged.write_bytes(bytes(blob[: len(blob) - 200]))  # cut short, as a broken copy is
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE.decode(), encoding="utf-8")
    assert main(["identity", "show", str(damaged), "--passphrase-file", str(pw), "--db", "sqlite:///x.db"]) != 0
    err = capsys.readouterr().err
    assert "damaged" in err and "wrong passphrase" not in err
