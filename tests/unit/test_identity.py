"""Consultant identities and detached CMS signatures (no Qt, no PDF)."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID

from sxsh_desktop.signing.cms import SignatureError, sign_detached, verify_detached
from sxsh_desktop.signing.identity import (
    IdentityError,
    SignerSettings,
    certificate_pem,
    load_pkcs12,
    new_identity,
    open_signer,
    read_secret_file,
)

PASS = b"dung-mat-khau"


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("id") / "nhung.p12"
    new_identity("Nguyễn Thị Hồng Nhung", "Trung tâm SXSH Nghệ An", path, PASS, email="nhung@example.vn")
    return path


def test_new_identity_certificate(identity) -> None:
    cert = load_pkcs12(identity, PASS).certificate
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Nguyễn Thị Hồng Nhung"
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == "Trung tâm SXSH Nghệ An"
    assert cert.subject.get_attributes_for_oid(NameOID.COUNTRY_NAME)[0].value == "VN"
    assert cert.public_key().key_size == 3072
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc).days / 365.25
    assert 2.99 < years < 3.01


def test_wrong_passphrase_is_told(identity) -> None:
    with pytest.raises(IdentityError, match="wrong passphrase"):
        load_pkcs12(identity, b"sai-mat-khau")


def test_unreadable_or_foreign_file(tmp_path) -> None:
    with pytest.raises(IdentityError, match="cannot read the identity file"):
        load_pkcs12(tmp_path / "missing.p12", PASS)
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"not a pkcs12 at all")
    with pytest.raises(IdentityError, match="not a PKCS#12 identity file"):
        load_pkcs12(junk, PASS)


def test_expired_certificate_refused(tmp_path) -> None:
    old = tmp_path / "old.p12"
    new_identity("Trần Văn Cũ", "Công ty Tư vấn", old, PASS, years=1, not_before=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    with pytest.raises(IdentityError, match=r"expired on 2021-01-01"):
        with open_signer(SignerSettings(identity=old, passphrase=PASS)):
            pass


def test_identity_file_never_overwritten(identity) -> None:
    with pytest.raises(IdentityError, match="already exists"):
        new_identity("X", "Y", identity, PASS)


def test_short_passphrase_refused(tmp_path) -> None:
    with pytest.raises(IdentityError, match="at least 8"):
        new_identity("X", "Y", tmp_path / "x.p12", b"short")


def test_secret_file(tmp_path) -> None:
    f = tmp_path / "pass.txt"
    f.write_text("mật khẩu có dấu\n", encoding="utf-8")
    assert read_secret_file(f) == "mật khẩu có dấu"
    with pytest.raises(IdentityError, match="cannot read the passphrase file"):
        read_secret_file(tmp_path / "none.txt")
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(IdentityError, match="empty"):
        read_secret_file(tmp_path / "empty.txt")


def test_detached_signature_round_trip(identity) -> None:
    manifest = b'{"format": "sxsh-package", "files": []}'
    with open_signer(SignerSettings(identity=identity, passphrase=PASS)) as signer:
        signature = sign_detached(manifest, signer)
    pem = certificate_pem(identity, PASS)

    ok = verify_detached(manifest, signature, [pem])
    assert ok.intact and ok.valid and ok.trusted and ok.ok
    assert ok.signer.name == "Nguyễn Thị Hồng Nhung" and ok.signer.organisation == "Trung tâm SXSH Nghệ An"

    untrusted = verify_detached(manifest, signature)
    assert untrusted.ok and not untrusted.trusted

    tampered = verify_detached(manifest.replace(b"[]", b"[1]"), signature, [pem])
    assert not tampered.intact and not tampered.ok

    with pytest.raises(SignatureError):
        verify_detached(manifest, b"garbage")
